import type { Candidate } from "../recognizers/recognizer.js";
import { compareCandidates, policyOrder } from "./policy.js";

export { compareCandidates, TYPE_PRIORITY } from "./policy.js";

/*
 * How the policy runs. It is a greedy pass in the order of a stable sort by
 * compareCandidates (input order breaks the last ties): a candidate is kept
 * when no kept one overlaps it. Only candidates that overlap it can change
 * its fate, so each cluster (a run of spans in text order, each starting
 * before the run so far ends) is decided on its own, and the clusters'
 * results, concatenated in text order, are the text-ordered result of the
 * whole. Most clusters hold one candidate (a name nothing else claims): it
 * is kept without reading more than its offsets; most of the others hold two,
 * and keep the one the comparator takes first. So the work is one numeric
 * sort of the candidates by start (int32 keys, no comparator), then the
 * policy's sort and the greedy pass inside each cluster of three or more only
 * (on 1 MB of news: 13K candidates, 7.2K clusters of one, 1.9K of two, 0.6K larger).
 */

/** Per-call buffers, shared between calls (a call never re-enters another): sort keys and offsets by input index. */
let keys = new Int32Array(1 << 10);
let starts = new Float64Array(1 << 10);
let ends = new Float64Array(1 << 10);
/** Shared buffers grow up to these sizes (candidates or members; positions); a larger need gets its own for the call. */
const MAX_SHARED = 1 << 16;
const MAX_TAKEN = 1 << 20;

/** Keep a non-overlapping set by the policy (policy.ts), returned in text order. */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  resolveOverlapsInto(cands, cands.length, out);
  return out;
}

/** `resolveOverlaps(cands.slice(0, n))` written into `out` from index 0 (a buffer the caller reuses); returns how many. */
export function resolveOverlapsInto(cands: readonly Candidate[], n: number, out: Candidate[]): number {
  if (keys.length < n && n <= MAX_SHARED) {
    const size = Math.max(n, keys.length * 2);
    keys = new Int32Array(size);
    starts = new Float64Array(size);
    ends = new Float64Array(size);
  }
  const key = keys.length >= n ? keys : new Int32Array(n);
  const st = starts.length >= n ? starts : new Float64Array(n);
  const en = ends.length >= n ? ends : new Float64Array(n);
  // The sort key of candidate k is (start - lo) * scale + k: by start, then by input
  // order; an int32 sorts fastest (a stretch of text times the candidates' count under 2^31).
  let lo = Infinity;
  let hi = -Infinity;
  let integral = true;
  for (let k = 0; k < n; k++) {
    const c = cands[k]!;
    const s = c.start;
    const e = c.end;
    st[k] = s;
    en[k] = e;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
    if (!Number.isInteger(s) || !Number.isInteger(e)) integral = false;
  }
  let scale = 1;
  while (scale < n) scale *= 2;
  // Offsets that are not integers (a custom recognizer's) cannot mark positions either: every cluster is checked pairwise.
  if (!integral) return resolveSorted(cands, st, en, byStartComparing(n, st, en), out, Infinity);
  const span = (hi - lo + 1) * scale;
  if (span > 2 ** 31) {
    const order = span <= 2 ** 53 ? byDoubleKeys(n, st, en, lo, scale) : byStartComparing(n, st, en);
    return resolveSorted(cands, st, en, order, out, PAIRWISE_MAX);
  }
  let m = 0;
  let ordered = true;
  for (let k = 0; k < n; k++) {
    // An empty span is dropped by the policy and overlaps nothing.
    if (en[k]! <= st[k]!) continue;
    const v = (st[k]! - lo) * scale + k;
    if (m > 0 && v < key[m - 1]!) ordered = false;
    key[m++] = v;
  }
  const order = key.subarray(0, m);
  if (!ordered) order.sort();
  // The index is the key's low bits.
  const low = scale - 1;
  for (let i = 0; i < m; i++) order[i] = order[i]! & low;
  return resolveSorted(cands, st, en, order, out, PAIRWISE_MAX);
}

/** The non-empty candidates' indexes in text order, for a long text with many candidates: the same keys as doubles (exact under 2^53). */
function byDoubleKeys(n: number, st: Float64Array, en: Float64Array, lo: number, scale: number): Int32Array {
  const key = new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) if (en[k]! > st[k]!) key[m++] = (st[k]! - lo) * scale + k;
  const sorted = key.subarray(0, m).sort();
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = sorted[i]! - Math.floor(sorted[i]! / scale) * scale;
  return order;
}

/** The non-empty candidates' indexes in text order (start, then input order), when no numeric key can hold the starts (too far apart, not integers). */
function byStartComparing(n: number, st: Float64Array, en: Float64Array): Int32Array {
  const idx: number[] = [];
  for (let k = 0; k < n; k++) if (en[k]! > st[k]!) idx.push(k);
  idx.sort((a, b) => st[a]! - st[b]! || a - b);
  return Int32Array.from(idx);
}

