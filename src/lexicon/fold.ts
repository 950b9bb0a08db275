/**
 * Folded keys: lowercase, no diacritics, đ→d. "Thượng" → "thuong",
 * "Đại úy" → "dai uy". Used for accent-insensitive matching.
 */

const FOLD_CACHE = new Map<string, string>();
const COMBINING = /[\u0300-\u036f]/g;

/** Fold one string (any normalization form in, ASCII-ish out). */
export function fold(s: string): string {
  const cached = FOLD_CACHE.get(s);
  if (cached !== undefined) return cached;
  let out = s.toLowerCase();
  // Fast path: plain ASCII folds to itself.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(out)) {
    out = out.normalize("NFD").replace(COMBINING, "").replace(/đ/g, "d").replace(/ð/g, "d");
  }
  if (FOLD_CACHE.size < 200_000) FOLD_CACHE.set(s, out);
  return out;
}

