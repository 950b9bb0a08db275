/**
 * One tone-placement convention for the view: the traditional one, which the
 * official place lists use. In an open syllable ending in "oa", "oe" or
 * "uy", the tone sits on the first vowel: "hoà" → "hòa", "uỷ" → "ủy",
 * "thuý" → "thúy", "khoẻ" → "khỏe". Closed syllables ("hoàng", "thuyết")
 * and "qu" + "y" ("quý") are the same in both conventions and stay.
 * Every replacement has the same length, so offsets do not move.
 */

const TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";
const PATTERN = new RegExp(`([qQ]?)([oOuU])([${TONED_SECOND}])(?![\\p{L}\\p{M}])`, "gu");

/** o/O + a/e, u/U + y: the pairs whose tone moves. */
function pairOk(first: string, secondBase: string): boolean {
  const f = first.toLowerCase();
  const s = secondBase.toLowerCase();
  return (f === "o" && (s === "a" || s === "e")) || (f === "u" && s === "y");
}

/** Quick check: could the text contain a syllable to move? */
const QUICK = new RegExp(`[${TONED_SECOND}]`);

export function toTraditionalTone(s: string): string {
  if (!QUICK.test(s)) return s;
  return s.replace(PATTERN, (all, q: string, first: string, second: string) => {
    if (q) return all; // "quý": u belongs to the consonant
    const nfd = second.normalize("NFD");
    const base = nfd[0]!;
    if (!pairOk(first, base)) return all;
    const mark = nfd.slice(1);
    return (first + mark).normalize("NFC") + base;
  });
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
