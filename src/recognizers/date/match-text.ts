/**
 * The text the date grammar runs on, and word helpers. Text written with
 * diacritics is matched as it is, case-insensitively, so "Nam 2025" (a
 * name) never reads as "năm 2025"; text (or a line) written without them
 * is matched folded: lowercase without diacritics ("thu nam"), the same
 * length as the view so a match offset is a view offset, with the
 * grammar's keywords folded alike.
 */
import type { Token } from "../../tokenize/token.js";

function mapChars(view: string, f: (ch: string) => string, unitCache: Uint16Array): string {
  // Lowercase natively first; only non-ASCII characters then go through the cache (by code unit: 0, not asked yet).
  const low = view.toLowerCase();
  const src = low.length === view.length ? low : view;
  let out = "";
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code < 0x80) {
      if (src !== low && code >= 65 && code <= 90) {
        out += src.slice(from, i) + String.fromCharCode(code + 32);
        from = i + 1;
      }
      continue;
    }
    const unit = view.charCodeAt(i);
    let r = unitCache[unit]!;
    if (r === 0) {
      const ch = String.fromCharCode(unit);
      const mapped = f(ch);
      // Keep the length: one code unit in, one out.
      unitCache[unit] = r = mapped.length === 1 ? mapped.charCodeAt(0) : unit;
    }
    if (r !== code) {
      out += src.slice(from, i) + String.fromCharCode(r);
      from = i + 1;
    }
  }
  return from === 0 ? src : out + src.slice(from);
}

const FOLD_UNITS = new Uint16Array(0x10000);

/** Lowercase without diacritics, one code unit for one: "Thứ Năm" → "thu nam". */
export function foldSameLength(view: string): string {
  return mapChars(view, (ch) => {
    if (ch === "đ" || ch === "Đ") return "d";
    const base = ch.toLowerCase().normalize("NFD")[0] ?? ch;
    return base;
  }, FOLD_UNITS);
}

/** Strip Vietnamese diacritics from a pattern's literals without touching escapes ("\p{L}" stays). */
export function foldPattern(src: string): string {
  return src.replace(/[^\x00-\x7f]/g, (ch) => (ch === "đ" ? "d" : ch === "Đ" ? "D" : (ch.normalize("NFD")[0] ?? ch)));
}

/** Keys already folded: captured pieces and the words around them repeat ("ngày", "sáng", "2025"). Cleared when full. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 1 << 15;

/** Fold a captured piece of text for lookups: "Thứ Năm" → "thu nam". */
export function foldKey(s: string): string {
  let k = KEY_CACHE.get(s);
  if (k !== undefined) return k;
  k = foldSameLength(s).replace(/\s+/g, " ").trim();
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  KEY_CACHE.set(s, k);
  return k;
}

/** Word characters of folded text: ASCII letters and digits, and any other letter or digit. */
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let w = WORD_UNITS[c]!;
  if (w === 0) WORD_UNITS[c] = w = OTHER_WORD_CHAR.test(s[i]!) ? 1 : 2;
  return w === 1;
}

/** OTHER_WORD_CHAR by code unit (a lone surrogate is none): 0 not asked yet, 1 a word character, 2 not. */
const WORD_UNITS = new Uint8Array(0x10000);

/**
 * Up to `max` words of `s` (runs of letters and digits), the last ones
 * when `fromEnd`: the same as splitting on non-word characters.
 */
export function wordsOf(s: string, max: number, fromEnd: boolean): string[] {
  const out: string[] = [];
  if (fromEnd) {
    let e = s.length;
    while (e > 0 && out.length < max) {
      while (e > 0 && !isWordChar(s, e - 1)) e--;
      let b = e;
      while (b > 0 && isWordChar(s, b - 1)) b--;
      if (b < e) out.unshift(s.slice(b, e));
      e = b;
    }
    return out;
  }
  let b = 0;
  while (b < s.length && out.length < max) {
    while (b < s.length && !isWordChar(s, b)) b++;
    let e = b;
    while (e < s.length && isWordChar(s, e)) e++;
    if (b < e) out.push(s.slice(b, e));
    b = e;
  }
  return out;
}

/**
 * True when the text is written without diacritics: fewer than one word
 * in ten carries one, or none at all (Vietnamese with diacritics has more
 * than half).
 */
export function writtenWithoutDiacritics(tokens: readonly Token[]): boolean {
  let words = 0;
  let marked = 0;
  // Words are at most all tokens: once a tenth of the tokens carry a mark, the answer is no.
  const enough = tokens.length / 10;
  for (const t of tokens) {
    // end - start is the text's length, read without reaching the text.
    if (t.kind !== "word" || t.end - t.start < 2) continue;
    words++;
    if (t.diacritics && ++marked >= enough) return false;
  }
  return words > 0 && (marked === 0 || (words >= 5 && marked / words < 0.1));
}

/**
 * True when the line starting at token i is written without diacritics:
 * two words or more, none marked. Reads to the line's end, or to the first
 * marked word (most lines stop at their first or second word).
 */
export function plainLineAt(tokens: readonly Token[], i: number): boolean {
  let words = 0;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "newline") break;
    if (t.kind !== "word" || t.end - t.start < 2) continue;
    if (t.diacritics) return false;
    words++;
  }
  return words >= 2;
}
