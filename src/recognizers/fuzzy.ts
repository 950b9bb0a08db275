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

const indexes = new WeakMap<Lexicon, FuzzyIndex>();
const foldKeys = (s: string) => termKeys(s)?.fold ?? [];

function indexOf(lex: Lexicon): FuzzyIndex {
  let ix = indexes.get(lex);
  if (!ix) {
    ix = new FuzzyIndex(lex, foldKeys);
    indexes.set(lex, ix);
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
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (covered[i] || t.kind !== "word" || !t.cap || t.capsLine) continue;
      let best: { end: number; lex: Lexicon; entry: { canonical: string }; distance: number } | null = null;
      for (const lex of lexicons) {
        const opts = lex.type === "LOC" ? { capitalizedOnly: true, minTokens: t.sentenceStart ? 2 : 1 } : { minTokens: 3 };
        const m = indexOf(lex).matchAt(toks, i, opts);
        if (m && (!best || m.end > best.end || (m.end === best.end && m.distance < best.distance))) best = { ...m, lex };
      }
      if (!best) continue;
      let clear = true;
      for (let k = i; k < best.end; k++) if (covered[k]) clear = false;
      if (!clear) continue;
      out.push(
        candidate(ctx, best.lex.type!, i, best.end, `fuzzy:${best.lex.id}`, {
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
