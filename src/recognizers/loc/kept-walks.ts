import type { LexMatch, Lexicon } from "../../lexicon/lexicon.js";
import type { Token } from "../../tokenize/token.js";

/**
 * The accent-checked longest match of a place list at a token (what
 * `longestOf` gives for that one lexicon), with the walks at the last few
 * positions kept: a level word asks about the name after it ("tỉnh Lâm
 * Đồng"), and the scan asks again one or two tokens later, in the lists
 * both want (provinces, cities); a river after "Tiểu vùng", a country after
 * a state form, likewise. A slot per position modulo SLOTS, not per token:
 * the repeats come within a few tokens, and nothing is cleared per text but
 * eight integers.
 */
export class KeptWalks {
  /** The token list the kept walks are about, until `release`. */
  private tokens: readonly Token[] | null = null;
  /** Per slot: the position its walks are about (-1: none), the lists walked there (bits by list), their matches. */
  private readonly at = new Int32Array(SLOTS).fill(-1);
  private readonly have = new Int32Array(SLOTS);
  private readonly found: (LexMatch | null)[];

  /** `lists`: the lexicons by list number (at most 31). */
  constructor(private readonly lists: readonly (Lexicon | undefined)[]) {
    this.found = Array.from({ length: SLOTS * lists.length }, () => null);
  }

  /** List `k`'s accent-checked longest match at token `i` (the list must exist). */
  walk(tokens: readonly Token[], i: number, k: number): LexMatch | null {
    if (tokens !== this.tokens) {
      this.tokens = tokens;
      this.at.fill(-1);
    }
    const s = i & (SLOTS - 1);
    const slot = s * this.lists.length + k;
    if (this.at[s] !== i) {
      this.at[s] = i;
      this.have[s] = 0;
    } else if ((this.have[s]! & (1 << k)) !== 0) return this.found[slot]!;
    const m = this.lists[k]!.longestAsWritten(tokens, i);
    this.have[s] = this.have[s]! | (1 << k);
    this.found[slot] = m;
    return m;
  }

  /** Let go of the last text's tokens and matches (the scan calls it when it is done). */
  release(): void {
    this.tokens = null;
    const found = this.found;
    for (let k = 0; k < found.length; k++) found[k] = null;
  }
}

/** Positions whose walks are kept (a power of two). */
const SLOTS = 8;
