import type { Token } from "../../tokenize/token.js";

/**
 * The token at a view offset, as `Context.tokenAt` answers it, for offsets asked mostly in
 * text order (the candidates of one recognizer): the search starts from the previous answer
 * and widens by doubling steps, so an offset near it costs a few reads instead of a binary
 * search over the whole text.
 */
export class TokenCursor {
  /** The previous answer (a token whose start is at or before the offset asked then). */
  private k = 0;

  constructor(private readonly toks: readonly Token[]) {}

  /** The token starting at or containing `pos`, or -1 (the same answer as Context.tokenAt). */
  at(pos: number): number {
    const toks = this.toks;
    const n = toks.length;
    if (n === 0) return -1;
    // Bracket the last token whose start <= pos: toks[lo] starts at or before pos (lo = -1: none), toks[hi] after it (hi = n: none).
    let lo: number;
    let hi: number;
    const k = this.k;
    if (toks[k]!.start <= pos) {
      lo = k;
      hi = k + 1;
      for (let step = 1; hi < n && toks[hi]!.start <= pos; step *= 2) {
        lo = hi;
        hi = Math.min(hi + step, n);
      }
    } else {
      hi = k;
      lo = k - 1;
      for (let step = 1; lo >= 0 && toks[lo]!.start > pos; step *= 2) {
        hi = lo;
        lo = Math.max(lo - step, -1);
      }
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start <= pos) lo = mid;
      else hi = mid;
    }
    if (lo < 0) return -1;
    this.k = lo;
    const t = toks[lo]!;
    return pos < t.end || t.start === pos ? lo : -1;
  }
}
