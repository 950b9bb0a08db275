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
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < tokens.length && node?.next; j++) {
      const t = tokens[j]!;
      node = node.next.get(t.fold);
      if (!node) break;
      if (node.entries) {
        const exactEntries = node.entries.filter((e) => sameLower(e.lower, tokens, i));
        if (exactEntries.length > 0) {
          best = { start: i, end: j + 1, entries: [...exactEntries, ...node.entries.filter((e) => !exactEntries.includes(e))], exact: true };
        } else if (!exactOnly) {
          best = { start: i, end: j + 1, entries: node.entries, exact: false };
        }
      }
    }
    return best;
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
