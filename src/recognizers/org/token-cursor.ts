import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";

/**
 * `ctx.tokenAt(pos)` for offsets asked mostly in text order: the ends of the
 * LOC candidates, of the names found. `tokenAt` is a binary search over all
 * the tokens, and its branches cost more than the rules that ask it; here a
 * cursor steps forward from the token of the last answer, a few tokens per
 * question. An offset before that token, or far after it, goes to
 * `tokenAt`, so the answers are the same in any order.
 */
/** Tokens stepped over before a question goes to the binary search instead. */
const NEAR = 16;

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
    for (let step = 0; step < NEAR; step++) {
      if (k + 1 >= toks.length || toks[k + 1]!.start > pos) {
        this.k = k;
        const t = toks[k]!;
        return pos < t.end || t.start === pos ? k : -1;
      }
      k++;
    }
    // Far ahead (a few candidates spread over a long text): the binary search, then on from its answer.
    const found = this.ctx.tokenAt(pos);
    if (found >= 0) this.k = found;
    return found;
  }
}
