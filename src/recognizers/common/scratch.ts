/**
 * A zeroed Int32Array reused from one text to the next. Typed arrays of more than a few
 * entries live outside the JavaScript heap: allocating a dozen per text (per-position memos,
 * place marks) cost more than filling one with zeros, and left work for the garbage collector.
 * Recognizers are not re-entrant (one text at a time), so each purpose owns one buffer.
 */
export class Scratch {
  private buf: Int32Array = new Int32Array(1024);

  /** The buffer with entries [0, n) set to 0 (entries past n are stale: never read them). */
  take(n: number): Int32Array {
    if (this.buf.length < n) this.buf = new Int32Array(Math.max(n, this.buf.length * 2));
    else if (this.buf.length > MAX_KEPT && n <= MAX_KEPT) this.buf = new Int32Array(Math.max(n, 1024)); // after a very long text
    else this.buf.fill(0, 0, n);
    return this.buf;
  }

  /** Give back the memory after a very long text. */
  shrink(): void {
    if (this.buf.length > MAX_KEPT) this.buf = new Int32Array(1024);
  }
}

/** Entries kept between texts (256 KB). */
const MAX_KEPT = 1 << 16;
