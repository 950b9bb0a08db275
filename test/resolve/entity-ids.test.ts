import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/recognizers/recognizer.js";
import { EntityIds } from "../../src/resolve/mentions.js";

// The numbering the pipeline always had: visit each kept candidate, then its
// parts depth first; a link gets "e<n>" when first seen; an OFFICIAL without
// a link takes its first PERSON part's.
function reference(cands: readonly Candidate[]): Map<Candidate, string> {
  const ids = new Map<string, string>();
  const out = new Map<Candidate, string>();
  const visit = (c: Candidate) => {
    const link = c.link ?? (c.type === "OFFICIAL" ? c.parts?.find((p) => p.type === "PERSON")?.link : undefined);
    if (link) {
      let id = ids.get(link);
      if (!id) ids.set(link, (id = `e${ids.size + 1}`));
      out.set(c, id);
    }
    for (const p of c.parts ?? []) visit(p);
  };
  for (const c of cands) visit(c);
  return out;
}

/** What closeText asks, in its order: of(c), then ofParts(c). */
function asked(ids: EntityIds, cands: readonly Candidate[]): Array<[Candidate, string | undefined]> {
  const got: Array<[Candidate, string | undefined]> = [];
  const partIds: (string | undefined)[] = [];
  ids.reset();
  for (const c of cands) {
    got.push([c, ids.of(c)]);
    if (!c.parts) continue;
    ids.ofParts(c, partIds);
    c.parts.forEach((p, k) => got.push([p, partIds[k]]));
  }
  return got;
}

const cand = (type: Candidate["type"], link?: string, parts?: Candidate[]): Candidate => ({
  type,
  start: 0,
  end: 1,
  source: "t",
  ...(link !== undefined ? { link } : {}),
  ...(parts ? { parts } : {}),
});

describe("EntityIds numbers links as the pipeline always did", () => {
  it("officials, their parts (nested too), links seen again, no link, empty link", () => {
    const person = cand("PERSON", "p:an");
    const cands = [
      cand("ORG", "org:x"),
      cand("OFFICIAL", undefined, [cand("TITLE"), cand("ORG", "org:y", [cand("LOC", "loc:z")]), person, cand("PERSON", "p:other")]),
      cand("LOC", ""),
      cand("OFFICIAL", "off:own", [cand("PERSON", "p:an")]),
      cand("PERSON", "p:an"),
      cand("DATE"),
      cand("ORG", "loc:z"),
    ];
    for (let pass = 0; pass < 2; pass++) {
      const want = reference(cands);
      for (const [c, id] of asked(new EntityIds(), cands)) expect(id).toBe(want.get(c));
    }
    const ids = new EntityIds();
    asked(ids, cands);
    // A new text starts again at e1.
    expect(asked(ids, [cand("EVENT", "ev:1")])[0]![1]).toBe("e1");
  });

  it("thousands of links", () => {
    const cands = Array.from({ length: 5000 }, (_, k) => cand("ORG", `org:${k % 4500}`));
    const want = reference(cands);
    for (const [c, id] of asked(new EntityIds(), cands)) expect(id).toBe(want.get(c));
  });
});
