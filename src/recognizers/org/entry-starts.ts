import { termKeys, type Lexicon } from "../../lexicon/lexicon.js";
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";

/** What follows a pair of first words: it is a whole entry, or these third words go on with one. */
interface Pair {
  whole: boolean;
  thirds: Set<string>;
}

/**
 * The first three folded words of the entries of two words or more in some
 * lexicons (their keys as the tries hold them: `termKeys`, which the
 * bundled keys were compiled with). `mayStart` tells, from the three words
 * at a token, whether such an entry can match there: the first two are an
 * entry's first two, and the entry ends there or the third word follows
 * them in one. Per-word bits (word-gates.ts `mayContinue`) ask about each
 * word alone; this asks about the words together ("Công an" begins only
 * "Công an nhân dân"), for the look-ups the bits let through.
 */
export class EntryStarts {
  /** Per first word: 1 + the index of its pairs in `pairs`, 0 for none. */
  private readonly index: FoldCache;
  private readonly pairs: Map<string, Pair>[] = [];

  constructor(lexicons: readonly Lexicon[]) {
    const byFirst = new Map<string, Map<string, Pair>>();
    for (const l of lexicons) {
      for (const e of l.entries()) {
        const keys = termKeys(e.surface)?.fold;
        if (keys === undefined || keys.length < 2) continue;
        let seconds = byFirst.get(keys[0]!);
        if (!seconds) byFirst.set(keys[0]!, (seconds = new Map()));
        let pair = seconds.get(keys[1]!);
        if (!pair) seconds.set(keys[1]!, (pair = { whole: false, thirds: new Set() }));
        if (keys.length === 2) pair.whole = true;
        else pair.thirds.add(keys[2]!);
      }
    }
    const slots = new Map<string, number>();
    for (const [first, seconds] of byFirst) slots.set(first, this.pairs.push(seconds));
    this.index = new FoldCache((f) => slots.get(f) ?? 0);
  }

  /** An entry of two words or more may match at token `i` (false: none does). */
  mayStart(toks: readonly Token[], i: number): boolean {
    const first = toks[i];
    const second = toks[i + 1];
    if (first === undefined || second === undefined) return false;
    const k = this.index.get(first);
    if (k === 0) return false;
    const pair = this.pairs[k - 1]!.get(second.fold);
    if (pair === undefined) return false;
    if (pair.whole) return true;
    const third = toks[i + 2];
    return third !== undefined && pair.thirds.has(third.fold);
  }
}
