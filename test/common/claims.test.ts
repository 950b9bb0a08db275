import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Claims } from "../../src/recognizers/common/claims.js";

const brute = (ranges: Array<{ start: number; end: number }>, a: number, b: number) =>
  ranges.some((c) => c.start < b && a < c.end && !(a <= c.start && c.end <= b && c.end - c.start < b - a));

describe("Claims", () => {
  it("answers like a pass over every range", () => {
    const range = fc.tuple(fc.nat(60), fc.nat(12)).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(
      fc.property(fc.array(fc.array(range, { maxLength: 15 }), { maxLength: 3 }), range, (lists, q) => {
        const claims = new Claims(lists);
        expect(claims.crosses(q.start, q.end)).toBe(brute(lists.flat(), q.start, q.end));
      }),
      { numRuns: 3000 },
    );
  });

  it("lets a shorter range inside pass, not an equal one or one that sticks out", () => {
    const claims = new Claims([[{ start: 10, end: 14 }]]);
    expect(claims.crosses(8, 20)).toBe(false); // "Mai" inside "Mai Văn Tùng"
    expect(claims.crosses(10, 14)).toBe(true);
    expect(claims.crosses(12, 20)).toBe(true);
    expect(claims.crosses(0, 11)).toBe(true);
    expect(claims.crosses(14, 20)).toBe(false);
  });

  it("stays fast on a long text (one binary search per question)", () => {
    const ranges = Array.from({ length: 200_000 }, (_, k) => ({ start: k * 10, end: k * 10 + 4 }));
    const claims = new Claims([ranges]);
    let hits = 0;
    for (let k = 0; k < 200_000; k++) if (claims.crosses(k * 10 + 5, k * 10 + 9)) hits++;
    expect(hits).toBe(0);
  });
});
