import { describe, expect, it } from "vitest";
import { PairTable } from "../../../src/recognizers/loc/pair-table.js";

describe("loc: PairTable", () => {
  it("answers as a map of pairs, through growth, and 0 for a pair never set", () => {
    const table = new PairTable();
    const expected = new Map<string, number>();
    let seed = 7;
    const rand = (n: number) => 1 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 20_000; k++) {
      const a = rand(3000);
      const b = rand(1 << 18);
      const v = rand(1 << 24);
      table.set(a, b, v);
      expected.set(`${a} ${b}`, v);
    }
    for (const [key, v] of expected) {
      const [a, b] = key.split(" ").map(Number);
      expect(table.get(a!, b!)).toBe(v);
    }
    for (let k = 0; k < 2000; k++) {
      const a = rand(3000);
      const b = rand(1 << 18);
      expect(table.get(a, b)).toBe(expected.get(`${a} ${b}`) ?? 0);
    }
  });
});
