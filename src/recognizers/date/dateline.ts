/**
 * The document's dateline: a full date at the top that the text speaks
 * from. "Thứ Năm, 19/02/2026 16:38" on a line of its own, "Hà Nội, ngày
 * 12/1/2026" or "Sáng ngày 19/11/2025, tại …" opening a line among the
 * first few lines.
 */
import type { Context } from "../recognizer.js";
import { jdnFromDate } from "../../calendar/julian-day.js";
import { daysInMonth } from "../../calendar/julian-day.js";
import { aloneOnLine, type DateMatch } from "./matcher.js";

/** How far down the dateline may be: lines and characters. */
const MAX_LINES = 6;
const MAX_CHARS = 1200;

/** A place name and a comma before the date: "Hà Nội, ". */
const PLACE_LEAD = /^[\p{Lu}][\p{L} .]{0,30},[ \t]*$/u;

/**
 * Where the dateline search stops: the end of the sixth non-empty line, at
 * most MAX_CHARS in; 0 when no digit comes before (a dateline's day is
 * written in digits, by every rule that reads a day): no rule needs to run
 * on such a top.
 */
export function datelineLimit(view: string): number {
  let pos = 0;
  let lines = 0;
  while (pos < view.length && lines < MAX_LINES && pos < MAX_CHARS) {
    const nl = view.indexOf("\n", pos);
    const end = nl < 0 ? view.length : nl;
    if (view.slice(pos, end).trim() !== "") lines++;
    pos = end + 1;
  }
  const limit = Math.min(pos, MAX_CHARS, view.length);
  return hasDigit(view, limit) ? limit : 0;
}

/** The day of the dateline among the matches of the top (findDates up to datelineLimit), as a JDN, or null. */
export function datelineIn(ctx: Pick<Context, "view" | "tokens">, matches: readonly DateMatch[]): number | null {
  const view = ctx.view;
  for (const m of matches) {
    if (m.expr.k !== "cal") continue;
    const { m: mo, d } = m.expr.p;
    // A yearless dateline takes the year written in its own sentence (RULES 49): "Tối 2/9, … năm 2023".
    const y = m.expr.p.y ?? (m.expr.p.d !== undefined ? yearInSentence(ctx, m.i) ?? undefined : undefined);
    if (y === undefined || mo === undefined || d === undefined || d > daysInMonth(y, mo)) continue;
    const ls = view.lastIndexOf("\n", m.start - 1) + 1;
    const lead = view.slice(ls, m.start);
    // A date opening a line is a dateline when a comma or the line's end follows it ("Sáng ngày 19/11/2025, tại …"),
    // not when it opens a headline ("30/4/1975 - ngày thống nhất").
    const next = view.slice(m.end, m.end + 8).match(/^[ \t]*(.?)/)![1];
    const opensLine = lead.trim() === "" && (next === "," || next === "" || next === "\n");
    if (aloneOnLine(m) || opensLine || PLACE_LEAD.test(lead)) return jdnFromDate(y, mo, d);
  }
  return null;
}

/** An ASCII digit in the first `limit` characters of `s`. */
function hasDigit(s: string, limit: number): boolean {
  for (let k = 0; k < limit; k++) {
    const c = s.charCodeAt(k);
    if (c <= 57 && c >= 48) return true;
  }
  return false;
}

/** A year written in the sentence of token i ("Tối 2/9, … Lễ hội Hoa Sen năm 2023"), or null. Looks at most 150 tokens each way. */
export function yearInSentence(ctx: Pick<Context, "tokens">, i: number): number | null {
  const sentence = ctx.tokens[i]!.sentence;
  let k = i;
  while (k > 0 && i - k < 150 && ctx.tokens[k - 1]!.sentence === sentence) k--;
  for (let j = k; j < ctx.tokens.length && j - i < 150 && ctx.tokens[j]!.sentence === sentence; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind === "number" && /^(?:19|20)\d\d$/.test(t.text)) return Number(t.text);
  }
  return null;
}
