import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "../../src/resolve/overlaps.js";
import type { Candidate } from "../../src/recognizers/recognizer.js";

const c = (type: Candidate["type"], start: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({ type, start, end, source: "t", ...extra });
const keep = (cs: Candidate[]) => resolveOverlaps(cs).map((x) => `${x.type}:${x.start}-${x.end}`);

describe("resolve: one overlap policy", () => {
  it.each<[string, Candidate[], string[]]>([
    ["longer wins", [c("LOC", 0, 5), c("ORG", 0, 10)], ["ORG:0-10"]],
    ["OFFICIAL beats a longer span of another type", [c("EVENT", 0, 30), c("OFFICIAL", 5, 20)], ["OFFICIAL:5-20"]],
    ["equal length: custom priority wins", [c("LOC", 0, 5), c("ORG", 0, 5, { priority: 10 })], ["ORG:0-5"]],
    ["equal length and priority: type priority (DATE over ORG)", [c("ORG", 0, 5), c("DATE", 0, 5)], ["DATE:0-5"]],
    ["equal length and type: earlier wins", [c("ORG", 3, 8), c("ORG", 0, 5)], ["ORG:0-5"]],
    ["disjoint spans all stay, in text order", [c("LOC", 10, 12), c("ORG", 0, 5)], ["ORG:0-5", "LOC:10-12"]],
    ["touching spans do not overlap", [c("ORG", 0, 5), c("LOC", 5, 9)], ["ORG:0-5", "LOC:5-9"]],
    ["the same mention is kept once", [c("ORG", 0, 5), c("ORG", 0, 5)], ["ORG:0-5"]],
    ["empty candidates are dropped", [c("ORG", 3, 3)], []],
    ["a partial overlap keeps the longer", [c("ORG", 0, 6), c("LOC", 4, 8)], ["ORG:0-6"]],
  ])("%s", (_n, cands, want) => {
    expect(keep(cands)).toEqual(want);
  });
});

describe("resolve: linear in the number of spans", () => {
  it("200,000 disjoint candidates and as many overlapping ones resolve in well under a few seconds", () => {
    const cands: Candidate[] = [];
    for (let i = 0; i < 200_000; i++) {
      cands.push(c("LOC", i * 10, i * 10 + 5));
      cands.push(c("ORG", i * 10 + 3, i * 10 + 7));
    }
    const t = performance.now();
    const kept = resolveOverlaps(cands);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(kept.length).toBe(200_000);
    expect(kept.every((k) => k.type === "LOC")).toBe(true);
  });
});

describe("resolve: the buffer covers the candidates' stretch, not the text before it", () => {
  // resolveOverlaps resolves each cluster of overlapping candidates on its own,
  // anywhere in a long text: a buffer sized by the last end offset (5e9 here) could not
  // even be allocated, and sized by millions it made the collector run per group.
  it("resolves a group far into a text as it resolves the same group at 0", () => {
    const far = 5e9;
    const group = (at: number) => [c("LOC", at + 0, at + 5), c("ORG", at + 3, at + 12), c("DATE", at + 12, at + 14), c("ORG", at + 13, at + 20)];
    const shift = (xs: string[]) => xs.map((x) => x.replace(/(\d+)-(\d+)/, (_m, a, b) => `${a - far}-${b - far}`));
    expect(shift(keep(group(far)))).toEqual(keep(group(0)));
  });
});

describe("resolve: candidates that overlap nothing", () => {
  it("are all kept, in text order, whatever order they came in", () => {
    expect(keep([c("ORG", 0, 5), c("ORG", 10, 15), c("ORG", 20, 23), c("ORG", 6, 8)])).toEqual(["ORG:0-5", "ORG:6-8", "ORG:10-15", "ORG:20-23"]);
  });
});
