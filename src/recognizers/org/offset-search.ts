import type { Candidate } from "../recognizer.js";
import { resolveOverlaps } from "../../resolve/overlaps.js";

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
  const k = firstEndingAfter(names, from);
  return k < names.length && names[k]!.start < to;
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
 * `resolveOverlaps([...names, ...acronyms])`, resolving only what the
 * acronyms touch. `names` are resolved (in text order, not overlapping), so
 * a cluster of overlapping candidates holds acronyms and the names they
 * overlap, and nothing else: the resolver, which decides each cluster on
 * its own, is given those (in the same relative order as in the whole
 * list), and every other name, alone, is kept; the two merge by start. When
 * no acronym overlaps anything (most texts: an outlet credited "(ANTV)" is
 * also a name), nothing is resolved at all.
 */
export function joinAcronyms(names: readonly Candidate[], acronyms: readonly Candidate[]): Candidate[] {
  // The names some acronym overlaps, marked by index (one search per acronym).
  let touched: Set<number> | null = null;
  for (let k = 0; k < acronyms.length; k++) {
    const a = acronyms[k]!;
    for (let n = firstEndingAfter(names, a.start); n < names.length && names[n]!.start < a.end; n++) (touched ??= new Set()).add(n);
  }
  let part = touched === null ? apartByStart(acronyms) : null;
  if (part === null) {
    const some: Candidate[] = [];
    for (let n = 0; n < names.length; n++) if (touched?.has(n)) some.push(names[n]!);
    part = resolveOverlaps(some.concat(acronyms));
  }
  // Merge the names left alone with the resolved part.
  const out: Candidate[] = [];
  let p = 0;
  for (let n = 0; n < names.length; n++) {
    if (touched?.has(n)) continue;
    const c = names[n]!;
    while (p < part.length && part[p]!.start < c.start) out.push(part[p++]!);
    out.push(c);
  }
  while (p < part.length) out.push(part[p++]!);
  return out;
}

/** The index of the first of `names` (in text order, not overlapping) that ends after `pos`. */
function firstEndingAfter(names: readonly Candidate[], pos: number): number {
  let lo = -1;
  let hi = names.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end > pos) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The candidates by start (input order among equal starts), or null when two share an offset or one is empty (the resolver decides those). */
function apartByStart(cands: readonly Candidate[]): Candidate[] | null {
  const out = cands.slice().sort(byStartOrder);
  let end = -Infinity;
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.end <= a.start || a.start < end) return null;
    end = a.end;
  }
  return out;
}
const byStartOrder = (a: Candidate, b: Candidate) => a.start - b.start;
