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

/*
 * The policy's order inside one cluster of overlapping candidates (see
 * overlaps.ts): a stable sort by compareCandidates, whose last tie-break is
 * the candidate's place in the input. Each member's fields are read once
 * into a shared row of keys; clusters are small (two or three candidates
 * mostly), so an insertion sort on member numbers does it without a
 * comparator closure or an array per call. A large cluster (a pathological
 * input) takes Array.prototype.sort, to stay n log n.
 */

/** Keys per member: OFFICIAL (1/0), length, priority, type priority, start, confidence, input index. */
const FIELDS = 7;
let rows = new Float64Array(FIELDS * 64);
let members = new Int32Array(64);
const INSERTION_MAX = 32;
/** The shared buffers grow up to this many members; a larger cluster gets its own for the call. */
const MAX_SHARED = 1 << 12;

/** True when member a goes before member b (rows at offsets a, b). */
function before(r: Float64Array, a: number, b: number): boolean {
  if (r[a] !== r[b]) return r[a]! > r[b]!;
  if (r[a + 1] !== r[b + 1]) return r[a + 1]! > r[b + 1]!;
  if (r[a + 2] !== r[b + 2]) return r[a + 2]! > r[b + 2]!;
  if (r[a + 3] !== r[b + 3]) return r[a + 3]! > r[b + 3]!;
  if (r[a + 4] !== r[b + 4]) return r[a + 4]! < r[b + 4]!;
  if (r[a + 5] !== r[b + 5]) return r[a + 5]! > r[b + 5]!;
  return r[a + 6]! < r[b + 6]!;
}

/**
 * The members of the cluster order[i..j) (candidate indexes, whose offsets
 * are starts[k], ends[k]) as member numbers 0..j-i-1, in the policy's order. The result is a shared buffer,
 * valid until the next call.
 */
export function policyOrder(
  cands: readonly Candidate[],
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  order: ArrayLike<number>,
  i: number,
  j: number,
): Int32Array {
  const size = j - i;
  if (members.length < size && size <= MAX_SHARED) {
    members = new Int32Array(Math.max(size, members.length * 2));
    rows = new Float64Array(members.length * FIELDS);
  }
  const shared = members.length >= size;
  const r = shared ? rows : new Float64Array(size * FIELDS);
  for (let p = 0; p < size; p++) {
    const k = order[i + p]!;
    const c = cands[k]!;
    const type = c.type;
    const o = p * FIELDS;
    r[o] = type === "OFFICIAL" ? 1 : 0;
    r[o + 1] = ends[k]! - starts[k]!;
    r[o + 2] = c.priority ?? 0;
    r[o + 3] = TYPE_PRIORITY[type];
    r[o + 4] = starts[k]!;
    r[o + 5] = c.confidence ?? 1;
    r[o + 6] = k;
  }
  const out = shared ? members : new Int32Array(size);
  if (size <= INSERTION_MAX) {
    for (let p = 0; p < size; p++) {
      let q = p;
      while (q > 0 && before(r, p * FIELDS, out[q - 1]! * FIELDS)) {
        out[q] = out[q - 1]!;
        q--;
      }
      out[q] = p;
    }
  } else {
    const idx = Array.from({ length: size }, (_, p) => p);
    idx.sort((a, b) => (before(r, a * FIELDS, b * FIELDS) ? -1 : before(r, b * FIELDS, a * FIELDS) ? 1 : 0));
    for (let p = 0; p < size; p++) out[p] = idx[p]!;
  }
  return out;
}
