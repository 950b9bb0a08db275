import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { PipelineContext } from "../../../src/pipeline/context.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { ENTITY_TYPES } from "../../../src/doc.js";
import { findDates } from "../../../src/recognizers/date/matcher.js";

function context(text: string) {
  const { view, map } = normalize(text);
  return new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: "2026-02-19", lexicons: builtinLexicons(), types: new Set(ENTITY_TYPES) });
}

describe("findDates over a cut view (the dateline search)", () => {
  const text = "Tin tức   \n\nHà Nội, ngày 12/1/2026   tại hội trường, sáng 13/1 họp tiếp.";
  const ctx = context(text);
  const spans = (limit?: number) => findDates(ctx, limit).map((m) => ctx.view.slice(m.start, m.end));

  it("reads every token before the cut, wherever it falls: in spaces, in a word, past the end", () => {
    const full = spans();
    expect(full).toEqual(["ngày 12/1/2026", "sáng 13/1"]);
    for (let limit = 0; limit <= ctx.view.length + 2; limit++) {
      const want = full.filter((s) => ctx.view.indexOf(s) + s.length <= limit);
      // A match cut by the limit is not one; those that end before it are all found.
      expect(spans(limit).filter((s) => want.includes(s))).toEqual(want);
    }
  });
});
