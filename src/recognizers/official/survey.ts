import type { Context } from "../recognizer.js";
import { reusableMatch, termKeys, type Lexicon } from "../../lexicon/lexicon.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import type { Token } from "../../tokenize/token.js";
import { LONGER, ONE_WORD } from "../../lexicon/trie.js";
import type { OfficialLexicons } from "./lexicons.js";
import { mayStartWith, placeLexicons, placeSeconds, placeStarts, wordFacts, type WordFacts } from "./gate.js";
import { Scratch } from "../common/scratch.js";
import { ExactFirsts } from "./exact-firsts.js";
import { TokenOffsets } from "./token-offsets.js";

/**
 * What the recognizer learns about a text in one pass over its tokens, before the walk:
 * where the walk's gate lets something start, where lines start, and which tokens are inside
 * a place. Reading every token once costs as much as the rest of the recognizer on a long text
 * (the tokens do not fit in the cache), so nothing else walks them all.
 */
export interface Survey {
  /** Number of tokens. */
  n: number;
  /** Positions where the gate lets something start with no address word before (gate.ts), ascending. */
  gated: Int32Array;
  gatedCount: number;
  /** First tokens of lines: 0 and each token after a line break, ascending. */
  lines: Int32Array;
  lineCount: number;
  /** For each token inside a place: the token after that place (0 when none). */
  places: Int32Array;
  /** 1 for each token inside a place listed in a dictionary (not only proposed by a rule). */
  listed: Int32Array;
  /** The tokens' offsets, to find the token of a candidate's offset. */
  offsets: TokenOffsets;
}

/**
 * An Int32Array reused from text to text like Scratch, but not cleared: for lists that are
 * written before they are read, up to their count (gated positions, line starts).
 */
class Unzeroed {
  private buf = new Int32Array(1024);
  take(n: number): Int32Array {
    if (this.buf.length < n) this.buf = new Int32Array(Math.max(n, this.buf.length * 2));
    return this.buf;
  }
  shrink(): void {
    if (this.buf.length > 1 << 16) this.buf = new Int32Array(1024);
  }
}

/** The survey's arrays, reused from text to text (the recognizer reads one text at a time). */
const BUFFERS = { gated: new Unzeroed(), lines: new Unzeroed(), places: new Scratch(), listed: new Scratch() };
const OFFSETS = new TokenOffsets();

/** Give back the memory of the arrays after a very long text. */
export function shrinkSurvey(): void {
  for (const b of Object.values(BUFFERS)) b.shrink();
}

export function survey(ctx: Context, lx: OfficialLexicons): Survey {
  const toks = ctx.tokens;
  const n = toks.length;
  const sv: Survey = {
    n,
    gated: BUFFERS.gated.take(n),
    gatedCount: 0,
    lines: BUFFERS.lines.take(n + 1),
    lineCount: 0,
    places: BUFFERS.places.take(n + 1),
    listed: BUFFERS.listed.take(n + 1),
    offsets: OFFSETS,
  };
  OFFSETS.begin(n);
  const facts = wordFacts(lx);
  const first = facts.first;
  const scan = new ListedPlaceScan(placeLists(lx), toks, sv);
  let lineStart = true;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (lineStart) sv.lines[sv.lineCount++] = i;
    lineStart = t.kind === "newline";
    OFFSETS.set(i, t);
    const bits = first.get(t);
    if (t.cap) scan.at(i, bits, facts);
    if (mayStartWith(lx, facts, toks, i, bits, false)) sv.gated[sv.gatedCount++] = i;
  }
  for (const c of ctx.candidates("LOC")) {
    const a = OFFSETS.at(c.start);
    const b = OFFSETS.at(c.end - 1);
    if (a >= 0 && b >= a) markPlace(sv, a, b + 1);
  }
  return sv;
}

/** The place lexicons the scan reads (gate.ts placeLexicons), with their first words as written: once per lexicon set. */
interface PlaceLists {
  lexicons: readonly Lexicon[];
  /** Which of them have an entry starting with a token's lowercase (an exact match starts with one). */
  firsts: ExactFirsts;
  /** Per lexicon, its `ambiguousFirsts`, read at the first token that may start one of its entries. */
  ambiguous: (FoldCache | null)[];
}
const PLACE_LISTS = new WeakMap<OfficialLexicons, PlaceLists>();

function placeLists(lx: OfficialLexicons): PlaceLists {
  let p = PLACE_LISTS.get(lx);
  if (!p) {
    const lexicons = placeLexicons(lx);
    p = { lexicons, firsts: new ExactFirsts(lexicons), ambiguous: lexicons.map(() => null) };
    PLACE_LISTS.set(lx, p);
  }
  return p;
}

