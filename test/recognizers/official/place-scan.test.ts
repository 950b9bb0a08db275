import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { PipelineContext } from "../../../src/pipeline/context.js";
import { ENTITY_TYPES } from "../../../src/doc.js";
import { transformText, VARIANTS } from "../../../src/eval/variants.js";
import { officialLexicons } from "../../../src/recognizers/official/lexicons.js";
import { placeLexicons } from "../../../src/recognizers/official/gate.js";
import { survey } from "../../../src/recognizers/official/survey.js";
import { releaseMatches } from "../../../src/recognizers/official/lexicons.js";

/** The listed places as the scan defines them, walking every lexicon at every capital: per lexicon, non-overlapping longest exact matches, ambiguous ones left out. */
function reference(ctx: PipelineContext): { places: number[]; listed: number[] } {
  const toks = ctx.tokens;
  const places = new Array<number>(toks.length + 1).fill(0);
  const listed = new Array<number>(toks.length + 1).fill(0);
  for (const lex of placeLexicons(officialLexicons(ctx))) {
    let next = 0;
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i]!.cap || i < next) continue;
      const m = lex.longestAt(toks, i, true);
      if (!m) continue;
      next = m.end;
      if (m.entry.fields["kind"] === "ambiguous") continue;
      for (let k = m.start; k < m.end; k++) {
        places[k] = Math.max(places[k]!, m.end);
        listed[k] = 1;
      }
    }
  }
  return { places, listed };
}

describe("official: the survey's listed places", () => {
  it("are every lexicon's longest exact matches, whether walked or told by a word's facts, on every variant of the articles", () => {
    const lexicons = builtinLexicons();
    const dir = "corpora/articles";
    const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, 4).map((f) => readFileSync(join(dir, f), "utf8"));
    const extra = "Lào, Nga, Mỹ, Đức, Pháp và Việt Nam; LÀO, NGA; Lao, Nga, My; Hà Nội, Trung Quốc.";
    let marked = 0;
    for (const v of VARIANTS) {
      for (const a of [...articles, extra]) {
        const text = v === "none" ? a : transformText(a, v).text;
        const { view, map } = normalize(text);
        const ctx = new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: null, lexicons, types: new Set(ENTITY_TYPES) });
        const want = reference(ctx);
        const sv = survey(ctx, officialLexicons(ctx));
        const n = ctx.tokens.length;
        expect(Array.from(sv.places.subarray(0, n))).toEqual(want.places.slice(0, n));
        expect(Array.from(sv.listed.subarray(0, n))).toEqual(want.listed.slice(0, n));
        marked += want.listed.filter((x) => x === 1).length;
        releaseMatches();
      }
    }
    expect(marked).toBeGreaterThan(100);
  });
});
