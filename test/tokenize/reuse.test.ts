import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenize, tokenizeReusing } from "../../src/tokenize/tokenizer.js";
import { createExtractor, defaultRecognizers, type Recognizer, type Token } from "../../src/index.js";

// Token objects reused from one text to the next must carry exactly the
// fields a fresh tokenization gives, whatever the earlier text was
// (longer, shorter, a headline whose tokens had capsLine set).
const PIECES = ["Thượng", "tướng", "ĐẠI", "HỘI", "ĐẢNG", "TP.HCM", "19/02/2026", "X11", "Cam-pu-chia", "https://antv.gov.vn", ".", ",", "\n", " ", "😀", "Bộ", "Công", "an"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(" "));

describe("tokenizeReusing", () => {
  it("gives the tokens of tokenize after any earlier text", () => {
    const pool: Token[] = [];
    fc.assert(
      fc.property(text, text, (a, b) => {
        tokenizeReusing(a, pool);
        expect(tokenizeReusing(b, pool).map((t) => ({ ...t }))).toEqual(tokenize(b).map((t) => ({ ...t })));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a bounded pool and still tokenizes a longer text whole", () => {
    const pool: Token[] = [];
    const long = "Bộ Công an ".repeat(20_000);
    const toks = tokenizeReusing(long, pool);
    expect(toks.length).toBe(60_000);
    expect(pool.length).toBeLessThan(toks.length);
    expect(toks[59_999]!.text).toBe("an");
  });

  it("texts alive at once take stretches of the pool one after the other, and keep their tokens", () => {
    const pool: Token[] = [];
    tokenizeReusing("Một hai ba bốn năm sáu bảy tám chín mười", pool); // a pool longer than the first text
    fc.assert(
      fc.property(text, text, (a, b) => {
        const first = tokenizeReusing(a, pool, 0);
        const second = tokenizeReusing(b, pool, first.length);
        expect(first.map((t) => ({ ...t }))).toEqual(tokenize(a).map((t) => ({ ...t })));
        expect(second.map((t) => ({ ...t }))).toEqual(tokenize(b).map((t) => ({ ...t })));
      }),
      { numRuns: 300 },
    );
  });

  it("tokenize itself always returns new objects", () => {
    const a = tokenize("Hà Nội");
    const b = tokenize("Hà Nội");
    expect(a[0]).not.toBe(b[0]);
  });
});

describe("the extractor's token reuse", () => {
  const sentences = [
    "THỨ TRƯỞNG BỘ CÔNG AN THAM DỰ HỘI NGHỊ\nThượng tướng Lương Tam Quang đến Hà Nội ngày 19/02/2026.",
    "Bộ Công an.",
    "Ủy ban nhân dân tỉnh Quảng Ninh và Bộ Ngoại giao ký kết ngày 3/4/2025 tại TP.HCM.",
  ];
  it("gives each text the answer a fresh extractor gives, in any order", () => {
    const shared = createExtractor({ refDate: "2026-02-19" });
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2, 0]]) {
      for (const i of order) expect(shared.extract(sentences[i]!).spans).toEqual(createExtractor({ refDate: "2026-02-19" }).extract(sentences[i]!).spans);
    }
  });

  it("does not reuse tokens that a caller's recognizer may keep", () => {
    const kept: (readonly Token[])[] = [];
    const spy: Recognizer = { name: "spy", types: ["PERSON"], recognize: (ctx) => (kept.push(ctx.tokens), []) };
    const ex = createExtractor({ recognizers: [...defaultRecognizers, spy] });
    ex.extract("Bộ Công an");
    ex.extract("Hà Nội hôm nay");
    expect(kept[0]!.map((t) => t.text)).toEqual(["Bộ", "Công", "an"]);
  });
});
