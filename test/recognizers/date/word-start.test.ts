import { describe, expect, it } from "vitest";
import { WordStart } from "../../../src/recognizers/date/word-start.js";
import { EXACT_FLAGS, FOLDED_FLAGS } from "../../../src/recognizers/date/dispatch.js";
import { SUB } from "../../../src/recognizers/date/grammar.js";

describe("WordStart answers as the rules' {lb} did", () => {
  for (const flags of [EXACT_FLAGS, FOLDED_FLAGS]) {
    it(`after every BMP character and after astral ones (flags ${flags})`, () => {
      const ws = new WordStart(flags);
      const lb = new RegExp(SUB.lb!, flags);
      const wrong: number[] = [];
      const befores = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), "𝐀", "😀", "𝟏", "\ud835", "a\udc00"];
      // Twice: the second answer is the kept one.
      for (let round = 0; round < 2; round++) {
        for (const b of befores) {
          const s = `${b}19/2`;
          lb.lastIndex = b.length;
          if (ws.at(s, b.length) !== lb.test(s)) wrong.push(b.codePointAt(0)!);
        }
      }
      expect(wrong).toEqual([]);
      expect(ws.at("19/2", 0)).toBe(true);
    });
  }
});
