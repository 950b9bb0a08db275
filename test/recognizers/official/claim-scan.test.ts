import { describe, expect, it } from "vitest";
import { Claims } from "../../../src/recognizers/common/claims.js";
import { ClaimScan } from "../../../src/recognizers/official/claim-scan.js";

describe("official: ClaimScan", () => {
  it("answers as Claims, while it reads the lists and once it indexed them", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 20; round++) {
      const lists = [0, 1, 2].map(() =>
        Array.from({ length: rand(8) }, () => {
          const start = rand(60);
          return { start, end: start + 1 + rand(12) };
        }),
      );
      const claims = new Claims(lists);
      const scan = new ClaimScan(lists);
      for (let q = 0; q < 12; q++) {
        const a = rand(60);
        const b = a + 1 + rand(12);
        expect([a, b, scan.crosses(a, b)]).toEqual([a, b, claims.crosses(a, b)]);
      }
    }
  });
});
