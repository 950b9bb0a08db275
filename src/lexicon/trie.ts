import type { Token } from "../tokenize/token.js";
import { foldId } from "../tokenize/fold-id.js";
import { EdgeTable } from "./edge-table.js";
import { addEntry, exactMatch, GOES_ON, HAS_ENTRIES, marksOf, someSameLower, type MakeMatch, type Node, type TrieEntry } from "./trie-node.js";

export type { MakeMatch, TrieEntry } from "./trie-node.js";

/**
 * A token-level trie: each edge is one folded token key ("thuong", "tuong").
 * Entries remember their exact lowercase keys so a match can say whether the
 * diacritics agreed as well as the folded letters.
 *
 * Most calls start at a token no entry starts with, so the first step is
 * an array read by the token's interned fold id (`firsts`), not a
 * string-keyed map look-up. Below the first word, a step is a probe in one
 * integer table keyed by (node id, the token's `fid`) (`EdgeTable`); each
 * node also keeps its edges by folded key, for the API and for tokens
 * without an id. A walk allocates nothing but the match it returns (a
 * node whose entries differ in diacritics keeps its exact-first lists per
 * spelling, built once: trie-node.ts, Variant): no closure captures its
 * arguments, which would make V8 allocate a context at every call. The
 * accent rule's question (folded, else exact: `longestAsWrittenAs`) is
 * answered from one walk, the nodes with entries along it kept in PATH.
 *
 * Walks are memory-bound: node objects and the strings compared cost, not
 * the steps. So a walk reads each node as a code (its id and its shape
 * bits: has entries, goes on) from the slot where it arrives (`firsts`, the
 * edge table), and touches a node object only where it may answer: the
 * deepest node with entries settles a folded question, so only its entries
 * are compared with the text's diacritics; an exact-only question compares
 * the nodes with entries from the deepest back and stops at the first that
 * agrees. The comparison itself reads strings only for words with
 * diacritics on both sides (trie-node.ts, sameMarkedLower).
 */

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
  /** Per node id, HAS_ENTRIES | GOES_ON: what a walk reads at each step instead of the node. */
  private readonly bits: number[] = [];
  /**
   * Per interned folded word (by `fid`), what a walk starts from, in one
   * array slot: 0 not looked up yet, NO_ENTRY, minus the `pos` of its
   * bucket while not built, or ROOT + the code of its node (see `code`).
   */
  private firsts: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Every node of the grown buckets, by id. */
  private readonly nodes: Node<T>[] = [];
  /** Child node codes (see `code`) by (node id, interned id of the edge's folded key). */
  private readonly edges = new EdgeTable();

  /**
   * `resolve`: for entries added with `addLater`, their folded keys and
   * entry from the number they were added with, asked when their bucket
   * grows (a lexicon decodes only the rows under the first words a text
   * reaches).
   */
  constructor(private readonly resolve: ((item: number) => { fold: readonly string[]; entry: TrieEntry<T> }) | null = null) {}

  /** Add an entry under its folded token keys. */
  add(foldKeys: readonly string[], entry: TrieEntry<T>): void {
    if (foldKeys.length === 0) return;
    const b = this.bucket(foldKeys[0]!);
    if (b.node) this.insert(b.node, foldKeys, entry);
    else {
      b.keys.push(foldKeys);
      b.entries.push(entry);
    }
    this.size++;
    this.seconds = null;
  }

  /** Add the entry that `resolve(item)` gives, under its first folded key `first`: the same as `add` with those keys and entry. */
  addLater(first: string, item: number): void {
    const b = this.bucket(first);
    if (b.node) {
      const r = this.resolve!(item);
      this.insert(b.node, r.fold, r.entry);
    } else {
      b.keys.push(item);
      b.entries.push(null);
    }
    this.size++;
    this.seconds = null;
  }

  private bucket(first: string): Bucket<T> {
    let b = this.buckets.get(first);
    if (!b) {
      b = { pos: this.byPos.length + 1, fid: foldId(first), node: null, keys: [], entries: [] };
      this.buckets.set(first, b);
      this.byPos.push(b);
      this.file(b.fid, -b.pos);
    }
    return b;
  }

  /** The folded keys of the `k`th entry of a bucket not grown yet (resolving it when it was added later). */
  private keysAt(b: Bucket<T>, k: number): readonly string[] {
    const keys = b.keys[k]!;
    if (typeof keys !== "number") return keys;
    const r = this.resolve!(keys);
    b.keys[k] = r.fold;
    b.entries[k] = r.entry;
    return r.fold;
  }

  /** Token `t`'s slot in `firsts` (see there), looked up the first time its word comes. */
  private firstOf(t: { readonly fid: number; readonly fold: string }): number {
    const id = t.fid;
    if (id !== 0 && id < this.firsts.length) {
      const v = this.firsts[id]!;
      if (v !== 0) return v;
    }
    const b = this.buckets.get(t.fold);
    const v = b === undefined ? NO_ENTRY : b.node === null ? -b.pos : ROOT + this.code(b.node.id);
    this.file(id, v);
    return v;
  }

  /** Keep `v` in `firsts` for the word whose id is `fid` (none for 0: such words are looked up by string). */
  private file(fid: number, v: number): void {
    if (fid === 0) return;
    let firsts = this.firsts;
    if (fid >= firsts.length) {
      let n = firsts.length;
      while (n <= fid) n *= 2;
      const grown = new Int32Array(n);
      grown.set(firsts);
      this.firsts = firsts = grown;
    }
    firsts[fid] = v;
  }

  /** Some entry starts with token `t`'s folded word (an array read once the word was seen). */
  startsWith(t: { readonly fid: number; readonly fold: string }): boolean {
    return this.firstOf(t) !== NO_ENTRY;
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
      } else {
        for (let k = 0; k < b.keys.length; k++) {
          const keys = this.keysAt(b, k);
          if (keys.length > 1) out.add(keys[1]!);
        }
      }
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
    const found = this.walk(tokens, i);
    if (found === 0) return null;
    if (!exactOnly) {
      // The longest match wins; at equal length an exact reading comes first.
      const node = this.nodes[PATH[2 * found - 2]!]!;
      const end = PATH[2 * found - 1]!;
      if (!someSameLower(node, tokens, i)) return make(i, end, node.entries!, node.values!, false);
      return exactMatch(node, tokens, i, end, make);
    }
    return this.exactFrom(tokens, i, found, make);
  }

  /**
   * The match the accent rule keeps, in one walk: the longest folded match
   * when its diacritics agree (some entry exact) or the text wrote it with
   * none, else the longest exact match, or null. The same as
   * `longestAtAs(…, false)`, then `longestAtAs(…, true)` when the first is
   * folded and some token of it has diacritics ("Mý" is not "Mỹ"; "Viet
   * Nam" is "Việt Nam").
   */
  longestAsWrittenAs<R>(tokens: readonly Token[], i: number, make: MakeMatch<T, R>): R | null {
    const found = this.walk(tokens, i);
    if (found === 0) return null;
    const node = this.nodes[PATH[2 * found - 2]!]!;
    const end = PATH[2 * found - 1]!;
    if (someSameLower(node, tokens, i)) return exactMatch(node, tokens, i, end, make);
    let k = i;
    while (k < end && !tokens[k]!.diacritics) k++;
    if (k === end) return make(i, end, node.entries!, node.values!, false);
    // The deepest node disagrees: the exact question goes on from the one before.
    return this.exactFrom(tokens, i, found - 1, make);
  }

  /** The longest exact match among the first `found` nodes with entries of the last walk (PATH), or null. */
  private exactFrom<R>(tokens: readonly Token[], i: number, found: number, make: MakeMatch<T, R>): R | null {
    for (let f = found - 1; f >= 0; f--) {
      const node = this.nodes[PATH[2 * f]!]!;
      if (someSameLower(node, tokens, i)) return exactMatch(node, tokens, i, PATH[2 * f + 1]!, make);
    }
    return null;
  }

  /**
   * Walk the folded words from token `i`: the nodes with entries along the
   * way go into PATH (node id, token index after it), shallowest first;
   * returns how many (0: no entry matches). Reads codes only, no node.
   */
  private walk(tokens: readonly Token[], i: number): number {
    const t0 = tokens[i];
    if (t0 === undefined) return 0;
    const first = this.firstOf(t0);
    if (first === NO_ENTRY) return 0;
    let code = first >= ROOT ? first - ROOT : this.code(this.grow(this.byPos[-first - 1]!).id);
    const edges = this.edges;
    let found = 0;
    for (let j = i; ; ) {
      const id = code >> 2;
      if ((code & HAS_ENTRIES) !== 0) {
        if (2 * found + 2 > PATH.length) PATH = growPath(PATH);
        PATH[2 * found] = id;
        PATH[2 * found + 1] = j + 1;
        found++;
      }
      j++;
      if ((code & GOES_ON) === 0 || j >= tokens.length) break;
      const t = tokens[j]!;
      if (t.fid !== 0) {
        code = edges.get(id, t.fid);
        if (code < 0) break;
      } else {
        const child = this.nodes[id]!.next!.get(t.fold);
        if (child === undefined) break;
        code = this.code(child.id);
      }
    }
    return found;
  }

  /** The folded keys that can start an entry. */
  firstKeys(): ReadonlySet<string> {
    return new Set(this.buckets.keys());
  }

  /** Build a bucket's subtree, in the order the entries were added. */
  private grow(b: Bucket<T>): Node<T> {
    const node = this.newNode(-b.pos, 0);
    b.node = node;
    this.file(b.fid, ROOT + this.code(node.id));
    for (let k = 0; k < b.keys.length; k++) this.insert(node, this.keysAt(b, k), b.entries[k]!);
    b.keys = [];
    b.entries = [];
    return node;
  }

  /**
   * A node as a walk reads it, without touching the node: its id times 4
   * plus its `bits`. The walk finds it where it arrives, in `firsts` or in
   * the edge table; `mark` keeps it there up to date.
   */
  private code(id: number): number {
    return id * 4 + this.bits[id]!;
  }

  /** Set `bit` of a node, and in the code filed where a walk arrives at it. */
  private mark(node: Node<T>, bit: number): void {
    this.bits[node.id]! |= bit;
    if (node.up < 0) this.file(this.byPos[-node.up - 1]!.fid, ROOT + this.code(node.id));
    else if (node.key !== 0) this.edges.replace(node.up, node.key, this.code(node.id));
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
        this.mark(node, GOES_ON);
      }
      let child = node.next.get(key);
      if (!child) {
        const id = foldId(key);
        child = this.newNode(node.id, id);
        node.next.set(key, child);
        if (id !== 0) this.edges.set(node.id, id, this.code(child.id));
      }
      node = child;
    }
    if (!node.entries) {
      this.mark(node, HAS_ENTRIES);
      node.entries = [entry];
      node.values = [entry.value];
      node.lower = entry.lower.slice();
      node.marks = marksOf(foldKeys, entry.lower);
    } else addEntry(node, foldKeys, entry);
  }

  /** A node under node `up` along key id `key` (a root: `up` is minus its bucket's pos). */
  private newNode(up: number, key: number): Node<T> {
    const node: Node<T> = { id: this.nodes.length, up, key, next: null, entries: null, values: null, uniform: true, lower: null, marks: -1, variants: null };
    this.nodes.push(node);
    this.bits.push(0);
    return node;
  }
}

/** `TokenTrie.firsts`: no entry starts with the word; the code of its node follows. */
const NO_ENTRY = 1;
const ROOT = 2;

/** The walk's nodes with entries (code, end) pairs: one buffer for every walk (a walk calls nothing that walks). */
let PATH = new Int32Array(32);
function growPath(path: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(path.length * 2);
  grown.set(path);
  return grown;
}

function trieMatch<T>(start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean): TrieMatch<T> {
  return { start, end, entries, values, exact };
}

/** The entries that start with one folded word: their subtree once built, until then the entries as added. */
interface Bucket<T> {
  /** Position in `byPos` + 1. */
  pos: number;
  /** The interned id of the first word (0: none). */
  fid: number;
  node: Node<T> | null;
  /** Per entry, its folded keys, or the number it was added with by `addLater` (its entry is then null until resolved). */
  keys: (readonly string[] | number)[];
  entries: (TrieEntry<T> | null)[];
}
