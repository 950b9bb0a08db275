import type { Candidate } from "../recognizers/recognizer.js";
import { resolveOverlaps } from "./overlaps.js";

/*
 * The recognizers' names for resolving their own candidates (LOC, ORG).
 * resolveOverlaps decides each cluster of overlapping candidates on its own
 * and keeps a lone candidate at the cost of reading its offsets, so a
 * recognizer no longer needs a pass of its own that skips the sort for
 * candidates nothing overlaps.
 */

/** `resolveOverlaps(cands)`. */
export function resolveInGroups(cands: readonly Candidate[]): Candidate[] {
  return resolveOverlaps(cands);
}

/** `resolveOverlaps([...names, ...acronyms])` where `names` are already resolved (in text order, no overlaps). */
export function joinResolved(names: Candidate[], acronyms: Candidate[]): Candidate[] {
  if (acronyms.length === 0) return names;
  return resolveOverlaps(names.concat(acronyms));
}
