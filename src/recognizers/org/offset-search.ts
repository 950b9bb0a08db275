import type { Candidate } from "../recognizer.js";

/*
 * Questions the acronym rules ask about candidates by view offsets: the
 * name that ends in the token before a "(X)", a name over an acronym word,
 * another type's candidate ending before a "(". They are asked at a few
 * tokens per text (the "(X)", the acronym words), so each is answered by a
 * binary search over offsets instead of mapping every candidate to its
 * tokens first (two searches over the tokens per candidate, for every text).
 */

/**
 * The index of the last of `names` whose last offset (end - 1) lies in
 * [from, to), or -1. `names` are in text order and do not overlap (as
 * resolveOverlaps returns them), so their ends increase.
 */
export function nameEndingIn(names: readonly Candidate[], from: number, to: number): number {
  // The last name with end <= to …
  let lo = -1;
  let hi = names.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= to) lo = mid;
    else hi = mid;
  }
  // … ends in the range when its end is past `from`.
  return lo >= 0 && names[lo]!.end > from ? lo : -1;
}

/** Some of `names` (in text order, not overlapping) shares an offset with [from, to). */
export function nameOver(names: readonly Candidate[], from: number, to: number): boolean {
  // The first name that ends after `from` is the only one that can reach into the range.
  let lo = -1;
  let hi = names.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end > from) hi = mid;
    else lo = mid;
  }
  return hi < names.length && names[hi]!.start < to;
}

/**
 * The ends of some candidates, sorted, in a buffer reused from one text to
 * the next (`fill` starts a text); `anyIn` asks whether one of them lies in
 * a range.
 */
export class SortedEnds {
  private buf = new Float64Array(256);
  private n = 0;

  /** Keep the ends of these candidate lists. */
  fill(lists: readonly (readonly Candidate[])[]): this {
    let n = 0;
    for (let l = 0; l < lists.length; l++) n += lists[l]!.length;
    if (this.buf.length < n || this.buf.length > 1 << 16) this.buf = new Float64Array(Math.max(n, 256));
    const buf = this.buf;
    let m = 0;
    let sorted = true;
    for (let l = 0; l < lists.length; l++) {
      const cands = lists[l]!;
      for (let k = 0; k < cands.length; k++) {
        const e = cands[k]!.end;
        if (m > 0 && e < buf[m - 1]!) sorted = false;
        buf[m++] = e;
      }
    }
    if (!sorted) buf.subarray(0, m).sort();
    this.n = m;
    return this;
  }

  /** Some end lies in (from, to]. */
  anyIn(from: number, to: number): boolean {
    const buf = this.buf;
    // The first end past `from`.
    let lo = -1;
    let hi = this.n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (buf[mid]! > from) hi = mid;
      else lo = mid;
    }
    return hi < this.n && buf[hi]! <= to;
  }
}

/**
 * `resolveOverlaps([...names, ...acronyms])` when no acronym shares an
 * offset with a name or with another acronym: every candidate is then
 * alone and kept, in text order, which a merge by start gives without the
 * resolver's sort and clusters. Null when some do overlap (the caller
 * resolves them). `names` are resolved (in text order, not overlapping);
 * the acronyms are few, in any order.
 */
export function mergeApart(names: readonly Candidate[], acronyms: readonly Candidate[]): Candidate[] | null {
  const acr = acronyms.slice();
  // Insertion sort by start: a text has a handful of acronyms, mostly in order already.
  for (let k = 1; k < acr.length; k++) {
    const a = acr[k]!;
    let j = k - 1;
    while (j >= 0 && acr[j]!.start > a.start) {
      acr[j + 1] = acr[j]!;
      j--;
    }
    acr[j + 1] = a;
  }
  for (let k = 0; k < acr.length; k++) {
    const a = acr[k]!;
    // An empty span is dropped by the resolver: leave it to it.
    if (a.end <= a.start || (k > 0 && acr[k - 1]!.end > a.start) || nameOver(names, a.start, a.end)) return null;
  }
  const out: Candidate[] = new Array(names.length + acr.length);
  let n = 0;
  let a = 0;
  for (let m = 0; m < out.length; m++) out[m] = a < acr.length && (n >= names.length || acr[a]!.start < names[n]!.start) ? acr[a++]! : names[n++]!;
  return out;
}
