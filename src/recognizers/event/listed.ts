import type { Context } from "../recognizer.js";
import { termKeys, type Lexicon } from "../../lexicon/lexicon.js";
import { candidate } from "../span-builder.js";
import { scanName, type ScanEnv } from "./name-scan.js";
import { wordsOf } from "./words.js";
import { GENERIC_BEFORE, HEAD_TABLE } from "./heads.js";
import type { Found } from "./acronyms.js";

/** The lexicon of listed event names (dictionaries/event/named.tsv). */
export const NAMED_EVENTS = "event/named";

/**
 * Listed names: holidays and observances whose name has a lowercase word
 * ("Tết Nguyên đán", "Tết thầy"), international games ("SEA Games",
 * "Olympic"). A listed name is an EVENT even alone (RULES 35); an edition,
 * year or can-chi year that follows stays in it: "Tết Nguyên đán Giáp Thìn 2024",
 * "SEA Games 33". Rows of kind `series` are acronyms of meeting series
 * ("AMMTC"), events only with an edition (see acronyms.ts).
 */
export function listedEvents(ctx: Context, getEnv: () => ScanEnv, starts?: readonly number[]): Found[] {
  const lex = ctx.lexicons.find(NAMED_EVENTS);
  if (!lex) return [];
  const toks = ctx.tokens;
  // Starts from the gate (eventStarts) have their first word listed already: its LISTED bit is this test.
  const firsts = starts ? null : firstFolds(lex);
  const out: Found[] = [];
  const source = sourceOf(lex);
  let after = 0; // matches do not overlap
  let lowercaseText: boolean | undefined; // writtenLowercase(ctx), asked once
  const n = starts ? starts.length : toks.length;
  for (let s = 0; s < n; s++) {
    const i = starts ? starts[s]! : s;
    if (i < after) continue;
    // The trie is walked only where a listed name can start: a capitalized word (see below) listed first.
    const t = toks[i]!;
    if (!t.cap && !t.upper && !(lowercaseText ??= writtenLowercase(ctx))) continue;
    if (firsts && !firsts.has(t.fold)) continue;
    const m = lex.longestAt(toks, i);
    if (!m) continue;
    after = m.end;
    if (m.entry.fields.kind === "series") continue;
    const prev = toks[m.start - 1];
    const w = wordsOf(ctx);
    if (w.inSet(GENERIC_BEFORE, prev)) continue;
    if (prev && (prev.kind === "number" || w.is(prev, "mùng") || w.is(prev, "mồng"))) continue; // "Mùng 3 Tết …"
    // A listed name written with a capital only where it is one ("Olympic", not "olympic" in a word list),
    // unless the whole text is written lowercase (a chat message), where it is found with less confidence.
    const lower = !toks[m.start]!.cap && !toks[m.start]!.upper;
    if (lower && !(lowercaseText ??= writtenLowercase(ctx))) continue;
    const scan = scanName(getEnv(), { rule: HEAD_TABLE.match(toks, m.start, ctx.noDiacritics)?.value ?? { kind: "observance", lowercase: "proper", next: "any" }, end: m.end, properOnly: true, caps: false });
    out.push({
      cand: candidate(ctx, "EVENT", m.start, scan.end, source, { canonical: m.entry.canonical, confidence: lower ? 0.6 : m.exact && !toks[m.start]!.capsLine ? 1 : 0.8 }),
      startTok: m.start,
      endTok: scan.end,
      headEnd: m.end,
    });
  }
  return out;
}

/** The candidates' source for a lexicon ("event.listed:event/named"), made once per lexicon. */
function sourceOf(lex: Lexicon): string {
  let s = SOURCES.get(lex);
  if (s === undefined) SOURCES.set(lex, (s = `event.listed:${lex.id}`));
  return s;
}
const SOURCES = new WeakMap<Lexicon, string>();

/**
 * The text is written lowercase, as chat often is: fewer than one word in
 * fifty has a capital where no sentence starts. Counted at most once per
 * text (`listedEvents` keeps the answer), and it stops early on ordinary
 * text, whose first names come within a few words.
 */
export function writtenLowercase(ctx: Context): boolean {
  let words = 0;
  let caps = 0;
  for (const t of ctx.tokens) {
    if (t.kind !== "word") continue;
    words++;
    if ((t.cap || t.upper) && !t.sentenceStart) caps++;
    if (caps * 50 >= words && caps > 0) return false;
  }
  return words >= 6;
}

/** Acronyms of meeting series listed in the dictionary ("AMMTC", "SOMTC"), made once per lexicon: read only. */
export function listedSeries(ctx: Context): ReadonlySet<string> {
  const lex = ctx.lexicons.find(NAMED_EVENTS);
  return lex ? listedSeriesOf(lex) : NO_SERIES;
}

/** The series acronyms of a lexicon of listed names (rows of kind `series`). */
export function listedSeriesOf(lex: Lexicon): ReadonlySet<string> {
  let series = SERIES.get(lex);
  if (!series) {
    series = new Set();
    for (const e of lex.entries()) if (e.fields.kind === "series") series.add(e.surface);
    SERIES.set(lex, series);
  }
  return series;
}
const SERIES = new WeakMap<Lexicon, Set<string>>();
const NO_SERIES: ReadonlySet<string> = new Set();

/** The folded first word of every listed name: where a match can start. */
export function firstFolds(lex: Lexicon): Set<string> {
  let set = FIRSTS.get(lex);
  if (!set) {
    set = new Set();
    for (const e of lex.entries()) {
      const k = termKeys(e.surface);
      if (k && k.fold.length > 0) set.add(k.fold[0]!);
    }
    FIRSTS.set(lex, set);
  }
  return set;
}
const FIRSTS = new WeakMap<Lexicon, Set<string>>();

/** The organizations' lexicons, custom terms ("custom/ORG") included, looked up once per registry. */
export function orgLexicons(ctx: Context): readonly Lexicon[] {
  let list = ORG_LEXICONS.get(ctx.lexicons);
  if (!list) {
    list = ctx.lexicons.ofType("ORG");
    ORG_LEXICONS.set(ctx.lexicons, list);
  }
  return list;
}
const ORG_LEXICONS = new WeakMap<object, Lexicon[]>();

/** The listed organizations' lexicons, without custom terms, looked up once per registry. */
export function builtinOrgLexicons(ctx: Context): readonly Lexicon[] {
  let list = BUILTIN_ORG_LEXICONS.get(ctx.lexicons);
  if (!list) {
    list = orgLexicons(ctx).filter((lex) => !lex.id.startsWith("custom/"));
    BUILTIN_ORG_LEXICONS.set(ctx.lexicons, list);
  }
  return list;
}
const BUILTIN_ORG_LEXICONS = new WeakMap<object, Lexicon[]>();
