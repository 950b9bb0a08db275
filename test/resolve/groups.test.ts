import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/recognizers/recognizer.js";
import { resolveOverlaps } from "../../src/resolve/overlaps.js";
import { joinResolved, resolveInGroups } from "../../src/resolve/groups.js";

// joinResolved(names, acronyms) resolves only the groups of overlapping
// candidates; it must return exactly what resolving everything returns.
describe("joinResolved and resolveInGroups (resolve/groups)", () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const cand = (start: number, len: number, source: string): Candidate => ({
    type: "ORG",
    start,
    end: start + len,
    source,
    ...(rand(4) === 0 ? { priority: rand(2) } : {}),
    ...(rand(4) === 0 ? { confidence: 0.5 } : {}),
  });

  it("equals resolveOverlaps over names and acronyms together", () => {
    for (let round = 0; round < 2000; round++) {
      const raw: Candidate[] = [];
      for (let k = rand(8); k > 0; k--) raw.push(cand(rand(24), 1 + rand(5), `n${k}`));
      const names = resolveOverlaps(raw);
      const acronyms: Candidate[] = [];
      for (let k = rand(6); k > 0; k--) acronyms.push(cand(rand(24), rand(5), `a${k}`));
      const expected = resolveOverlaps([...names, ...acronyms]);
      expect(joinResolved(names, acronyms)).toEqual(expected);
      // The same objects, not copies.
      joinResolved(names, acronyms).forEach((c, k) => expect(c).toBe(expected[k]));
    }
  });

  it("resolveInGroups equals resolveOverlaps, in text order or not", () => {
    for (let round = 0; round < 2000; round++) {
      const raw: Candidate[] = [];
      for (let k = rand(10); k > 0; k--) raw.push(cand(rand(24), rand(6), `c${k}`));
      if (rand(2) === 0) raw.sort((a, b) => a.start - b.start);
      const expected = resolveOverlaps(raw);
      const got = resolveInGroups(raw);
      expect(got).toEqual(expected);
      got.forEach((c, k) => expect(c).toBe(expected[k]));
    }
  });

  it("keeps every candidate when nothing overlaps", () => {
    const names = [cand(0, 5, "n"), cand(10, 5, "n")];
    const acronyms = [cand(20, 3, "a"), cand(6, 2, "a")];
    expect(joinResolved(names, acronyms).map((c) => c.start)).toEqual([0, 6, 10, 20]);
  });
});
