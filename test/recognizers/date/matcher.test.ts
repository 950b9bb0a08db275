import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { PipelineContext } from "../../../src/pipeline/context.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { ENTITY_TYPES } from "../../../src/doc.js";
import { findDates } from "../../../src/recognizers/date/matcher.js";
import { dateRecognizer } from "../../../src/recognizers/date/index.js";

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

describe("a text the dateline search reads whole", () => {
  it("gives recognize the same candidates as a text read again, and only once", () => {
    const texts = ["Hà Nội, ngày 12/1/2026\nSáng nay, hôm qua và 13/1 họp tiếp.", "Thứ trưởng đến Hà Nội hôm nay.", "Thứ Năm, 19/02/2026 16:38\nTừ 7h đến 9h sáng 20/2, tuần tới."];
    for (const text of texts) {
      const read = context(text);
      const ref = dateRecognizer.findRefDate!(read);
      const again = context(text);
      if (ref !== null) {
        read.setRefDate(ref);
        again.setRefDate(ref);
      }
      // The matches kept from the dateline search are taken once: a second call reads the text again.
      const first = dateRecognizer.recognize(read);
      expect(first).toEqual(dateRecognizer.recognize(again));
      expect(dateRecognizer.recognize(read)).toEqual(first);
    }
  });
});
