import type { Token } from "../../tokenize/token.js";
import { unaccented } from "../common/accent-free-phrases.js";

/**
 * `unaccented(tokens)` (common/accent-free-phrases.ts: under 3% of the
 * words carry a diacritic), read only as far as it takes to say no. That
 * reading counts every word of the text; here the count stops as soon as
 * more than 3% of all the tokens carry a diacritic, which is more than 3%
 * of the words whatever follows (there are no more words than tokens). In a
 * text with diacritics that is after a few dozen words; only a text that may
 * be unaccented is asked of `unaccented` itself (which counts it all, and
 * keeps the answer for the other recognizers). Same answer, always.
 */
export function surelyAccented(tokens: readonly Token[]): boolean {
  const limit = tokens.length * 0.03;
  let marked = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && t.diacritics && ++marked > limit) return true;
  }
  return false;
}

/** `unaccented(tokens)`, without counting the whole text when it plainly has diacritics. */
export function typedUnaccented(tokens: readonly Token[]): boolean {
  return !surelyAccented(tokens) && unaccented(tokens);
}
