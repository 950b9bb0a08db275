import { describe, expect, it } from "vitest";
import { PositionMemo } from "../../src/recognizers/common/position-memo.js";
import type { Token } from "../../src/tokenize/token.js";

const list = (n: number) => Array.from({ length: n }, () => ({}) as Token);

describe("PositionMemo", () => {
  it("tells not asked (undefined), no answer (null) and a kept answer apart", () => {
    const memo = new PositionMemo<{ v: number }>();
    const toks = list(4);
    expect(memo.get(toks, 0)).toBeUndefined();
    expect(memo.set(0, null)).toBeNull();
    const a = { v: 1 };
    memo.get(toks, 2);
    expect(memo.set(2, a)).toBe(a);
    expect(memo.get(toks, 0)).toBeNull();
    expect(memo.get(toks, 2)).toBe(a);
    expect(memo.get(toks, 1)).toBeUndefined();
  });

  it("starts over for another token list, and after release", () => {
    const memo = new PositionMemo<string>();
    const first = list(3);
    memo.get(first, 1);
    memo.set(1, "x");
    expect(memo.holds).toBe(true);
    expect(memo.get(list(3), 1)).toBeUndefined();
    memo.set(1, "y");
    memo.release();
    expect(memo.holds).toBe(false);
    expect(memo.get(first, 1)).toBeUndefined();
  });
});
