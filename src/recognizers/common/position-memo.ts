import type { Token } from "../../tokenize/token.js";
import { Scratch } from "./scratch.js";

/**
 * One answer per token position, for the token list asked about last: the
 * rules ask about the same positions again and again (a place after a
 * head, a tail reading on through a nested head, a chain of titles retried
 * from every token it passes), so the first answer is kept. Per position
 * the buffer holds 0 (not asked yet), 1 (no answer) or k + 2 (`found[k]`,
 * shared: callers only read it). The buffer is reused from one text to
 * the next (a new typed array per text left megabytes for the collector).
 */
export class PositionMemo<T> {
  private tokens: readonly Token[] | null = null;
  private slot: Int32Array = new Int32Array(0);
  private readonly found: T[] = [];
  private readonly scratch = new Scratch();

  /** It holds a token list (false when new or released). */
  get holds(): boolean {
    return this.tokens !== null;
  }

  /** The answer kept for position i of `tokens`: undefined when not asked yet, null for none. Another list starts over. */
  get(tokens: readonly Token[], i: number): T | null | undefined {
    if (tokens !== this.tokens) {
      this.tokens = tokens;
      this.slot = this.scratch.take(tokens.length);
      this.found.length = 0;
    }
    const s = this.slot[i]!;
    return s === 0 ? undefined : s === 1 ? null : this.found[s - 2]!;
  }

  /** Keep the answer for position i of the list last passed to `get`; returns it. */
  set(i: number, answer: T | null): T | null {
    this.slot[i] = answer === null ? 1 : this.found.push(answer) + 1;
    return answer;
  }

  /** Let go of the text's tokens and answers (and of a very long text's buffer). */
  release(): void {
    this.tokens = null;
    this.found.length = 0;
    this.scratch.shrink();
  }
}
