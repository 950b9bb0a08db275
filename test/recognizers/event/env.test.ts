import { describe, expect, it } from "vitest";
import type { Candidate, Context } from "../../../src/recognizers/recognizer.js";
import { CandidateIndex } from "../../../src/recognizers/event/env.js";

/** A context holding only what the index reads: the view's length and the candidates by type. */
function ctx(length: number, cands: Candidate[]): Context {
  return { view: "x".repeat(length), candidates: (type: string) => cands.filter((c) => c.type === type) } as unknown as Context;
}
const c = (type: string, start: number, end: number, confidence?: number): Candidate =>
  ({ type, start, end, source: "test", ...(confidence === undefined ? {} : { confidence }) }) as Candidate;

// The marks of two texts share one buffer: each index must answer for its own text, in any order of questions.
describe("EVENT candidate index", () => {
  it("keeps the longest date per start (the first of equal ones) and the evidence bounds", () => {
    const d1 = c("DATE", 5, 9);
    const d2 = c("DATE", 5, 14);
    const d3 = c("DATE", 5, 14);
    const a = new CandidateIndex(ctx(40, [d1, d2, d3, c("LOC", 20, 25), c("ORG", 30, 40), c("LOC", 0, 3, 0.5)]));
    expect(a.dateAt(5)).toBe(d2);
    expect(a.dateAt(6)).toBeUndefined();
    expect([a.locStart.has(20), a.locEnd.has(25), a.orgStart.has(30), a.orgEnd.has(40)]).toEqual([true, true, true, true]);
    expect([a.locStart.has(0), a.locEnd.has(3), a.locStart.has(30), a.orgStart.has(20)]).toEqual([false, false, false, false]);
  });
  it("answers for its own text when another text was indexed since", () => {
    const da = c("DATE", 2, 6);
    const db = c("DATE", 8, 12);
    const a = new CandidateIndex(ctx(30, [da, c("LOC", 10, 15)]));
    expect(a.locStart.has(10)).toBe(true);
    const b = new CandidateIndex(ctx(200, [db, c("ORG", 2, 6)]));
    expect(b.dateAt(8)).toBe(db);
    expect(a.dateAt(2)).toBe(da);
    expect(a.dateAt(8)).toBeUndefined();
    expect(a.orgStart.has(2)).toBe(false);
    expect(b.orgStart.has(2)).toBe(true);
    expect(b.locStart.has(10)).toBe(false);
    expect(a.locStart.has(10)).toBe(true);
    expect(b.dateAt(2)).toBeUndefined();
  });
  it("a text longer than the kept buffer keeps its marks apart, and the texts around it answer as before", () => {
    const long = 200_000; // past the 65,536 offsets kept between texts
    const dl = c("DATE", 150_000, 150_010);
    const small = new CandidateIndex(ctx(30, [c("DATE", 2, 6), c("LOC", 10, 15)]));
    expect(small.locStart.has(10)).toBe(true);
    const big = new CandidateIndex(ctx(long, [c("DATE", 150_000, 150_004), dl, c("ORG", 199_990, long), c("LOC", 2, 6)]));
    expect(big.dateAt(150_000)).toBe(dl);
    expect(big.dateAt(2)).toBeUndefined();
    expect([big.orgStart.has(199_990), big.orgEnd.has(long), big.locStart.has(2), big.locStart.has(10)]).toEqual([true, true, true, false]);
    // The short text indexed before still answers for itself, and so does one indexed after.
    expect(small.dateAt(2)?.start).toBe(2);
    expect(small.locStart.has(2)).toBe(false);
    const after = new CandidateIndex(ctx(50, [c("DATE", 40, 45)]));
    expect(after.dateAt(40)?.end).toBe(45);
    expect(after.dateAt(150_000)).toBeUndefined();
    expect(big.dateAt(150_000)).toBe(dl);
  });
});
