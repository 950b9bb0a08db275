import type { Token } from "../../tokenize/token.js";
import { fold } from "../../lexicon/fold.js";
import { PhraseTable } from "./phrase-table.js";
import { FoldCache } from "../../tokenize/fold-id.js";

const EXACT = 1;
const FOLDED = 2;

/**
 * A phrase table that also reads text typed without diacritics. Phrases
 * match on lowercase tokens as written ("thành phố"); in a text that carries
 * (almost) no diacritics at all, they also match on folded tokens ("thanh
 * pho"). A text with diacritics never matches folded, so "bổ" is not "bộ".
 * Shared by the ORG and LOC recognizers; any trigger-word table may use it.
 *
 * Nothing is built at construction (many tables are made at import, and a
 * short text asks few of them): the two phrase tables are made at the first
 * question, and they build their tries at the first word that may start
 * one of their phrases (see PhraseTable).
 */
export class AccentFreePhrases<V> {
  /** The phrases and the `noFold` list, kept until the tables are made. */
  private readonly list: readonly (readonly [string, V])[];
  private readonly noFold: readonly string[];
  private tables: { exact: PhraseTable<V>; folded: PhraseTable<{ value: V; words: string[] }> } | null = null;
  /**
   * Per folded word: EXACT when some phrase's first word folds to it (then
   * the exact table's walk tests the word as written), FOLDED when it is in
   * `firstFold`. Most tokens read 0 and stop there. Made at the first question.
   */
  private wordGate: FoldCache | null = null;

  /**
   * `noFold`: phrases never matched unaccented because their bare form is a
   * more common word ("đài" is also "đại" typed without marks).
   */
  constructor(entries: Iterable<readonly [string, V]>, noFold: readonly string[] = []) {
    this.list = [...entries];
    this.noFold = noFold;
  }

  private made(): { exact: PhraseTable<V>; folded: PhraseTable<{ value: V; words: string[] }> } {
    if (this.tables) return this.tables;
    const list = this.list;
    const skip = new Set(this.noFold.map((p) => p.normalize("NFC").toLowerCase()));
    const folded: (readonly [string, { value: V; words: string[] }])[] = [];
    for (let k = 0; k < list.length; k++) {
      const [p, v] = list[k]!;
      const lower = p.normalize("NFC").toLowerCase();
      if (!skip.has(lower)) folded.push([fold(lower), { value: v, words: lower.split(/\s+/) }]);
    }
    return (this.tables = { exact: new PhraseTable(list), folded: new PhraseTable(folded) });
  }

  /** First words of the phrases, lowercase as listed, and folded: a gate before `match`. */
  get firstExact(): ReadonlySet<string> {
    return this.made().exact.firstWords();
  }
  get firstFold(): ReadonlySet<string> {
    return this.made().folded.firstWords();
  }

  private gate(): FoldCache {
    if (this.wordGate) return this.wordGate;
    const exactFolds = this.made().exact.firstWords(true);
    const firstFold = this.firstFold;
    return (this.wordGate = new FoldCache((f) => (exactFolds.has(f) ? EXACT : 0) | (firstFold.has(f) ? FOLDED : 0)));
  }

  /** Longest phrase at token `i`: its value, the token after it and its words as listed. */
  match(tokens: readonly Token[], i: number): { value: V; end: number; words: string[] } | null {
    const t = tokens[i];
    if (!t) return null;
    // One array read settles most tokens: no phrase starts with this word.
    const bits = (this.wordGate ?? this.gate()).get(t);
    if (bits === 0) return null;
    const { exact, folded } = this.tables!;
    // The exact table's own first step tests the word as written.
    const m = bits & EXACT ? exact.match(tokens, i) : null;
    if (m || t.diacritics || !(bits & FOLDED) || !unaccented(tokens)) return m;
    const f = folded.match(foldedView(tokens), i);
    if (!f) return null;
    for (let k = i; k < f.end; k++) if (tokens[k]!.diacritics) return null;
    return { value: f.value.value, end: f.end, words: f.value.words };
  }

  /** Some phrase starts at token `i` (`match` without building its result, on the common exact path). */
  has(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    if (!t) return false;
    const bits = (this.wordGate ?? this.gate()).get(t);
    if (bits === 0) return false;
    if (bits & EXACT && this.tables!.exact.has(tokens, i)) return true;
    if (t.diacritics || !(bits & FOLDED) || !unaccented(tokens)) return false;
    return this.match(tokens, i) !== null;
  }
}

/** A set of phrases with no value. */
export function accentFreeSet(phrases: readonly string[], noFold: readonly string[] = []): AccentFreePhrases<true> {
  return new AccentFreePhrases(
    phrases.map((p) => [p, true] as const),
    noFold,
  );
}

const unaccentedCache = new WeakMap<readonly Token[], boolean>();
const foldedCache = new WeakMap<readonly Token[], Token[]>();

/**
 * The text was typed without diacritics: under 3% of its words carry one.
 * The count stops as soon as more than 3% of all the tokens carry one: that
 * is more than 3% of the words whatever follows (there are no more words
 * than tokens), so a text with diacritics is answered after a few dozen
 * words instead of read whole.
 */
export function unaccented(tokens: readonly Token[]): boolean {
  // The text asked about last answers without a WeakMap look-up: the rules ask at word after word of one text.
  if (tokens === lastTokens) return lastAnswer;
  let u = unaccentedCache.get(tokens);
  if (u === undefined) {
    const limit = tokens.length * 0.03;
    let words = 0;
    let marked = 0;
    u = true;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word") continue;
      words++;
      if (t.diacritics && ++marked > limit) {
        u = false;
        break;
      }
    }
    if (u) u = words >= 3 && marked <= words * 0.03;
    unaccentedCache.set(tokens, u);
  }
  lastTokens = tokens;
  lastAnswer = u;
  return u;
}
/* The last answer of `unaccented` (a token list is never changed once tokenized). */
let lastTokens: readonly Token[] | null = null;
let lastAnswer = false;

/** The tokens with `lower` replaced by the folded form, built once per text. */
function foldedView(tokens: readonly Token[]): Token[] {
  let f = foldedCache.get(tokens);
  if (!f) {
    f = tokens.map((t) => ({ ...t, lower: t.fold }));
    foldedCache.set(tokens, f);
  }
  return f;
}

/** Token `k` is the word `w` (lowercase), or its unaccented form in an unaccented text. */
export function wordIs(tokens: readonly Token[], k: number, w: string): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === w) return true;
  if (t.diacritics) return false;
  let f = foldedWords.get(w);
  if (f === undefined) foldedWords.set(w, (f = fold(w)));
  return t.fold === f && unaccented(tokens);
}

const foldedWords = new Map<string, string>();
