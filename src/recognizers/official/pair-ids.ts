import type { Lexicon } from "../../lexicon/lexicon.js";
import { FoldCache, foldId } from "../../tokenize/fold-id.js";
import type { Token } from "../../tokenize/token.js";

/**
 * "Some entry of lexicon l has these two first words", for several lexicons at once, asked by
 * fold ids: per first folded word (FoldCache), the second words of each lexicon's entries as a
 * short list of fold ids (a handful: a scan beats hashing), so a question reads one array slot
 * and a few integers, never the next token's string. A second word without an id (the id table was full) keeps the lexicon's
 * question by string (STRINGS).
 */
export class PairIds {
  private readonly index: FoldCache;
  /** At (index - 1) * lexicons + l: the ids of lexicon l's second words after that first word (null: none). */
  private readonly rows: (Int32Array | typeof STRINGS | null)[] = [];

  constructor(private readonly lexicons: readonly Lexicon[]) {
    // By string too: FoldCache asks again for words without an id, and `rows` must not grow.
    const seen = new Map<string, number>();
    this.index = new FoldCache((f) => {
      let k = seen.get(f);
      if (k === undefined) {
        const row = lexicons.map((lex) => secondIds(lex, f));
        k = 0;
        if (row.some((s) => s !== null)) {
          this.rows.push(...row);
          k = this.rows.length / lexicons.length;
        }
        seen.set(f, k);
      }
      return k;
    });
  }

  /** Some entry of lexicon l starts with the words of tokens `a`, `b` (folded). */
  follows(l: number, a: Token, b: Token): boolean {
    const k = this.index.get(a);
    if (k === 0) return false;
    const s = this.rows[(k - 1) * this.lexicons.length + l]!;
    if (s === null) return false;
    if (s === STRINGS || b.fid === 0) return this.lexicons[l]!.continues(a.fold, b.fold);
    const id = b.fid;
    for (let x = 0; x < s.length; x++) if (s[x] === id) return true;
    return false;
  }
}

/** Marks a first word whose second words are asked by string. */
const STRINGS = Symbol("strings");

function secondIds(lex: Lexicon, first: string): Int32Array | typeof STRINGS | null {
  const next = lex.nextWords(first);
  if (next === null || next.size === 0) return null;
  const ids: number[] = [];
  for (const w of next.keys()) {
    const id = foldId(w);
    if (id === 0) return STRINGS;
    ids.push(id);
  }
  return Int32Array.from(ids);
}
