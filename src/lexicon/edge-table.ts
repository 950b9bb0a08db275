/**
 * The edges of a token trie below the first word, keyed by integers: the
 * parent node's id and the interned id of the edge's folded key (the
 * `fid` a token carries). One open-addressing table of int triples, so a
 * step of the walk is a multiply, a shift and a probe or two in a typed
 * array, where a string-keyed Map would hash and compare strings.
 */
export class EdgeTable {
  /** Slots of four ints: parent id + 1 (0: empty), key id, child id, unused (a slot is 16 bytes). */
  private slots = new Int32Array(4 * 64);
  private mask = 63;
  private count = 0;

  /** What is filed under `parent` along key id `key` (non-zero): a child's id (or a non-negative code naming it), or -1. */
  get(parent: number, key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const p = parent + 1;
    for (let h = hash(p, key) & mask; ; h = (h + 1) & mask) {
      const at = h << 2;
      const q = slots[at]!;
      if (q === 0) return -1;
      if (q === p && slots[at + 1] === key) return slots[at + 2]!;
    }
  }

  /** File `child` anew under (`parent`, `key`), filed before. */
  replace(parent: number, key: number, child: number): void {
    const slots = this.slots;
    const mask = this.mask;
    const p = parent + 1;
    for (let h = hash(p, key) & mask; ; h = (h + 1) & mask) {
      const at = h << 2;
      if (slots[at] === p && slots[at + 1] === key) {
        slots[at + 2] = child;
        return;
      }
    }
  }

  /** File `child` under (`parent`, `key`); a pair is filed once. */
  set(parent: number, key: number, child: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.resize();
    this.place(parent + 1, key, child);
    this.count++;
  }

  private place(p: number, key: number, child: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let h = hash(p, key) & mask;
    while (slots[h << 2] !== 0) h = (h + 1) & mask;
    const at = h << 2;
    slots[at] = p;
    slots[at + 1] = key;
    slots[at + 2] = child;
  }

  private resize(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(4 * (this.mask + 1));
    for (let at = 0; at < old.length; at += 4) if (old[at] !== 0) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

function hash(p: number, key: number): number {
  const h = Math.imul(p, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
