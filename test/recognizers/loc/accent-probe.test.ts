import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { unaccented } from "../../../src/recognizers/common/accent-free-phrases.js";
import { surelyAccented, typedUnaccented } from "../../../src/recognizers/loc/accent-probe.js";
import { expectSpans } from "../org/helpers.js";

const toks = (text: string) => tokenize(normalize(text).view);

describe("loc: the accent probe answers as unaccented()", () => {
  const bare = "Doan cong tac den thanh pho Can Tho vao sang nay, roi ve tinh Lam Dong.";
  const texts = [
    "Đoàn công tác đến thành phố Cần Thơ vào sáng nay.",
    bare,
    // One marked word in 34 (2.9%): still unaccented; one more and it is not.
    `${bare} ${bare} ${bare} Đà`,
    `${bare} ${bare} Đà Lạt`,
    // The marks at the very end, after a long bare stretch; numbers and punctuation are not words.
    `${"1, 2, 3, ".repeat(40)} ${bare} Hà Nội Đà Nẵng Huế`,
    "Hà",
    "",
  ];
  it("on texts with and without diacritics, marks early or late", () => {
    for (const text of texts) {
      const t = toks(text);
      expect(typedUnaccented(t), text).toBe(unaccented(t));
      if (surelyAccented(t)) expect(unaccented(t), text).toBe(false);
    }
  });

  it("stops early only on a text that has diacritics", () => {
    expect(surelyAccented(toks("Đoàn công tác đến thành phố Cần Thơ."))).toBe(true);
    expect(surelyAccented(toks(bare))).toBe(false);
  });

  it("a bare level word still opens a place in an unaccented text, and not in an accented one", () => {
    expectSpans("Doan cong tac den tinh Lam Dong vao sang nay.", "LOC", ["tinh Lam Dong"]);
    expectSpans("Đoàn đến tinh Lâm Đồng sáng nay, rồi về Hà Nội.", "LOC", ["Lâm Đồng", "Hà Nội"]);
  });
});
