import type { Lexicon, LexMatch } from "../../lexicon/lexicon.js";
import { ONE_WORD } from "../../lexicon/trie.js";
import { ExactFirsts } from "./exact-firsts.js";
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { TaggedRows } from "../common/tagged-rows.js";
import { PairIds } from "./pair-ids.js";

/** Sets holding a text's answers, to let go of its tokens when the recognizer is done. */
const TOUCHED: LookupSet[] = [];

/**
 * One lexicon as this recognizer asks it: "the longest match at token i", answered once per
 * position and text. The rules ask the same questions many times over (a chain of titles is
 * retried from every token it passes), so the first answer is kept (LookupSet). A token whose
 * folded word starts no entry is turned away by one array read (by fold id) before the memo;
 * one whose next word cannot follow it in any entry, by a set of fold ids (pair-ids.ts), and one written with diacritics that no entry starts with as written
 * ("có" where only "cô" is listed), by `ExactFirsts`, before the trie.
 */
export class Lookup {
  /** This look-up's index in its set (its two bits in the per-word shapes, its cell in a row). */
  readonly index: number;

  /** `set`: the look-ups whose tables this one shares (alone in a set of its own when not given). */
  constructor(
    readonly lex: Lexicon,
    private readonly set: LookupSet = new LookupSet(),
  ) {
    this.index = set.add(this);
  }

  /** Some entry starts with this token's folded word. */
  canStart(t: Token): boolean {
    return ((this.set.shapes(t) >> (2 * this.index)) & 3) !== 0;
  }

  /**
   * Longest match at token i, never crossing a line break. The diacritics must agree ("Vũ" is
   * not "Vụ"), except where the text has none at all (then `exact` is false). Callers must not
   * change the match.
   */
  at(tokens: readonly Token[], i: number): LexMatch | null {
    if (i < 0 || i >= tokens.length) return null;
    const shape = (this.set.shapes(tokens[i]!) >> (2 * this.index)) & 3;
    if (shape === 0) return null;
    // Then the second word (unless an entry is the first word alone) before the rest.
    return this.set.answer(this, tokens, i, (shape & ONE_WORD) === 0);
  }

  /**
   * `at` for a caller whose own word facts (gate.ts) already passed this word and the next:
   * the same answer, without this lexicon's first- and second-word checks (each a read of
   * another array; they only spare the trie a walk that finds nothing).
   */
  atLikelyStart(tokens: readonly Token[], i: number): LexMatch | null {
    if (i < 0 || i >= tokens.length) return null;
    return this.set.answer(this, tokens, i, false);
  }

  /** Forget every memo (call when a text is done: they hold its tokens). */
  static releaseAll(): void {
    for (const s of TOUCHED) s.release();
    TOUCHED.length = 0;
  }
}

/**
 * The look-ups of one set of lexicons (one per registry), sharing their tables so that the
 * questions asked at one token read one place in memory, not one per lexicon:
 * - per folded word (FoldCache by fold id), two bits per look-up: its lexicon's `startShape`;
 * - per token position of the text asked about last (modulo 2^ROW_BITS on a very long text),
 *   one row of cells: a tag (the row is stale unless it is the text's and the position's),
 *   then per look-up its answer (0 not asked yet, 1 none,
 *   k + 2 `found[k]`), then the ExactFirsts bits of the token read so far: per look-up, bit l
 *   (read) and bit MAX_MEMBERS + l (an entry of it starts with `t.lower`). A match is kept only
 *   when it is exact (its first word then is `t.lower` itself) or no word of it has diacritics,
 *   so a word written with diacritics that starts no entry as written starts none. Each
 *   look-up's bit is read at its first question that needs it: its lexicon is parsed then
 *   (ExactFirsts), not before.
 * The rows are reused from text to text without clearing (tagged-rows.ts), and a row
 * is cleared when first written for it.
 */
export class LookupSet {
  private readonly members: Lookup[] = [];
  private shapeCache: FoldCache | null = null;
  private exact: ExactFirsts | null = null;
  private pairs: PairIds | null = null;
  /** Per token position, a row (common/tagged-rows.ts): the tag, one cell per look-up, the exact bits. */
  private rows: TaggedRows | null = null;
  private readonly found: LexMatch[] = [];
  private tokens: readonly Token[] | null = null;

