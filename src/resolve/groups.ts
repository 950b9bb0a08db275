import type { Candidate } from "../recognizers/recognizer.js";
import { resolveOverlaps } from "./overlaps.js";

/**
 * `resolveOverlaps` without sorting every candidate by the policy.
 *
 * The policy is a greedy pass in a fixed order: a candidate is kept when no
 * kept candidate overlaps it. Only candidates that overlap it can change its
 * fate, so the pass decides each group of overlapping candidates (a cluster:
 * a run of spans, in text order, each starting before the run so far ends)
 * on its own, and the result is the union of the groups' results. A group of
 * one (most names) is kept as it is; a larger one is resolved alone, its
 * candidates in the order they had in the input (the policy's last
 * tie-break). Groups are disjoint stretches of text, so their results,
 * concatenated in text order, are the text-ordered result of the whole.
 */
class Groups {
  readonly out: Candidate[] = [];
  /** The open group: its first candidate and its rank (place in the input), the others, where it ends. */
  private first: Candidate | null = null;
  private firstRank = 0;
  private more: Candidate[] = [];
  private moreRanks: number[] = [];
  private end = -1;

  /** Candidates come in text order (by start); `rank` is the candidate's place in the policy's input. */
  add(c: Candidate, rank: number): void {
    // An empty span is dropped by the policy and overlaps nothing.
    if (c.end <= c.start) return;
    if (this.first && c.start < this.end) {
      this.more.push(c);
      this.moreRanks.push(rank);
      if (c.end > this.end) this.end = c.end;
      return;
    }
    this.close();
    this.first = c;
    this.firstRank = rank;
    this.end = c.end;
  }

  close(): void {
    const first = this.first;
    if (!first) return;
    this.first = null;
    if (this.more.length === 0) {
      this.out.push(first);
      return;
    }
    const members = [first, ...this.more];
    const ranks = [this.firstRank, ...this.moreRanks];
    const byRank = members.map((_, k) => k).sort((a, b) => ranks[a]! - ranks[b]!);
    for (const c of resolveOverlaps(byRank.map((k) => members[k]!))) this.out.push(c);
    this.more.length = 0;
    this.moreRanks.length = 0;
  }
}

/** Indexes of `cands` in text order (by start; stable), or null when they are in text order already. */
function textOrder(cands: readonly Candidate[]): number[] | null {
  let sorted = true;
  for (let k = 1; k < cands.length && sorted; k++) if (cands[k]!.start < cands[k - 1]!.start) sorted = false;
  return sorted ? null : cands.map((_, k) => k).sort((a, b) => cands[a]!.start - cands[b]!.start);
}

/** `resolveOverlaps(cands)`. */
export function resolveInGroups(cands: readonly Candidate[]): Candidate[] {
  const groups = new Groups();
  const order = textOrder(cands);
  if (order) for (const k of order) groups.add(cands[k]!, k);
  else for (let k = 0; k < cands.length; k++) groups.add(cands[k]!, k);
  groups.close();
  return groups.out;
}

/** `resolveOverlaps([...names, ...acronyms])` where `names` are already resolved (in text order, no overlaps). */
export function joinResolved(names: Candidate[], acronyms: Candidate[]): Candidate[] {
  if (acronyms.length === 0) return names;
  const groups = new Groups();
  const acr = textOrder(acronyms);
  let i = 0;
  let j = 0;
  while (i < names.length || j < acronyms.length) {
    const a = acr ? acr[j]! : j;
    if (j >= acronyms.length || (i < names.length && names[i]!.start < acronyms[a]!.start)) groups.add(names[i]!, i++);
    else {
      groups.add(acronyms[a]!, names.length + a);
      j++;
    }
  }
  groups.close();
  return groups.out;
}
