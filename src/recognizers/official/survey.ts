import type { Context } from "../recognizer.js";
import type { Lexicon } from "../../lexicon/lexicon.js";
import type { Token } from "../../tokenize/token.js";
import { firstKeys, groupKeys, mayStartAt as listMayStartAt, type FirstKeys } from "../common/first-keys.js";
import type { OfficialLexicons } from "./lexicons.js";
import { mayStartAt, wordFacts } from "./gate.js";
import { Scratch } from "../common/scratch.js";

/**
 * What the recognizer learns about a text in one pass over its tokens, before the walk:
 * where the walk's gate lets something start, where lines start, each token's offsets, and
 * which tokens are inside a place. Reading every token once costs as much as the rest of the
 * recognizer on a long text (the tokens do not fit in the cache), so nothing else walks them all.
 */
export interface Survey {
  /** Number of tokens. */
  n: number;
  /** Token view offsets by index: `tokenAt` searches them without touching the token objects. */
  starts: Int32Array;
  ends: Int32Array;
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
}

/** The survey's arrays, reused from text to text (the recognizer reads one text at a time). */
const BUFFERS = { starts: new Scratch(), ends: new Scratch(), gated: new Scratch(), lines: new Scratch(), places: new Scratch(), listed: new Scratch() };

/** Give back the memory of the arrays after a very long text. */
export function shrinkSurvey(): void {
  for (const b of Object.values(BUFFERS)) b.shrink();
}

export function survey(ctx: Context, lx: OfficialLexicons): Survey {
  const toks = ctx.tokens;
  const n = toks.length;
  const sv: Survey = {
    n,
    starts: BUFFERS.starts.take(n),
    ends: BUFFERS.ends.take(n),
    gated: BUFFERS.gated.take(n),
    gatedCount: 0,
    lines: BUFFERS.lines.take(n + 1),
    lineCount: 0,
    places: BUFFERS.places.take(n + 1),
    listed: BUFFERS.listed.take(n + 1),
  };
  const facts = wordFacts(lx);
  const scan = new ListedPlaceScan(placeLists(lx), toks, sv);
  let lineStart = true;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    sv.starts[i] = t.start;
    sv.ends[i] = t.end;
    if (lineStart) sv.lines[sv.lineCount++] = i;
    lineStart = t.kind === "newline";
    if (t.cap) scan.at(i);
    if (mayStartAt(lx, facts, toks, i, false)) sv.gated[sv.gatedCount++] = i;
  }
  for (const c of ctx.candidates("LOC")) {
    const a = tokenAt(sv, c.start);
    const b = tokenAt(sv, c.end - 1);
    if (a >= 0 && b >= a) markPlace(sv, a, b + 1);
  }
  return sv;
}

/** The token at view offset `pos` (the same answer as Context.tokenAt), or -1. */
export function tokenAt(sv: Survey, pos: number): number {
  const starts = sv.starts;
  // Last token whose start <= pos.
  let lo = 0;
  let hi = sv.n - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (ans >= 0 && pos < sv.ends[ans]!) return ans;
  return ans >= 0 && starts[ans] === pos ? ans : -1;
}

/** The place lexicons the scan reads, with their first words: once per lexicon set. */
interface PlaceLists {
  lexicons: readonly Lexicon[];
  keys: readonly FirstKeys[];
  any: FirstKeys;
}
const PLACE_LISTS = new WeakMap<OfficialLexicons, PlaceLists>();

function placeLists(lx: OfficialLexicons): PlaceLists {
  let p = PLACE_LISTS.get(lx);
  if (!p) {
    const lexicons = lx.places ? [lx.places.lex, ...lx.locLexicons] : lx.locLexicons;
    p = { lexicons, keys: lexicons.map(firstKeys), any: groupKeys(lexicons) };
    PLACE_LISTS.set(lx, p);
  }
  return p;
}

function markPlace(sv: Survey, a: number, b: number): void {
  const places = sv.places;
  for (let k = a; k < b; k++) if (places[k]! < b) places[k] = b;
}

/**
 * The listed places: for each lexicon, its non-overlapping longest matches left to right that
 * start with a capital and agree in diacritics. `at` is called at each capitalized token in order.
 */
class ListedPlaceScan {
  private readonly lexicons: readonly Lexicon[];
  private readonly keys: readonly FirstKeys[];
  /** The first words of all the lexicons together: one check turns most capitals away. */
  private readonly any: FirstKeys;
  /** Per lexicon, the token after its last match (a match starts at or after it). */
  private readonly next: Int32Array;

  constructor(
    lists: PlaceLists,
    private readonly toks: readonly Token[],
    private readonly sv: Survey,
  ) {
    ({ lexicons: this.lexicons, keys: this.keys, any: this.any } = lists);
    this.next = new Int32Array(this.lexicons.length);
  }

  at(i: number): void {
    if (!listMayStartAt(this.any, this.toks, i)) return;
    for (let l = 0; l < this.lexicons.length; l++) {
      if (i < this.next[l]! || !listMayStartAt(this.keys[l]!, this.toks, i)) continue;
      const m = this.lexicons[l]!.longestAt(this.toks, i, true);
      if (!m) continue;
      this.next[l] = m.end;
      // "Đức", "Mỹ" are also given names: places only where a title's slot asks for one (slot.ts).
      if (m.entry.fields["kind"] === "ambiguous") continue;
      markPlace(this.sv, m.start, m.end);
      for (let k = m.start; k < m.end; k++) this.sv.listed[k] = 1;
    }
  }
}
