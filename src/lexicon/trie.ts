import type { Token } from "../tokenize/token.js";
import { FoldCache, foldId } from "../tokenize/fold-id.js";
import { EdgeTable } from "./edge-table.js";

/**
 * A token-level trie: each edge is one folded token key ("thuong", "tuong").
 * Entries remember their exact lowercase keys so a match can say whether the
 * diacritics agreed as well as the folded letters.
 *
 * Most calls start at a token no entry starts with, so the first step is
 * an array read by the token's interned fold id (`rootIndex`), not a
 * string-keyed map look-up. Below the first word, a step is a probe in one
 * integer table keyed by (node id, the token's `fid`) (`EdgeTable`); each
 * node also keeps its edges by folded key, for the API and for tokens
 * without an id. A walk allocates nothing but the match it returns (the
 * rare list reordered for diacritics aside): no closure captures its
 * arguments, which would make V8 allocate a context at every call.
 *
 * The walk reads node ids and their shape bits (`bits`: has entries, goes
 * on) from integer arrays, and touches a node object only where it may
 * answer: the deepest node with entries settles a folded question, so only
 * its entries are compared with the text's diacritics; an exact-only
 * question compares the nodes with entries from the deepest back and stops
 * at the first that agrees. (Walks are memory-bound: node objects and
 * the strings compared are what cost, not the steps.)
 */

export interface TrieEntry<T> {
  /** Lowercased, normalized token keys of the surface ("thượng", "tướng"). */
  lower: string[];
  value: T;
}

interface Node<T> {
  /** Index in the trie's `nodes`: the edge table names nodes by it. */
  id: number;
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

export interface TrieMatch<T> {
  /** First token index of the match. */
  start: number;
  /** Token index after the match. */
  end: number;
  /** Entries whose folded keys match; `exact` ones first. Shared: do not modify. */
  entries: TrieEntry<T>[];
  /** The values of `entries`, in the same order. Shared: do not modify. */
  values: T[];
  /** True when at least one entry matches with its diacritics too. */
  exact: boolean;
}

/** `startShape` bits: an entry is the word alone; entries go on after it. */
export const ONE_WORD = 1;
export const LONGER = 2;

export class TokenTrie<T> {
  /**
   * Entries by their first folded key. A bucket's subtree is built the first
   * time a text reaches it: a lexicon of thousands of places costs little
   * at the first extract, which touches a handful of first words.
   */
  private buckets = new Map<string, Bucket<T>>();
  size = 0;
  /** Buckets in the order their first words came. */
  private byPos: Bucket<T>[] = [];
  /** Their subtrees' node ids, once built (what a walk reads, one hop from the first word's `pos`), else -1. */
  private roots: number[] = [];
  /** Per node id, HAS_ENTRIES | GOES_ON: what a walk reads at each step instead of the node. */
  private readonly bits: number[] = [];
  /** Per folded word, its bucket's `pos` (0: no entry starts with it). */
  private rootIndex: FoldCache | null = null;
  /** Every node of the grown buckets, by id. */
  private readonly nodes: Node<T>[] = [];
  /** Child node ids by (node id, interned id of the edge's folded key). */
  private readonly edges = new EdgeTable();

  /** Add an entry under its folded token keys. */
  add(foldKeys: readonly string[], entry: TrieEntry<T>): void {
    if (foldKeys.length === 0) return;
    let b = this.buckets.get(foldKeys[0]!);
    if (!b) {
      b = { pos: this.byPos.length + 1, node: null, keys: [], entries: [] };
      this.buckets.set(foldKeys[0]!, b);
      this.byPos.push(b);
      this.roots.push(-1);
      this.rootIndex = null;
    }
    if (b.node) this.insert(b.node, foldKeys, entry);
    else {
      b.keys.push(foldKeys);
      b.entries.push(entry);
    }
    this.size++;
    this.seconds = null;
  }

  /** The `pos` of the bucket of the entries starting with token `t`'s folded word, or 0. */
  private rootOf(t: { readonly fid: number; readonly fold: string }): number {
    let index = this.rootIndex;
    if (!index) {
      const buckets = this.buckets;
      this.rootIndex = index = new FoldCache((f) => buckets.get(f)?.pos ?? 0);
    }
    return index.get(t);
  }

