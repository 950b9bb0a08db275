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
 */
export class AccentFreePhrases<V> {
  private readonly exact: PhraseTable<V>;
  private readonly folded: PhraseTable<{ value: V; words: string[] }>;
  /** First words of the phrases, lowercase as listed, and folded: a gate before `match`. */
  readonly firstExact: ReadonlySet<string>;
  readonly firstFold: ReadonlySet<string>;

  /**
   * `noFold`: phrases never matched unaccented because their bare form is a
   * more common word ("đài" is also "đại" typed without marks).
   */
  constructor(entries: Iterable<readonly [string, V]>, noFold: readonly string[] = []) {
    const list = [...entries];
    this.exact = new PhraseTable(list);
    this.firstExact = this.exact.firstWords();
    const skip = new Set(noFold.map((p) => p.normalize("NFC").toLowerCase()));
    this.folded = new PhraseTable(
      list.filter(([p]) => !skip.has(p.normalize("NFC").toLowerCase())).map(([p, v]) => [fold(p.normalize("NFC").toLowerCase()), { value: v, words: p.normalize("NFC").toLowerCase().split(/\s+/) }] as const),
    );
    this.firstFold = this.folded.firstWords();
    const exactFolds = new Set([...this.firstExact].map(fold));
    const firstFold = this.firstFold;
    this.gate = new FoldCache((f) => (exactFolds.has(f) ? EXACT : 0) | (firstFold.has(f) ? FOLDED : 0));
  }

  /**
   * Per folded word: EXACT when some phrase's first word folds to it (then
   * the exact table's walk tests the word as written), FOLDED when it is in
   * `firstFold`. Most tokens read 0 and stop there.
   */
  private readonly gate: FoldCache;

  /** Longest phrase at token `i`: its value, the token after it and its words as listed. */
  match(tokens: readonly Token[], i: number): { value: V; end: number; words: string[] } | null {
    const t = tokens[i];
    if (!t) return null;
    // One array read settles most tokens: no phrase starts with this word.
    const bits = this.gate.get(t);
    if (bits === 0) return null;
    // The exact table's own first step tests the word as written.
    const m = bits & EXACT ? this.exact.match(tokens, i) : null;
    if (m || t.diacritics || !(bits & FOLDED) || !unaccented(tokens)) return m;
    const f = this.folded.match(foldedView(tokens), i);
    if (!f) return null;
    for (let k = i; k < f.end; k++) if (tokens[k]!.diacritics) return null;
    return { value: f.value.value, end: f.end, words: f.value.words };
  }

  /** Some phrase starts at token `i` (`match` without building its result, on the common exact path). */
  has(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    if (!t) return false;
    const bits = this.gate.get(t);
    if (bits === 0) return false;
    if (bits & EXACT && this.exact.has(tokens, i)) return true;
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
