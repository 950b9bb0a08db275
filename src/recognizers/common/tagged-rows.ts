/**
 * Rows of Int32 cells, one row per token position of the text asked about
 * last, for per-position memos (PositionMemo, OFFICIAL's LookupSet). The
 * first cell of a row is its tag: the text's stamp and which of the
 * positions sharing the row it holds. A row is the text's and the
 * position's only when its tag is `tag(i)`, so the rows are reused from
 * one text to the next without clearing (a new stamp per text; one fill
 * when the stamps run out).
 *
 * Position i lives in row i mod the row count, a power of two at least the
 * text's length, up to 2^maxBits: a very long text evicts rows and its
 * memo asks again (it is read left to right and asks again near where it
 * is), where a buffer of the text's own size was tens of megabytes, faulted
 * in page by page.
 */
export class TaggedRows {
  cells = new Int32Array(0);
  private mask = 0;
  /** log2 of the row count: i >>> shift tells apart the positions of one row. */
  private shift = 0;
  private stamp = 0;
  /** Bits of a tag for i >>> shift: positions up to 2^31. */
  private readonly wrapBits: number;
  /** The stamps start over (one fill) before a tag could overflow. */
  private readonly stampLimit: number;

  constructor(
    /** Cells per row, the tag included. */
    readonly stride: number,
    /** log2 of the rows at most. */
    private readonly maxBits: number,
  ) {
    this.wrapBits = 31 - maxBits;
    this.stampLimit = (1 << maxBits) - 1;
  }

  /** Start a text of n positions: its rows, all stale until written. */
  begin(n: number): void {
    let shift = 0;
    while (1 << shift < n && shift < this.maxBits) shift++;
    this.shift = shift;
    this.mask = (1 << shift) - 1;
    const need = (1 << shift) * this.stride;
    if (this.cells.length < need) {
      this.cells = new Int32Array(need);
      this.stamp = 0;
    } else if (this.stamp >= this.stampLimit) {
      this.cells.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** The first cell (the tag) of position i's row. */
  row(i: number): number {
    return (i & this.mask) * this.stride;
  }

  /** The tag of position i in this text. */
  tag(i: number): number {
    return (this.stamp << this.wrapBits) | (i >>> this.shift);
  }
}
