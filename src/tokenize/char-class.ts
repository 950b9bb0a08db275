/**
 * Unicode facts about single UTF-16 code units, read from a table instead
 * of a regex per character. The table is filled lazily: a code unit's entry
 * is computed (by the same regexes the rules are written in) the first time
 * it is asked about, so start-up costs nothing and a text only pays for the
 * distinct characters it contains.
 *
 * A surrogate code unit alone is none of these (a regex sees a lone
 * surrogate as a code point with no properties); callers that care about
 * astral characters test the pair themselves.
 */

/** \p{L} or \p{M}: a letter or a combining mark. */
export const LETTER = 1;
/** \p{N}: a digit or other number character, any script. */
export const NUMBER = 2;
/** \p{Lu}: an uppercase letter. */
export const UPPER = 4;
/** \p{P}: punctuation. */
export const PUNCT = 8;
/** Entry computed (so 0 in the table means "not yet"). */
const KNOWN = 128;

const TABLE = new Uint8Array(0x10000);
const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_UPPER = /^\p{Lu}$/u;
const RE_PUNCT = /^\p{P}$/u;

function fill(c: number): number {
  const ch = String.fromCharCode(c);
  let bits = KNOWN;
  if (RE_LETTER.test(ch)) bits |= LETTER;
  if (RE_NUMBER.test(ch)) bits |= NUMBER;
  if (RE_UPPER.test(ch)) bits |= UPPER;
  if (RE_PUNCT.test(ch)) bits |= PUNCT;
  TABLE[c] = bits;
  return bits;
}

/** The class bits (LETTER | NUMBER | UPPER | PUNCT) of code unit `c` (0..0xffff). */
export function charBits(c: number): number {
  const v = TABLE[c]!;
  return v !== 0 ? v : fill(c);
}
