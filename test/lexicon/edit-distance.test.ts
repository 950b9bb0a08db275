import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { boundedDistance } from "../../src/lexicon/edit-distance.js";

/** The whole table, no band, no bound: what the bounded distance must agree with. */
function fullDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

describe("boundedDistance", () => {
  it("counts the edits of folded place names, within the bound", () => {
    expect(boundedDistance("thanh hoa", "thanh hoa", 1)).toBe(0);
    expect(boundedDistance("thanh hoas", "thanh hoa", 1)).toBe(1); // one insertion
    expect(boundedDistance("thanh hao", "thanh hoa", 2)).toBe(2); // a swap is two edits
    expect(boundedDistance("ngoai giap", "ngoai giao", 1)).toBe(1); // one substitution
  });

  it("says max + 1 past the bound, however far", () => {
    expect(boundedDistance("thanh hao", "thanh hoa", 1)).toBe(2);
    expect(boundedDistance("ha noi", "ho chi minh", 2)).toBe(3);
    expect(boundedDistance("", "abcdef", 2)).toBe(3);
  });

  it("agrees with the whole table on random short strings, long ones after short ones", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "n", "h", " "), maxLength: 40 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const d = fullDistance(a, b);
        expect(boundedDistance(a, b, max)).toBe(d <= max ? d : max + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
