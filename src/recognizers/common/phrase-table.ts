import type { Token } from "../../tokenize/token.js";
import { fold } from "../../lexicon/fold.js";
import { FoldCache } from "../../tokenize/fold-id.js";

/**
 * A table of multi-word phrases matched on lowercase tokens ("hội nghị",
 * "lần thứ"), longest first. With `byFold`, a text written without
 * diacritics ("hoi nghi") matches too (see `Context.noDiacritics`).
 * Shared by the EVENT and DOCUMENT recognizers; any recognizer may use it
 * for its trigger words.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();
  private readonly byFirstFold = new Map<string, { words: string[]; value: V }[]>();
  private firstSets: { lower: Set<string>; fold: Set<string> } | null = null;
  /**
   * Per folded word: 1 when some phrase's first word folds to it. Every
   * first word `w` with `t.lower === w` has `fold(w) === t.fold`, so a token
   * whose fold is not there starts no phrase, exactly or folded: one array
   * read instead of two map look-ups for most tokens.
   */
  private gate: FoldCache | null = null;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    const words = phrase.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    push(this.byFirst, words, value);
    push(this.byFirstFold, words.map(fold), value);
    this.firstSets = null;
    this.gate = null;
  }

  /** No phrase starts at this token, exactly or folded (a cheap gate: an array read). */
  private cannotStart(t: Token): boolean {
    const byFirstFold = this.byFirstFold;
    this.gate ??= new FoldCache((f) => (byFirstFold.has(f) ? 1 : 0));
    return this.gate.get(t) === 0;
  }

  /**
   * The first words of the phrases, lowercase (or folded, with `byFold`): a
   * cheap gate before `match`, since no phrase starts at a token whose
   * `lower` (or `fold`) is not in it.
   */
  firstWords(byFold = false): ReadonlySet<string> {
    this.firstSets ??= { lower: new Set(this.byFirst.keys()), fold: new Set(this.byFirstFold.keys()) };
    return byFold ? this.firstSets.fold : this.firstSets.lower;
  }

  /** Longest phrase starting at token `i`: its value and the token index after it, or null. */
  match(tokens: readonly Token[], i: number, byFold = false): { value: V; end: number; words: string[] } | null {
    const first = tokens[i];
    if (!first || this.cannotStart(first)) return null;
    const exact = this.byFirst.get(first.lower);
    if (exact) {
      for (const e of exact) {
        if (wordsAt(tokens, i, e.words)) return { value: e.value, end: i + e.words.length, words: e.words };
      }
    }
    if (!byFold) return null;
    const folded = this.byFirstFold.get(first.fold);
    if (!folded) return null;
    for (const e of folded) {
      if (wordsAt(tokens, i, e.words, true)) return { value: e.value, end: i + e.words.length, words: e.words };
    }
    return null;
  }

  /** True when some phrase starts at token `i`. Allocates nothing. */
  has(tokens: readonly Token[], i: number, byFold = false): boolean {
    const first = tokens[i];
    if (!first || this.cannotStart(first)) return false;
    const exact = this.byFirst.get(first.lower);
    if (exact) for (const e of exact) if (wordsAt(tokens, i, e.words)) return true;
    if (!byFold) return false;
    const folded = this.byFirstFold.get(first.fold);
    if (folded) for (const e of folded) if (wordsAt(tokens, i, e.words, true)) return true;
    return false;
  }
}

function push<V>(map: Map<string, { words: string[]; value: V }[]>, words: string[], value: V): void {
  const list = map.get(words[0]!) ?? [];
  list.push({ words, value });
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(words[0]!, list);
}

/** The tokens from `i` on spell `words` (one token per word), lowercase or folded. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[], byFold = false): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || (byFold ? t.fold : t.lower) !== words[k]) return false;
  }
  return true;
}

/* Folded forms of the fixed words the recognizers test ("về" → "ve"), computed once. */
const FOLDED = new Map<string, string>();
function foldCached(word: string): string {
  let f = FOLDED.get(word);
  if (f === undefined) {
    f = fold(word);
    if (FOLDED.size > 10_000) FOLDED.clear();
    FOLDED.set(word, f);
  }
  return f;
}

/** A set of phrases with no value: stop words, clause openers. */
export function phraseSet(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((p) => [p, true] as const));
}

/**
 * Word tests that also work on text written without diacritics: `is(t, "về")`
 * is true for "về", and for "ve" when `byFold`.
 */
export function wordTests(byFold: boolean) {
  const folded = new WeakMap<ReadonlySet<string>, Set<string>>();
  return {
    byFold,
    is(t: Token | undefined, word: string): boolean {
      return t !== undefined && (t.lower === word || (byFold && t.fold === foldCached(word)));
    },
    inSet(set: ReadonlySet<string>, t: Token | undefined): boolean {
      if (!t) return false;
      if (set.has(t.lower)) return true;
      if (!byFold) return false;
      let f = folded.get(set);
      if (!f) {
        f = new Set([...set].map(fold));
        folded.set(set, f);
      }
      return f.has(t.fold);
    },
  };
}
export type WordTests = ReturnType<typeof wordTests>;
