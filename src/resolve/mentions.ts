import type { Candidate } from "../recognizers/recognizer.js";

/**
 * Entity ids: candidates (and OFFICIAL parts) that carry the same `link` key
 * get the same `entityId` ("e1", "e2", … in order of first mention).
 */
export function assignEntityIds(cands: readonly Candidate[]): Map<Candidate, string> {
  const ids = new Map<string, string>();
  const out = new Map<Candidate, string>();
  const visit = (c: Candidate) => {
    if (c.link) {
      let id = ids.get(c.link);
      if (!id) {
        id = `e${ids.size + 1}`;
        ids.set(c.link, id);
      }
      out.set(c, id);
    }
    for (const p of c.parts ?? []) visit(p);
  };
  for (const c of cands) visit(c);
  return out;
}
