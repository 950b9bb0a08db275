import type { Lexicon, LexMatch } from "../../lexicon/lexicon.js";
import { ExactFirsts } from "./exact-firsts.js";
import type { Token } from "../../tokenize/token.js";
import { VersionedMemo } from "./versioned-memo.js";
import { firstKeys, mayStartAt, type FirstKeys } from "../common/first-keys.js";

/** Lookups holding a memo, to let go of the text's tokens when the recognizer is done. */
const TOUCHED: Lookup[] = [];

/**
 * One lexicon as this recognizer asks it: "the longest match at token i", answered once per
 * position and text. The rules ask the same questions many times over (a chain of titles is
 * retried from every token it passes), so the first answer is kept in an array by token index.
 * A token whose folded word starts no entry is turned away by one array read (by fold id)
 * before the memo; one whose next word cannot follow it in any entry, by the shared second-word
 * check (common/first-keys.ts), and one written with diacritics that no entry starts with as
 * written ("có" where only "cô" is listed), by `ExactFirsts`, before the trie.
 */
export class Lookup {
  /** The answer by token index, for the text asked about last (`tokens`). */
  private readonly memo = new VersionedMemo<LexMatch>();
  private tokens: readonly Token[] | null = null;
  private firsts: ExactFirsts | null = null;

  private readonly keys: FirstKeys;

  constructor(readonly lex: Lexicon) {
    this.keys = firstKeys(lex);
  }

  /** Some entry starts with this token's folded word. */
  canStart(t: Token): boolean {
    return this.keys.gate.get(t) !== 0;
  }

  /**
   * Longest match at token i, never crossing a line break. The diacritics must agree ("Vũ" is
   * not "Vụ"), except where the text has none at all (then `exact` is false). Callers must not
   * change the match.
   */
  at(tokens: readonly Token[], i: number): LexMatch | null {
    if (i < 0 || i >= tokens.length || this.keys.gate.get(tokens[i]!) === 0) return null;
    // Then the second word (unless an entry is the first word alone) before the rest.
    return this.answer(tokens, i, true);
  }

  /**
   * `at` for a caller whose own word facts (gate.ts) already passed this word and the next:
   * the same answer, without this lexicon's first- and second-word checks (each a read of
   * another array; they only spare the trie a walk that finds nothing).
   */
  atLikelyStart(tokens: readonly Token[], i: number): LexMatch | null {
    if (i < 0 || i >= tokens.length) return null;
    return this.answer(tokens, i, false);
  }

  private answer(tokens: readonly Token[], i: number, checkSecond: boolean): LexMatch | null {
    if (tokens !== this.tokens) {
      // Another text: the memo starts over (without clearing, see VersionedMemo).
      if (this.tokens === null) TOUCHED.push(this);
      this.tokens = tokens;
      this.memo.start(tokens.length);
    }
    const kept = this.memo.get(i, 0);
    if (kept !== undefined) return kept;
    // The word as written before the trie; memoized as well.
    const m = (!checkSecond || mayStartAt(this.keys, tokens, i)) && this.mayMatchAsWritten(tokens[i]!) ? this.lookupAt(tokens, i) : null;
    return this.memo.set(i, 0, m);
  }

  private release(): void {
    this.tokens = null;
    this.memo.release();
  }

  /** Forget every memo (call when a text is done: they hold its tokens). */
  static releaseAll(): void {
    for (const l of TOUCHED) l.release();
    TOUCHED.length = 0;
  }

  private lookupAt(tokens: readonly Token[], i: number): LexMatch | null {
    let m = this.lex.longestAt(tokens, i);
    if (!m) return null;
    // A folded match may hide an exact one of another length ("Lương" besides "Lường"): only
    // where some entry starts with the very word written here.
    if (!m.exact && this.exactFirsts().mask(tokens[i]!) !== 0) m = this.lex.longestAt(tokens, i, true) ?? m;
    for (let k = m.start; k < m.end; k++) {
      if (tokens[k]!.kind === "newline") return null;
      if (!m.exact && tokens[k]!.diacritics) return null;
    }
    return m;
  }

  /** The first words of the entries as written (ExactFirsts), kept here once asked. */
  private exactFirsts(): ExactFirsts {
    return (this.firsts ??= ExactFirsts.of(this.lex));
  }

  /**
   * Token t may start a match of `lookupAt`: a match is kept only when it is exact (its first
   * word then is `t.lower` itself) or no word of it has diacritics. So a word written with
   * diacritics that starts no entry as written ("có" where only "cô" is listed) starts none.
   */
  private mayMatchAsWritten(t: Token): boolean {
    return !t.diacritics || this.exactFirsts().mask(t) !== 0;
  }
}
