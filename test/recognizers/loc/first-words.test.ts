import { describe, expect, it } from "vitest";
import { firstWords } from "../../../src/recognizers/common/phrase-table.js";
import { LEVEL_PHRASES, LEVEL_WORDS } from "../../../src/recognizers/loc/level-words.js";
import { AREA_HEADS, AREA_PHRASES } from "../../../src/recognizers/loc/areas.js";
import { TRIGGER_WORDS } from "../../../src/recognizers/loc/word-gates.js";

// The word gates read the phrase lists' first words from the lists (firstWords), so no phrase
// table is made at import: the same words as the tables' own `firstExact`.
describe("loc: first words read from the phrase lists", () => {
  it("are the tables' first words, lowercase as listed", () => {
    expect(new Set(firstWords(LEVEL_PHRASES))).toEqual(new Set(LEVEL_WORDS.firstExact));
    expect(new Set(firstWords(AREA_PHRASES))).toEqual(new Set([...AREA_HEADS.firstExact, "tiểu", "lưu"]));
    expect(firstWords(["  Thành  Phố ", "", "TP."])).toEqual(["thành", "tp."]);
  });

  it("make the trigger words", () => {
    for (const w of ["tỉnh", "thành", "tp.", "khu", "sông", "tiểu", "cộng", "vương"]) expect(TRIGGER_WORDS.has(w), w).toBe(true);
    expect(TRIGGER_WORDS.has("phố")).toBe(true); // "phố" is an area head
    expect(TRIGGER_WORDS.has("người")).toBe(false);
  });
});