  /** Some entry starts with token `t`'s folded word (an array read once the word was seen). */
  startsWith(t: { readonly fid: number; readonly fold: string }): boolean {
    return this.rootOf(t) !== 0;
  }

  /**
   * What the entries starting with this folded word look like:
   * ONE_WORD when one is that word alone, | LONGER when some go on; 0: none.
   */
  startShape(fold: string): number {
    const b = this.buckets.get(fold);
    if (!b) return 0;
    const n = b.node ?? this.grow(b);
    return (n.entries ? ONE_WORD : 0) | (n.next ? LONGER : 0);
  }

  /** Some entry's first two folded words are `first`, `next`. */
  continues(first: string, next: string): boolean {
    const n = this.nextWords(first);
    return n !== null && n.has(next);
  }

  /** Every entry's second folded word (built once; a cheap gate before `continues`). */
  secondWords(): ReadonlySet<string> {
    if (this.seconds) return this.seconds;
    const out = new Set<string>();
    for (const b of this.byPos) {
      if (b.node) {
        if (b.node.next) for (const k of b.node.next.keys()) out.add(k);
      } else for (const keys of b.keys) if (keys.length > 1) out.add(keys[1]!);
    }
    return (this.seconds = out);
  }
  private seconds: Set<string> | null = null;

  /** The second folded words of the entries starting with `first` (as the keys of a map), or null. */
  nextWords(first: string): ReadonlyMap<string, unknown> | null {
    const b = this.buckets.get(first);
    if (!b) return null;
    return (b.node ?? this.grow(b)).next;
  }

  /**
   * Longest match starting at token `i`. Returns null when nothing matches.
   * With `exactOnly`, entries whose diacritics differ from the text are ignored.
   */
  longestAt(tokens: readonly Token[], i: number, exactOnly = false): TrieMatch<T> | null {
    return this.longestAtAs(tokens, i, exactOnly, trieMatch);
  }

  /**
   * `longestAt`, building the result with `make` (a module-level function,
   * so a caller with its own match type allocates one object per match).
   */
  longestAtAs<R>(tokens: readonly Token[], i: number, exactOnly: boolean, make: MakeMatch<T, R>): R | null {
    const t0 = tokens[i];
    if (t0 === undefined) return null;
    const p = this.rootOf(t0);
    if (p === 0) return null;
    let id = this.roots[p - 1]!;
    if (id < 0) id = this.grow(this.byPos[p - 1]!).id;
    const bits = this.bits;
    const edges = this.edges;
    // The nodes with entries along the walk, with the token index after each (PATH, reused);
    // a folded question needs only the deepest.
    let found = 0;
    let deepest = -1;
    let end = 0;
    for (let j = i; ; ) {
      const b = bits[id]!;
      if ((b & HAS_ENTRIES) !== 0) {
        deepest = id;
        end = j + 1;
        if (exactOnly) {
          if (2 * found + 2 > PATH.length) PATH = growPath(PATH);
          PATH[2 * found] = id;
          PATH[2 * found + 1] = end;
          found++;
        }
      }
      j++;
      if ((b & GOES_ON) === 0 || j >= tokens.length) break;
      const t = tokens[j]!;
      if (t.fid !== 0) {
        const c = edges.get(id, t.fid);
        if (c < 0) break;
        id = c;
      } else {
        const child = this.nodes[id]!.next!.get(t.fold);
        if (child === undefined) break;
        id = child.id;
      }
    }
    if (deepest < 0) return null;
    if (!exactOnly) {
      // The longest match wins; at equal length an exact reading comes first.
      const node = this.nodes[deepest]!;
      if (!someSameLower(node, tokens, i)) return make(i, end, node.entries!, node.values!, false);
      return exactMatch(node, tokens, i, end, make);
    }
    for (let f = found - 1; f >= 0; f--) {
      const node = this.nodes[PATH[2 * f]!]!;
      if (someSameLower(node, tokens, i)) return exactMatch(node, tokens, i, PATH[2 * f + 1]!, make);
    }
    return null;
  }

  /** The folded keys that can start an entry. */
  firstKeys(): ReadonlySet<string> {
    return new Set(this.buckets.keys());
  }

