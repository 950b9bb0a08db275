import { charBits, LETTER } from "../tokenize/char-class.js";

/**
 * One tone-placement convention for the view: the traditional one, which the
 * official place lists use. In an open syllable ending in "oa", "oe" or
 * "uy", the tone sits on the first vowel: "hoà" → "hòa", "uỷ" → "ủy",
 * "thuý" → "thúy", "khoẻ" → "khỏe". Closed syllables ("hoàng", "thuyết")
 * and "qu" + "y" ("quý") are the same in both conventions and stay.
 * Every replacement has the same length, so offsets do not move.
 */

/** The toned vowels that can end a pair whose tone moves ("oà", "uý"): one code unit each. */
export const TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";

/** o/O + a/e, u/U + y: the pairs whose tone moves. */
function pairOk(first: string, secondBase: string): boolean {
  const f = first.toLowerCase();
  const s = secondBase.toLowerCase();
  return (f === "o" && (s === "a" || s === "e")) || (f === "u" && s === "y");
}

/** Code units that can be the toned second vowel of a pair ("à", "ý", …), by table. */
export const TONED = new Uint8Array(0x10000);
for (const ch of TONED_SECOND) TONED[ch.charCodeAt(0)] = 1;

/** The pair [first, second] in the traditional placement, or null when it stays ("oà" → "òa"). */
function moveTone(first: string, second: string): string | null {
  const nfd = second.normalize("NFD");
  const base = nfd[0]!;
  if (!pairOk(first, base)) return null;
  const mark = nfd.slice(1);
  return (first + mark).normalize("NFC") + base;
}

/** Is the code point at k a letter or a mark (\p{L}, \p{M})? */
function letterAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff) return /^[\p{L}\p{M}]/u.test(s.slice(k, k + 2));
  return (charBits(c) & LETTER) !== 0;
}

/**
 * The pair ending at i (i >= 1, s[i] a TONED code unit) in the traditional
 * placement, or null when it stays: a toned a/e/y after o/u, not after
 * "qu"/"qo", and not followed by a letter or mark (an open syllable) moves.
 */
function movedAt(s: string, i: number): string | null {
  const f = s.charCodeAt(i - 1) | 0x20;
  if (f !== 0x6f && f !== 0x75) return null; // o O u U
  if (i >= 2 && (s.charCodeAt(i - 2) | 0x20) === 0x71) return null; // "quý": u belongs to the consonant
  if (i + 1 < s.length && letterAt(s, i + 1)) return null; // a closed syllable: "hoàng"
  return moveTone(s[i - 1]!, s[i]!);
}

/** Does the TONED code unit at i (i >= 1) end a pair that toTraditionalTone moves? */
export function movesToneAt(s: string, i: number): boolean {
  return movedAt(s, i) !== null;
}

/**
 * One scan by table (TONED), each candidate checked by movedAt. Untouched
 * text (nearly all of it) is returned as is.
 */
export function toTraditionalTone(s: string): string {
  const n = s.length;
  let out = "";
  let copied = 0;
  for (let i = 1; i < n; i++) {
    if (TONED[s.charCodeAt(i)] === 0) continue;
    const moved = movedAt(s, i);
    if (moved === null) continue;
    out += s.slice(copied, i - 1) + moved;
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** The new-style placement ("hoà", "uỷ"): used by tests and the `tone` eval variant. */
const TONED_FIRST_PATTERN = /([qQ]?)([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?![\p{L}\p{M}])/gu;
export function toNewStyleTone(s: string): string {
  return s.replace(TONED_FIRST_PATTERN, (all, q: string, first: string, second: string) => {
    if (q) return all;
    const nfd = first.normalize("NFD");
    const base = nfd[0]!;
    if (!pairOk(base, second)) return all;
    return base + (second + nfd.slice(1)).normalize("NFC");
  });
}
