import type { Token } from "../tokenize/token.js";

/**
 * Answers kept per window of tokens, keyed by the words' interned ids
 * (`token.fid`) rather than by a string: looking a window up hashes a few
 * integers and compares them with the ids it was filed under, where a
 * string key would be built (joined, then flattened) and hashed for every
 * look-up. Windows with a word that has no id (`fid` 0) are not kept here:
 * the caller keys those by string.
 *
 * Bounded: past `limit` windows, everything is forgotten and kept anew
 * (the answers are a pure function of the words, so nothing changes but
 * the work).
 */
export class WindowCache<V> {
  /** Slots of four ints: hash, offset of the ids in `ids`, word count (0: empty slot), value index. */
  private slots = new Int32Array(4 * 1024);
  private mask = 1023;
  /** The filed windows' word ids, one run per window. */
  private ids = new Int32Array(4096);
  private used = 0;
  private readonly values: V[] = [];

  constructor(private readonly limit: number) {}

  /**
   * The value kept for the words of tokens [i, j], or undefined. All of them
   * must have an id. `h` is their `windowHash` (a caller walking j forward
   * keeps it step by step).
   */
  get(tokens: readonly Token[], i: number, j: number, h = windowHash(tokens, i, j)): V | undefined {
    const n = j - i + 1;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s << 2;
      const len = slots[at + 2]!;
      if (len === 0) return undefined;
      if (slots[at] === h && len === n && this.sameIds(slots[at + 1]!, tokens, i, n)) return this.values[slots[at + 3]!];
    }
  }

  /** Keep `value` for the words of tokens [i, j] (not kept yet; all with an id). */
  set(tokens: readonly Token[], i: number, j: number, value: V, h = windowHash(tokens, i, j)): void {
    if (this.values.length >= this.limit) this.clear();
    if (2 * (this.values.length + 1) > this.mask + 1) this.resize();
    const n = j - i + 1;
    if (this.used + n > this.ids.length) {
      const grown = new Int32Array(Math.max(2 * this.ids.length, this.used + n));
      grown.set(this.ids);
      this.ids = grown;
    }
    const offset = this.used;
    for (let k = 0; k < n; k++) this.ids[offset + k] = tokens[i + k]!.fid;
    this.used += n;
    this.place(h, offset, n, this.values.push(value) - 1);
  }

  private sameIds(offset: number, tokens: readonly Token[], i: number, n: number): boolean {
    const ids = this.ids;
    for (let k = 0; k < n; k++) if (ids[offset + k] !== tokens[i + k]!.fid) return false;
    return true;
  }

  private place(h: number, offset: number, n: number, value: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let s = h & mask;
    while (slots[(s << 2) + 2] !== 0) s = (s + 1) & mask;
    const at = s << 2;
    slots[at] = h;
    slots[at + 1] = offset;
    slots[at + 2] = n;
    slots[at + 3] = value;
  }

  private resize(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(4 * (this.mask + 1));
    for (let at = 0; at < old.length; at += 4) if (old[at + 2] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }

  private clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.values.length = 0;
  }
}

/** The hash of no words: `hashStep` it with each word's id in order. */
export const WINDOW_SEED = 0x811c9dc5;

/** The hash of a window `h` with one more word whose id is `fid`. */
export function hashStep(h: number, fid: number): number {
  h = Math.imul(h ^ fid, 0x01000193);
  return h ^ (h >>> 13);
}

/** The hash of the ids of tokens [i, j] (in order). */
export function windowHash(tokens: readonly Token[], i: number, j: number): number {
  let h = WINDOW_SEED;
  for (let k = i; k <= j; k++) h = hashStep(h, tokens[k]!.fid);
  return h;
}
