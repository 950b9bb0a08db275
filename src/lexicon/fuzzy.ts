import { boundedDistance } from "./edit-distance.js";
import type { Token } from "../tokenize/token.js";
import { FoldCache } from "../tokenize/fold-id.js";
import { WindowCache, WINDOW_SEED, hashStep } from "./window-cache.js";
import type { Lexicon, LexEntry } from "./lexicon.js";

/**
 * Fuzzy lookup of long terms on folded keys: edit distance 1 for terms of
 * 8+ letters, 2 for 16+ (spaces count; diacritics and case never do, since
 * keys are folded). Candidates come from blocks, then a bounded edit distance
 * verifies them:
 * - a multi-word term is found through its first or its last word, written
 *   exactly: one edit touches one word, and two edits in a term of 16+
 *   letters rarely touch both ends;
 * - a one-word term through a deletion index (every key with one character
 *   deleted, the SymSpell idea), for a one-word window only.
 *
 * `matchAt` runs at every capitalized word of a long text, so a window
 * costs array reads until it can match: a word's length and whether it
 * opens or closes a multi-word term are per-word facts (FoldCache by
 * `token.fid`), a one-word window's whole answer is kept per word, and a
 * longer window's hits are kept by its words' ids (WindowCache), so its
 * key string is built only the first time a candidate's length is within
 * reach of it.
 *
 * Hint: a term whose first and last words both carry an edit is not found;
 * such a term is too damaged to trust anyway.
 */

/** Maximum edits allowed for a folded key of this length. */
export function allowedEdits(length: number): number {
  return length >= 16 ? 2 : length >= 8 ? 1 : 0;
}

/** Levenshtein distance if at most `max`, else max + 1 (edit-distance.ts; see README for why not a package). */
const within = boundedDistance;

interface Keyed {
  key: string;
  /** The first word of the key (a multi-word term is listed under it in `byFirst`). */
  first: string;
  tokens: number;
  entry: LexEntry;
}

export interface FuzzyHit {
  entry: LexEntry;
  distance: number;
}

/**
 * The multi-word terms listed under one word (their first, or their last),
 * in listed order, with their word counts and key lengths in typed arrays:
 * a window tests a few dozen integers before it builds a string.
 */
class Block {
  readonly terms: Keyed[] = [];
  tokens: Int32Array<ArrayBuffer> = new Int32Array(4);
  lengths: Int32Array<ArrayBuffer> = new Int32Array(4);
  /** The most words of a term here: how far from this word a window can reach. */
  maxTokens = 0;

  /** The longest key here. */
  private maxLength = 0;
  /** The key lengths of the terms here, by word count (each length once): what `near` reads. */
  private readonly lengthsByTokens: (number[] | undefined)[] = [];
  /** `near`'s answers by (n, length), at n * (maxLength + 3) + length: 0 not asked yet, 1 no, 2 yes. */
  private reach: Uint8Array | null = null;

  add(k: Keyed): void {
    this.reach = null;
    if (k.key.length > this.maxLength) this.maxLength = k.key.length;
    const lengths = (this.lengthsByTokens[k.tokens] ??= []);
    if (!lengths.includes(k.key.length)) lengths.push(k.key.length);
    const n = this.terms.length;
    if (n === this.tokens.length) {
      this.tokens = grow(this.tokens);
      this.lengths = grow(this.lengths);
    }
    this.terms.push(k);
    this.tokens[n] = k.tokens;
    this.lengths[n] = k.key.length;
    if (k.tokens > this.maxTokens) this.maxTokens = k.tokens;
  }

  /**
   * Is some term here within reach of a window of `n` words and `length`
   * characters (its word count within one, its length within the edits
   * both allow)? A superset of the candidates, kept per (n, length): past
   * the first ask, one byte to read.
   */
  near(n: number, length: number): boolean {
    const width = this.maxLength + 3;
    // Past these, no term is within one word or two characters.
    if (n - 1 > this.maxTokens || length >= width) return false;
    const reach = (this.reach ??= new Uint8Array((this.maxTokens + 2) * width));
    const at = n * width + length;
    let r = reach[at]!;
    if (r === 0) reach[at] = r = this.reaches(n, length, allowedEdits(length)) ? 2 : 1;
    return r === 2;
  }

