import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createExtractor, defaultRecognizers, extract, type Recognizer } from "../../src/index.js";
import { toNewStyleTone } from "../../src/normalize/tone-placement.js";

/** A recognizer that marks every word token: exercises the offset map on every token. */
const everyWord: Recognizer = {
  name: "every-word",
  types: ["LOC"],
  recognize: (ctx) =>
    ctx.tokens.filter((t) => t.kind === "word").map((t) => ({ type: "LOC" as const, start: t.start, end: t.end, source: "test" })),
};

const SYLLABLES = [
  "Thượng", "tướng", "Lương", "Tam", "Quang", "Ủy", "viên", "Trung", "ương", "Đảng", "Thứ", "trưởng", "Bộ", "Công", "an",
  "hòa", "bình", "Thúy", "khỏe", "Hà", "Nội", "ngày", "19/02/2026", "tháng", "năm", "2025", "hôm", "nay", "Hội", "nghị",
  "ASEAN", "AMMTC", "15", "số", "202/2025/QH15", "TP.", "PGS.TS.", "Q.1", "(", ")", ",", ".", ":", "-", "\"",
];
const GLUE = [" ", " ", " ", "\u00a0", "\r\n", "\n", "\u200b", "", "\t", "😀", "𝔸", "\u2013", "\u201c", "\ufeff", "  "];

const vietnameseish = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...GLUE), fc.integer({ min: 0, max: 3 })), { minLength: 0, maxLength: 25 })
  .map((parts) =>
    parts
      .map(([syl, glue, form]) => {
        // 0: NFC, 1: NFD, 2: new-style tone, 3: upper case
        const s = form === 1 ? syl.normalize("NFD") : form === 2 ? toNewStyleTone(syl) : form === 3 ? syl.toUpperCase() : syl;
        return s + glue;
      })
      .join(""),
  );

const anyString = fc.oneof(vietnameseish, fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));

function checkSpans(text: string, spans: readonly { start: number; end: number; text: string }[]) {
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe("offsets: text.slice(start, end) === span.text on the original string", () => {
  const marking = createExtractor({ recognizers: [...defaultRecognizers, everyWord] });

  it("holds for every token span over 10,000 generated strings (NFD, both tone placements, CRLF, NBSP, emoji, astral)", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkSpans(text, marking.extract(text).spans);
      }),
      { numRuns: 10_000 },
    );
  });

  it("extract never throws on any string and its spans hold the invariant", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkSpans(text, extract(text).spans);
      }),
      { numRuns: 10_000 },
    );
  });

  it("a span over NFD text covers the whole decomposed word", () => {
    const text = "Ha\u0300 No\u0323\u0302i";
    const doc = createExtractor({ recognizers: [everyWord] }).extract(text);
    expect(doc.spans.map((s) => s.text)).toEqual(["Ha\u0300", "No\u0323\u0302i"]);
  });

  it("hostile strings: lone surrogates, control characters, huge whitespace", () => {
    for (const text of ["\ud800", "\udc00abc", "\u0000\u0001", " ".repeat(10_000), "\u0301\u0301\u0301", "a\u0301".repeat(1000), "\r".repeat(50)]) {
      checkSpans(text, marking.extract(text).spans);
      checkSpans(text, extract(text).spans);
    }
  });
});
