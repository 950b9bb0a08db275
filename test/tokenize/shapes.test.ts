import { describe, expect, it } from "vitest";
import { shapeAt } from "../../src/tokenize/shape-table.js";
import { charBits, LETTER, NUMBER, PUNCT, UPPER } from "../../src/tokenize/char-class.js";
import { fold } from "../../src/lexicon/fold.js";
import { foldId } from "../../src/tokenize/fold-id.js";

describe("shapes: found by the characters of a view range", () => {
  it("equal text at different places gives the same shape; different text a different one", () => {
    const view = "Thượng thượng THƯỢNG Thượng thuong";
    const a = shapeAt(view, 0, 6);
    expect(shapeAt(view, 21, 27)).toEqual(a);
    expect(shapeAt(view, 21, 27).text).toBe(a.text); // the same string, not a copy
    expect(a.text).toBe("Thượng");
    expect(a.cap && a.diacritics && !a.upper).toBe(true);
    const lower = shapeAt(view, 7, 13);
    expect(lower).not.toEqual(a);
    expect(lower.fold).toBe(a.fold);
    expect(lower.fid).toBe(a.fid);
    const upper = shapeAt(view, 14, 20);
    expect(upper.upper && upper.cap).toBe(true);
    const plain = shapeAt(view, 28, 34);
    expect(plain.diacritics).toBe(false);
    expect(plain.fid).toBe(foldId("thuong"));
  });

  it("the facts packed in a slot read back as computed (number or code, sentence end, fold id)", () => {
    const view = "19/02/2026 QH15 7h30 . … , ĐẠI";
    const at = (w: string) => shapeAt(view, view.indexOf(w), view.indexOf(w) + w.length);
    expect([at("19/02/2026").isNumber, at("QH15").isNumber, at("7h30").isNumber]).toEqual([true, false, true]);
    expect([at(".").endsSentence, at("…").endsSentence, at(",").endsSentence]).toEqual([true, true, false]);
    const dai = at("ĐẠI");
    expect([dai.cap, dai.upper, dai.diacritics, dai.fold, dai.fid]).toEqual([true, true, true, "dai", foldId("dai")]);
  });

  it("stays right through growth and restarts (more distinct strings than the table keeps)", () => {
    // Short keys (kept in the slot) and long ones (kept in the pool), as text that repeats them.
    const words = Array.from({ length: 130_000 }, (_, i) => `${"x".repeat(i % 13)}w${i.toString(36)}`);
    const view = words.join(" ");
    const seen: Array<[number, number, string]> = [];
    let p = 0;
    for (const w of words) {
      seen.push([p, p + w.length, w]);
      p += w.length + 1;
    }
    const wrong: string[] = [];
    for (const [s, e, w] of seen) {
      const sh = shapeAt(view, s, e);
      if (sh.text !== w || sh.fold !== fold(w)) wrong.push(w);
    }
    // Asked again (after the table started over): still right.
    for (const [s, e, w] of seen.slice(0, 2000)) if (shapeAt(view, s, e).text !== w) wrong.push(w);
    expect(wrong).toEqual([]);
  });
});

describe("char-class: the lazy table agrees with the regexes", () => {
  it("for every BMP code unit", () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want =
        (/^[\p{L}\p{M}]$/u.test(ch) ? LETTER : 0) | (/^\p{N}$/u.test(ch) ? NUMBER : 0) | (/^\p{Lu}$/u.test(ch) ? UPPER : 0) | (/^\p{P}$/u.test(ch) ? PUNCT : 0);
      if ((charBits(c) & 15) !== want) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it("a lone surrogate is nothing", () => {
    expect(charBits(0xd800) & 15).toBe(0);
    expect(charBits(0xdc00) & 15).toBe(0);
  });
});
