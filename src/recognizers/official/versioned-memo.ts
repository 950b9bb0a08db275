/**
 * Answers by key (a token position, or a position and a mode) for the text being read, each
 * valid for one version of the text's NameMemory: a name read before a person was met may
 * read differently after. The buffers are reused from one text to the next without clearing:
 * every stamp written for a text is `base + version`, and the next text starts with `base`
 * above every stamp written so far, so the old stamps never match. (A Map of
 * `{ version, answer }` objects per text cost an allocation per answer, and a cleared buffer
 * a fill per text.)
 */
export class VersionedMemo<T> {
  /** Per key, side by side (one cache line for both): its stamp, then 0 for a null answer or 1 + its index in `found`. */
  private cells = new Int32Array(2048);
  private readonly found: T[] = [];
  private base = 1;
  /** The highest stamp written. */
  private top = 0;

  /** Start a text whose keys are below `keys`. */
  start(keys: number): void {
    // New buffers hold zeros, below every base.
    if (this.cells.length < 2 * keys) this.resize(Math.max(2 * keys, this.cells.length * 2));
    else if (this.top > STAMP_LIMIT) {
      this.cells.fill(0);
      this.top = 0;
    }
    this.base = this.top + 1;
    this.found.length = 0;
  }

  /** The answer kept for `key` at this memory version: undefined when none was kept. */
  get(key: number, version: number): T | null | undefined {
    const cells = this.cells;
    if (cells[2 * key] !== this.base + version) return undefined;
    const s = cells[2 * key + 1]!;
    return s === 0 ? null : this.found[s - 1]!;
  }

  /** Keep the answer for `key` at this memory version; returns it. */
  set(key: number, version: number, answer: T | null): T | null {
    const stamp = this.base + version;
    this.cells[2 * key] = stamp;
    if (stamp > this.top) this.top = stamp;
    this.cells[2 * key + 1] = answer === null ? 0 : this.found.push(answer);
    return answer;
  }

  /** Let go of the text's answers (and of a very long text's buffers). */
  release(): void {
    this.found.length = 0;
    if (this.cells.length > 2 * MAX_KEPT) this.resize(2048);
  }

  private resize(size: number): void {
    this.cells = new Int32Array(size);
    this.top = 0;
  }
}

/** Keys kept between texts (512 KB); a longer text gets a buffer of its own size. */
const MAX_KEPT = 1 << 16;
/** Stamps start over (one fill) before they could overflow. */
const STAMP_LIMIT = 1 << 30;
