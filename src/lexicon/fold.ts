/**
 * Folded keys: lowercase, no diacritics, đ→d. "Thượng" → "thuong",
 * "Đại úy" → "dai uy". Used for accent-insensitive matching.
 */

const FOLD_CACHE = new Map<string, string>();
const COMBINING = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const BARRED_D = /[đð]/g;

/** Fold one string (any normalization form in, ASCII-ish out). */
export function fold(s: string): string {
  const cached = FOLD_CACHE.get(s);
  if (cached !== undefined) return cached;
  let out = s.toLowerCase();
  // Fast path: plain ASCII folds to itself. (The patterns are made once: a literal here would be a new object at every call.)
  if (NON_ASCII.test(out)) out = out.normalize("NFD").replace(COMBINING, "").replace(BARRED_D, "d");
  if (FOLD_CACHE.size < 200_000) FOLD_CACHE.set(s, out);
  return out;
}
