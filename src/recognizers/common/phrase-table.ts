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
  /**
   * The phrases not yet in the tries: all of them until a token passes the
   * first-step gate (or `firstWords` is asked), so a table made at import
   * costs one array until a text has a word that may start one of its phrases.
   */
  private pending: (readonly [string, V])[] | null = [];
  private firstSets: { lower: Set<string>; fold: Set<string> } | null = null;
  /**
   * The first step of a walk, read by the first token's folded key (a
   * FoldCache): per folded word, 1 + its index in `roots`, or 0 when no
   * phrase's first word folds to it. Every first word `w` with
   * `t.lower === w` has `fold(w) === t.fold`, so a token whose fold is not
   * there starts no phrase, exactly or folded: one array read settles most
   * tokens, and for the others it replaces the two map look-ups of the
   * first word. The gate is made from the phrases' first words alone; the
   * tries and `roots` are built when the first word that starts a phrase
   * comes.
   */
  private root: { gate: FoldCache; roots: Root<V>[] } | null = null;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const e of entries) this.pending!.push(e);
  }

  add(phrase: string, value: V): void {
    this.firstSets = null;
    this.root = null;
    if (this.pending) this.pending.push([phrase, value]);
    else this.insert(phrase, value);
  }

  private insert(phrase: string, value: V): void {
    const words = phrase.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    insert(this.exact, words, value);
    insert(this.folded, words.map(fold), value);
  }

  /** Put the pending phrases into the tries, in the order they were added. */
  private grow(): void {
    const list = this.pending;
    if (list === null) return;
    this.pending = null;
    for (let k = 0; k < list.length; k++) this.insert(list[k]![0], list[k]![1]);
  }

  /** The first-step table, made on first use (and again after `add`); its roots are filled at the first word that starts a phrase. */
  private roots(): { gate: FoldCache; roots: Root<V>[] } {
    if (this.root) return this.root;
    const folds = this.firstWords(true);
    const roots: Root<V>[] = [];
    let index: Map<string, number> | null = null;
    const gate = new FoldCache((f) => {
      if (!folds.has(f)) return 0;
      index ??= this.fillRoots(roots);
      return index.get(f) ?? 0;
    });
    return (this.root = { gate, roots });
  }

  /** Build the tries and fill `roots` (see `root`): the index + 1 of each folded first word's root. */
  private fillRoots(roots: Root<V>[]): Map<string, number> {
    this.grow();
    const index = new Map<string, number>();
    for (const [f, node] of this.folded.next ?? []) index.set(f, roots.push({ folded: node, exact: null }));
    // Lowercase first words by their fold: "hội" and "hồi" share the slot of "hoi".
    for (const [w, node] of this.exact.next ?? []) {
      const r = roots[index.get(fold(w))! - 1]!;
      r.exact = { word: w, node, alt: r.exact };
    }
    return index;
  }

  /**
   * The first words of the phrases, lowercase (or folded, with `byFold`): a
   * cheap gate before `match`, since no phrase starts at a token whose
   * `lower` (or `fold`) is not in it. Read from the phrases, without the tries.
   */
  firstWords(byFold = false): ReadonlySet<string> {
    if (!this.firstSets) {
      const lower = new Set<string>();
      const folds = new Set<string>();
      const add = (phrase: string) => {
        const w = firstWord(phrase);
        if (w !== "" && !lower.has(w)) {
          lower.add(w);
          folds.add(fold(w));
        }
      };
      if (this.pending) for (let k = 0; k < this.pending.length; k++) add(this.pending[k]![0]);
      else {
        for (const w of this.exact.next?.keys() ?? []) lower.add(w);
        for (const f of this.folded.next?.keys() ?? []) folds.add(f);
      }
      this.firstSets = { lower, fold: folds };
    }
    return byFold ? this.firstSets.fold : this.firstSets.lower;
  }

  /** Longest phrase starting at token `i`: its value and the token index after it, or null. */
  match(tokens: readonly Token[], i: number, byFold = false): { value: V; end: number; words: string[] } | null {
    const e = this.phraseAt(tokens, i, byFold);
    return e && { value: e.value, end: i + e.words.length, words: e.words };
  }

  /** True when some phrase starts at token `i`. Allocates nothing. */
  has(tokens: readonly Token[], i: number, byFold = false): boolean {
    return this.phraseAt(tokens, i, byFold) !== null;
  }

  /** Token index after the longest phrase starting at token `i`, or `i` when none does. Allocates nothing. */
  endAt(tokens: readonly Token[], i: number, byFold = false): number {
    const e = this.phraseAt(tokens, i, byFold);
    return e === null ? i : i + e.words.length;
  }

  /**
   * The longest phrase at token `i`, as written (lowercase) or else, with
   * `byFold`, folded: its words and value, shared (read only; it ends at
   * `i + words.length`). `match` without a new object.
   */
  phraseAt(tokens: readonly Token[], i: number, byFold = false): Phrase<V> | null {
    const first = tokens[i];
    if (first === undefined) return null;
    const { gate, roots } = this.root ?? this.roots();
    const r = gate.get(first);
    if (r === 0) return null;
    const root = roots[r - 1]!;
    let c = root.exact;
    while (c !== null && c.word !== first.lower) c = c.alt;
    const e = c === null ? null : longest(c.node, tokens, i + 1, false);
    if (e !== null || !byFold) return e;
    return longest(root.folded, tokens, i + 1, true);
  }
}

/** A phrase of a table: its words (lowercase, or folded in the folded trie) and its value. */
export interface Phrase<V> {
  readonly words: string[];
  readonly value: V;
}

interface WordNode<V> {
  next: Map<string, WordNode<V>> | null;
  /** The phrase ending here (the first one added with these words). */
  entry: Phrase<V> | null;
}

/** The trie nodes of first words that fold alike: the folded one, and the lowercase spellings. */
interface Root<V> {
  folded: WordNode<V>;
  exact: { word: string; node: WordNode<V>; alt: Root<V>["exact"] } | null;
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

/**
 * The longest phrase through `node` (a phrase's word, reached by the token
 * before `k`) and on over the tokens from `k` (lowercase or folded), or null.
 */
function longest<V>(node: WordNode<V>, tokens: readonly Token[], k: number, byFold: boolean): Phrase<V> | null {
  let best = node.entry;
  for (; k < tokens.length && node.next !== null; k++) {
    const t = tokens[k]!;
    const child = node.next.get(byFold ? t.fold : t.lower);
    if (child === undefined) break;
    node = child;
    if (node.entry !== null) best = node.entry;
  }
  return best;
}

/**
 * The first word of a phrase as the tries read it (NFC, lowercase, split on
 * white space), or "" when it has none. Only that word is normalized: NFC
 * and lowercasing never join or split words (white space stays white space).
 */
function firstWord(phrase: string): string {
  const p = phrase.trim();
  const sp = p.search(SPACE);
  return (sp < 0 ? p : p.slice(0, sp)).normalize("NFC").toLowerCase();
}
const SPACE = /\s/;

/**
 * The first word of each phrase, lowercase as listed ("thành" of "thành
 * phố"): what a phrase table's `firstExact` holds, read from the list
 * without making the table (the tables are made when a text first asks them).
 */
export function firstWords(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    const w = firstWord(p);
    if (w !== "") out.push(w);
  }
  return out;
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
