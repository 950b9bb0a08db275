import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { accentFreeSet, type AccentFreePhrases } from "../common/accent-free-phrases.js";

/**
 * A set of phrases of two words or more ("tổ chức", "pháp luật"), asked
 * through their second words first. A phrase matches as written or, in a
 * text typed without diacritics, folded: either way the next token's folded
 * word is the phrase's second word folded. Per folded word one bit says
 * whether it is any phrase's second word (FoldCache), so at most positions
 * one array read on the next token settles `has` without the phrase-table
 * walk; the others ask the set itself. Same answers as `set.has`.
 *
 * The second words are read at the first question, not at import.
 */
export class SecondWordGated {
  /** The phrases as an AccentFreePhrases set (for callers that need it as such). */
  readonly set: AccentFreePhrases<true>;
  private seconds: FoldCache | null = null;

  constructor(private readonly list: readonly string[]) {
    if (list.some((p) => p.trim().split(/\s+/).length < 2)) throw new Error("SecondWordGated: every phrase needs two words or more");
    this.set = accentFreeSet(list);
  }

  /** Some phrase starts at token `i` (`set.has(tokens, i)`). */
  has(tokens: readonly Token[], i: number): boolean {
    const n = tokens[i + 1];
    return n !== undefined && (this.seconds ?? this.secondGate()).get(n) !== 0 && this.set.has(tokens, i);
  }

  private secondGate(): FoldCache {
    const second = new Set(this.list.map((p) => fold(p.normalize("NFC").toLowerCase()).split(/\s+/).filter(Boolean)[1]!));
    return (this.seconds = new FoldCache((f) => (second.has(f) ? 1 : 0)));
  }
}
