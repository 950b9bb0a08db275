/**
 * Answers by key (a token position, or a position and a mode) for the text being read, each
 * valid for one version of the text's NameMemory: a name read before a person was met may
 * read differently after. The buffer is reused from one text to the next without clearing:
 * every stamp written for a text is `base + version`, and the next text starts with `base`
 * above every stamp written so far, so the old stamps never match. (A Map of
 * `{ version, answer }` objects per text cost an allocation per answer, and a cleared buffer
 * a fill per text.)
 */
export class VersionedMemo<T> {
  /**
   * Per slot, side by side (one cache line): its stamp, the key it holds, then 0 for a null
   * answer or 1 + its index in `found`. Key k lives in slot k mod the slot count (a power of two
   * at least the text's keys, up to MAX_SLOTS): a very long text evicts and reads again, where
   * it had buffers of its own size, tens of megabytes faulted in a page at a time.
   */
  private cells = new Int32Array(3 * 1024);
  private mask = 1023;
  private readonly found: T[] = [];
  private base = 1;
  /** The highest stamp written. */
  private top = 0;

  /** Start a text whose keys are below `keys`. */
  start(keys: number): void {
    let slots = 1024;
    while (slots < keys && slots < MAX_SLOTS) slots *= 2;
    this.mask = slots - 1;
    // New buffers hold zeros, below every base.
    if (this.cells.length < 3 * slots) this.resize(3 * slots);
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
    const c = 3 * (key & this.mask);
    if (cells[c] !== this.base + version || cells[c + 1] !== key) return undefined;
    const s = cells[c + 2]!;
    return s === 0 ? null : this.found[s - 1]!;
  }

  /** Keep the answer for `key` at this memory version; returns it. */
  set(key: number, version: number, answer: T | null): T | null {
    const stamp = this.base + version;
    const c = 3 * (key & this.mask);
    this.cells[c] = stamp;
    if (stamp > this.top) this.top = stamp;
    this.cells[c + 1] = key;
    this.cells[c + 2] = answer === null ? 0 : this.found.push(answer);
    return answer;
  }

  /** Let go of the text's answers. */
  release(): void {
    this.found.length = 0;
  }

  private resize(size: number): void {
    this.cells = new Int32Array(size);
    this.top = 0;
  }
}

/** Slots at most (768 KB). */
const MAX_SLOTS = 1 << 16;
/** Stamps start over (one fill) before they could overflow. */
const STAMP_LIMIT = 1 << 30;
