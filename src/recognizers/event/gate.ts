import type { Lexicon } from "../../lexicon/lexicon.js";
import { fold } from "../../lexicon/fold.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { CAPITAL_ONLY_FIRST, HEAD_TABLE, HEADS } from "./heads.js";
import { firstFolds, listedSeriesOf, NAMED_EVENTS } from "./listed.js";
import { LONGER } from "../../lexicon/trie.js";
import type { Context } from "../recognizer.js";

/**
 * The per-word gate of the EVENT recognizer's token loop: what a word may
 * start, as bits of its folded key, computed once per distinct word
 * (FoldCache by `token.fid`), so most tokens cost one array read.
 *
 * - HEAD: the word folds to the first word of a head noun ("hoi" for Hội
 *   nghị, "le" for Lễ); the loop then tests its exact form (lowercase, or
 *   folded in a text without diacritics), as before.
 * - CAPITAL_ONLY: every head whose first word folds to it needs a capital
 *   ("ngay", "nam", "thang"): lowercase, outside a capitals line, no head
 *   starts there, whatever its diacritics. A folded superset test would be
 *   wrong here ("le" may be lowercase "lễ"), so the bit is set only when
 *   every reading agrees.
 * - LISTED: a listed event name (dictionaries/event/named) may start here.
 *   This depends on the lexicon, so a gate is kept per lexicon.
 * - TWO_WORDS: every head whose first word folds to it has two words or
 *   more ("chien" for Chiến dịch, "dai" for Đại hội, "trien" for Triển
 *   lãm); SECOND: the word folds to the second word of some head. A
 *   TWO_WORDS word not followed by a SECOND word opens no head ("chiến
 *   lược", "đại biểu", "triển khai"): the phrase table is not asked.
 * - LISTED_LONG: every listed name that starts with the word goes on after
 *   it ("hoi" for Hội An … , "the" for Thế vận hội); LISTED_NEXT: the word
 *   is the second word of some listed name. A LISTED_LONG word not followed
 *   by a LISTED_NEXT word starts no listed name ("Hội nghị", "Thế giới"):
 *   the lexicon is not walked.
 * - SERIES: the word is a listed series acronym ("ammtc"), or one with its
 *   edition glued ("cop28"): where an acronym with an edition may stand.
 */
export const HEAD = 1;
export const CAPITAL_ONLY = 2;
export const LISTED = 4;
export const TWO_WORDS = 8;
export const SECOND = 16;
export const LISTED_LONG = 32;
export const LISTED_NEXT = 64;
export const SERIES = 128;
/** The bits of a word that may start something (the others are read on the word before). */
const STARTS = HEAD | LISTED | SERIES;

/* Folded second words of the heads, and the folded first words of one-word heads. */
const SECOND_FOLDS = new Set<string>();
const ONE_WORD_FOLDS = new Set<string>();
for (const [phrase] of HEADS) {
  const words = phrase.split(" ").map(fold);
  if (words.length === 1) ONE_WORD_FOLDS.add(words[0]!);
  else SECOND_FOLDS.add(words[1]!);
}

/* First words of heads, lowercase, grouped by their folded key. */
const HEAD_FIRSTS_BY_FOLD = (() => {
  const by = new Map<string, string[]>();
  for (const lower of HEAD_TABLE.firstWords(false)) {
    const f = fold(lower);
    const list = by.get(f);
    if (list) list.push(lower);
    else by.set(f, [lower]);
  }
  return by;
})();

function headBits(f: string): number {
  const second = SECOND_FOLDS.has(f) ? SECOND : 0;
  const folded = HEAD_TABLE.firstWords(true).has(f);
  const lowers = HEAD_FIRSTS_BY_FOLD.get(f) ?? [];
  if (!folded && lowers.length === 0) return second;
  // Lowercase and off a capitals line, the loop skips a head key in CAPITAL_ONLY_FIRST; every key this fold may be read as must be one.
  const capitalOnly = (!folded || CAPITAL_ONLY_FIRST.has(f)) && lowers.every((w) => CAPITAL_ONLY_FIRST.has(w));
  return HEAD | (capitalOnly ? CAPITAL_ONLY : 0) | (ONE_WORD_FOLDS.has(f) ? 0 : TWO_WORDS) | second;
}

const GATES = new WeakMap<Lexicon, FoldCache>();
const NO_LIST = new FoldCache(headBits);

/** The gate for a text whose listed event names are in `named` (or none). */
export function eventGate(named: Lexicon | undefined): FoldCache {
  if (!named) return NO_LIST;
  let gate = GATES.get(named);
  if (!gate) {
    const firsts = firstFolds(named);
    const seconds = named.secondWords();
    const series = new Set([...listedSeriesOf(named)].map(fold));
    gate = new FoldCache((f) => {
      let bits = headBits(f);
      if (firsts.has(f)) bits |= LISTED | (named.startShape(f) === LONGER ? LISTED_LONG : 0);
      if (seconds.has(f)) bits |= LISTED_NEXT;
      // "cop28" is "cop" with its edition; a superset of what eventAcronyms takes (it tests the exact text).
      if (series.has(f) || series.has(f.replace(/\d{1,3}$/, ""))) bits |= SERIES;
      return bits;
    });
    GATES.set(named, gate);
  }
  return gate;
}

/** Token indexes where something may start, in order. */
export interface EventStarts {
  /** A head noun, by the exact tests `headAt` begins with. */
  heads: number[];
  /** A listed event name (its first word is listed). */
  listed: number[];
  /**
   * A listed series' acronym (the SERIES bit: "AMMTC", "COP28"). An acronym
   * the text introduces may be any word in capitals or code: `eventAcronyms`
   * then reads every token.
   */
  acronyms: number[];
  /**
   * The words in capitals and the codes: where an acronym of a series the
   * text introduces may stand ("AMMTC 14", "IMM6"), read only when it does.
   */
  capitals: number[];
  /** The gate the starts were read with (its SERIES bit tells a listed series' acronym). */
  gate: FoldCache;
}

/** One pass over the tokens: where a head, a listed name or an acronym may start. */
export function eventStarts(ctx: Context): EventStarts {
  const toks = ctx.tokens;
  const byFold = ctx.noDiacritics;
  const heads = HEAD_TABLE.firstWords(byFold);
  const gate = eventGate(ctx.lexicons.find(NAMED_EVENTS));
  const out: EventStarts = { heads: [], listed: [], acronyms: [], capitals: [], gate };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Where an acronym the text introduces may stand: two fields of a token read anyway.
    if (t.upper || t.kind === "code") out.capitals.push(i);
    // Most tokens start nothing: one array read, nothing else.
    const bits = gate.get(t);
    if ((bits & STARTS) === 0) continue; // nothing, or only a second word
    if (bits & SERIES) out.acronyms.push(i);
    if (bits & LISTED && !(bits & LISTED_LONG && !(i + 1 < toks.length && gate.get(toks[i + 1]!) & LISTED_NEXT))) out.listed.push(i);
    if (!(bits & HEAD) || (bits & CAPITAL_ONLY && !t.cap && !t.capsLine)) continue;
    if (bits & TWO_WORDS && !(i + 1 < toks.length && gate.get(toks[i + 1]!) & SECOND)) continue;
    // The exact tests: lowercase (or folded, in a text without diacritics).
    const key = byFold ? t.fold : t.lower;
    if (!heads.has(key) || (!t.cap && !t.capsLine && CAPITAL_ONLY_FIRST.has(key))) continue;
    out.heads.push(i);
  }
  return out;
}
