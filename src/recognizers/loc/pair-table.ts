/**
 * A map from pairs of positive integers (a first word's index, a second
 * word's fold id) to a non-zero integer, kept in typed arrays with open
 * addressing: a look-up reads a few array slots, where a Map per first word
 * hashed its key through the generic path at every capitalized word.
 */
export class PairTable {
  private firsts = new Int32Array(1 << 10);
  private seconds = new Int32Array(1 << 10);
  private values = new Int32Array(1 << 10);
  private size = 0;

  /** The value of (a, b), or 0 when there is none. `a` and `b` are positive. */
  get(a: number, b: number): number {
    const firsts = this.firsts;
    const mask = firsts.length - 1;
    for (let h = slot(a, b, mask); ; h = (h + 1) & mask) {
      const x = firsts[h]!;
      if (x === 0) return 0;
      if (x === a && this.seconds[h] === b) return this.values[h]!;
    }
  }

  /** Set the value of (a, b) (non-zero; `a` and `b` positive). */
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    const mask = this.firsts.length - 1;
    let h = slot(a, b, mask);
    while (this.firsts[h] !== 0 && !(this.firsts[h] === a && this.seconds[h] === b)) h = (h + 1) & mask;
    if (this.firsts[h] === 0) this.size++;
    this.firsts[h] = a;
    this.seconds[h] = b;
    this.values[h] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    this.size = 0;
    for (let h = 0; h < firsts.length; h++) if (firsts[h] !== 0) this.set(firsts[h]!, seconds[h]!, values[h]!);
  }
}

function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}
