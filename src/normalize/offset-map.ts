/**
 * Maps positions of the normalized view back to the caller's original text.
 * Each view character remembers the original range it came from; a view
 * range [s, e) maps to [startOf(s), endOf(e)). When the view is the text
 * itself (the common case) the map is the identity and allocates nothing.
 */
export class OffsetMap {
  /** Original start of each view character (null: identity). */
  private readonly starts: Int32Array | null;
  /** Original end of each view character (null: identity). */
  private readonly ends: Int32Array | null;
  readonly originalLength: number;

  constructor(originalLength: number, starts: Int32Array | null = null, ends: Int32Array | null = null) {
    this.originalLength = originalLength;
    this.starts = starts;
    this.ends = ends;
  }

  /** True when view and original are the same string. */
  get identity(): boolean {
    return this.starts === null;
  }

  /** Original offset where the view character at `pos` starts (pos may equal the view length). */
  toOriginalStart(pos: number): number {
    if (!this.starts) return pos;
    if (pos >= this.starts.length) return this.originalLength;
    return this.starts[pos]!;
  }

  /** Original offset where a view range ending (exclusively) at `end` ends. */
  toOriginalEnd(end: number): number {
    if (!this.ends) return end;
    if (end <= 0) return 0;
    return this.ends[Math.min(end, this.ends.length) - 1]!;
  }
}
