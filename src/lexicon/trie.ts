import type { Token } from "../tokenize/token.js";

/**
 * A token-level trie: each edge is one folded token key ("thuong", "tuong").
 * Entries remember their exact lowercase keys so a match can say whether the
 * diacritics agreed as well as the folded letters.
 */

export interface TrieEntry<T> {
  /** Lowercased, normalized token keys of the surface ("thượng", "tướng"). */
  lower: string[];
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>> | null;
  entries: TrieEntry<T>[] | null;
}

export interface TrieMatch<T> {
  /** First token index of the match. */
  start: number;
  /** Token index after the match. */
  end: number;
  /** Entries whose folded keys match; `exact` ones first. */
  entries: TrieEntry<T>[];
  /** True when at least one entry matches with its diacritics too. */
  exact: boolean;
}

export class TokenTrie<T> {
  private root: Node<T> = { next: null, entries: null };
  size = 0;

  /** Add an entry under its folded token keys. */
  add(foldKeys: readonly string[], entry: TrieEntry<T>): void {
    if (foldKeys.length === 0) return;
    let node = this.root;
    for (const k of foldKeys) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, entries: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.entries ??= []).push(entry);
    this.size++;
  }

  /**
   * Longest match starting at token `i`. `skip(token)` lets a caller ignore
   * tokens inside an entry (none by default). Returns null when nothing matches.
   * With `exactOnly`, entries whose diacritics differ from the text are ignored.
   */
  longestAt(tokens: readonly Token[], i: number, exactOnly = false): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    // Deepest node with entries (and, separately, with an entry whose diacritics agree).
    let bestAny: Node<T> | null = null;
    let endAny = 0;
    let bestExact: Node<T> | null = null;
    let endExact = 0;
    for (let j = i; j < tokens.length && node.next; j++) {
      node = node.next.get(tokens[j]!.fold);
      if (!node) break;
      if (node.entries) {
        if (!exactOnly) {
          bestAny = node;
          endAny = j + 1;
        }
        for (const e of node.entries) {
          if (sameLower(e.lower, tokens, i)) {
            bestExact = node;
            endExact = j + 1;
            break;
          }
        }
      }
    }
    // The longest match wins; at equal length an exact reading comes first.
    if (bestExact && endExact >= endAny) {
      const all = bestExact.entries!;
      // Usually every entry agrees (or there is one): return the node's own list.
      if (all.length === 1 || all.every((e) => sameLower(e.lower, tokens, i))) return { start: i, end: endExact, entries: all, exact: true };
      const exact: TrieEntry<T>[] = [];
      const rest: TrieEntry<T>[] = [];
      for (const e of all) (sameLower(e.lower, tokens, i) ? exact : rest).push(e);
      return { start: i, end: endExact, entries: exact.concat(rest), exact: true };
    }
    if (bestAny) return { start: i, end: endAny, entries: bestAny.entries!, exact: false };
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
      const m = this.longestAt(tokens, i, exactOnly);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

function sameLower(lower: readonly string[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < lower.length; k++) if (tokens[i + k]!.lower !== lower[k]) return false;
  return true;
}
