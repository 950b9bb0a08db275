/**
 * The view ranges other recognizers claimed (candidates of some types),
 * indexed once per text so that "does a claim cross this range?" costs a
 * binary search instead of a pass over every candidate. Asked once per
 * name in a text, a pass over all candidates made long texts quadratic.
 */
export class Claims {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** maxEnd[k]: the largest end among ranges 0..k (in start order). */
  private readonly maxEnd: Int32Array;

  constructor(lists: ReadonlyArray<ReadonlyArray<{ readonly start: number; readonly end: number }>>) {
    let n = 0;
    for (const l of lists) n += l.length;
    const order: Array<{ start: number; end: number }> = [];
    for (const l of lists) for (const c of l) order.push({ start: c.start, end: c.end });
    order.sort((x, y) => x.start - y.start);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.maxEnd = new Int32Array(n);
    let m = -1;
    for (let k = 0; k < n; k++) {
      this.starts[k] = order[k]!.start;
      this.ends[k] = order[k]!.end;
      m = Math.max(m, order[k]!.end);
      this.maxEnd[k] = m;
    }
  }

  /**
   * Does a claimed range overlap [a, b), other than one inside it and
   * shorter (a shorter claim inside a longer span loses to it anyway)?
   */
  crosses(a: number, b: number): boolean {
    const starts = this.starts;
    // First range starting at or after a.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < a) lo = mid + 1;
      else hi = mid;
    }
    // A range starting before a overlaps when it ends after a, and is never inside.
    if (lo > 0 && this.maxEnd[lo - 1]! > a) return true;
    for (let k = lo; k < starts.length && starts[k]! < b; k++) {
      const s = starts[k]!;
      const e = this.ends[k]!;
      if (a < e && !(e <= b && e - s < b - a)) return true;
    }
    return false;
  }
}
