import levenshtein from "fast-levenshtein";
import type { Token } from "../tokenize/token.js";
import type { Lexicon, LexEntry } from "./lexicon.js";

/**
 * Fuzzy lookup of long terms on folded keys: edit distance 1 for terms of
 * 8+ letters, 2 for 16+ (spaces count; diacritics and case never do, since
 * keys are folded). Candidates are found through a deletion index (every key
 * with one character deleted, the SymSpell idea) for distance 1, and through
 * a 4-character prefix or suffix block for distance 2, then verified with
 * fast-levenshtein.
 *
 * Hint: the distance-2 blocks miss a term whose first four and last four
 * characters both carry an edit; such a term is too damaged to trust anyway.
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
  private readonly deletions = new Map<string, Keyed[]>();
  private readonly prefixes = new Map<string, Keyed[]>();
  private readonly suffixes = new Map<string, Keyed[]>();
  readonly maxTokens: number;

  constructor(lexicon: Lexicon, keyOf: (surface: string) => string[]) {
    let maxTokens = 0;
    for (const entry of lexicon.entries()) {
      const parts = keyOf(entry.surface);
      const key = parts.join(" ");
      const edits = allowedEdits(key.length);
      if (edits === 0) continue;
      const k: Keyed = { key, tokens: parts.length, entry };
      maxTokens = Math.max(maxTokens, parts.length);
      push(this.deletions, key, k);
      for (let i = 0; i < key.length; i++) push(this.deletions, key.slice(0, i) + key.slice(i + 1), k);
      if (edits >= 2) {
        push(this.prefixes, key.slice(0, 4), k);
        push(this.suffixes, key.slice(-4), k);
      }
    }
    this.maxTokens = maxTokens;
  }

  /** Entries within the allowed distance of `key` (a folded, space-joined key), best first. */
  lookup(key: string): { entry: LexEntry; distance: number }[] {
    const max = allowedEdits(key.length);
    if (max === 0) return [];
    const seen = new Set<Keyed>();
    const cands: Keyed[] = [];
    const add = (list: Keyed[] | undefined) => {
      for (const k of list ?? []) if (!seen.has(k)) (seen.add(k), cands.push(k));
    };
    add(this.deletions.get(key));
    for (let i = 0; i < key.length; i++) add(this.deletions.get(key.slice(0, i) + key.slice(i + 1)));
    if (max >= 2) {
      add(this.prefixes.get(key.slice(0, 4)));
      add(this.suffixes.get(key.slice(-4)));
    }
    const out: { entry: LexEntry; distance: number }[] = [];
    for (const k of cands) {
      const d = within(key, k.key, Math.min(max, allowedEdits(k.key.length)));
      if (d <= Math.min(max, allowedEdits(k.key.length))) out.push({ entry: k.entry, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance);
  }

  /**
   * Longest fuzzy match of tokens starting at i (up to `maxTokens` tokens),
   * distance ≥ 1 only (exact matches are the trie's job), or null.
   */
  matchAt(tokens: readonly Token[], i: number): { end: number; entry: LexEntry; distance: number } | null {
    let key = "";
    let best: { end: number; entry: LexEntry; distance: number } | null = null;
    for (let j = i; j < tokens.length && j - i < this.maxTokens; j++) {
      const t = tokens[j]!;
      if (t.kind !== "word") break;
      key = key ? `${key} ${t.fold}` : t.fold;
      const hits = this.lookup(key);
      const hit = hits.find((h) => h.distance > 0);
      if (hit && !hits.some((h) => h.distance === 0)) best = { end: j + 1, entry: hit.entry, distance: hit.distance };
    }
    return best;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
