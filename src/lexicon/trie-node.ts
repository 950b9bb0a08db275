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
  /**
   * When not `uniform`: the entries grouped by their lowercase keys (see
   * Variant), in the order each spelling first came. At most one spelling
   * is the text's, so an exact check finds the match's lists there.
   */
  variants: Variant<T>[] | null;
}

/**
 * The entries of a node that share one spelling (lowercase keys), and what
 * an exact match on that spelling gives: those entries first, then the
 * others, each in listed order, and their values; built on the first such
 * match (null until then, and again after an entry is added).
 */
interface Variant<T> {
  lower: string[];
  marks: number;
  count: number;
  entries: TrieEntry<T>[] | null;
  values: T[] | null;
}

/** A node's bits (`TokenTrie.bits`, the low bits of its code): it has entries; it has children. */
export const HAS_ENTRIES = 1;
export const GOES_ON = 2;

/** Some entry of the node has the tokens' lowercase keys from `i` (its diacritics agree). */
export function someSameLower<T>(node: Node<T>, tokens: readonly Token[], i: number): boolean {
  if (node.uniform) return agrees(node.lower!, node.marks, tokens, i);
  return sameVariant(node.variants!, tokens, i) !== null;
}

/** The exact match [i, end) at a node with an entry whose diacritics agree: those entries first. */
export function exactMatch<T, R>(node: Node<T>, tokens: readonly Token[], i: number, end: number, make: MakeMatch<T, R>): R {
  // Usually every entry agrees (or there is one): the node's own lists.
  if (node.uniform) return make(i, end, node.entries!, node.values!, true);
  const v = sameVariant(node.variants!, tokens, i)!;
  if (v.entries === null) orderFor(node, v);
  return make(i, end, v.entries!, v.values!, true);
}

/** The variant whose spelling is the tokens' from `i`, or null (distinct spellings: at most one is). */
function sameVariant<T>(variants: readonly Variant<T>[], tokens: readonly Token[], i: number): Variant<T> | null {
  for (let k = 0; k < variants.length; k++) {
    const v = variants[k]!;
    if (agrees(v.lower, v.marks, tokens, i)) return v;
  }
  return null;
}

/** The words from `i` are `lower` (with `marks`, see Node.marks). */
function agrees(lower: string[], marks: number, tokens: readonly Token[], i: number): boolean {
  return marks >= 0 ? sameMarkedLower(lower, marks, tokens, i) : sameLower(lower, tokens, i);
}

/** Fill a variant's lists: its entries first, then the others, each in listed order (the node's own when it has them all). */
function orderFor<T>(node: Node<T>, v: Variant<T>): void {
  const all = node.entries!;
  if (v.count === all.length) {
    v.entries = all;
    v.values = node.values;
    return;
  }
  const exact: TrieEntry<T>[] = [];
  const rest: TrieEntry<T>[] = [];
  for (const e of all) (sameKeys(e.lower, v.lower) ? exact : rest).push(e);
  v.entries = exact.concat(rest);
  v.values = v.entries.map((e) => e.value);
}

/**
 * Add an entry to a node that has some (`foldKeys`: the entry's folded
 * keys): once two spellings meet, the node keeps its entries by spelling.
 */
export function addEntry<T>(node: Node<T>, foldKeys: readonly string[], entry: TrieEntry<T>): void {
  const entries = node.entries!;
  if (node.uniform && !sameKeys(entries[0]!.lower, entry.lower)) {
    node.uniform = false;
    node.variants = [{ lower: node.lower!, marks: node.marks, count: entries.length, entries: null, values: null }];
  }
  entries.push(entry);
  node.values!.push(entry.value);
  const variants = node.variants;
  if (variants === null) return;
  let v: Variant<T> | undefined;
  for (const x of variants) {
    x.entries = x.values = null;
    if (v === undefined && sameKeys(x.lower, entry.lower)) v = x;
  }
  if (v) v.count++;
  else variants.push({ lower: entry.lower.slice(), marks: marksOf(foldKeys, entry.lower), count: 1, entries: null, values: null });
}

/** Builds a match: token range, entries (exact ones first), their values, whether one agrees in diacritics. */
export type MakeMatch<T, R> = (start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean) => R;

export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
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
