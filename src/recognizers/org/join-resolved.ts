import type { Candidate } from "../recognizer.js";
import { resolveOverlaps } from "../../resolve/overlaps.js";

/**
 * `resolveOverlaps([...names, ...acronyms])` where `names` are already
 * resolved (no overlaps, in text order), without sorting every name again.
 *
 * The policy is a greedy pass in a fixed order: a candidate is kept when no
 * kept candidate overlaps it. Only candidates that overlap it can change its
 * fate, so the pass decides each group of overlapping candidates (a cluster:
 * a run of spans, in text order, each starting before the run so far ends)
 * on its own, and the result is the union of the groups' results. A group of
 * one is kept as it is; a larger one is resolved alone, its candidates in the
 * order they have in `[...names, ...acronyms]` (the policy's last tie-break).
 * Groups are disjoint stretches of text, so their results, concatenated in
 * text order, are the text-ordered result of the whole.
 */
export function joinResolved(names: Candidate[], acronyms: Candidate[]): Candidate[] {
  if (acronyms.length === 0) return names;
  const acr = acronyms.length === 1 ? acronyms : [...acronyms].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  // The open group: its first candidate, the rest (null while it has one), and where it ends.
  let first: Candidate | null = null;
  let firstIsName = false;
  let moreNames: Candidate[] | null = null;
  let moreAcronyms: Candidate[] | null = null;
  let end = -1;
  const close = () => {
    if (!first) return;
    if (!moreNames && !moreAcronyms) out.push(first);
    else {
      const ns = firstIsName ? [first, ...(moreNames ?? [])] : (moreNames ?? []);
      const as = firstIsName ? (moreAcronyms ?? []) : [first, ...(moreAcronyms ?? [])];
      if (as.length > 1) as.sort((a, b) => acronyms.indexOf(a) - acronyms.indexOf(b));
      for (const c of resolveOverlaps([...ns, ...as])) out.push(c);
    }
    first = moreNames = moreAcronyms = null;
  };
  let i = 0;
  let j = 0;
  while (i < names.length || j < acr.length) {
    const isName = j >= acr.length || (i < names.length && names[i]!.start < acr[j]!.start);
    const c = isName ? names[i++]! : acr[j++]!;
    // An empty span is dropped by the policy and overlaps nothing.
    if (c.end <= c.start) continue;
    if (first && c.start < end) {
      if (isName) (moreNames ??= []).push(c);
      else (moreAcronyms ??= []).push(c);
      if (c.end > end) end = c.end;
      continue;
    }
    close();
    first = c;
    firstIsName = isName;
    end = c.end;
  }
  close();
  return out;
}
