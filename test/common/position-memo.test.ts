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

  it("on a list longer than its rows, never gives one position's answer for another (it may forget)", () => {
    const memo = new PositionMemo<number>();
    const long = list(50_000);
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) / (0x7fffffff >>> 8);
    let kept = 0;
    for (let q = 0; q < 20_000; q++) {
      const i = Math.floor(rand() * long.length);
      const v = memo.get(long, i);
      if (v === undefined) memo.set(i, i % 7 === 0 ? null : i);
      else {
        kept++;
        expect(v).toBe(i % 7 === 0 ? null : i);
      }
    }
    expect(kept).toBeGreaterThan(0);
    // Positions one row apart (8,192) share a row: the later one wins, the earlier is forgotten.
    memo.get(long, 100);
    memo.set(100, 1);
    memo.set(100 + 8192, 2);
    expect(memo.get(long, 100)).toBeUndefined();
    expect(memo.get(long, 100 + 8192)).toBe(2);
    // A short list after the long one sees none of its rows.
    expect(memo.get(list(10), 4)).toBeUndefined();
  });
});
