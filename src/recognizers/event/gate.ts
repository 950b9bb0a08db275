import type { Lexicon } from "../../lexicon/lexicon.js";
import { fold } from "../../lexicon/fold.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { CAPITAL_ONLY_FIRST, HEAD_TABLE } from "./heads.js";
import { firstFolds } from "./listed.js";

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
 */
export const HEAD = 1;
export const CAPITAL_ONLY = 2;
export const LISTED = 4;

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
  const folded = HEAD_TABLE.firstWords(true).has(f);
  const lowers = HEAD_FIRSTS_BY_FOLD.get(f) ?? [];
  if (!folded && lowers.length === 0) return 0;
  // Lowercase and off a capitals line, the loop skips a head key in CAPITAL_ONLY_FIRST; every key this fold may be read as must be one.
  const capitalOnly = (!folded || CAPITAL_ONLY_FIRST.has(f)) && lowers.every((w) => CAPITAL_ONLY_FIRST.has(w));
  return HEAD | (capitalOnly ? CAPITAL_ONLY : 0);
}

const GATES = new WeakMap<Lexicon, FoldCache>();
const NO_LIST = new FoldCache(headBits);

/** The gate for a text whose listed event names are in `named` (or none). */
export function eventGate(named: Lexicon | undefined): FoldCache {
  if (!named) return NO_LIST;
  let gate = GATES.get(named);
  if (!gate) {
    const firsts = firstFolds(named);
    gate = new FoldCache((f) => headBits(f) | (firsts.has(f) ? LISTED : 0));
    GATES.set(named, gate);
  }
  return gate;
}
