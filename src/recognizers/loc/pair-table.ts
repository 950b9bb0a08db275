/**
 * A map from pairs of positive integers (a first word's index, a second
 * word's fold id) to a non-zero integer, kept in one typed array with open
 * addressing: a look-up reads a few array slots, where a Map per first word
 * hashed its key through the generic path at every capitalized word. Each
 * slot holds its key and value side by side (four integers, one cache line
 * shared by four slots): the table is read at every capitalized word that
 * may start a listed name, mostly out of cache, and three parallel arrays
 * cost three misses per look-up where one array costs one.
 */
export class PairTable {
  /** Per slot: first, second, value, (unused); first = 0 marks an empty slot. */
  private slots = new Int32Array(STRIDE << 10);
  private size = 0;

  /** The value of (a, b), or 0 when there is none. `a` and `b` are positive. */
  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = (slots.length >>> SHIFT) - 1;
    for (let h = slot(a, b, mask); ; h = (h + 1) & mask) {
      const at = h << SHIFT;
      const x = slots[at]!;
      if (x === 0) return 0;
      if (x === a && slots[at + 1] === b) return slots[at + 2]!;
    }
  }

  /** Set the value of (a, b) (non-zero; `a` and `b` positive). */
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.slots.length >>> SHIFT) this.grow();
    const slots = this.slots;
    const mask = (slots.length >>> SHIFT) - 1;
    let h = slot(a, b, mask);
    while (slots[h << SHIFT] !== 0 && !(slots[h << SHIFT] === a && slots[(h << SHIFT) + 1] === b)) h = (h + 1) & mask;
    const at = h << SHIFT;
    if (slots[at] === 0) this.size++;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (let at = 0; at < old.length; at += STRIDE) if (old[at] !== 0) this.set(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

/** Integers per slot (a power of two), and its log. */
const STRIDE = 4;
const SHIFT = 2;

function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}
