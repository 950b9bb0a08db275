import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { accentFreeSet } from "../../../src/recognizers/common/accent-free-phrases.js";
import { SecondWordGated } from "../../../src/recognizers/loc/second-word-gate.js";
import { expectSpans } from "../org/helpers.js";

describe("loc: phrases read second word first", () => {
  const phrases = ["pháp luật", "anh hùng", "đức giáo hoàng", "ý kiến", "séc ngân"];
  const gated = new SecondWordGated(phrases);
  const plain = accentFreeSet(phrases);
  const texts = [
    "Pháp luật của Pháp; anh hùng Anh; Đức giáo hoàng thăm Đức; ý kiến Ý.",
    "Phap luat cua Phap; anh hung Anh; Duc giao hoang tham Duc; y kien Y.",
    "PHÁP LUẬT VÀ ANH HÙNG, ĐỨC GIÁO HOÀNG",
    "Đức giáo, Pháp",
  ];

  it("answers as the plain set at every token, accented, bare and in capitals", () => {
    let found = 0;
    for (const text of texts) {
      const toks = tokenize(normalize(text).view);
      for (let i = 0; i < toks.length; i++) {
        const want = plain.has(toks, i);
        expect(gated.has(toks, i), `${text} @ ${i}`).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(8);
  });

  it("refuses a phrase of one word (the gate would hide it)", () => {
    expect(() => new SecondWordGated(["pháp"])).toThrow();
  });

  it("ambiguous countries and addresses read as before", () => {
    expectSpans("Ông nói về pháp luật Pháp và anh hùng nước Anh.", "LOC", ["Pháp", "Anh"]);
    expectSpans("Trụ sở tại 12 Lê Lợi, số 5 người, số 25B Nguyễn Du.", "LOC", ["12 Lê Lợi", "25B Nguyễn Du"]);
  });
});

describe("loc: person words before a name, gated by their folded key", () => {
  it("a person word, lowercase or starting a sentence, still makes a name a person", () => {
    expectSpans("Hôm qua ông Hà Nam và bà Thái Bình đến Hà Nội.", "LOC", ["Hà Nội"]);
    expectSpans("Ông Hải Nam nói. Chị Nga phát biểu ở Nga.", "LOC", ["Nga"]);
  });
});
