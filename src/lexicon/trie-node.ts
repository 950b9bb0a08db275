import type { Token } from "../tokenize/token.js";

/**
 * The nodes of a token trie (trie.ts) and the exact check of a match: do
 * the text's words agree with an entry's lowercase keys, diacritics
 * included, once their folded keys matched.
 */

export interface TrieEntry<T> {
  /** Lowercased, normalized token keys of the surface ("thượng", "tướng"). */
  lower: string[];
  value: T;
}

export interface Node<T> {
  /** Index in the trie's `nodes`: the edge table names nodes by it. */
  id: number;
  /** The parent's id; for a first word's node, minus its bucket's pos. */
  up: number;
  /** The interned id of the edge's folded key from the parent (0: none, or a first word). */
  key: number;
  /** Children by folded key (every edge; the walk reads `EdgeTable` first). */
  next: Map<string, Node<T>> | null;
  entries: TrieEntry<T>[] | null;
  /** The entries' values, in the same order (built once, shared by every match that takes the node's list as is). */
  values: T[] | null;
  /** Every entry has the same lowercase keys: one exact check settles all of them. */
  uniform: boolean;
  /**
   * The first entry's lowercase keys (the ones an exact check compares when
   * `uniform`): the node's own copy, whose strings an exact check replaces
   * with the equal ones of the text (see sameMarkedLower).
   */
  lower: string[] | null;
  /** Bit k: word k of `lower` has diacritics (it is not its folded key); -1: not known (compare every word). */
  marks: number;
}

/** A node's bits (`TokenTrie.bits`, the low bits of its code): it has entries; it has children. */
export const HAS_ENTRIES = 1;
export const GOES_ON = 2;

/** Some entry of the node has the tokens' lowercase keys from `i` (its diacritics agree). */
export function someSameLower<T>(node: Node<T>, tokens: readonly Token[], i: number): boolean {
  if (node.uniform) return node.marks >= 0 ? sameMarkedLower(node.lower!, node.marks, tokens, i) : sameLower(node.lower!, tokens, i);
  const entries = node.entries!;
  for (let e = 0; e < entries.length; e++) if (sameLower(entries[e]!.lower, tokens, i)) return true;
  return false;
}

/** The exact match [i, end) at a node with an entry whose diacritics agree: those entries first. */
export function exactMatch<T, R>(node: Node<T>, tokens: readonly Token[], i: number, end: number, make: MakeMatch<T, R>): R {
  // Usually every entry agrees (or there is one): the node's own lists.
  if (node.uniform || allSameLower(node.entries!, tokens, i)) return make(i, end, node.entries!, node.values!, true);
  const entries = exactFirst(node.entries!, tokens, i);
  return make(i, end, entries, valuesOf(entries), true);
}

/** Builds a match: token range, entries (exact ones first), their values, whether one agrees in diacritics. */
export type MakeMatch<T, R> = (start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean) => R;

export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Every entry's lowercase keys are the tokens' from `i`. */
function allSameLower<T>(entries: readonly TrieEntry<T>[], tokens: readonly Token[], i: number): boolean {
  for (let e = 0; e < entries.length; e++) if (!sameLower(entries[e]!.lower, tokens, i)) return false;
  return true;
}

/** The entries whose lowercase keys are the tokens' from `i`, then the others, each in listed order (a new list). */
function exactFirst<T>(entries: readonly TrieEntry<T>[], tokens: readonly Token[], i: number): TrieEntry<T>[] {
  const exact: TrieEntry<T>[] = [];
  const rest: TrieEntry<T>[] = [];
  for (const e of entries) (sameLower(e.lower, tokens, i) ? exact : rest).push(e);
  return exact.concat(rest);
}

function valuesOf<T>(entries: readonly TrieEntry<T>[]): T[] {
  const out: T[] = new Array(entries.length);
  for (let e = 0; e < entries.length; e++) out[e] = entries[e]!.value;
  return out;
}

/**
 * Which words of an entry have diacritics (bit k: `lower[k]` is not
 * `foldKeys[k]`), for entries of up to 30 words; -1 otherwise.
 */
export function marksOf(foldKeys: readonly string[], lower: readonly string[]): number {
  if (lower.length !== foldKeys.length || lower.length > 30) return -1;
  let marks = 0;
  for (let k = 0; k < lower.length; k++) if (lower[k] !== foldKeys[k]) marks |= 1 << k;
  return marks;
}

/**
 * `sameLower` for a walk's tokens, whose folded keys are the entry's: a
 * word agrees with its entry word exactly when neither has diacritics
 * (a token's `diacritics` is its lowercase form differing from its folded
 * key), or both have and the lowercase forms are the same. So only words
 * with diacritics on both sides compare strings. Each string read is a
 * likely cache miss (the walk is memory-bound), so a word that agrees is
 * kept as the text's string: tokens share one string per spelling
 * (tokenize/shape-table.ts), and the next text with the same spelling then
 * agrees by identity, without reading either string.
 */
function sameMarkedLower(lower: string[], marks: number, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < lower.length; k++) {
    const t = tokens[i + k]!;
    if (((marks >>> k) & 1) === 0) {
      if (t.diacritics) return false;
    } else {
      if (!t.diacritics) return false;
      const w = t.lower;
      if (w !== lower[k]) return false;
      lower[k] = w;
    }
  }
  return true;
}

function sameLower(lower: readonly string[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < lower.length; k++) if (tokens[i + k]!.lower !== lower[k]) return false;
  return true;
}
