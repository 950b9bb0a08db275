import { termKeys } from "../../lexicon/lexicon.js";
import { fold } from "../../lexicon/fold.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import type { Token } from "../../tokenize/token.js";
import { FormsByFold } from "./forms-by-fold.js";

/**
 * Lowercase without diacritics, đ→d: the tokenizer's fold (lexicon/fold.ts, whose cache the
 * text's words have filled), but for "ð", which the tokenizer's fold also turns into "d" and
 * this one keeps (see wordFold).
 */
export function foldWord(s: string): string {
  // e.g. "Thượng" → "thuong", "Đảng" → "dang"
  if (!ETH.test(s)) return fold(s);
  return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
}
const ETH = /[ðÐ]/;

/**
 * termKeys(w) gives no single-token fold but foldWord(w), for `w`:
 * - lowercase words of letters that neither the normalizer nor the tokenizer rewrites (a-z and
 *   the precomposed Latin letters of Vietnamese and its neighbours; not ð, ɖ, full-width letters
 *   or combining marks), separated by single spaces: their keys are foldWord of each word, as
 *   the normalizer at most moves a tone to the other vowel of "oa", "oe", "uy", which folding
 *   takes off anyway;
 * - one word of printable ASCII ("tp.", ","): the normalizer leaves it as is, and its tokens
 *   spell it; one token's fold is its lowercase.
 * Checked over the recognizer's words in test/recognizers/official/lazy-tables.test.ts.
 */
export function foldsAlike(w: string): boolean {
  return PLAIN_WORDS.test(w) || ASCII_WORD.test(w);
}
const LETTER = "[a-z\\u00e0-\\u00ef\\u00f1-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f\\u01a0-\\u01b0\\u1ea0-\\u1ef9]";
const PLAIN_WORDS = new RegExp(`^${LETTER}+(?: ${LETTER}+)*$`);
const ASCII_WORD = /^[\x21-\x7e]+$/;

/** What a WordSet answers from, built at its first question. */
interface Tables {
  /** foldWord of every word. */
  folded: Set<string>;
  /** The folded entries of two words, as first word → second words (for `hasPair`). */
  pairs: Map<string, Set<string>>;
  /**
   * Per folded word (by fold id): 0 when no token with that fold is in the set, so most tokens
   * are answered by one array read; else bit 0, the fold is a folded entry, and from bit 1,
   * its number in `forms` (FormsByFold.number). An entry is filed under its fold
   * taken both ways (foldWord and the tokenizer's, via termKeys), so a token whose lowercase is
   * an entry finds it under its own fold, with no string hashed.
   */
  facts: FoldCache;
  /** The words as written, filed under their folds. */
  forms: FormsByFold;
}

/**
 * A set of lowercase words matched on tokens: with diacritics as written, or folded when the
 * token has none ("va" in a text typed without diacritics is "và").
 *
 * The words (or a function giving them, for a dictionary's words) are read at the first
 * question, not when the set is made: the sets a module makes cost nothing at import, and a
 * text that never asks one never builds it.
 */
export class WordSet {
  private words: Iterable<string> | (() => Iterable<string>) | null;
  private tables: Tables | null = null;

  constructor(words: Iterable<string> | (() => Iterable<string>)) {
    this.words = words;
  }

  private build(): Tables {
    const words = typeof this.words === "function" ? this.words() : this.words!;
    this.words = null;
    const folded = new Set<string>();
    const pairs = new Map<string, Set<string>>();
    const forms = new FormsByFold();
    for (const word of words) {
      const w = word.toLowerCase();
      const f = foldWord(w);
      folded.add(f);
      forms.file(f, w);
      // Plain words have no token fold but foldWord's (see foldsAlike): nothing more to file.
      if (foldsAlike(w)) continue;
      const keys = termKeys(w);
      if (keys && keys.fold.length === 1) forms.file(keys.fold[0]!, w);
    }
    for (const f of folded) {
      const sp = f.indexOf(" ");
      if (sp < 0 || f.indexOf(" ", sp + 1) >= 0) continue;
      const first = f.slice(0, sp);
      let seconds = pairs.get(first);
      if (!seconds) pairs.set(first, (seconds = new Set()));
      seconds.add(f.slice(sp + 1));
    }
    const facts = new FoldCache((f) => {
      const k = forms.number(f);
      return k === 0 && !folded.has(f) ? 0 : (k << 1) | (folded.has(f) ? 1 : 0);
    });
    return (this.tables = { folded, pairs, facts, forms });
  }

  has(t: Token | undefined): boolean {
    if (!t) return false;
    const tb = this.tables ?? this.build();
    const v = tb.facts.get(t);
    if (v === 0) return false;
    // Folded, when the text has no diacritics; else as written.
    if ((v & 1) !== 0 && !t.diacritics) return true;
    const k = v >> 1;
    if (k === 0) return false;
    return tb.forms.has(k, t.lower);
  }

  /** The text is one of the words (as written, or folded: a word as written folds to one). */
  hasText(s: string): boolean {
    const tb = this.tables ?? this.build();
    return tb.folded.has(foldWord(s));
  }

  /**
   * `hasText` of two tokens' words joined by a space, each as written (lowercase) or folded,
   * without building the string: every entry is in `folded`, and folding two words folds each.
   */
  hasPair(a: Token, b: Token, asWritten: boolean): boolean {
    const tb = this.tables ?? this.build();
    const seconds = tb.pairs.get(wordFold(a, asWritten));
    return seconds !== undefined && seconds.has(wordFold(b, asWritten));
  }
}

/**
 * foldWord of a token's lowercase (asWritten) or of its fold, which is its fold: the tokenizer's
 * fold is foldWord's but for "ð", which it also turns into "d" (a word without diacritics has none).
 */
function wordFold(t: Token, asWritten: boolean): string {
  return asWritten && t.diacritics && t.lower.includes("ð") ? foldWord(t.lower) : t.fold;
}

/** Token `t` is the word `w` (folded when the token has no diacritics). `w` is a word of the rules, not of the text. */
export function isWordOf(t: Token | undefined, w: string): boolean {
  if (!t) return false;
  if (t.lower === w) return true;
  if (t.diacritics) return false;
  let f = WORD_FOLDS.get(w);
  if (f === undefined) WORD_FOLDS.set(w, (f = foldWord(w)));
  return t.fold === f;
}

/** The folds of the words `isWordOf` is asked about: a few constants, kept apart from the folds of the text's words. */
const WORD_FOLDS = new Map<string, string>();
