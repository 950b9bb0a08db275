import type { Candidate } from "../recognizers/recognizer.js";

/**
 * Entity ids: candidates (and OFFICIAL parts) that carry the same `link` key
 * get the same `entityId` ("e1", "e2", … in order of first mention). An
 * OFFICIAL without a key of its own takes its PERSON part's.
 */
export function assignEntityIds(cands: readonly Candidate[]): Map<Candidate, string> {
  const ids = new Map<string, string>();
  const out = new Map<Candidate, string>();
  const visit = (c: Candidate) => {
    // An OFFICIAL is a mention of its person: it shares the PERSON part's id.
    const link = c.link ?? (c.type === "OFFICIAL" ? c.parts?.find((p) => p.type === "PERSON")?.link : undefined);
    if (link) {
      let id = ids.get(link);
      if (!id) {
        id = `e${ids.size + 1}`;
        ids.set(link, id);
      }
      out.set(c, id);
    }
    for (const p of c.parts ?? []) visit(p);
  };
  for (const c of cands) visit(c);
  return out;
}
