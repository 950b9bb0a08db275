import { describe, expect, it } from "vitest";
import { compareCandidates, resolveOverlaps } from "../../src/resolve/overlaps.js";
import type { Candidate } from "../../src/recognizers/recognizer.js";
import { ENTITY_TYPES } from "../../src/doc.js";

// resolveOverlaps sorts by keys read once per candidate; it must keep what
// a stable sort by compareCandidates keeps, ties and all, call after call
// (its position buffer is shared between calls).
function reference(cands: readonly Candidate[]): Candidate[] {
  const sorted = cands.filter((c) => c.end > c.start).sort(compareCandidates);
  const kept: Candidate[] = [];
  for (const c of sorted) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe("resolveOverlaps keeps what the policy comparator keeps", () => {
  it("on random candidates with many ties", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 200; round++) {
      const cands: Candidate[] = [];
      const n = 1 + rand(40);
      for (let i = 0; i < n; i++) {
        const start = rand(60);
        const c: Candidate = { type: ENTITY_TYPES[rand(ENTITY_TYPES.length)]!, start, end: start + rand(8), source: `s${i}` };
        if (rand(4) === 0) c.priority = rand(3);
        if (rand(3) === 0) c.confidence = rand(3) / 2;
        cands.push(c);
      }
      expect(resolveOverlaps(cands)).toEqual(reference(cands));
    }
  });
  it("past the shared buffer's size (a very long text)", () => {
    const far = 5_000_000;
    const cands: Candidate[] = [
      { type: "LOC", start: far, end: far + 5, source: "a" },
      { type: "ORG", start: far + 2, end: far + 9, source: "b" },
      { type: "DATE", start: 3, end: 6, source: "c" },
    ];
    expect(resolveOverlaps(cands)).toEqual(reference(cands));
    expect(resolveOverlaps(cands.slice(0, 1))).toEqual(cands.slice(0, 1));
  });
});
