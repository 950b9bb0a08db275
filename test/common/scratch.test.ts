import { describe, expect, it } from "vitest";
import { Scratch } from "../../src/recognizers/common/scratch.js";

describe("Scratch", () => {
  it("hands back the same buffer, zeroed over the asked length", () => {
    const s = new Scratch();
    const a = s.take(100);
    a.fill(7, 0, 100);
    const b = s.take(50);
    expect(b).toBe(a);
    expect([...b.subarray(0, 50)].every((v) => v === 0)).toBe(true);
  });

  it("grows for a long text and gives the memory back on the next short one", () => {
    const s = new Scratch();
    const big = s.take(1_000_000);
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    const small = s.take(500);
    expect(small.length).toBeLessThan(100_000);
    expect([...small.subarray(0, 500)].every((v) => v === 0)).toBe(true);
  });
});
