/**
 * The DATE recognizer: calendar dates, times, ranges, periods, deictic and
 * lunar dates, each with an ISO value (see ANNOTATION.md and RULES.md
 * 37–64). Values are resolved the way a reader does: yearless and relative
 * dates against the date heading their block (a teaser's timestamp, the
 * dateline), the document's reference date as the fallback; "cùng ngày"
 * against the last day mentioned.
 */
import type { Candidate, Context, Recognizer } from "../recognizer.js";
import { candidate } from "../span-builder.js";
import { isoFromJdn, jdnFromIso } from "../../calendar/julian-day.js";
import { aloneOnLine, findDates, type DateMatch } from "./matcher.js";
import { resolveExpr, type ResolveState } from "./value.js";
import { datelineIn, datelineLimit, yearInSentence } from "./dateline.js";

/** A single-day value a later "cùng ngày" or teaser can refer to: /^\d{4}-\d{2}-\d{2}(?:T[^/]*)?$/, read by hand. */
function fullDay(v: string): boolean {
  if (v.length < 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false; // -
  for (const k of DIGITS_AT) if (!isDigit(v.charCodeAt(k))) return false;
  return v.length === 10 || (v.charCodeAt(10) === 84 && v.indexOf("/", 11) < 0); // T, no /
}

const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9];
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The matches of a text the dateline search read whole (a text no longer
 * than its top), by context, with the view and tokens they were read from:
 * recognize takes them instead of reading the text again (the same
 * matches: findDates reads nothing the reference date changes).
 */
interface ReadWhole {
  view: string;
  tokens: Context["tokens"];
  matches: DateMatch[];
}
const readWhole = new WeakMap<Context, ReadWhole>();

/** The matches of the whole text: those the dateline search kept, else read now. */
function datesOf(ctx: Context): DateMatch[] {
  const kept = readWhole.get(ctx);
  if (kept === undefined) return findDates(ctx);
  readWhole.delete(ctx);
  return kept.view === ctx.view && kept.tokens === ctx.tokens ? kept.matches : findDates(ctx);
}

function recognize(ctx: Context): Candidate[] {
  const matches = mergeRestatements(ctx, datesOf(ctx));
  const ref = ctx.refDate ? jdnFromIso(ctx.refDate) : null;
  const st: ResolveState = { ref, anchor: ref, lastDay: null, lastYear: null, paraDay: null, docDay: null, sentenceYear: null };
  const out: Candidate[] = [];
  let paragraph = -1;
  for (const m of matches) {
    const para = sentenceOf(ctx, m);
    if (para !== paragraph) {
      paragraph = para;
      st.lastYear = null;
      st.paraDay = null;
    }
    st.sentenceYear = st.anchor === null ? yearInSentence(ctx, m.i) : null;
    const r = resolveExpr(m.expr, st);
    // (Only a value with a day can be one: the test is asked of those alone.)
    const singleDay = r.day !== undefined && r.value !== null && fullDay(r.value);
    // "Nghị định số 31/2021/NĐ-CP ngày 26/3/2021": a document's date is not what "cùng ngày" refers to.
    const documentDate = m.i > 0 && ctx.tokens[m.i - 1]!.kind === "code";
    if (documentDate && r.day !== undefined) st.docDay = r.day;
    if (singleDay && r.day !== undefined && !documentDate) {
      st.lastDay = r.day;
      st.paraDay = r.day;
      // A full date alone on its line heads a block: later yearless dates count from it.
      if (m.expr.k === "cal" && m.expr.p.y !== undefined && aloneOnLine(m)) st.anchor = r.day;
    }
    if (r.year !== undefined) st.lastYear = r.year;
    const partOfDay = m.partOfDay && !(r.value ?? "").includes("/") ? m.partOfDay : m.partOfDay && sameDayRange(r.value) ? m.partOfDay : undefined;
    out.push(candidate(ctx, "DATE", m.i, m.j, m.rule, partOfDay ? { value: r.value, partOfDay } : { value: r.value }));
  }
  return out;
}

/**
 * "tối qua, từ 20 giờ 5/6 đến 2 giờ 6/6", "hôm qua, ngày 5/6": a deictic day
 * restated after a comma by an explicit date is one span with the explicit
 * value (RULES 42, 56). A restatement in parentheses stays two spans.
 */
function mergeRestatements(ctx: Context, matches: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const a = matches[k]!;
    const b = matches[k + 1];
    if (
      b &&
      a.expr.k === "rel" &&
      a.expr.unit === "day" &&
      (b.expr.k === "range" || (b.expr.k === "cal" && b.expr.p.d !== undefined)) &&
      /^[ \t]*,[ \t]*$/.test(ctx.view.slice(a.end, b.start))
    ) {
      const pod = a.partOfDay ?? b.partOfDay;
      out.push({ ...b, start: a.start, i: a.i, rule: "date.restated", line: null, ...(pod ? { partOfDay: pod } : {}) });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A range inside one day keeps its part of day (RULES 43). */
function sameDayRange(v: string | null): boolean {
  if (!v) return false;
  const [a, b] = v.split("/");
  return !!a && !!b && a.slice(0, 10) === b.slice(0, 10) && a.length >= 10;
}

/** Sentence index of a match (a line break always starts a new sentence). */
function sentenceOf(ctx: Context, m: DateMatch): number {
  return ctx.tokens[m.i]!.sentence;
}

export const dateRecognizer: Recognizer = {
  name: "date",
  types: ["DATE"],
  recognize,
  findRefDate(ctx: Context): string | null {
    const limit = datelineLimit(ctx.view);
    if (limit === 0) return null;
    const matches = findDates(ctx, limit);
    if (limit >= ctx.view.length) readWhole.set(ctx, { view: ctx.view, tokens: ctx.tokens, matches });
    const jdn = datelineIn(ctx, matches);
    return jdn === null ? null : isoFromJdn(jdn);
  },
};
