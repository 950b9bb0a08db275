import { termKeys, type Lexicon } from "../../lexicon/lexicon.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import type { Token } from "../../tokenize/token.js";

/**
 * The first words of some lexicons' entries as written (lowercase, with their diacritics),
 * filed under their folded form. `mask(t)` tells which lexicons have an entry whose first word
 * is the token's lowercase: the folded word's few written forms ("cô" for "co") are read by fold
 * id and compared with the token's, with no string hashed into a set.
 *
 * An exact match (diacritics agreeing) of a lexicon at a token starts with an entry filed under
 * the token's own fold (the trie finds a match's first word by it), so a mask bit of 0 means no
 * exact match of that lexicon starts there.
 */
export class ExactFirsts {
  /** Per folded word seen with forms: its forms and, for each, the lexicons (bits) with it. */
  private readonly forms: string[][] = [];
  private readonly masks: number[][] = [];
  /** Per folded word: the lowercase asked last and its mask. */
  private readonly lastLower: string[] = [];
  private readonly lastMask: number[] = [];
  /** Per folded word: 1 + its index in `forms`, 0 when no entry starts with it. */
  private readonly index: FoldCache;

  /** At most 31 lexicons (one bit each, in this order). */
  constructor(lexicons: readonly Lexicon[]) {
    const byFold = new Map<string, Map<string, number>>();
    lexicons.forEach((lex, l) => {
      for (const e of lex.entries()) {
        const keys = termKeys(e.surface);
        if (!keys || keys.lower.length === 0) continue;
        let forms = byFold.get(keys.fold[0]!);
        if (!forms) byFold.set(keys.fold[0]!, (forms = new Map()));
        forms.set(keys.lower[0]!, (forms.get(keys.lower[0]!) ?? 0) | (1 << l));
      }
    });
    // By string too: FoldCache asks again for words without an id, and the lists must not grow.
    const seen = new Map<string, number>();
    this.index = new FoldCache((f) => {
      let k = seen.get(f);
      if (k === undefined) {
        const forms = byFold.get(f);
        k = forms ? this.forms.push([...forms.keys()]) : 0;
        if (forms) {
          this.masks.push([...forms.values()]);
          this.lastLower.push("");
          this.lastMask.push(0);
        }
        seen.set(f, k);
      }
      return k;
    });
  }

  /** The lexicons (bit l for the l-th) with an entry whose first word is `t.lower`. */
  mask(t: Token): number {
    const k = this.index.get(t);
    if (k === 0) return 0;
    const lower = t.lower;
    // Tokens of one shape share their strings (tokenize/shape-table.ts): the same string object
    // as last time compares by reference, without reading either string.
    if (this.lastLower[k - 1] === lower) return this.lastMask[k - 1]!;
    const forms = this.forms[k - 1]!;
    const masks = this.masks[k - 1]!;
    let m = 0;
    for (let f = 0; f < forms.length; f++) if (forms[f] === lower) m |= masks[f]!;
    this.lastLower[k - 1] = lower;
    this.lastMask[k - 1] = m;
    return m;
  }

  /** The ExactFirsts of one lexicon, built once. */
  static of(lex: Lexicon): ExactFirsts {
    let e = ONE.get(lex);
    if (!e) ONE.set(lex, (e = new ExactFirsts([lex])));
    return e;
  }
}

const ONE = new WeakMap<Lexicon, ExactFirsts>();
