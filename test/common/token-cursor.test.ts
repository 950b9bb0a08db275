import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/normalize.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { PipelineContext } from "../../src/pipeline/context.js";
import { LexiconRegistry } from "../../src/lexicon/registry.js";
import { TokenCursor } from "../../src/recognizers/common/token-cursor.js";

// The cursor answers what ctx.tokenAt answers, for offsets asked in any order.
describe("TokenCursor (common)", () => {
  // Long enough that random offsets land far (more than a few tokens) from the last answer.
  const text = "Bộ  Công an (BCA)\n\nsáng 19/02, tại  Hà Nội…  UBND tỉnh  https://chinhphu.vn  ".repeat(12);
  const { view, map } = normalize(text);
  const ctx = new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: null, lexicons: new LexiconRegistry([]), types: new Set() });

  it("answers in text order, inside tokens, in spaces and past the end", () => {
    const cursor = new TokenCursor(ctx.tokens);
    for (let pos = -2; pos <= view.length + 2; pos++) expect(cursor.at(pos), `at ${pos}`).toBe(ctx.tokenAt(pos));
  });

  it("answers offsets that go back", () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % (view.length + 4)) - 2;
    const cursor = new TokenCursor(ctx.tokens);
    for (let n = 0; n < 500; n++) {
      const pos = rand();
      expect(cursor.at(pos), `at ${pos}`).toBe(ctx.tokenAt(pos));
    }
  });
});
