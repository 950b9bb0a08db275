/**
 * Maps positions of the normalized view back to the caller's original text.
 *
 * The view is built from the original as a sequence of segments: stretches
 * copied unchanged (identity) and replaced pieces (a decomposed cluster
 * composed, CRLF made LF, a zero-width character dropped …). A view range
 * [s, e) maps to [toOriginalStart(s), toOriginalEnd(e)); a position inside a
 * replaced piece maps to the whole piece, so a span never cuts a cluster.
 * When the view is the text itself the map is the identity and allocates
 * nothing. Lookups are a binary search over segments.
 */
export class OffsetMap {
  /** View start of each segment (null: identity). */
  private readonly vStarts: Int32Array | null;
  /** Original start of each segment. */
  private readonly oStarts: Int32Array | null;
  /** View length of each segment; replaced pieces are marked by a negative original length. */
  private readonly oLens: Int32Array | null;
  readonly originalLength: number;
  private readonly viewLength: number;

  constructor(originalLength: number, segments?: { vStarts: Int32Array; oStarts: Int32Array; oLens: Int32Array; viewLength: number }) {
    this.originalLength = originalLength;
    this.vStarts = segments?.vStarts ?? null;
    this.oStarts = segments?.oStarts ?? null;
    this.oLens = segments?.oLens ?? null;
    this.viewLength = segments?.viewLength ?? originalLength;
  }

  /** True when view and original are the same string. */
  get identity(): boolean {
    return this.vStarts === null;
  }

  /** Index of the last segment starting at or before view position `v`. */
  private seg(v: number): number {
    const a = this.vStarts!;
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a[mid]! <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset where the view character at `pos` starts (pos may equal the view length). */
  toOriginalStart(pos: number): number {
    if (!this.vStarts) return pos;
    if (pos >= this.viewLength) return this.originalLength;
    if (pos <= 0) return this.vStarts.length && this.vStarts[0] === 0 ? this.oStarts![0]! : 0;
    const i = this.seg(pos);
    const len = this.oLens![i]!;
    return len >= 0 ? this.oStarts![i]! + (pos - this.vStarts[i]!) : this.oStarts![i]!;
  }

  /** Original offset where a view range ending (exclusively) at `end` ends. */
  toOriginalEnd(end: number): number {
    if (!this.vStarts) return end;
    if (end <= 0) return 0;
    const last = Math.min(end, this.viewLength) - 1;
    const i = this.seg(last);
    const len = this.oLens![i]!;
    return len >= 0 ? this.oStarts![i]! + (last - this.vStarts[i]!) + 1 : this.oStarts![i]! - len;
  }
}
