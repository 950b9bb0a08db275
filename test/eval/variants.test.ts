import { describe, expect, it } from "vitest";
import { transformGold, transformText } from "../../src/eval/variants.js";
import type { GoldDoc } from "../../src/eval/score.js";

const text = "Thượng tướng Lương Tam Quang đến Hòa Bình 😀 hôm nay.";
const gold: GoldDoc = {
  doc: "d",
  refDate: null,
  spans: [
    { type: "OFFICIAL", start: 0, end: 28, text: "Thượng tướng Lương Tam Quang", person: "Lương Tam Quang", rank: "Thượng tướng", titles: [] },
    { type: "LOC", start: 33, end: 41, text: "Hòa Bình" },
    { type: "DATE", start: 45, end: 52, text: "hôm nay", value: null },
  ],
};

describe("eval variants move gold offsets with the text", () => {
  it.each(["none", "nodiacritics", "upper", "nfd", "tone"] as const)("%s: every span still slices its own text", (v) => {
    const t = transformGold(gold, text, v);
    for (const s of t.gold.spans) expect(t.text.slice(s.start, s.end)).toBe(s.text);
  });
  it("nodiacritics strips marks and đ", () => {
    expect(transformText("Đại tướng Hòa", "nodiacritics").text).toBe("Dai tuong Hoa");
  });
  it("nfd lengthens the text and the offsets follow", () => {
    const t = transformGold(gold, text, "nfd");
    expect(t.gold.spans[1]!.text).toBe("Hòa Bình".normalize("NFD"));
    expect(t.gold.spans[0]!.start).toBe(0);
  });
  it("tone moves the mark to the new-style vowel", () => {
    expect(transformGold(gold, text, "tone").gold.spans[1]!.text).toBe("Hoà Bình");
  });
  it("records are transformed too", () => {
    expect(transformGold(gold, text, "upper").gold.spans[0]!.person).toBe("LƯƠNG TAM QUANG");
  });
});