/**
 * The greedy pass, cluster by cluster, over the candidates whose indexes `order` lists in text order;
 * the kept into `out`, counted. Clusters up to `pairwise` members are checked pairwise.
 */
function resolveSorted(
  cands: readonly Candidate[],
  st: Float64Array,
  en: Float64Array,
  order: Int32Array,
  out: Candidate[],
  pairwise: number,
): number {
  const m = order.length;
  let kept = 0;
  let i = 0;
  while (i < m) {
    let end = en[order[i]!]!;
    let j = i + 1;
    while (j < m && st[order[j]!]! < end) {
      const e = en[order[j]!]!;
      if (e > end) end = e;
      j++;
    }
    if (j === i + 1) out[kept++] = cands[order[i]!]!;
    else if (j === i + 2) out[kept++] = firstOfTwo(cands, order[i]!, order[i + 1]!);
    else kept = resolveCluster(cands, st, en, order, i, j, end, out, kept, pairwise);
    i = j;
  }
  return kept;
}

/**
 * A cluster of two (most of those with more than one): they overlap, so the
 * policy keeps the one it takes first, by the comparator, then input order.
 */
function firstOfTwo(cands: readonly Candidate[], a: number, b: number): Candidate {
  const c = compareCandidates(cands[a]!, cands[b]!);
  return c < 0 || (c === 0 && a < b) ? cands[a]! : cands[b]!;
}

/** One cluster: order[i..j), spanning [st[order[i]], end). Writes the kept candidates in text order at out[at], returns the new count. */
function resolveCluster(
  cands: readonly Candidate[],
  st: Float64Array,
  en: Float64Array,
  order: Int32Array,
  i: number,
  j: number,
  end: number,
  out: Candidate[],
  at: number,
  pairwise: number,
): number {
  const size = j - i;
  const byPolicy = policyOrder(cands, st, en, order, i, j);
  if (keeps.length < size && size <= MAX_SHARED) keeps = new Uint8Array(Math.max(size, keeps.length * 2));
  const keep = keeps.length >= size ? keeps : new Uint8Array(size);
  if (size <= pairwise) keepPairwise(st, en, order, i, byPolicy, size, keep);
  else keepMarking(st, en, order, i, byPolicy, size, end, keep);
  // The kept spans do not overlap, so their starts differ: the cluster's text order is theirs.
  let m = at;
  for (let p = 0; p < size; p++) if (keep[p] === 1) out[m++] = cands[order[i + p]!]!;
  return m;
}

/** Member p of the cluster being resolved is kept (1) or not (0). */
let keeps = new Uint8Array(64);
/** Up to this many members, each is checked against those kept so far (a few comparisons). */
const PAIRWISE_MAX = 32;
/** The kept members' candidate indexes, in the order they were kept (keepPairwise). */
let keptIdxs = new Int32Array(PAIRWISE_MAX);

/** The greedy pass of a small cluster: a member is kept when it overlaps none kept before it. */
function keepPairwise(
  st: Float64Array,
  en: Float64Array,
  order: Int32Array,
  i: number,
  byPolicy: Int32Array,
  size: number,
  keep: Uint8Array,
): void {
  if (keptIdxs.length < size && size <= MAX_SHARED) keptIdxs = new Int32Array(Math.max(size, keptIdxs.length * 2));
  const keptIdx = keptIdxs.length >= size ? keptIdxs : new Int32Array(size);
  let nk = 0;
  for (let q = 0; q < size; q++) {
    const p = byPolicy[q]!;
    const k = order[i + p]!;
    const s = st[k]!;
    const e = en[k]!;
    let free = true;
    for (let r = 0; r < nk; r++) {
      const o = keptIdx[r]!;
      if (s < en[o]! && st[o]! < e) {
        free = false;
        break;
      }
    }
    keep[p] = free ? 1 : 0;
    if (free) keptIdx[nk++] = k;
  }
}

/**
 * The greedy pass of a large cluster, linear in its stretch [lo, end): one byte
 * per position, taken by a kept span or not; checking and marking cost the span's length.
 */
function keepMarking(
  st: Float64Array,
  en: Float64Array,
  order: Int32Array,
  i: number,
  byPolicy: Int32Array,
  size: number,
  end: number,
  keep: Uint8Array,
): void {
  const lo = st[order[i]!]!;
  const width = end - lo;
  if (taken.length < width && width <= MAX_TAKEN) taken = new Uint8Array(Math.max(width, taken.length * 2));
  const t = taken.length >= width ? taken : new Uint8Array(width);
  for (let q = 0; q < size; q++) {
    const p = byPolicy[q]!;
    const k = order[i + p]!;
    const s = st[k]! - lo;
    const e = en[k]! - lo;
    let free = true;
    for (let x = s; x < e; x++) {
      if (t[x] === 1) {
        free = false;
        break;
      }
    }
    keep[p] = free ? 1 : 0;
    if (free) t.fill(1, s, e);
  }
  t.fill(0, 0, width);
}
let taken = new Uint8Array(1 << 10);
