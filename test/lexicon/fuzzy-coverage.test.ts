import { describe, expect, it } from "vitest";
import { coverage, covered } from "../../src/recognizers/fuzzy.js";
import type { Candidate, Context } from "../../src/recognizers/recognizer.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import type { Token } from "../../src/tokenize/token.js";

/** The last token whose start is at or before `pos`, or -1 (what ctx.tokenAt answers). */
function tokenAt(toks: readonly Token[], pos: number): number {
  let k = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i]!.start <= pos) k = i;
  return k;
}

/** The rule, token by token: from the token at (or holding) a candidate's start through the last token starting before its end. */
function reference(toks: readonly Token[], cands: readonly Candidate[]): boolean[] {
  const out = toks.map(() => false);
  for (const c of cands) for (let i = Math.max(0, tokenAt(toks, c.start)); i < toks.length && toks[i]!.start < c.end; i++) out[i] = true;
  return out;
}

function fakeContext(view: string, cands: Candidate[]): Context {
  const tokens = tokenize(view);
  return {
    view,
    tokens,
    candidates: (type: string) => cands.filter((c) => c.type === type),
    tokenAt: (pos: number) => tokenAt(tokens, pos),
  } as unknown as Context;
}

const cand = (start: number, end: number, type = "ORG"): Candidate => ({ type, start, end, source: "test" }) as Candidate;

describe("fuzzy gazetteer: what other candidates cover (offset marks)", () => {
  const view = "  Ông Nguyễn Văn A, Bộ  Ngoại giao.\nHà Nội ";
  it("marks the same tokens as the token-by-token rule, whatever the candidate's offsets", () => {
    const n = view.length;
    const spans: [number, number][] = [];
    // Every range inside the view (starts and ends on tokens, in spaces, inside words), empty ones, and some outside it.
    for (let s = -2; s <= n + 2; s++) for (let e = s - 1; e <= n + 3; e++) spans.push([s, e]);
    for (const [s, e] of spans) {
      const ctx = fakeContext(view, [cand(s, e)]);
      const marks = coverage(ctx);
      const got = ctx.tokens.map((_, i) => covered(marks, ctx.tokens, i, n));
      expect(got, `[${s}, ${e})`).toEqual(reference(ctx.tokens, [cand(s, e)]));
    }
  });
  it("combines the candidates of every type, and starts clean for the next text", () => {
    const cands = [cand(2, 5, "PERSON"), cand(20, 23, "LOC"), cand(37, 43, "DATE")];
    const ctx = fakeContext(view, cands);
    const marks = coverage(ctx);
    expect(ctx.tokens.map((_, i) => covered(marks, ctx.tokens, i, view.length))).toEqual(reference(ctx.tokens, cands));
    const next = fakeContext(view, []);
    const clean = coverage(next);
    expect(next.tokens.some((_, i) => covered(clean, next.tokens, i, view.length))).toBe(false);
  });
});
