import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, type EntityType, type Span } from "../../src/doc.js";
import { builtinLexicons } from "../../src/lexicon/registry.js";
import { normalize } from "../../src/normalize/normalize.js";
import { PipelineContext } from "../../src/pipeline/context.js";
import { ALL_TYPES, closeText } from "../../src/pipeline/phases.js";
import { toSpan } from "../../src/pipeline/to-span.js";
import type { Candidate } from "../../src/recognizers/recognizer.js";
import { compareCandidates } from "../../src/resolve/overlaps.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";

// closeText writes what it always wrote: candidates of the requested types
// (an unrequested OFFICIAL's parts in its place) resolved by the policy, each
// with its entity id, and after each OFFICIAL its parts of requested types by
// start, longer first. Reference: that closeText, written plainly.
function reference(ctx: PipelineContext, types: ReadonlySet<EntityType>): Span[] {
  let all: Candidate[] = ENTITY_TYPES.flatMap((ty) => [...ctx.candidates(ty)]);
  if (!types.has("OFFICIAL")) all = all.flatMap((c) => (c.type === "OFFICIAL" ? (c.parts ?? []) : [c]));
  all = all.filter((c) => types.has(c.type) && c.end > c.start).sort(compareCandidates);
  const kept: Candidate[] = [];
  for (const c of all) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);
  const byLink = new Map<string, string>();
  const ids = new Map<Candidate, string>();
  const visit = (c: Candidate) => {
    const link = c.link ?? (c.type === "OFFICIAL" ? c.parts?.find((p) => p.type === "PERSON")?.link : undefined);
    if (link) {
      if (!byLink.has(link)) byLink.set(link, `e${byLink.size + 1}`);
      ids.set(c, byLink.get(link)!);
    }
    for (const p of c.parts ?? []) visit(p);
  };
  kept.forEach(visit);
  const spans: Span[] = [];
  for (const c of kept) {
    const idx = spans.length;
    spans.push(toSpan(ctx, c, ids.get(c)));
    if (c.type !== "OFFICIAL" || !c.parts) continue;
    const parts = c.parts.filter((p) => types.has(p.type)).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const p of parts) spans.push(toSpan(ctx, p, ids.get(p), idx));
  }
  return spans;
}

let seed = 5;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % n;
const TYPES: EntityType[] = ["PERSON", "ORG", "LOC", "DATE", "EVENT", "TITLE", "RANK", "DOCUMENT"];
function cand(type: EntityType, start: number, len: number): Candidate {
  const c: Candidate = { type, start, end: start + len, source: `${type}.${start}` };
  if (rand(2) === 0) c.link = `${type}:${rand(6)}`;
  if (rand(5) === 0) c.confidence = 0.5;
  return c;
}

describe("closeText", () => {
  const text = "Thứ trưởng Bộ Công an Lương Tam Quang đã tới Hà Nội hôm nay để dự hội nghị. ".repeat(4);
  const { view, map } = normalize(text);
  const lexicons = builtinLexicons();
  it("writes the spans, ids and parts the plain version writes, for every kind of request", () => {
    for (let round = 0; round < 300; round++) {
      const ctx = new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: null, lexicons, types: ALL_TYPES });
      const cands: Candidate[] = [];
      for (let k = 1 + rand(25); k > 0; k--) cands.push(cand(TYPES[rand(TYPES.length)]!, rand(view.length - 20), rand(15)));
      for (let k = rand(4); k > 0; k--) {
        const at = rand(view.length - 40);
        const official = cand("OFFICIAL", at, 10 + rand(25));
        official.parts = [];
        // Parts in any order, some starting together (the longer goes first, then the first given).
        // Now and then more than closeText sorts in place (a custom recognizer's).
        const parts = rand(20) === 0 ? 33 + rand(20) : 1 + rand(5);
        for (let p = parts; p > 0; p--) official.parts.push(cand(TYPES[rand(TYPES.length)]!, at + rand(6), 1 + rand(4)));
        if (rand(2) === 0) delete official.link;
        cands.push(official);
      }
      ctx.add(cands);
      const types = rand(3) === 0 ? ALL_TYPES : new Set(ENTITY_TYPES.filter(() => rand(3) > 0));
      const open = { ctx, refDate: null, refDateSource: null };
      const got = closeText(open, types).spans;
      // Same spans, same keys in the same order.
      expect(JSON.stringify(got)).toBe(JSON.stringify(reference(ctx, types)));
    }
  });
});
