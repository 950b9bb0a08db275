/**
 * Levenshtein distance with a bound: the number of single-unit insertions,
 * deletions and substitutions that turn `a` into `b` when it is at most
 * `max`, else `max + 1`. Only the diagonal band of width 2·max + 1 can hold
 * a distance within the bound, so only it is computed, row by row, and the
 * walk gives up as soon as a whole row is past the bound. The two rows are
 * buffers kept between calls: a call allocates nothing.
 *
 * The fuzzy gazetteer asks it for one or two edits on keys of a few dozen
 * units, a few thousand times per megabyte at most (a deletion index picks
 * the candidates, see fuzzy.ts).
 */
let prev = new Int32Array(64);
let cur = new Int32Array(64);

export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const over = max + 1;
  if (la - lb > max || lb - la > max) return over;
  if (a === b) return 0;
  if (prev.length <= lb) {
    prev = new Int32Array(2 * (lb + 1));
    cur = new Int32Array(2 * (lb + 1));
  }
  let p = prev;
  let c = cur;
  for (let j = 0; j <= lb; j++) p[j] = j <= max ? j : over;
  for (let i = 1; i <= la; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < lb ? i + max : lb;
    c[0] = i <= max ? i : over;
    if (lo > 1) c[lo - 1] = over;
    let rowMin = c[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = p[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = p[j]! + 1;
      const ins = c[j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (v > over) v = over;
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) c[hi + 1] = over;
    if (rowMin > max) return over;
    const t = p;
    p = c;
    c = t;
  }
  return p[lb]! < over ? p[lb]! : over;
}
