import type { Token } from "../../tokenize/token.js";

/** The most words of a phrase in the list. */
export function mostWords(phrases: readonly string[]): number {
  return Math.max(0, ...phrases.map((p) => p.split(/\s+/).filter(Boolean).length));
}

/**
 * Some token in [from, to] is capitalized (or, with `orNumber`, a number). The
 * trigger rules need a name or a number right after their phrase, which ends
 * within the phrase list's `mostWords`: most trigger words in running text
 * ("xã hội", "cầu thủ") have none there, and are settled before any match.
 */
export function capitalAhead(tokens: readonly Token[], from: number, to: number, orNumber: boolean): boolean {
  const last = Math.min(to, tokens.length - 1);
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (t.cap || (orNumber && t.kind === "number")) return true;
  }
  return false;
}
