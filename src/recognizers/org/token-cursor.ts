import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";

/**
 * `ctx.tokenAt(pos)` for offsets asked mostly in text order: the ends of the
 * LOC candidates, of the names found. `tokenAt` is a binary search over all
 * the tokens, and its branches cost more than the rules that ask it; here a
 * cursor steps forward from the token of the last answer, a few tokens per
 * question. An offset before that token goes to `tokenAt`, so the answers
 * are the same in any order.
 */
export class TokenCursor {
  private readonly toks: readonly Token[];
  /** The last token starting at or before the last offset asked (0 before any). */
  private k = 0;

  constructor(private readonly ctx: Pick<Context, "tokens" | "tokenAt">) {
    this.toks = ctx.tokens;
  }

  /** What `ctx.tokenAt(pos)` returns: the token starting at or containing `pos`, or -1. */
  at(pos: number): number {
    const toks = this.toks;
    let k = this.k;
    if (k >= toks.length || toks[k]!.start > pos) return this.ctx.tokenAt(pos);
    while (k + 1 < toks.length && toks[k + 1]!.start <= pos) k++;
    this.k = k;
    const t = toks[k]!;
    return pos < t.end || t.start === pos ? k : -1;
  }
}
