import type { Token } from "../../tokenize/token.js";
import { fold } from "../../lexicon/fold.js";
import { FoldCache } from "../../tokenize/fold-id.js";

/**
 * A table of multi-word phrases matched on lowercase tokens ("hội nghị",
 * "lần thứ"), longest first. With `byFold`, a text written without
 * diacritics ("hoi nghi") matches too (see `Context.noDiacritics`).
 * Shared by the EVENT and DOCUMENT recognizers; any recognizer may use it
 * for its trigger words.
 *
 * The phrases sit in two word tries (lowercase words, folded words), so a
 * match walks the tokens once instead of trying every phrase that shares
 * the first word; where two phrases have the same words, the first added
 * wins.
 */
export class PhraseTable<V> {
  private readonly exact: WordNode<V> = { next: null, entry: null };
  private readonly folded: WordNode<V> = { next: null, entry: null };
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
    insert(this.exact, words, value);
    insert(this.folded, words.map(fold), value);
    this.firstSets = null;
    this.gate = null;
  }

  /** No phrase starts at this token, exactly or folded (a cheap gate: an array read). */
  private cannotStart(t: Token): boolean {
    const firsts = this.folded.next;
    this.gate ??= new FoldCache((f) => (firsts?.has(f) ? 1 : 0));
    return this.gate.get(t) === 0;
  }

  /**
   * The first words of the phrases, lowercase (or folded, with `byFold`): a
   * cheap gate before `match`, since no phrase starts at a token whose
   * `lower` (or `fold`) is not in it.
   */
  firstWords(byFold = false): ReadonlySet<string> {
    this.firstSets ??= { lower: new Set(this.exact.next?.keys()), fold: new Set(this.folded.next?.keys()) };
    return byFold ? this.firstSets.fold : this.firstSets.lower;
  }

  /** Longest phrase starting at token `i`: its value and the token index after it, or null. */
  match(tokens: readonly Token[], i: number, byFold = false): { value: V; end: number; words: string[] } | null {
    const first = tokens[i];
    if (!first || this.cannotStart(first)) return null;
    const e = longest(this.exact, tokens, i, false) ?? (byFold ? longest(this.folded, tokens, i, true) : null);
    return e && { value: e.value, end: i + e.words.length, words: e.words };
  }

  /** True when some phrase starts at token `i`. Allocates nothing. */
  has(tokens: readonly Token[], i: number, byFold = false): boolean {
    const first = tokens[i];
    if (!first || this.cannotStart(first)) return false;
    return longest(this.exact, tokens, i, false) !== null || (byFold && longest(this.folded, tokens, i, true) !== null);
  }
}

interface WordNode<V> {
  next: Map<string, WordNode<V>> | null;
  /** The phrase ending here (the first one added with these words). */
  entry: { words: string[]; value: V } | null;
}

function insert<V>(root: WordNode<V>, words: string[], value: V): void {
  let node = root;
  for (const w of words) {
    node.next ??= new Map();
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: null, entry: null }));
    node = child;
  }
  node.entry ??= { words, value };
}

/** The longest phrase of the trie spelled by the tokens from `i` on (lowercase or folded), or null. */
function longest<V>(root: WordNode<V>, tokens: readonly Token[], i: number, byFold: boolean): { words: string[]; value: V } | null {
  let node = root;
  let best: { words: string[]; value: V } | null = null;
  for (let k = i; k < tokens.length && node.next !== null; k++) {
    const t = tokens[k]!;
    const child = node.next.get(byFold ? t.fold : t.lower);
    if (child === undefined) break;
    node = child;
    if (node.entry !== null) best = node.entry;
  }
  return best;
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
