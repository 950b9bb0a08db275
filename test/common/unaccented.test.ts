import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unaccented } from "../../src/recognizers/common/accent-free-phrases.js";
import { normalize } from "../../src/normalize/normalize.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";

// unaccented stops counting once the marks already exceed 3% of all the
// tokens: it must answer as the full count (under 3% of the words) does,
// for any mix of marked words, bare words and non-words.
const full = (text: string): boolean => {
  const toks = tokenize(normalize(text).view);
  const words = toks.filter((t) => t.kind === "word");
  return words.length >= 3 && words.filter((t) => t.diacritics).length <= words.length * 0.03;
};
const piece = fc.constantFrom("Bộ", "Cong", "an", "Hà", "Noi", "2026", ",", ".", "ngày", "thu", "truong", "19/02/2026", "—", "\n");

describe("unaccented", () => {
  it("answers as the full count of marked words", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.nat(60), (parts, bare) => {
        // Texts mostly bare, with a few marked words, near the 3% line.
        const text = [...parts, ...Array<string>(bare).fill("cong")].join(" ");
        expect(unaccented(tokenize(normalize(text).view))).toBe(full(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("at the 3% line, with marks early or late, numbers and punctuation not counted as words", () => {
    const bare = "Doan cong tac den thanh pho Can Tho vao sang nay, roi ve tinh Lam Dong.";
    const cases: [string, boolean][] = [
      ["Đoàn công tác đến thành phố Cần Thơ vào sáng nay.", false],
      [bare, true],
      // One marked word in 34 (2.9%): still unaccented; one more and it is not.
      [`${bare} ${bare} ${bare} Đà`, true],
      [`${bare} ${bare} Đà Lạt`, false],
      // The marks at the very end, after a long bare stretch.
      [`${"1, 2, 3, ".repeat(40)} ${bare} Hà Nội Đà Nẵng Huế`, false],
      ["Hà", false],
      ["", false],
    ];
    for (const [text, answer] of cases) {
      expect(unaccented(tokenize(normalize(text).view)), text).toBe(answer);
      expect(full(text), text).toBe(answer);
    }
  });

  it("is true for a text typed without diacritics and false for one with them", () => {
    expect(unaccented(tokenize("Thu truong Bo Cong an den Ha Noi hom nay"))).toBe(true);
    expect(unaccented(tokenize("Thứ trưởng Bộ Công an đến Hà Nội hôm nay"))).toBe(false);
  });
});
