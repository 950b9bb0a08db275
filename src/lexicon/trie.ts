import type { Token } from "../tokenize/token.js";
import { FoldCache } from "../tokenize/fold-id.js";

/**
 * A token-level trie: each edge is one folded token key ("thuong", "tuong").
 * Entries remember their exact lowercase keys so a match can say whether the
 * diacritics agreed as well as the folded letters.
 *
 * Most calls start at a token no entry starts with, so the first step is
 * an array read by the token's interned fold id (`rootIndex`), not a
 * string-keyed map look-up, and nothing is allocated when nothing matches.
 */

export interface TrieEntry<T> {
  /** Lowercased, normalized token keys of the surface ("thượng", "tướng"). */
  lower: string[];
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>> | null;
  entries: TrieEntry<T>[] | null;
  /** The entries' values, in the same order (built once, shared by every match that takes the node's list as is). */
  values: T[] | null;
  /** Every entry has the same lowercase keys: one exact check settles all of them. */
  uniform: boolean;
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

export class TokenTrie<T> {
  private root: Node<T> = newNode();
  size = 0;
  /** Root children by position, and for each folded word its position + 1 (0: no entry starts with it). */
  private rootKids: Node<T>[] | null = null;
  private rootIndex: FoldCache | null = null;

  /** Add an entry under its folded token keys. */
  add(foldKeys: readonly string[], entry: TrieEntry<T>): void {
    if (foldKeys.length === 0) return;
    let node = this.root;
    for (const k of foldKeys) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(k);
      if (!child) {
        child = newNode();
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entries) {
      node.entries = [entry];
      node.values = [entry.value];
    } else {
      node.uniform &&= sameKeys(node.entries[0]!.lower, entry.lower);
      node.entries.push(entry);
      node.values!.push(entry.value);
    }
    this.size++;
    this.rootKids = null;
    this.rootIndex = null;
  }

  /** The root's child for token `t`'s folded word, or undefined. */
  private first(t: { readonly fid: number; readonly fold: string }): Node<T> | undefined {
    let index = this.rootIndex;
    if (!index) {
      const kids: Node<T>[] = [];
      const pos = new Map<string, number>();
      if (this.root.next) for (const [k, n] of this.root.next) pos.set(k, kids.push(n));
      this.rootKids = kids;
      this.rootIndex = index = new FoldCache((f) => pos.get(f) ?? 0);
    }
    const p = index.get(t);
    return p === 0 ? undefined : this.rootKids![p - 1];
  }

  /** Some entry starts with token `t`'s folded word (an array read once the word was seen). */
  startsWith(t: { readonly fid: number; readonly fold: string }): boolean {
    return this.first(t) !== undefined;
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
    let node: Node<T> | undefined = this.first(t0);
    if (node === undefined) return null;
    // Deepest node with entries (and, separately, with an entry whose diacritics agree).
    let bestAny: Node<T> | null = null;
    let endAny = 0;
    let bestExact: Node<T> | null = null;
    let endExact = 0;
    for (let j = i; ; ) {
      const entries = node.entries;
      if (entries !== null) {
        if (!exactOnly) {
          bestAny = node;
          endAny = j + 1;
        }
        if (node.uniform) {
          if (sameLower(entries[0]!.lower, tokens, i)) {
            bestExact = node;
            endExact = j + 1;
          }
        } else {
          for (let e = 0; e < entries.length; e++) {
            if (sameLower(entries[e]!.lower, tokens, i)) {
              bestExact = node;
              endExact = j + 1;
              break;
            }
          }
        }
      }
      j++;
      if (node.next === null || j >= tokens.length) break;
      node = node.next.get(tokens[j]!.fold);
      if (node === undefined) break;
    }
    // The longest match wins; at equal length an exact reading comes first.
    if (bestExact !== null && endExact >= endAny) {
      const all = bestExact.entries!;
      // Usually every entry agrees (or there is one): return the node's own list.
      if (bestExact.uniform || all.every((e) => sameLower(e.lower, tokens, i))) return make(i, endExact, all, bestExact.values!, true);
      const exact: TrieEntry<T>[] = [];
      const rest: TrieEntry<T>[] = [];
      for (const e of all) (sameLower(e.lower, tokens, i) ? exact : rest).push(e);
      const entries = exact.concat(rest);
      return make(i, endExact, entries, entries.map((e) => e.value), true);
    }
    if (bestAny !== null) return make(i, endAny, bestAny.entries!, bestAny.values!, false);
    return null;
  }

  /** The folded keys that can start an entry (the root's children). */
  firstKeys(): ReadonlySet<string> {
    return new Set(this.root.next?.keys() ?? []);
  }

  /** All matches, scanning left to right, longest at each start, not overlapping. */
  scan(tokens: readonly Token[], exactOnly = false): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.first(tokens[i]!) === undefined ? null : this.longestAt(tokens, i, exactOnly);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** Builds a match: token range, entries (exact ones first), their values, whether one agrees in diacritics. */
export type MakeMatch<T, R> = (start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean) => R;

function trieMatch<T>(start: number, end: number, entries: TrieEntry<T>[], values: T[], exact: boolean): TrieMatch<T> {
  return { start, end, entries, values, exact };
}

function newNode<T>(): Node<T> {
  return { next: null, entries: null, values: null, uniform: true };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameLower(lower: readonly string[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < lower.length; k++) if (tokens[i + k]!.lower !== lower[k]) return false;
  return true;
}