  private reaches(n: number, length: number, max: number): boolean {
    for (let tokens = n - 1; tokens <= n + 1; tokens++) {
      const lengths = this.lengthsByTokens[tokens];
      if (!lengths) continue;
      for (let c = 0; c < lengths.length; c++) {
        const len = lengths[c]!;
        const bound = Math.min(max, allowedEdits(len));
        if (len - length <= bound && length - len <= bound) return true;
      }
    }
    return false;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const NONE: readonly FuzzyHit[] = [];
/** `FuzzyIndex.facts`: the length bits (saturated), then the words of the longest term the word closes (saturated). */
const LENGTH = 1023;
const CLOSES_SHIFT = 10;
const CLOSES_MAX = (1 << 20) - 1;
/** How many multi-word windows' hits are kept (then they are forgotten and kept anew). */
const WINDOWS_KEPT = 50_000;

/** The fuzzy index of one lexicon: built on first use. */
export class FuzzyIndex {
  private readonly byFirst = new Map<string, Block>();
  private readonly byLast = new Map<string, Block>();
  private readonly deletions = new Map<string, Keyed[]>();
  readonly maxTokens: number;
  private readonly maxLength: number;
  /** Every block (first-word and last-word ones); the caches below index it, plus one (0 = none). */
  private readonly blocks: Block[] = [];
  private readonly firstOf = new FoldCache((f) => this.blockIndex(this.byFirst.get(f)));
  private readonly lastOf = new FoldCache((f) => this.blockIndex(this.byLast.get(f)));
  /**
   * Per word, what the walk of matchAt reads at every step, in one array
   * slot: its folded length (the LENGTH bits; LENGTH: that long or longer)
   * and, above CLOSES_SHIFT, the most words of a term it closes (0: none;
   * CLOSES_MAX: that many or more).
   */
  private readonly facts = new FoldCache((f) => {
    const closes = Math.min(this.byLast.get(f)?.maxTokens ?? 0, CLOSES_MAX);
    return Math.min(f.length, LENGTH) | (closes << CLOSES_SHIFT);
  });
  /** Hits of multi-word windows by their words' ids: the same words ("Bộ trưởng", "Chính trị") come back in every text. */
  private readonly windowsById = new WindowCache<readonly FuzzyHit[]>(WINDOWS_KEPT);
  /** The same, by key, for windows with a word that has no id. */
  private readonly windows = new Map<string, readonly FuzzyHit[]>();
  /** A one-word window's hits, by word: index into `singleHits` plus one, or 0 for none. */
  private readonly singles = new FoldCache((f) => {
    const hits = this.lookup([f]);
    if (hits.length === 0) return 0;
    this.singleHits.push(hits);
    return this.singleHits.length;
  });
  private readonly singleHits: FuzzyHit[][] = [];

  /** One index over one or several lexicons (a hit's `entry.lexicon` says which). */
  constructor(lexicons: Lexicon | readonly Lexicon[], keyOf: (surface: string) => string[]) {
    let maxTokens = 0;
    let maxLength = 0;
    const all = Array.isArray(lexicons) ? lexicons : [lexicons as Lexicon];
    for (const entry of all.flatMap((l) => [...l.entries()])) {
      const parts = keyOf(entry.surface);
      const key = parts.join(" ");
      if (allowedEdits(key.length) === 0) continue;
      const k: Keyed = { key, first: parts[0]!, tokens: parts.length, entry };
      maxTokens = Math.max(maxTokens, parts.length);
      maxLength = Math.max(maxLength, key.length);
      if (parts.length === 1) {
        push(this.deletions, key, k);
        for (let i = 0; i < key.length; i++) push(this.deletions, key.slice(0, i) + key.slice(i + 1), k);
      } else {
        block(this.byFirst, parts[0]!).add(k);
        block(this.byLast, parts[parts.length - 1]!).add(k);
      }
    }
    // A merged or split word changes the word count by one.
    this.maxTokens = maxTokens + 1;
    this.maxLength = maxLength + 2;
  }

  private blockIndex(b: Block | undefined): number {
    if (!b) return 0;
    this.blocks.push(b);
    return this.blocks.length;
  }

  /** Entries within the allowed distance of the words `parts` (folded), best first. */
  lookup(parts: readonly string[]): FuzzyHit[] {
    const n = parts.length;
    const out: FuzzyHit[] = [];
    if (n === 1) this.oneWord(parts[0]!, out);
    else out.push(...this.multiWord(this.byFirst.get(parts[0]!), this.byLast.get(parts[n - 1]!), parts[0]!, n, parts.join(" ")));
    return out.sort((a, b) => a.distance - b.distance);
  }

  /** Hits of a one-word window, unsorted, in candidate order. */
  private oneWord(word: string, out: FuzzyHit[]): void {
    const max = allowedEdits(word.length);
    if (max === 0) return;
    const seen = new Set<Keyed>();
    const cands: Keyed[] = [];
    const add = (list: readonly Keyed[] | undefined) => {
      if (list) for (const k of list) if (!seen.has(k) && k.tokens <= 2) (seen.add(k), cands.push(k));
    };
    // Two-word terms written as one word ("thanhhoa"), then one-word terms (foreign names: "Singapore").
    add(this.byFirst.get(word)?.terms);
    add(this.byLast.get(word)?.terms);
    add(this.deletions.get(word));
    for (let i = 0; i < word.length; i++) add(this.deletions.get(word.slice(0, i) + word.slice(i + 1)));
    for (const k of cands) {
      const bound = Math.min(max, allowedEdits(k.key.length));
      const d = within(word, k.key, bound);
      if (d <= bound) out.push({ entry: k.entry, distance: d });
    }
  }

  /**
   * Hits of a window of `n` ≥ 2 words whose key is `text`, opening with
   * `first` (whose block is `firstBlock`) and closing on a word whose block
   * is `lastBlock`: the terms within reach of its word count and length,
   * verified, unsorted, in candidate order (those listed under the first
   * word, then under the last).
   */
  private multiWord(firstBlock: Block | undefined, lastBlock: Block | undefined, first: string, n: number, text: string): FuzzyHit[] {
    const out: FuzzyHit[] = [];
    const length = text.length;
    const max = allowedEdits(length);
    if (max === 0) return out;
    for (let pass = 0; pass < 2; pass++) {
      const block = pass === 0 ? firstBlock : lastBlock;
      // A merged or split word changes the word count by one.
      if (!block || n - 1 > block.maxTokens) continue;
      const { tokens, lengths, terms } = block;
      for (let c = 0; c < terms.length; c++) {
        const d0 = tokens[c]! - n;
        if (d0 > 1 || d0 < -1) continue;
        const len = lengths[c]!;
        const bound = Math.min(max, allowedEdits(len));
        if (len - length > bound || length - len > bound) continue;
        const k = terms[c]!;
        // A term listed under both words was seen in the first pass.
        if (pass === 1 && firstBlock && k.first === first) continue;
        const d = within(text, k.key, bound);
        if (d <= bound) out.push({ entry: k.entry, distance: d });
      }
    }
    return out;
  }

  /**
   * `multiWord` for the window [i, j] of matchAt: its key is built only when
   * a term is within reach, and its hits are kept by the words' ids, whose
   * `windowHash` is `hash` (by key when a word has none: not `interned`).
   */
  private window(tokens: readonly Token[], i: number, j: number, firstBlock: Block | undefined, lastBlock: Block | undefined, length: number, interned: boolean, hash: number): readonly FuzzyHit[] {
    const n = j - i + 1;
    const max = allowedEdits(length);
    if (max === 0 || !(firstBlock?.near(n, length) || lastBlock?.near(n, length))) return NONE;
    if (interned) {
      let hits = this.windowsById.get(tokens, i, j, hash);
      if (hits === undefined) {
        hits = this.multiWord(firstBlock, lastBlock, tokens[i]!.fold, n, windowKey(tokens, i, j));
        this.windowsById.set(tokens, i, j, hits, hash);
      }
      return hits;
    }
    const text = windowKey(tokens, i, j);
    let hits = this.windows.get(text);
    if (!hits) {
      hits = this.multiWord(firstBlock, lastBlock, tokens[i]!.fold, n, text);
      if (this.windows.size >= WINDOWS_KEPT) this.windows.clear();
      this.windows.set(text, hits);
    }
    return hits;
  }

  /**
   * Longest fuzzy match of word tokens starting at i, distance ≥ 1 only
   * (exact matches are the trie's job), or null. `accept(entry, end, i)`
   * may refuse a hit for the window [i, end); the best accepted one counts.
   */
  matchAt(
    tokens: readonly Token[],
    i: number,
    opts: { capitalizedOnly?: boolean; minTokens?: number; accept?: (entry: LexEntry, end: number, start: number) => boolean } = {},
  ): { end: number; entry: LexEntry; distance: number } | null {
    const t0 = tokens[i]!;
    if (t0.kind !== "word") return null;
    const minTokens = opts.minTokens ?? 1;
    const accept = opts.accept;
    const f = this.firstOf.get(t0);
    const firstBlock = f === 0 ? undefined : this.blocks[f - 1];
    const opens = firstBlock ? firstBlock.maxTokens : 0;
    const capitalizedOnly = opts.capitalizedOnly === true;
    const maxLength = this.maxLength;
    const stop = Math.min(tokens.length, i + this.maxTokens);
    let length = -1;
    // The window's hash for `windowsById`, kept step by step, and whether all its words have ids.
    let hash = WINDOW_SEED;
    let interned = true;
    let best: { end: number; entry: LexEntry; distance: number } | null = null;
    for (let j = i; j < stop; j++) {
      const t = tokens[j]!;
      if (t.kind !== "word" || (capitalizedOnly && !t.cap)) break;
      hash = hashStep(hash, t.fid);
      if (t.fid === 0) interned = false;
      const facts = this.facts.get(t);
      const len = facts & LENGTH;
      length += (len === LENGTH ? t.fold.length : len) + 1;
      if (length > maxLength) break;
      const n = j - i + 1;
      if (n < minTokens) continue;
      let all: readonly FuzzyHit[];
      if (n === 1) {
        // One word: its answer is kept per word.
        if (t0.fid === 0) all = this.lookup([t0.fold]);
        else {
          const s = this.singles.get(t0);
          all = s === 0 ? NONE : this.singleHits[s - 1]!;
        }
      } else {
        // Most windows neither open nor close a listed term of their size: settled by the word's facts.
        const closes = facts >>> CLOSES_SHIFT;
        if (n - 1 > opens && n - 1 > closes && closes !== CLOSES_MAX) continue;
        const l = this.lastOf.get(t);
        all = this.window(tokens, i, j, firstBlock, l === 0 ? undefined : this.blocks[l - 1], length, interned, hash);
      }
      if (all.length === 0) continue;
      // An exact folded match is the trie's; otherwise the best accepted hit (fewest edits, then candidate order).
      let hit: FuzzyHit | null = null;
      let zero = false;
      for (const h of all) {
        if (h.distance === 0) zero = true;
        else if ((hit === null || h.distance < hit.distance) && (!accept || accept(h.entry, j + 1, i))) hit = h;
      }
      if (zero) continue;
      if (hit) best = { end: j + 1, entry: hit.entry, distance: hit.distance };
    }
    return best;
  }
}

/** The folded key of tokens [i, j]: their folds joined by spaces. */
function windowKey(tokens: readonly Token[], i: number, j: number): string {
  let s = tokens[i]!.fold;
  for (let k = i + 1; k <= j; k++) s += " " + tokens[k]!.fold;
  return s;
}

function block(m: Map<string, Block>, word: string): Block {
  let b = m.get(word);
  if (!b) m.set(word, (b = new Block()));
  return b;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
