/**
 * Link keys numbered 1, 2, … in order of first sight, for one text at a
 * time (entity ids, mentions.ts).
 *
 * Why not a Map: a text's link keys are new strings, mostly built by
 * concatenation, and a Map must flatten and hash each one; that was most of
 * the cost of numbering them. A text has a few dozen distinct keys, so they
 * are kept in chains by length and a key is compared (===, which walks
 * concatenated strings without flattening them) with the earlier keys of its
 * length only. Past MANY distinct keys the chains would grow long: the table
 * moves into a Map for the rest of the text.
 */
export class LinkNumbers {
  /** The distinct keys of the text, key k numbered k + 1. */
  private readonly keys: (string | undefined)[] = [];
  private count = 0;
  /** Chains by length mod BUCKETS: head = 1 + the latest key's index (0: none), next[k] = the same for the key before k. */
  private readonly head = new Int32Array(BUCKETS);
  private readonly next = new Int32Array(MANY);
  private map: Map<string, number> | null = null;

  /** Start a text: no key seen. */
  reset(): void {
    this.keys.fill(undefined, 0, this.count);
    this.count = 0;
    this.head.fill(0);
    this.map = null;
  }

  /** The number of `key`, the next one when it is first seen. */
  number(key: string): number {
    if (this.map !== null) {
      let n = this.map.get(key);
      if (n === undefined) {
        n = ++this.count;
        this.map.set(key, n);
      }
      return n;
    }
    const keys = this.keys;
    const b = key.length & (BUCKETS - 1);
    for (let k = this.head[b]!; k > 0; k = this.next[k - 1]!) if (keys[k - 1] === key) return k;
    const k = this.count++;
    if (k === MANY) {
      const map = new Map<string, number>();
      for (let i = 0; i < k; i++) map.set(keys[i]!, i + 1);
      map.set(key, k + 1);
      this.map = map;
      return k + 1;
    }
    keys[k] = key;
    this.next[k] = this.head[b]!;
    this.head[b] = k + 1;
    return k + 1;
  }
}

const BUCKETS = 64;
const MANY = 512;
