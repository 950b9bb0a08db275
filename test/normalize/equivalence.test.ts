import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalize } from "../../src/normalize/normalize.js";
import { toTraditionalTone } from "../../src/normalize/tone-placement.js";
import { referenceNormalize, referenceTraditionalTone } from "./reference-normalize.js";

// The table-driven normalizer must give exactly the view and offset map of
// the regex-driven one it replaced.
const PIECES = [
  "a", "o", "O", "u", "U", "q", "Q", "y", "hoà", "hoàng", "uỷ", "Uỷ", "UỶ", "quý", "qoà", "khoẻ", "oè", "oỳ", "uà", "ủy", "xoã",
  "\u0300", "\u0301\u0323", "\u1ab0", "\u20d0", "\ufe20", "a\u0300", "o\u0300", "\r", "\n", "\r\n", "\u00a0", "\u00a0\u0301", "\u00ad",
  "\u00d0", "\u00f0", "\u0189", "\u0256", "\u2009", "\u200b", "\u200b\u0301", "\u2013", "\u2014", "\u2018", "\u2019", "\u201c", "\u201d",
  "\u2028", "\u202f", "\u2032", "\u2033", "\u205f", "\u2060", "\u2212", "\u3000", "\ufeff", "\uff11", "\uff0f", "\u00ab", "\u00bb",
  "\uff4f", "\uff55", "\uff51", "\u200bà", "o\u200b", "u\u00ad", "oa\u0300", "o\u0301a", "\u00a0ả", "o\u2019", "😀", "😀\u0301", "\ud800", "\ud800\u0301", "\udc00", "\udc00\u0301", "𝐀", "Đ", " ", "\r\u0301", "ß", "ǅ", "à", "á", "ạ", "ỵ",
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 30 }).map((p) => p.join(""));

function same(s: string, step = 1) {
  const a = normalize(s);
  const b = referenceNormalize(s);
  expect(a.view).toBe(b.view);
  expect(a.map.identity).toBe(b.map.identity);
  for (let i = 0; i <= a.view.length; i += i + step > a.view.length && i < a.view.length ? a.view.length - i : step) {
    expect(a.map.toOriginalStart(i)).toBe(b.map.toOriginalStart(i));
    expect(a.map.toOriginalEnd(i)).toBe(b.map.toOriginalEnd(i));
  }
}

describe("normalize: same view and map as the reference normalizer", () => {
  it("on generated text", () => {
    fc.assert(fc.property(text, (s) => {
      same(s);
    }), { numRuns: 5000 });
  });

  it("tone placement on generated text", () => {
    fc.assert(fc.property(text, (s) => {
      expect(toTraditionalTone(s)).toBe(referenceTraditionalTone(s));
    }), { numRuns: 5000 });
  });

  it("on the bundled articles", () => {
    const dir = "corpora/articles";
    for (const f of readdirSync(dir)) same(readFileSync(join(dir, f), "utf8"), 7);
  });
});