  /** Add a look-up (before any question); returns its index. */
  add(l: Lookup): number {
    if (this.shapeCache) throw new Error("LookupSet: every look-up is added before the first question");
    if (this.members.length >= MAX_MEMBERS) throw new Error(`LookupSet: at most ${MAX_MEMBERS} look-ups`);
    this.members.push(l);
    return this.members.length - 1;
  }

  /** The per-word shapes of every member (two bits each, in order), read by fold id. */
  shapes(t: Token): number {
    return (this.shapeCache ??= this.freeze()).get(t);
  }

  private freeze(): FoldCache {
    const lexicons = this.members.map((m) => m.lex);
    this.exact = new ExactFirsts(lexicons);
    this.pairs = new PairIds(lexicons);
    this.rows = new TaggedRows(lexicons.length + 2, ROW_BITS);
    return new FoldCache((f) => {
      let bits = 0;
      lexicons.forEach((lex, l) => (bits |= lex.startShape(f) << (2 * l)));
      return bits;
    });
  }

  /** Member l's answer at token i, memoized; `checkSecond`: ask the second word first (l has no entry of the word alone). */
  answer(l: Lookup, tokens: readonly Token[], i: number, checkSecond: boolean): LexMatch | null {
    this.shapeCache ??= this.freeze();
    if (tokens !== this.tokens) this.begin(tokens);
    const rows = this.rows!;
    const cells = rows.cells;
    const stride = rows.stride;
    const row = rows.row(i);
    const cell = row + 1 + l.index;
    const tag = rows.tag(i);
    if (cells[row] !== tag) {
      cells[row] = tag;
      for (let k = 1; k < stride; k++) cells[row + k] = 0;
    } else {
      const v = cells[cell]!;
      if (v !== 0) return v === 1 ? null : this.found[v - 2]!;
    }
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const bit = 1 << l.index;
    // The pair of first words, then the word as written, before the trie.
    const pair = !checkSecond || (next !== undefined && this.pairs!.follows(l.index, t, next));
    const written = pair && (!t.diacritics || this.exactAt(row, t, bit));
    const m = written ? this.walk(l.lex, tokens, i, row, bit) : null;
    cells[cell] = m === null ? 1 : this.found.push(m) + 1;
    return m;
  }

  /** The ExactFirsts bit of token t for the member of `bit` (1 << its index), read once per position. */
  private exactAt(row: number, t: Token, bit: number): boolean {
    const cells = this.rows!.cells;
    const at = row + this.rows!.stride - 1;
    let v = cells[at]!;
    if ((v & bit) === 0) {
      v |= bit | (this.exact!.mask(t, bit) << MAX_MEMBERS);
      cells[at] = v;
    }
    return (v & (bit << MAX_MEMBERS)) !== 0;
  }

  /** The walk behind `at` (`bit`: the member's ExactFirsts bit). */
  private walk(lex: Lexicon, tokens: readonly Token[], i: number, row: number, bit: number): LexMatch | null {
    let m = lex.longestAt(tokens, i);
    if (!m) return null;
    // A folded match may hide an exact one of another length ("Lương" besides "Lường"): only
    // where some entry starts with the very word written here.
    if (!m.exact && this.exactAt(row, tokens[i]!, bit)) m = lex.longestAt(tokens, i, true) ?? m;
    for (let k = m.start; k < m.end; k++) {
      if (tokens[k]!.kind === "newline") return null;
      if (!m.exact && tokens[k]!.diacritics) return null;
    }
    return m;
  }

  private begin(tokens: readonly Token[]): void {
    if (this.tokens === null) TOUCHED.push(this);
    this.tokens = tokens;
    this.rows!.begin(tokens.length);
    this.found.length = 0;
  }

  /** Let go of the text. */
  release(): void {
    this.tokens = null;
    this.found.length = 0;
  }
}

/** Two shape bits per member in one Int32 fact (FoldCache keeps 1 + the fact); two ExactFirsts bits per member in one cell. */
const MAX_MEMBERS = 15;
/**
 * log2 of the rows at most (with 15 look-ups, 17 cells each: about 1.1 MB). A text of 2.6
 * million tokens had a 180 MB buffer of its own, faulted in a page at a time (300 ms of a 2.8 s
 * extract).
 */
const ROW_BITS = 14;
