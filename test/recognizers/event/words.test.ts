import { describe, expect, it } from "vitest";
import { clauseAt, scannedWord } from "../../../src/recognizers/event/words.js";
import { wordTests } from "../../../src/recognizers/common/phrase-table.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { normalize } from "../../../src/normalize/normalize.js";

const toks = (s: string) => tokenize(normalize(s).view);

describe("EVENT name scan: per-word gates by folded key", () => {
  it("the words the scanner tests by name are gated in any spelling", () => {
    for (const w of ["về", "VỀ", "ve", "của", "lần", "thứ", "khóa", "khoá", "và", "do", "diễn", "các"]) expect(scannedWord(toks(w)[0]!)).toBe(true);
    for (const w of ["Bộ", "ASEAN", "Y", "2024", ","]) expect(scannedWord(toks(w)[0]!)).toBe(false);
  });
  it("clauseAt still finds clause words and phrases, and only them", () => {
    const t = toks("Hội nghị diễn ra tại Hà Nội do Bộ chủ trì");
    const at = (w: string) => t.findIndex((x) => x.text === w);
    expect(clauseAt(t, at("diễn"), wordTests(false))).toBe(true);
    expect(clauseAt(t, at("do"), wordTests(false))).toBe(true);
    expect(clauseAt(t, at("Hà"), wordTests(false))).toBe(false);
    expect(clauseAt(t, t.length, wordTests(false))).toBe(false);
    const f = toks("Hoi nghi dien ra duoc to chuc");
    expect(clauseAt(f, 2, wordTests(true))).toBe(true); // "dien ra": a phrase
    expect(clauseAt(f, 4, wordTests(true))).toBe(true); // "duoc": safe without diacritics
    expect(clauseAt(f, 0, wordTests(true))).toBe(false);
  });
});