/**
 * Per folded word, 1 when some "ambiguous" entry of the lexicon ("Mỹ", "Đức") starts with it: a
 * match starts with its token's fold, so only there is the matched entry's kind read (the entry
 * and its fields are out of the cache; a dozen entries are ambiguous). Once per lexicon object.
 */
function ambiguousFirsts(lex: Lexicon): FoldCache {
  let c = AMBIGUOUS.get(lex);
  if (!c) {
    const firsts = new Set<string>();
    const entries = lex.entries();
    // Every entry has the lexicon's columns: without a "kind" column, none is ambiguous.
    const kinds = entries.length > 0 && "kind" in entries[0]!.fields;
    for (let e = 0; kinds && e < entries.length; e++) {
      if (entries[e]!.fields["kind"] !== "ambiguous") continue;
      const f = termKeys(entries[e]!.surface)?.fold[0];
      if (f !== undefined) firsts.add(f);
    }
    c = new FoldCache((f) => (firsts.has(f) ? 1 : 0));
    AMBIGUOUS.set(lex, c);
  }
  return c;
}
const AMBIGUOUS = new WeakMap<Lexicon, FoldCache>();

function markPlace(sv: Survey, a: number, b: number): void {
  const places = sv.places;
  for (let k = a; k < b; k++) if (places[k]! < b) places[k] = b;
}

/**
 * The listed places: for each lexicon, its non-overlapping longest matches left to right that
 * start with a capital and agree in diacritics. `at` is called at each capitalized token in order.
 * Before a lexicon's trie, the word facts of this word and the next (gate.ts) tell whether an
 * entry may start here, and their first words as written (ExactFirsts) whether an exact one may.
 */
/** The scan's match, refilled by each walk: it reads a match's offsets and kind before the next walk and keeps nothing. */
const SCAN_MATCH = reusableMatch();

class ListedPlaceScan {
  private readonly lists: PlaceLists;
  /** Per lexicon, the token after its last match (a match starts at or after it). */
  private readonly next: Int32Array;

  constructor(
    lists: PlaceLists,
    private readonly toks: readonly Token[],
    private readonly sv: Survey,
  ) {
    this.lists = lists;
    this.next = new Int32Array(lists.lexicons.length);
  }

  /** `bits`: the token's `first` word facts. */
  at(i: number, bits: number, facts: WordFacts): void {
    const { lexicons, firsts } = this.lists;
    const toks = this.toks;
    const t = toks[i]!;
    const shape = placeStarts(bits);
    if (shape === 0) return;
    const after = toks[i + 1];
    const second = after === undefined ? 0 : placeSeconds(facts.second.get(after));
    // The lexicons with an entry of this word alone, or one going on with the next word.
    let may = 0;
    for (let l = 0; l < lexicons.length; l++) {
      const bits = shape >> (2 * l);
      if ((bits & ONE_WORD) !== 0 || ((bits & LONGER) !== 0 && ((second >> l) & 1) !== 0)) may |= 1 << l;
    }
    if (may === 0) return;
    may = firsts.mask(t, may);
    for (let l = 0; may >> l !== 0; l++) {
      if (((may >> l) & 1) === 0 || i < this.next[l]!) continue;
      const ambiguous = this.ambiguousFirst(l, t);
      if (((shape >> (2 * l)) & LONGER) === 0 && !ambiguous) {
        // Only entries of this word alone start with it, and one is written as here (firsts):
        // the exact match is the word, and no entry of it is ambiguous. No walk.
        this.next[l] = i + 1;
        markPlace(this.sv, i, i + 1);
        this.sv.listed[i] = 1;
        continue;
      }
      const m = lexicons[l]!.longestAtInto(toks, i, true, SCAN_MATCH);
      if (!m) continue;
      this.next[l] = m.end;
      // "Đức", "Mỹ" are also given names: places only where a title's slot asks for one (slot.ts).
      if (ambiguous && m.entry.fields["kind"] === "ambiguous") continue;
      markPlace(this.sv, m.start, m.end);
      for (let k = m.start; k < m.end; k++) this.sv.listed[k] = 1;
    }
  }

  /** Some ambiguous entry of lexicon l starts with token t's folded word. */
  private ambiguousFirst(l: number, t: Token): boolean {
    const a = this.lists.ambiguous;
    return (a[l] ?? (a[l] = ambiguousFirsts(this.lists.lexicons[l]!))).get(t) !== 0;
  }
}
