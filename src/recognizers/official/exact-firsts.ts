import { termKeys, type Lexicon } from "../../lexicon/lexicon.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import type { Token } from "../../tokenize/token.js";
import { FormsByFold } from "./forms-by-fold.js";

/**
 * Which of some lexicons have an entry whose first word is a token's lowercase (with its
 * diacritics): `mask(t, want)`, one bit per lexicon, in the order given.
 *
 * An exact match (diacritics agreeing) of a lexicon at a token starts with an entry filed under
 * the token's own fold (the trie finds a match's first word by it), so a mask bit of 0 means no
 * exact match of that lexicon starts there.
 *
 * Each lexicon's table (WrittenFirsts) is made at the first question about that lexicon, and
 * only the lexicons in `want` are asked: a text whose words start no entry of a lexicon never
 * parses that lexicon for this (a cold first extract used to parse all of them).
 */
export class ExactFirsts {
  private readonly tables: (WrittenFirsts | null)[];

  /** At most 31 lexicons (one bit each, in this order). */
  constructor(private readonly lexicons: readonly Lexicon[]) {
    this.tables = lexicons.map(() => null);
  }

  /** The lexicons (bit l for the l-th) among `want` with an entry whose first word is `t.lower`. */
  mask(t: Token, want = -1): number {
    let m = 0;
    for (let l = 0; l < this.lexicons.length; l++) {
      if (((want >> l) & 1) === 0) continue;
      const table = this.tables[l] ?? (this.tables[l] = WrittenFirsts.of(this.lexicons[l]!));
      if (table.has(t)) m |= 1 << l;
    }
    return m;
  }

  /** The ExactFirsts of one lexicon (its table is shared with every other ExactFirsts asking it). */
  static of(lex: Lexicon): ExactFirsts {
    return new ExactFirsts([lex]);
  }
}

/**
 * The first words of one lexicon's entries as written, filed under their folded form: the
 * folded word's few written forms ("cô" for "co") are read by fold id and compared with the
 * token's, with no string hashed into a set. One per lexicon object (custom terms make new
 * lexicons, with tables of their own).
 */
class WrittenFirsts {
  private readonly forms = new FormsByFold();
  /** Per folded word: its number in `forms`, 0 when no entry starts with it. */
  private readonly index: FoldCache;

  private constructor(lex: Lexicon) {
    const entries = lex.entries();
    for (let e = 0; e < entries.length; e++) {
      const keys = termKeys(entries[e]!.surface);
      if (!keys || keys.lower.length === 0) continue;
      this.forms.file(keys.fold[0]!, keys.lower[0]!);
    }
    this.index = new FoldCache((f) => this.forms.number(f));
  }

  has(t: Token): boolean {
    const k = this.index.get(t);
    return k !== 0 && this.forms.has(k, t.lower);
  }

  static of(lex: Lexicon): WrittenFirsts {
    let w = TABLES.get(lex);
    if (!w) TABLES.set(lex, (w = new WrittenFirsts(lex)));
    return w;
  }
}

const TABLES = new WeakMap<Lexicon, WrittenFirsts>();
