import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { LEVEL_FALSE_FRIENDS, levelFalseFriendAt } from "../../../src/recognizers/loc/level-words.js";
import { expectSpans } from "../org/helpers.js";

describe("loc: the false friends' second-word gate", () => {
  const texts = [
    "Tổ chức Hội nghị tại tỉnh Lâm Đồng; tỉnh ủy và huyện ủy họp, xã hội hóa ở xã Quảng Lập.",
    "Ban chấp hành tổ công tác về thành phố trực thuộc trung ương và thành phố Huế.",
    "To chuc hoi nghi tai tinh Lam Dong; tinh uy va huyen uy hop, xa hoi hoa o xa Quang Lap.",
    "TỔ CHỨC HỘI NGHỊ TẠI TỈNH LÂM ĐỒNG, TỈNH ỦY, XÃ HỘI",
    "phường hội, quận chúa, bang giao, thôn tính, làng nghề, vùng biên, tỉnh uỷ",
  ];
  it("answers as LEVEL_FALSE_FRIENDS.has at every token, accented, bare or in capitals", () => {
    let found = 0;
    for (const text of texts) {
      const toks = tokenize(normalize(text).view);
      for (let i = 0; i < toks.length; i++) {
        const want = LEVEL_FALSE_FRIENDS.has(toks, i);
        expect(levelFalseFriendAt(toks, i), `${text} @ ${toks[i]!.text}`).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(15);
  });
});

describe("loc: a bare level word", () => {
  it("opens a place in a text typed without diacritics, and not in one with them", () => {
    expectSpans("Doan cong tac den tinh Lam Dong vao sang nay.", "LOC", ["tinh Lam Dong"]);
    expectSpans("Đoàn đến tinh Lâm Đồng sáng nay, rồi về Hà Nội.", "LOC", ["Lâm Đồng", "Hà Nội"]);
  });
});
