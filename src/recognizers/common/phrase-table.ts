import type { Token } from "../../tokenize/token.js";

/**
 * A table of multi-word phrases matched on lowercase tokens ("hội nghị",
 * "lần thứ"), longest first. Shared by the EVENT and DOCUMENT recognizers;
 * any recognizer may use it for its trigger words.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    const words = phrase.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** Longest phrase starting at token `i`: its value and the token index after it, or null. */
  match(tokens: readonly Token[], i: number): { value: V; end: number; words: string[] } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    for (const e of list) {
      if (wordsAt(tokens, i, e.words)) return { value: e.value, end: i + e.words.length, words: e.words };
    }
    return null;
  }

  /** True when some phrase starts at token `i`. */
  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) !== null;
  }
}

/** The lowercase tokens from `i` on spell `words` (one token per word). */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== words[k]) return false;
  }
  return true;
}

/** A set of phrases with no value: stop words, clause openers. */
export function phraseSet(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((p) => [p, true] as const));
}
