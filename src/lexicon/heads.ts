import { LONGER, ONE_WORD } from "./trie.js";

/**
 * First words of a lexicon's entries, read from its precomputed keys
 * (`LexiconSource.keys`, one line per row) without listing its rows or
 * building its trie: per first folded key, ONE_WORD / LONGER as the trie
 * would say, and the second keys.
 */
export interface Heads {
  byFirst: Map<string, { shape: number; next: Map<string, true> | null }>;
  seconds: Set<string> | null;
}

export function readHeads(keys: string): Heads {
  const byFirst = new Map<string, { shape: number; next: Map<string, true> | null }>();
  let at = 0;
  while (at <= keys.length) {
    let end = keys.indexOf("\n", at);
    if (end < 0) end = keys.length;
    // A line: "fold keys" or "fold keys\tlower keys"; "" for a row with no keys.
    if (end > at) {
      let foldEnd = keys.indexOf("\t", at);
      if (foldEnd < 0 || foldEnd > end) foldEnd = end;
      let sp = keys.indexOf(" ", at);
      if (sp < 0 || sp > foldEnd) sp = foldEnd;
      const first = keys.slice(at, sp);
      let head = byFirst.get(first);
      if (!head) byFirst.set(first, (head = { shape: 0, next: null }));
      if (sp === foldEnd) head.shape |= ONE_WORD;
      else {
        head.shape |= LONGER;
        let sp2 = keys.indexOf(" ", sp + 1);
        if (sp2 < 0 || sp2 > foldEnd) sp2 = foldEnd;
        (head.next ??= new Map()).set(keys.slice(sp + 1, sp2), true);
      }
    }
    at = end + 1;
  }
  return { byFirst, seconds: null };
}

/** Every entry's second folded key (kept in `heads`). */
export function secondsOf(heads: Heads): Set<string> {
  if (!heads.seconds) {
    const out = new Set<string>();
    for (const head of heads.byFirst.values()) if (head.next) for (const k of head.next.keys()) out.add(k);
    heads.seconds = out;
  }
  return heads.seconds;
}
