import levenshtein from "fast-levenshtein";
import type { Token } from "../tokenize/token.js";
import type { Lexicon, LexEntry } from "./lexicon.js";

/**
 * Fuzzy lookup of long terms on folded keys: edit distance 1 for terms of
 * 8+ letters, 2 for 16+ (spaces count; diacritics and case never do, since
 * keys are folded). Candidates come from blocks, then fast-levenshtein
 * verifies them:
 * - a multi-word term is found through its first or its last word, written
 *   exactly: one edit touches one word, and two edits in a term of 16+
 *   letters rarely touch both ends;
 * - a one-word term through a deletion index (every key with one character
 *   deleted, the SymSpell idea), for a one-word window only.
 * Each lookup costs two or three map reads plus the verification of a few
 * entries, so it can run at every capitalized word of a long text.
 *
 * Hint: a term whose first and last words both carry an edit is not found;
 * such a term is too damaged to trust anyway.
 */

/** Maximum edits allowed for a folded key of this length. */
export function allowedEdits(length: number): number {
  return length >= 16 ? 2 : length >= 8 ? 1 : 0;
}

/** Levenshtein distance if at most `max`, else max + 1 (fast-levenshtein; see README for the measurement). */
function within(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = levenshtein.get(a, b);
  return d > max ? max + 1 : d;
}

interface Keyed {
  key: string;
  tokens: number;
  entry: LexEntry;
}

/** The fuzzy index of one lexicon: built on first use. */
export class FuzzyIndex {
  private readonly byFirst = new Map<string, Keyed[]>();
  private readonly byLast = new Map<string, Keyed[]>();
  private readonly deletions = new Map<string, Keyed[]>();
  readonly maxTokens: number;
  private readonly maxLength: number;

  /** One index over one or several lexicons (a hit's `entry.lexicon` says which). */
  constructor(lexicons: Lexicon | readonly Lexicon[], keyOf: (surface: string) => string[]) {
    let maxTokens = 0;
    let maxLength = 0;
    const all = Array.isArray(lexicons) ? lexicons : [lexicons as Lexicon];
    for (const entry of all.flatMap((l) => [...l.entries()])) {
      const parts = keyOf(entry.surface);
      const key = parts.join(" ");
      if (allowedEdits(key.length) === 0) continue;
      const k: Keyed = { key, tokens: parts.length, entry };
      maxTokens = Math.max(maxTokens, parts.length);
      maxLength = Math.max(maxLength, key.length);
      if (parts.length === 1) {
        push(this.deletions, key, k);
        for (let i = 0; i < key.length; i++) push(this.deletions, key.slice(0, i) + key.slice(i + 1), k);
      } else {
        push(this.byFirst, parts[0]!, k);
        push(this.byLast, parts[parts.length - 1]!, k);
      }
    }
    // A merged or split word changes the word count by one.
    this.maxTokens = maxTokens + 1;
    this.maxLength = maxLength + 2;
  }

  /** Entries within the allowed distance of the words `parts` (folded), best first. */
  lookup(parts: readonly string[]): { entry: LexEntry; distance: number }[] {
    const first = this.byFirst.get(parts[0]!);
    const last = this.byLast.get(parts[parts.length - 1]!);
    if (!first && !last && (parts.length > 1 || this.deletions.size === 0)) return [];
    const key = parts.join(" ");
    const max = allowedEdits(key.length);
    if (max === 0) return [];
    const seen = new Set<Keyed>();
    const cands: Keyed[] = [];
    const add = (list: Keyed[] | undefined) => {
      for (const k of list ?? []) if (!seen.has(k) && Math.abs(k.tokens - parts.length) <= 1) (seen.add(k), cands.push(k));
    };
    add(first);
    add(last);
    if (parts.length === 1) {
      // One-word terms (foreign names of 8+ letters: "Singapore").
      const word = parts[0]!;
      add(this.deletions.get(word));
      for (let i = 0; i < word.length; i++) add(this.deletions.get(word.slice(0, i) + word.slice(i + 1)));
    }
    const out: { entry: LexEntry; distance: number }[] = [];
    for (const k of cands) {
      const bound = Math.min(max, allowedEdits(k.key.length));
      const d = within(key, k.key, bound);
      if (d <= bound) out.push({ entry: k.entry, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance);
  }

  /**
   * Longest fuzzy match of word tokens starting at i, distance ≥ 1 only
   * (exact matches are the trie's job), or null.
   */
  matchAt(
    tokens: readonly Token[],
    i: number,
    opts: { capitalizedOnly?: boolean; minTokens?: number; accept?: (entry: LexEntry, end: number) => boolean } = {},
  ): { end: number; entry: LexEntry; distance: number } | null {
    const parts: string[] = [];
    let length = -1;
    let best: { end: number; entry: LexEntry; distance: number } | null = null;
    for (let j = i; j < tokens.length && j - i < this.maxTokens; j++) {
      const t = tokens[j]!;
      if (t.kind !== "word" || (opts.capitalizedOnly && !t.cap)) break;
      parts.push(t.fold);
      length += t.fold.length + 1;
      if (length > this.maxLength) break;
      if (parts.length < (opts.minTokens ?? 1)) continue;
      const all = this.lookup(parts);
      if (all.length === 0 || all[0]!.distance === 0) continue;
      const hit = opts.accept ? all.find((h) => opts.accept!(h.entry, j + 1)) : all[0];
      if (hit) best = { end: j + 1, entry: hit.entry, distance: hit.distance };
    }
    return best;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
