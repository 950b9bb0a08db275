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
