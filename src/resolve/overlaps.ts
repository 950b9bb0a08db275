import type { EntityType } from "../doc.js";
import type { Candidate } from "../recognizers/recognizer.js";

/**
 * The one overlap policy. Candidates never nest except the parts of an
 * OFFICIAL, which travel inside it. Among overlapping candidates:
 *  1. an OFFICIAL beats any other type (its parts already cover what is inside);
 *  2. then the longer span wins;
 *  3. then the higher `priority` (custom terms);
 *  4. then the type priority below;
 *  5. then the earlier start;
 *  6. then the higher confidence.
 * The same (type, start, end) is kept once.
 */
export const TYPE_PRIORITY: Readonly<Record<EntityType, number>> = {
  OFFICIAL: 9,
  DOCUMENT: 8,
  DATE: 7,
  EVENT: 6,
  ORG: 5,
  LOC: 4,
  PERSON: 3,
  TITLE: 2,
  RANK: 1,
};

export function compareCandidates(a: Candidate, b: Candidate): number {
  const ao = a.type === "OFFICIAL" ? 1 : 0;
  const bo = b.type === "OFFICIAL" ? 1 : 0;
  if (ao !== bo) return bo - ao;
  const len = b.end - b.start - (a.end - a.start);
  if (len !== 0) return len;
  const pr = (b.priority ?? 0) - (a.priority ?? 0);
  if (pr !== 0) return pr;
  const tp = TYPE_PRIORITY[b.type] - TYPE_PRIORITY[a.type];
  if (tp !== 0) return tp;
  if (a.start !== b.start) return a.start - b.start;
  return (b.confidence ?? 1) - (a.confidence ?? 1);
}

/** Keep a non-overlapping set by the policy above, returned in text order. */
export function resolveOverlaps(cands: readonly Candidate[]): Candidate[] {
  const sorted: Candidate[] = [];
  // The stretch of text the candidates cover, [lo, hi): positions are marked relative to lo,
  // so resolving a few candidates far into a long text (resolve/groups.ts) needs a small buffer.
  let lo = Infinity;
  let hi = 0;
  for (const c of cands) {
    if (c.end <= c.start) continue;
    sorted.push(c);
    if (c.end > hi) hi = c.end;
    if (c.start < lo) lo = c.start;
  }
  if (sorted.length === 0) return [];
  const size = hi - lo;
  sortByPolicy(sorted);
  // One byte per view position: is it taken by an accepted span? Checking and
  // marking cost the span's length, so the whole pass is linear in the text
  // (an interval list with insertions was quadratic in the span count). The
  // buffer is shared between calls and cleared where it was marked, so a
  // call with a few candidates costs a few, not the text's length.
  // (A stretch over MAX_KEPT characters gets a buffer of its own, not kept after the call.)
  if (taken.length < size && size <= MAX_KEPT) taken = new Uint8Array(Math.max(size, taken.length * 2));
  const t = taken.length >= size ? taken : new Uint8Array(size);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const s = c.start - lo;
    const e = c.end - lo;
    let free = true;
    for (let k = s; k < e; k++) {
      if (t[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    t.fill(1, s, e);
    kept.push(c);
  }
  for (const c of kept) t.fill(0, c.start - lo, c.end - lo);
  return kept.sort(byPosition);
}

let taken = new Uint8Array(1 << 16);
/** Largest shared buffers kept between calls (positions, or sort keys). */
const MAX_KEPT = 1 << 22;

/**
 * Sort in place as `sort(compareCandidates)` would (it is stable), reading
 * each candidate's fields once into typed arrays: candidates come from
 * every recognizer in many shapes, and reading their properties in each of
 * the n log n comparisons was most of the cost.
 */
function sortByPolicy(cands: Candidate[]): void {
  const n = cands.length;
  if (n < 2) return;
  if (keys.length < n * 5 && n * 5 <= MAX_KEPT / 8) keys = new Float64Array(Math.max(n * 5, keys.length * 2));
  const k = keys.length >= n * 5 ? keys : new Float64Array(n * 5);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    const o = i * 5;
    k[o] = c.type === "OFFICIAL" ? 1 : 0;
    k[o + 1] = c.end - c.start;
    k[o + 2] = c.priority ?? 0;
    k[o + 3] = TYPE_PRIORITY[c.type];
    k[o + 4] = c.start;
    order[i] = i;
  }
  order.sort((x, y) => {
    const a = x * 5;
    const b = y * 5;
    if (k[a] !== k[b]) return k[b]! - k[a]!;
    const len = k[b + 1]! - k[a + 1]!;
    if (len !== 0) return len;
    const pr = k[b + 2]! - k[a + 2]!;
    if (pr !== 0) return pr;
    const tp = k[b + 3]! - k[a + 3]!;
    if (tp !== 0) return tp;
    if (k[a + 4] !== k[b + 4]) return k[a + 4]! - k[b + 4]!;
    const cf = (cands[y]!.confidence ?? 1) - (cands[x]!.confidence ?? 1);
    return cf !== 0 ? cf : x - y;
  });
  const copy = cands.slice();
  for (let i = 0; i < n; i++) cands[i] = copy[order[i]!]!;
}
let keys = new Float64Array(1 << 12);

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}
