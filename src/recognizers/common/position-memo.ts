import type { Token } from "../../tokenize/token.js";
import { TaggedRows } from "./tagged-rows.js";

/**
 * One answer per token position, for the token list asked about last: the
 * rules ask about the same positions again and again (a place after a
 * head, a tail reading on through a nested head, a chain of titles retried
 * from every token it passes), so the first answer is kept. Each row
 * (common/tagged-rows.ts: reused from text to text without clearing, of a
 * bounded count) holds its tag and an answer: 1 (no answer) or k + 2
 * (`found[k]`, shared: callers only read it). A new typed array per text
 * left megabytes for the collector, a fill per text and memo cost a few ms
 * per 4 MB, and a buffer of a long text's own size was tens of megabytes.
 */
export class PositionMemo<T> {
  private tokens: readonly Token[] | null = null;
  /** Rows of two cells: the tag, then the answer (see TaggedRows). */
  private readonly rows = new TaggedRows(2, ROW_BITS);
  private readonly found: T[] = [];

  /** It holds a token list (false when new or released). */
  get holds(): boolean {
    return this.tokens !== null;
  }

  /** The answer kept for position i of `tokens`: undefined when not asked yet, null for none. Another list starts over. */
  get(tokens: readonly Token[], i: number): T | null | undefined {
    if (tokens !== this.tokens) {
      this.tokens = tokens;
      this.rows.begin(tokens.length);
      this.found.length = 0;
    }
    const rows = this.rows;
    const r = rows.row(i);
    const cells = rows.cells;
    if (cells[r] !== rows.tag(i)) return undefined;
    const s = cells[r + 1]!;
    return s === 1 ? null : this.found[s - 2]!;
  }

  /** Keep the answer for position i of the list last passed to `get`; returns it. */
  set(i: number, answer: T | null): T | null {
    const rows = this.rows;
    const r = rows.row(i);
    rows.cells[r] = rows.tag(i);
    rows.cells[r + 1] = answer === null ? 1 : this.found.push(answer) + 1;
    return answer;
  }

  /** Let go of the text's tokens and answers. */
  release(): void {
    this.tokens = null;
    this.found.length = 0;
  }
}

/** log2 of the rows at most (8,192 rows, 64 KB per memo). */
const ROW_BITS = 13;
