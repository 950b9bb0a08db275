import { describe, expect, it } from "vitest";
import { compareCandidates, resolveOverlaps } from "../../src/resolve/overlaps.js";
import type { Candidate } from "../../src/recognizers/recognizer.js";
import { ENTITY_TYPES } from "../../src/doc.js";

// resolveOverlaps decides each cluster of overlapping candidates on its own:
// small ones by pairwise checks, large ones (over 32 members) by marking
// positions, and offsets too far apart for its numeric sort keys by a
// comparator sort. Every path must keep what the policy keeps.
function reference(cands: readonly Candidate[]): Candidate[] {
  const sorted = cands.filter((c) => c.end > c.start).sort(compareCandidates);
  const kept: Candidate[] = [];
  for (const c of sorted) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

let seed = 11;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % n;
function randomCands(n: number, stretch: number, maxLen: number, at = 0): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const start = at + rand(stretch);
    const c: Candidate = { type: ENTITY_TYPES[rand(ENTITY_TYPES.length)]!, start, end: start + rand(maxLen), source: `s${i}` };
    if (rand(4) === 0) c.priority = rand(3);
    if (rand(3) === 0) c.confidence = rand(3) / 2;
    out.push(c);
  }
  return out;
}
const same = (got: Candidate[], want: Candidate[]) => {
  expect(got.length).toBe(want.length);
  got.forEach((c, k) => expect(c).toBe(want[k]));
};

describe("resolveOverlaps by clusters", () => {
  it("small and large clusters, one call after another (shared buffers)", () => {
    for (let round = 0; round < 300; round++) {
      // Dense: clusters of dozens to hundreds of members; sparse: mostly lone candidates.
      const cands = round % 2 ? randomCands(1 + rand(300), 400, 12) : randomCands(1 + rand(60), 2000, 10);
      same(resolveOverlaps(cands), reference(cands));
    }
  });

  it("one cluster of thousands of members", () => {
    const cands = randomCands(5000, 3000, 30);
    same(resolveOverlaps(cands), reference(cands));
  });

  it("candidates already in text order, and in reverse", () => {
    const cands = randomCands(200, 600, 8).sort((a, b) => a.start - b.start);
    same(resolveOverlaps(cands), reference(cands));
    const rev = cands.slice().reverse();
    same(resolveOverlaps(rev), reference(rev));
  });

  it("offsets too far apart for exact sort keys", () => {
    const cands = [...randomCands(40, 60, 8), ...randomCands(40, 60, 8, 2 ** 52), ...randomCands(10, 60, 8, 2 ** 40)];
    same(resolveOverlaps(cands), reference(cands));
  });

  it("identical spans: the first in the input is kept", () => {
    const a: Candidate = { type: "ORG", start: 4, end: 9, source: "a" };
    const b: Candidate = { type: "ORG", start: 4, end: 9, source: "b" };
    const c: Candidate = { type: "ORG", start: 0, end: 2, source: "c" };
    same(resolveOverlaps([c, b, a]), [c, b]);
    same(resolveOverlaps([a, c, b]), [c, a]);
  });
});

describe("resolveOverlaps on offsets that are not integers (a custom recognizer's)", () => {
  it("keeps what the policy keeps", () => {
    for (let round = 0; round < 50; round++) {
      const starts = randomCands(60, 80, 8).map((c, k) => (k % 3 ? c : { ...c, start: c.start + 0.5 }));
      same(resolveOverlaps(starts), reference(starts));
      const ends = randomCands(60, 80, 8).map((c, k) => (k % 4 ? c : { ...c, end: c.end + 0.25 }));
      same(resolveOverlaps(ends), reference(ends));
    }
  });
});

describe("resolveOverlaps on a long text with many candidates (keys past 32 bits)", () => {
  it("keeps what the policy keeps", () => {
    // 3000 candidates (scale 4096) over 2^20 positions: the int32 keys cannot hold them.
    const cands = [...randomCands(1500, 1 << 20, 40), ...randomCands(1500, 3000, 12)];
    same(resolveOverlaps(cands), reference(cands));
  });
});