  /** All matches, scanning left to right, longest at each start, not overlapping. */
  scan(tokens: readonly Token[], exactOnly = false): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.rootOf(tokens[i]!) === 0 ? null : this.longestAt(tokens, i, exactOnly);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Build a bucket's subtree, in the order the entries were added. */
  private grow(b: Bucket<T>): Node<T> {
    const node = this.newNode();
    for (let k = 0; k < b.keys.length; k++) this.insert(node, b.keys[k]!, b.entries[k]!);
    b.node = node;
    this.roots[b.pos - 1] = node.id;
    b.keys = [];
    b.entries = [];
    return node;
  }

  /**
   * Put an entry under `node`, the node of its first key. An edge is also
   * filed under its key's interned id (a key the id table had no room for
   * is never a token's `fid` either: such tokens carry 0 and walk by string).
   */
  private insert(node: Node<T>, foldKeys: readonly string[], entry: TrieEntry<T>): void {
    for (let k = 1; k < foldKeys.length; k++) {
      const key = foldKeys[k]!;
      if (!node.next) {
        node.next = new Map();
        this.bits[node.id]! |= GOES_ON;
      }
      let child = node.next.get(key);
      if (!child) {
        child = this.newNode();
        node.next.set(key, child);
        const id = foldId(key);
        if (id !== 0) this.edges.set(node.id, id, child.id);
      }
      node = child;
    }
    if (!node.entries) {
      this.bits[node.id]! |= HAS_ENTRIES;
      node.entries = [entry];
      node.values = [entry.value];
      node.lower = entry.lower.slice();
      node.marks = marksOf(foldKeys, entry.lower);
    } else {
      node.uniform &&= sameKeys(node.entries[0]!.lower, entry.lower);
      node.entries.push(entry);
      node.values!.push(entry.value);
    }
  }

  private newNode(): Node<T> {
    const node: Node<T> = { id: this.nodes.length, next: null, entries: null, values: null, uniform: true, lower: null, marks: -1 };
    this.nodes.push(node);
    this.bits.push(0);
    return node;
  }
}

/** `TokenTrie.bits`: the node has entries; it has children. */
const HAS_ENTRIES = 1;
const GOES_ON = 2;

/** The walk's nodes with entries (id, end) pairs: one buffer for every walk (a walk calls nothing that walks). */
let PATH = new Int32Array(32);
function growPath(path: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(path.length * 2);
  grown.set(path);
  return grown;
}

/** Some entry of the node has the tokens' lowercase keys from `i` (its diacritics agree). */
function someSameLower<T>(node: Node<T>, tokens: readonly Token[], i: number): boolean {
  if (node.uniform) return node.marks >= 0 ? sameMarkedLower(node.lower!, node.marks, tokens, i) : sameLower(node.lower!, tokens, i);
  const entries = node.entries!;
  for (let e = 0; e < entries.length; e++) if (sameLower(entries[e]!.lower, tokens, i)) return true;
  return false;
}

/** The exact match [i, end) at a node with an entry whose diacritics agree: those entries first. */
function exactMatch<T, R>(node: Node<T>, tokens: readonly Token[], i: number, end: number, make: MakeMatch<T, R>): R {
  // Usually every entry agrees (or there is one): the node's own lists.
  if (node.uniform || allSameLower(node.entries!, tokens, i)) return make(i, end, node.entries!, node.values!, true);
  const entries = exactFirst(node.entries!, tokens, i);
  return make(i, end, entries, valuesOf(entries), true);
}

/** Builds a match: token range, entries (exact ones first), their values, whether one agrees in diacritics. */
export type MakeMatch<T, R> = (start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean) => R;

function trieMatch<T>(start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean): TrieMatch<T> {
  return { start, end, entries, values, exact };
}

/** The entries that start with one folded word: their subtree once built, until then the entries as added. */
interface Bucket<T> {
  /** Position in `byPos` + 1. */
  pos: number;
  node: Node<T> | null;
  keys: (readonly string[])[];
  entries: TrieEntry<T>[];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
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
function marksOf(foldKeys: readonly string[], lower: readonly string[]): number {
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
