import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { run } from "./helpers.js";

const hostile = [
  "",
  " ",
  "\n\n\n",
  "Thứ trưởng",
  "Thứ trưởng ",
  "ông",
  "Đại tá,",
  "Bộ trưởng Bộ",
  "(Ảnh:",
  "Nguyễn",
  "các đồng chí",
  "Phó Phó Phó Phó Phó Thủ tướng Lê Văn A",
  "Thu\u0323o\u031bng tu\u031bo\u031b\u0301ng Lê Văn Hòa", // decomposed (NFD-like) text
  "Thượng\u00a0tướng Lê\u00a0Văn Hòa",
  "Đại uý Lê Văn Hoà\r\nThứ trưởng Lê Văn Hoà",
  "👮 Đại tá Lê Văn Hòa 👮, Giám đốc Công an tỉnh",
  "Bộ trưởng Bộ Y tế Nhật Bản ".repeat(200),
  "Nguyễn ".repeat(500),
];

describe("official: robustness", () => {
  it.each(hostile.map((h) => [h]))("never throws and keeps text === slice(start, end) on %j", (text) => {
    const doc = run(text);
    for (const s of doc.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps offsets exact on the original text when it is not NFC", () => {
    const text = "Hôm nay, Thượng tướng Lê Văn Hòa, Giám đốc Sở Y tế, phát biểu.".normalize("NFD");
    const doc = run(text);
    const o = doc.spans.find((s) => s.type === "OFFICIAL");
    expect(o).toBeDefined();
    expect(text.slice(o!.start, o!.end)).toBe(o!.text);
    expect(o!.text.normalize("NFC")).toBe("Thượng tướng Lê Văn Hòa, Giám đốc Sở Y tế");
  });

  it("never throws on arbitrary strings of name and title pieces", () => {
    const piece = fc.constantFrom("Thứ trưởng", "Bộ", "Công an", "Lê", "Văn", "Hòa", ",", "-", "(", ")", "kiêm", "ông", "các", "Đại tá", "\n", "UBND", "tỉnh", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join(" ");
        const doc = run(text);
        for (const s of doc.spans) if (text.slice(s.start, s.end) !== s.text) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
