import type { Token } from "../../tokenize/token.js";

/**
 * One answer per token position, for the token list asked about last: the
 * rules ask about the same positions again and again (a place after a
 * head, a tail reading on through a nested head, a chain of titles retried
 * from every token it passes), so the first answer is kept. Each row holds
 * a tag and an answer: 1 (no answer) or k + 2 (`found[k]`, shared: callers
 * only read it). The tag is the current list's stamp and which of the
 * positions sharing the row it is, so a row counts only for its own list
 * and position (one comparison), and the rows are reused from one
 * text to the next without clearing (a new typed array per text left
 * megabytes for the collector; a fill per text and memo cost a few ms per
 * 4 MB). Position i lives in row i mod the row count: a power of two at
 * least the list's length, up to MAX_ROWS; a longer text evicts and asks
 * again (it is read left to right, and asks again near where it is), where
 * a buffer of its own size was tens of megabytes per memo.
 */
export class PositionMemo<T> {
  private tokens: readonly Token[] | null = null;
  /** Rows of two cells: a tag (the list's stamp and which of the positions sharing the row), the answer. */
  private rows: Int32Array = new Int32Array(0);
  private mask = 0;
  /** log2 of the row count: i >>> shift tells apart the positions of one row. */
  private shift = 0;
  private stamp = 0;
  private readonly found: T[] = [];

  /** It holds a token list (false when new or released). */
  get holds(): boolean {
    return this.tokens !== null;
  }

  /** The answer kept for position i of `tokens`: undefined when not asked yet, null for none. Another list starts over. */
  get(tokens: readonly Token[], i: number): T | null | undefined {
    if (tokens !== this.tokens) this.begin(tokens);
    const r = 2 * (i & this.mask);
    const rows = this.rows;
    if (rows[r] !== ((this.stamp << WRAP_BITS) | (i >>> this.shift))) return undefined;
    const s = rows[r + 1]!;
    return s === 1 ? null : this.found[s - 2]!;
  }

  /** Keep the answer for position i of the list last passed to `get`; returns it. */
  set(i: number, answer: T | null): T | null {
    const r = 2 * (i & this.mask);
    this.rows[r] = (this.stamp << WRAP_BITS) | (i >>> this.shift);
    this.rows[r + 1] = answer === null ? 1 : this.found.push(answer) + 1;
    return answer;
  }

  private begin(tokens: readonly Token[]): void {
    this.tokens = tokens;
    let shift = 0;
    while (1 << shift < tokens.length && shift < ROW_BITS) shift++;
    this.shift = shift;
    this.mask = (1 << shift) - 1;
    if (this.rows.length < 2 << shift) {
      this.rows = new Int32Array(2 << shift);
      this.stamp = 0;
    } else if (this.stamp >= STAMP_LIMIT) {
      this.rows.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    this.found.length = 0;
  }

  /** Let go of the text's tokens and answers. */
  release(): void {
    this.tokens = null;
    this.found.length = 0;
  }
}

/** log2 of the rows at most (8,192 rows, 64 KB per memo). */
const ROW_BITS = 13;
/** Bits of a tag for i >>> shift: positions up to 2^31 (18 bits over the 13 of a row). */
const WRAP_BITS = 18;
/** Stamps start over (one fill of the rows) before the tag could overflow: every 8,191 lists. */
const STAMP_LIMIT = (1 << (31 - WRAP_BITS)) - 1;
