import { describe, expect, it } from "vitest";
import type { Candidate } from "../../../src/recognizers/recognizer.js";
import { joinAcronyms, nameEndingIn, nameOver, SortedEnds } from "../../../src/recognizers/org/offset-search.js";
import { resolveOverlaps } from "../../../src/resolve/overlaps.js";
import { expectSpans, spansOf } from "./helpers.js";

// The acronym rules ask about names and other candidates by offsets with
// binary searches (offset-search.ts). Each answer must be the one a scan of
// all the candidates gives.

let seed = 7;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % n;
const cand = (start: number, end: number): Candidate => ({ type: "ORG", start, end, source: "test" });

/** Names in text order, not overlapping (as resolveOverlaps returns them). */
function names(): Candidate[] {
  const out: Candidate[] = [];
  let at = rand(5);
  for (let k = rand(12); k > 0; k--) {
    const start = at + rand(4);
    const end = start + 1 + rand(6);
    out.push(cand(start, end));
    at = end;
  }
  return out;
}

describe("ORG offset searches", () => {
  it("finds the last name ending in a range, and a name over a range, as a scan does", () => {
    const wrong: string[] = [];
    for (let round = 0; round < 300; round++) {
      const ns = names();
      for (let from = 0; from < 60; from++) {
        for (const len of [1, 2, 5]) {
          const to = from + len;
          let last = -1;
          ns.forEach((c, k) => {
            if (c.end - 1 >= from && c.end - 1 < to) last = k;
          });
          if (nameEndingIn(ns, from, to) !== last) wrong.push(`ending in [${from}, ${to}) of ${JSON.stringify(ns)}`);
          if (nameOver(ns, from, to) !== ns.some((c) => c.start < to && c.end > from)) wrong.push(`over [${from}, ${to}) of ${JSON.stringify(ns)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("finds an end in a range among unsorted lists, with a buffer reused across texts", () => {
    const ends = new SortedEnds();
    const wrong: string[] = [];
    for (let round = 0; round < 200; round++) {
      const lists = [0, 1, 2].map(() => Array.from({ length: rand(round % 50 === 0 ? 400 : 10) }, () => cand(0, 1 + rand(80))));
      ends.fill(lists);
      const all = lists.flat().map((c) => c.end);
      for (let from = 0; from < 85; from++) {
        for (const len of [1, 3]) if (ends.anyIn(from, from + len) !== all.some((e) => e > from && e <= from + len)) wrong.push(`(${from}, ${from + len}] of ${all}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("ORG acronyms joined to the resolved names", () => {
  it("gives what resolving names and acronyms together gives", () => {
    const wrong: string[] = [];
    const sources = ["org.media", "org.acronym.credit", "org.acronym.listed", "org.head"];
    for (let round = 0; round < 3000; round++) {
      const ns = resolveOverlaps(names());
      // acronyms anywhere, some on a name's exact span (a credited outlet), some empty, some overlapping each other
      const acr = Array.from({ length: 1 + rand(5) }, (): Candidate => {
        const n = ns[rand(ns.length + 1)];
        // every other round, past the names: no name is touched, the acronyms alone may overlap
        const start = round % 2 ? 100 + rand(12) : n && rand(2) === 0 ? n.start : rand(70);
        const end = n && start === n.start && rand(2) === 0 ? n.end : start + rand(4);
        const c: Candidate = { type: "ORG", start, end, source: sources[rand(sources.length)]! };
        if (rand(3) === 0) c.priority = rand(2);
        return c;
      });
      const got = joinAcronyms(ns, acr);
      const want = resolveOverlaps([...ns, ...acr]);
      if (got.length !== want.length || got.some((c, k) => c !== want[k])) wrong.push(`${JSON.stringify(ns)} + ${JSON.stringify(acr)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("ORG acronyms in parentheses", () => {
  it("links the acronym to the name just before it, and reads a credit at a line start", () => {
    const text = "Bộ Công an (BCA) họp. Sau đó BCA ra thông báo.\n(HGO) - Tin từ tỉnh.";
    const orgs = spansOf(text, "ORG");
    const bca = orgs.filter((s) => s.text === "BCA");
    expect(bca).toHaveLength(2);
    expect(new Set(bca.map((s) => s.entityId)).size).toBe(1);
    expect(orgs.find((s) => s.text === "Bộ Công an")?.entityId).toBe(bca[0]!.entityId);
    expectSpans("(HGO) - Nhằm nâng cao chất lượng.", "ORG", ["HGO"]);
  });
});
