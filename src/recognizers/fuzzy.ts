import type { Candidate, Context, Recognizer } from "./recognizer.js";
import { candidate } from "./span-builder.js";
import { FuzzyIndex } from "../lexicon/fuzzy.js";
import type { Lexicon, LexEntry } from "../lexicon/lexicon.js";
import type { LexiconRegistry } from "../lexicon/registry.js";
import type { EntityType } from "../doc.js";
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

/* Per registry: its fuzzy lexicons, one index over them (shared by registries with the same lexicons), their types by id. */
interface FuzzyState {
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
    let index: FuzzyIndex | null = null;
    if (lexicons.length > 0) {
      index = indexes.get(lexicons[0]!) ?? null;
      if (!index) {
        index = new FuzzyIndex(lexicons, foldKeys);
        indexes.set(lexicons[0]!, index);
      }
    }
    st = { index, typeOf: new Map(lexicons.map((l) => [l.id, l.type!])) };
    states.set(registry, st);
  }
  return st;
}

const COVERING = ["LOC", "ORG", "EVENT", "OFFICIAL", "PERSON", "DATE", "DOCUMENT"] as const;

/**
 * Token positions already covered by a candidate of any kind: from the token
 * at (or holding) its start, through the last token starting before its end.
 * Candidates nearly always start where a token does, so a table of token
 * indexes by start offset answers most without a binary search (`tokenAt`).
 * The table is reused from text to text and never cleared: an entry is
 * trusted only when the token it names starts there in this text.
 */
let startAt = new Int32Array(1 << 14);
const MAX_SHARED_TABLE = 1 << 18;
function coveredTokens(ctx: Context): Uint8Array {
  const toks = ctx.tokens;
  const covered = new Uint8Array(toks.length);
  let indexed = false;
  let table = startAt;
  for (const type of COVERING) {
    const list = ctx.candidates(type);
    if (list.length === 0) continue;
    if (!indexed) {
      // A very long text gets a table of its own, so that one such text does not keep a large table alive.
      if (startAt.length <= ctx.view.length) {
        if (ctx.view.length <= MAX_SHARED_TABLE) table = startAt = new Int32Array(ctx.view.length * 2);
        else table = new Int32Array(ctx.view.length + 1);
      }
      for (let i = 0; i < toks.length; i++) table[toks[i]!.start] = i;
      indexed = true;
    }
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci]!;
      const start = c.start;
      const end = c.end;
      let i = start >= 0 && start < table.length ? table[start]! : -1;
      if (i < 0 || i >= toks.length || toks[i]!.start !== start) i = Math.max(0, ctx.tokenAt(start));
      for (; i < toks.length && toks[i]!.start < end; i++) covered[i] = 1;
    }
  }
  return covered;
}

export const fuzzyRecognizer: Recognizer = {
  name: "fuzzy-gazetteer",
  types: ["LOC", "ORG"],
  needs: ["LOC", "ORG", "EVENT", "OFFICIAL", "DATE", "DOCUMENT"],
  recognize(ctx: Context): Candidate[] {
    const { index, typeOf } = stateOf(ctx.lexicons);
    if (!index) return [];
    const toks = ctx.tokens;
    const covered = coveredTokens(ctx);
    // A place is a run of capitalized words (not one word opening a sentence); a body needs three words.
    const opts = {
      accept: (entry: LexEntry, end: number, start: number) => {
        if (typeOf.get(entry.lexicon) === "ORG") return end - start >= 3;
        for (let k = start; k < end; k++) if (!toks[k]!.cap) return false;
        return end - start >= 2 || !toks[start]!.sentenceStart;
      },
    };
    const out: Candidate[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (covered[i] || t.kind !== "word" || !t.cap || t.capsLine) continue;
      const best = index.matchAt(toks, i, opts);
      if (!best) continue;
      let clear = true;
      for (let k = i; k < best.end; k++) if (covered[k]) clear = false;
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
    return out;
  },
};
