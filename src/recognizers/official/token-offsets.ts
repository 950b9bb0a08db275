import type { Token } from "../../tokenize/token.js";

/**
 * The tokens' view offsets in two integer arrays, to find the token of a candidate's offset by
 * a binary search that reads no token object (a search over the tokens themselves touched
 * tokens all over a text, most of them out of the cache). Filled by the survey's one pass over
 * the tokens (survey.ts); the buffers are reused from one text to the next.
 */
export class TokenOffsets {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private n = 0;
  /** The last token found (where the next search starts). */
  private last = 0;

  /** Start a text of n tokens: `set` each of them before asking `at`. */
  begin(n: number): void {
    if (this.starts.length < n || (this.starts.length > MAX_KEPT && n <= MAX_KEPT)) {
      const size = Math.max(n, 1024);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
    }
    this.n = n;
    this.last = 0;
  }

  set(i: number, t: Token): void {
    this.starts[i] = t.start;
    this.ends[i] = t.end;
  }

  /** Token i's start offset. */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /**
   * The token starting at or containing view offset `pos`, or -1 (the answer of Context.tokenAt).
   * Callers mostly ask in text order (candidates, marks), so the search
   * gallops forward from the last answer: a few reads near it instead of a
   * binary search over the whole text, whose first steps are cache misses on
   * a long one. Any order gives the same answers.
   */
  at(pos: number): number {
    const starts = this.starts;
    // The last token whose start is at or before pos, in (lo, hi).
    let lo = -1;
    let hi = this.n;
    const from = this.last;
    if (from < hi && starts[from]! <= pos) {
      lo = from;
      for (let step = 1; ; step *= 2) {
        const k = from + step;
        if (k >= hi) break;
        if (starts[k]! > pos) {
          hi = k;
          break;
        }
        lo = k;
      }
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid;
    }
    if (lo < 0) return -1;
    this.last = lo;
    return pos < this.ends[lo]! || starts[lo] === pos ? lo : -1;
  }

  /** Fill from a token list in one pass (where no survey ran). */
  static of(toks: readonly Token[]): TokenOffsets {
    const o = new TokenOffsets();
    o.begin(toks.length);
    for (let i = 0; i < toks.length; i++) o.set(i, toks[i]!);
    return o;
  }
}

/** Entries kept between texts (256 KB per array). */
const MAX_KEPT = 1 << 16;
