import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../src/index.js";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons, type LexiconRegistry } from "../../../src/lexicon/registry.js";
import type { Context } from "../../../src/recognizers/recognizer.js";
import { officialLexicons, WordSet } from "../../../src/recognizers/official/lexicons.js";
import { mayStartAt, wordFacts } from "../../../src/recognizers/official/gate.js";
import { isCapWord } from "../../../src/recognizers/official/names.js";
import { run, officials } from "./helpers.js";

/** The tokens of `text` where the walk's gate lets something start (no address word before). */
function gated(text: string, lexicons: LexiconRegistry = builtinLexicons()): string[] {
  const toks = tokenize(normalize(text).view);
  const lx = officialLexicons({ lexicons } as Context);
  const facts = wordFacts(lx);
  return toks.filter((_, i) => mayStartAt(lx, facts, toks, i, false)).map((t) => t.text);
}

describe("official: the walk's gate (per-word facts by fold id)", () => {
  it("lets titles, ranks, address words and names through, and turns plain words away", () => {
    const g = gated("Hôm nay Thứ trưởng Lê Văn Hòa và ông Ba đến thăm Đại tá John Miller.");
    for (const w of ["Thứ", "Lê", "ông", "Đại", "John"]) expect(g).toContain(w);
    for (const w of ["nay", "và", "đến", "thăm", "Miller", "."]) expect(g).not.toContain(w);
  });

  it("decides by the folded word: a word met lowercase first still starts a name when capitalized", () => {
    expect(gated("quả lê ngon")).not.toContain("lê");
    expect(gated("quả lê ngon. Thứ trưởng Lê Văn Hòa phát biểu")).toContain("Lê");
  });

  it("stays right in capitals and without diacritics", () => {
    expect(gated("THỨ TRƯỞNG LÊ VĂN HÒA")).toEqual(expect.arrayContaining(["THỨ", "LÊ"]));
    expect(gated("Thu truong Le Van Hoa")).toEqual(expect.arrayContaining(["Thu", "Le"]));
  });

  it("keeps facts per lexicon set: custom terms make their own", () => {
    const custom = createExtractor({ terms: { ORG: ["Công ty Sao Mai"] } }).lexicons;
    const a = wordFacts(officialLexicons({ lexicons: builtinLexicons() } as Context));
    const b = wordFacts(officialLexicons({ lexicons: custom } as Context));
    expect(a).not.toBe(b);
    expect(gated("Giám đốc Công ty Sao Mai Lê Văn Hòa", custom)).toEqual(gated("Giám đốc Công ty Sao Mai Lê Văn Hòa"));
  });

  it("finds the same OFFICIAL whatever was read before", () => {
    const text = "Thượng tướng Lê Văn Hòa, Thứ trưởng Bộ Công an, phát biểu.";
    const first = officials(run(text)).map((o) => o.text);
    run("lê hòa văn thượng tướng thứ trưởng LÊ HÒA");
    expect(officials(run(text)).map((o) => o.text)).toEqual(first);
    expect(first).toEqual(["Thượng tướng Lê Văn Hòa, Thứ trưởng Bộ Công an"]);
  });

  it("WordSet answers by the word's fold first, then exactly: case, diacritics, words met before", () => {
    const set = new WordSet(["tỉnh", "thành phố", "tp."]);
    const toks = (text: string) => tokenize(normalize(text).view);
    const [tinhAcute] = toks("tính");
    expect(set.has(tinhAcute)).toBe(false); // same fold, other diacritics: asked first
    for (const w of ["tỉnh", "Tỉnh", "TỈNH", "tinh", "TINH"]) expect(set.has(toks(w)[0])).toBe(true);
    expect(set.has(toks("TP. Huế")[0])).toBe(true);
    expect(set.has(toks("tỏa")[0])).toBe(false);
    expect(set.has(undefined)).toBe(false);
    expect(set.hasText("thành phố")).toBe(true);
  });

  it("isCapWord's shortcut by fold agrees with the letters-only test on the text", () => {
    const text = "Nguyễn Ðức Julia ASEAN Q\u0303uang Ǆemal K\u212Aim İstanbul Æsir Straße ǅ Ⅻ 𝐀bc Lê-Văn Hòa2";
    const toks = tokenize(normalize(text).view);
    for (const t of toks) expect([t.text, isCapWord(t)]).toEqual([t.text, t.kind === "word" && t.cap && /^\p{L}+$/u.test(t.text)]);
    expect(toks.filter((t) => isCapWord(t)).length).toBeGreaterThan(3);
  });
});
