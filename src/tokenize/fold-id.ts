/**
 * Interned ids of folded token keys. Every token carries `fid`, a small
 * integer naming its `fold` ("thuong" for "Thượng", "THƯỢNG", "thuong"),
 * stable for the life of the process, so recognizers can keep per-word
 * facts in typed arrays instead of string-keyed maps (see FoldCache).
 *
 * The table is bounded: after MAX_IDS distinct keys (a batch full of
 * unusual codes and numbers), new keys get id 0, "not interned", and
 * callers fall back to the string. Ids are never reused.
 */
const IDS = new Map<string, number>();
const MAX_IDS = 1 << 18;
let next = 1;

/** The id of a folded key, or 0 when the table is full. */
export function foldId(fold: string): number {
  const id = IDS.get(fold);
  if (id !== undefined) return id;
  if (next >= MAX_IDS) return 0;
  IDS.set(fold, next);
  return next++;
}

/**
 * A fact about a folded key (a small non-negative integer: a bit set, a
 * length, an index), computed once per distinct key and then read by
 * index. `compute` must depend on the key only.
 *
 *   const starts = new FoldCache((f) => (lexicon.firstWords().has(f) ? 1 : 0));
 *   if (starts.get(token)) …
 */
export class FoldCache {
  private values = new Int32Array(4096);
  constructor(private readonly compute: (fold: string) => number) {}

  get(token: { readonly fid: number; readonly fold: string }): number {
    const id = token.fid;
    if (id === 0) return this.compute(token.fold);
    let vals = this.values;
    if (id >= vals.length) {
      let n = vals.length;
      while (n <= id) n *= 2;
      const grown = new Int32Array(n);
      grown.set(vals);
      this.values = vals = grown;
    }
    const v = vals[id]!;
    if (v !== 0) return v - 1;
    const c = this.compute(token.fold);
    vals[id] = c + 1;
    return c;
  }
}
