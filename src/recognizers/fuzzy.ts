import type { Candidate, Context, Recognizer } from "./recognizer.js";
import { candidate } from "./span-builder.js";
import { FuzzyIndex } from "../lexicon/fuzzy.js";
import type { Lexicon, LexEntry } from "../lexicon/lexicon.js";
import type { LexiconRegistry } from "../lexicon/registry.js";
import type { EntityType } from "../doc.js";
import type { Token } from "../tokenize/token.js";
import { termKeys } from "../lexicon/lexicon.js";

/**
 * Typos in long names of places and bodies ("Thanh Hoas", "Bộ Ngoại giap"):
 * a fuzzy lookup in the lexicons listed below, tried only where it cannot
 * flood results, and reported with its `distance` and a lower confidence:
 * - at a capitalized word that no other recognizer covered, not on a line
 *   written in capitals (where every word looks like a name);
 * - a place is a run of capitalized words ("Thanh Hoas"), and one word alone
 *   does not count at the start of a sentence ("Đồng chí …");
 * - a body may have lowercase words but needs three words or more
 *   ("Bộ Ngoại giap" is too short to guess; "Ủy ban Kiểm tra Trung ưong" is not).
 * Commune and
 * district lists are left out: their thousands of short, similar names
 * would turn ordinary words into places.
 */
export const FUZZY_LEXICONS = ["loc/countries", "loc/vn-provinces", "loc/capitals", "loc/world-cities", "loc/features", "org/intl-orgs", "org/vn-bodies"];

/*
 * Per registry: its fuzzy lexicons, their types by id, and one index over
 * them (shared by registries with the same lexicons). The index is built at
 * the first word that needs it: a text whose capitalized words the other
 * recognizers all cover (most short texts) never pays for it.
 */
interface FuzzyState {
  lexicons: Lexicon[];
  index: FuzzyIndex | null;
  typeOf: Map<string, EntityType>;
}
const states = new WeakMap<LexiconRegistry, FuzzyState>();
const indexes = new WeakMap<object, FuzzyIndex>();
const foldKeys = (s: string) => termKeys(s)?.fold ?? [];

function stateOf(registry: LexiconRegistry): FuzzyState {
  let st = states.get(registry);
  if (!st) {
    const lexicons = FUZZY_LEXICONS.map((id) => registry.find(id)).filter((l): l is Lexicon => !!l && (l.type === "LOC" || l.type === "ORG"));
    st = { lexicons, index: null, typeOf: new Map(lexicons.map((l) => [l.id, l.type!])) };
    states.set(registry, st);
  }
  return st;
}

/** The state's index, built now if it is not yet (its lexicons are not empty). */
function indexOf(st: FuzzyState): FuzzyIndex {
  if (!st.index) {
    const first = st.lexicons[0]!;
    st.index = indexes.get(first) ?? new FuzzyIndex(st.lexicons, foldKeys);
    indexes.set(first, st.index);
  }
  return st.index;
}

const COVERING = ["LOC", "ORG", "EVENT", "OFFICIAL", "PERSON", "DATE", "DOCUMENT"] as const;

/**
 * What other candidates cover, marked by view offset: a token counts as
 * covered by a candidate when it lies from the token at (or holding) the
 * candidate's start through the last token starting before its end, that
 * is, when the token's reach (its start up to the next token's start)
 * meets the candidate's offsets. So each candidate marks its offsets
 * (`fill`), and the scan asks `covered` only at the few tokens it would try,
 * instead of a table of token indexes by offset filled for every token. A
 * candidate whose offsets are not a range inside the view (none known) is
 * placed with `ctx.tokenAt`, marking the start offset of each token it
 * covers. The buffer is reused from text to text (cleared over the text's
 * length); a very long text gets one of its own, so that it does not keep a
 * large buffer alive.
 */
let shared = new Uint8Array(1 << 14);
const MAX_SHARED = 1 << 18;
export function coverage(ctx: Context): Uint8Array {
  const toks = ctx.tokens;
  const length = ctx.view.length;
  let marks = shared;
  if (marks.length <= length) {
    if (length < MAX_SHARED) marks = shared = new Uint8Array(2 * (length + 1));
    else marks = new Uint8Array(length + 1);
  } else marks.fill(0, 0, length + 1);
  for (const type of COVERING) {
    const list = ctx.candidates(type);
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci]!;
      const start = c.start;
      const end = c.end;
      if (start >= 0 && start < end && end <= length) marks.fill(1, start, end);
      else for (let i = Math.max(0, ctx.tokenAt(start)); i < toks.length && toks[i]!.start < end; i++) marks[toks[i]!.start] = 1;
    }
  }
  return marks;
}

/** Token `i` is covered (see `coverage`): some offset of its reach is marked. */
export function covered(marks: Uint8Array, toks: readonly Token[], i: number, length: number): boolean {
  const to = i + 1 < toks.length ? toks[i + 1]!.start : length + 1;
  for (let p = toks[i]!.start; p < to; p++) if (marks[p] !== 0) return true;
  return false;
}

export const fuzzyRecognizer: Recognizer = {
  name: "fuzzy-gazetteer",
  types: ["LOC", "ORG"],
  needs: ["LOC", "ORG", "EVENT", "OFFICIAL", "DATE", "DOCUMENT"],
  recognize(ctx: Context): Candidate[] {
    const st = stateOf(ctx.lexicons);
    if (st.lexicons.length === 0) return [];
    const typeOf = st.typeOf;
    let index: FuzzyIndex | null = st.index;
    const toks = ctx.tokens;
    const length = ctx.view.length;
    const marks = coverage(ctx);
    const opts = ACCEPTING;
    opts.tokens = toks;
    opts.typeOf = typeOf;
    const out: Candidate[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind !== "word" || !t.cap || t.capsLine || covered(marks, toks, i, length)) continue;
      index ??= indexOf(st);
      const best = index.matchAt(toks, i, opts);
      if (!best) continue;
      let clear = true;
      for (let k = i + 1; k < best.end; k++) if (covered(marks, toks, k, length)) clear = false;
      if (!clear) continue;
      out.push(
        candidate(ctx, typeOf.get(best.entry.lexicon)!, i, best.end, `fuzzy:${best.entry.lexicon}`, {
          canonical: best.entry.canonical,
          distance: best.distance,
          confidence: best.distance === 1 ? 0.6 : 0.5,
          priority: -1,
        }),
      );
      i = best.end - 1;
    }
    opts.tokens = NO_TOKENS;
    return out;
  },
};

const NO_TOKENS: readonly Token[] = [];

/**
 * The options `matchAt` is called with: a place is a run of capitalized
 * words (not one word opening a sentence); a body needs three words. One
 * object for every text, its fields set per text (a closure made per text
 * would capture the tokens; the text's tokens are let go when it is done).
 */
const ACCEPTING = {
  tokens: NO_TOKENS,
  typeOf: new Map<string, EntityType>(),
  accept(entry: LexEntry, end: number, start: number): boolean {
    const toks = ACCEPTING.tokens;
    if (ACCEPTING.typeOf.get(entry.lexicon) === "ORG") return end - start >= 3;
    for (let k = start; k < end; k++) if (!toks[k]!.cap) return false;
    return end - start >= 2 || !toks[start]!.sentenceStart;
  },
};
