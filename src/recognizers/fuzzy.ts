import type { Candidate, Context, Recognizer } from "./recognizer.js";
import { candidate } from "./span-builder.js";
import { FuzzyIndex } from "../lexicon/fuzzy.js";
import type { Lexicon } from "../lexicon/lexicon.js";
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

/* One index over all the fuzzy lexicons of a registry, built on first use. */
const indexes = new WeakMap<object, FuzzyIndex>();
const foldKeys = (s: string) => termKeys(s)?.fold ?? [];

function indexOf(key: object, lexicons: readonly Lexicon[]): FuzzyIndex {
  let ix = indexes.get(key);
  if (!ix) {
    ix = new FuzzyIndex(lexicons, foldKeys);
    indexes.set(key, ix);
  }
  return ix;
}

export const fuzzyRecognizer: Recognizer = {
  name: "fuzzy-gazetteer",
  types: ["LOC", "ORG"],
  needs: ["LOC", "ORG", "EVENT", "OFFICIAL", "DATE", "DOCUMENT"],
  recognize(ctx: Context): Candidate[] {
    const lexicons = FUZZY_LEXICONS.map((id) => ctx.lexicons.find(id)).filter((l): l is Lexicon => !!l && (l.type === "LOC" || l.type === "ORG"));
    if (lexicons.length === 0) return [];
    // Token positions already covered by a candidate of any kind.
    const covered = new Uint8Array(ctx.tokens.length);
    for (const type of ["LOC", "ORG", "EVENT", "OFFICIAL", "PERSON", "DATE", "DOCUMENT"] as const) {
      for (const c of ctx.candidates(type)) {
        for (let i = Math.max(0, ctx.tokenAt(c.start)); i < ctx.tokens.length && ctx.tokens[i]!.start < c.end; i++) covered[i] = 1;
      }
    }
    const out: Candidate[] = [];
    const toks = ctx.tokens;
    const index = indexOf(lexicons[0]!, lexicons);
    const byId = new Map(lexicons.map((l) => [l.id, l]));
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (covered[i] || t.kind !== "word" || !t.cap || t.capsLine) continue;
      // A place is a run of capitalized words (not one word opening a sentence); a body needs three words.
      const best = index.matchAt(toks, i, {
        accept: (entry, end) => {
          const lex = byId.get(entry.lexicon)!;
          if (lex.type === "ORG") return end - i >= 3;
          for (let k = i; k < end; k++) if (!toks[k]!.cap) return false;
          return end - i >= 2 || !t.sentenceStart;
        },
      });
      if (!best) continue;
      let clear = true;
      for (let k = i; k < best.end; k++) if (covered[k]) clear = false;
      if (!clear) continue;
      out.push(
        candidate(ctx, byId.get(best.entry.lexicon)!.type!, i, best.end, `fuzzy:${best.entry.lexicon}`, {
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
