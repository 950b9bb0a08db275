import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DICTIONARY_KEYS, DICTIONARY_TEXTS } from "../../src/generated/dictionaries.js";
import { builtinLexicons, parseDictionary } from "../../src/lexicon/registry.js";
import { computeTermKeys, decodeKeys, Lexicon, type LexEntry, type LexMatch } from "../../src/lexicon/lexicon.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";
import { latinLetterOrMark, plainWords } from "../../src/lexicon/term-keys.js";

/** The source file of a bundled dictionary (dictionaries/<id>.tsv). */
const dictionaryFile = (id: string) => readFileSync(join(__dirname, "..", "..", "dictionaries", `${id}.tsv`), "utf8");
const plainEntry = (e: LexEntry) => ({ lexicon: e.lexicon, surface: e.surface, canonical: e.canonical, fields: { ...e.fields } });

// scripts/compile-dictionaries.mjs stores each row's token keys so the first
// extract need not normalize and tokenize every term. They must be exactly
// what the normalizer and tokenizer give now (rerun `npm run dicts` when
// either changes what it produces).
describe("precomputed term keys", () => {
  it("cover every dictionary, one line per row", () => {
    expect(Object.keys(DICTIONARY_KEYS).sort()).toEqual(Object.keys(DICTIONARY_TEXTS).sort());
    for (const [id, text] of Object.entries(DICTIONARY_TEXTS)) {
      expect(DICTIONARY_KEYS[id]!.split("\n").length, id).toBe(Math.max(1, parseDictionary(id, text).rows.length));
    }
  });
  it("equal the runtime keys of every row", () => {
    let rows = 0;
    for (const [id, text] of Object.entries(DICTIONARY_TEXTS)) {
      const lines = DICTIONARY_KEYS[id]!.split("\n");
      parseDictionary(id, text).rows.forEach((row, r) => {
        const surface = row[0]!;
        const want = surface ? computeTermKeys(surface) : null;
        const got = decodeKeys(surface, lines[r]!);
        expect(got && { fold: got.fold, lower: got.lower }, `${id}: ${surface}`).toEqual(want);
        rows++;
      });
    }
    expect(rows).toBeGreaterThan(10_000);
  });
  it("the bundled lexicons (rows parsed on first use, keys given) equal lexicons parsed from the dictionary files", () => {
    const reg = builtinLexicons();
    for (const id of Object.keys(DICTIONARY_TEXTS)) {
      const plain = new Lexicon(parseDictionary(id, dictionaryFile(id)));
      const lex = reg.get(id);
      expect(lex.type, id).toBe(plain.type);
      expect(lex.entries().map(plainEntry), id).toEqual(plain.entries().map(plainEntry));
      expect([...lex.firstWords()].sort(), id).toEqual([...plain.firstWords()].sort());
    }
  });
  it("listed entries read their canonical form and fields from the row, as the row arrays of the dictionary file give them", () => {
    for (const id of Object.keys(DICTIONARY_TEXTS)) {
      const src = parseDictionary(id, dictionaryFile(id));
      const want = src.rows
        .filter((row) => row[0] && computeTermKeys(row[0]))
        .map((row) => ({ lexicon: id, surface: row[0], canonical: row[1] || row[0], fields: Object.fromEntries(src.columns.map((c, k) => [c, row[k + 1] ?? ""])) }));
      expect(builtinLexicons().get(id).entries().map(plainEntry), id).toEqual(want);
    }
    // CRLF, a blank line, a row without a surface, short and long rows: listed from the text as from the arrays.
    const text = "# columns: canonical kind level\r\nA\r\nB\tB\tx\r\n  \r\nC\tCc\n\tno surface\nD\tDd\tk\tl\textra\n";
    const keys = "a\nb\nc\n\nd";
    const fromRows = new Lexicon({ ...parseDictionary("t/odd", text), keys });
    const fromText = new Lexicon({ ...parseDictionary("t/odd", text), text, keys });
    expect(fromText.entries().map(plainEntry)).toEqual(fromRows.entries().map(plainEntry));
    expect(fromText.entries().map((e) => [e.canonical, e.fields.canonical, e.fields.kind, e.fields.level])).toEqual([["A", "", "", ""], ["B", "B", "x", ""], ["Cc", "Cc", "", ""], ["Dd", "Dd", "k", "l"]]);
    expect(fromRows.entries().map((e) => [e.canonical, e.fields.canonical, e.fields.kind, e.fields.level])).toEqual([["A", "", "", ""], ["B", "B", "x", ""], ["Cc", "Cc", "", ""], ["Dd", "Dd", "k", "l"]]);
    // Compiled, "B\tB\tx" is "B\t\tx": its canonical form is still "B".
    const compiled = new Lexicon({ ...parseDictionary("t/odd", text), text: text.replace("B\tB\t", "B\t\t"), keys });
    expect(compiled.entries().map(plainEntry)).toEqual(fromRows.entries().map(plainEntry));
  });
  it("a lexicon built from them matches like one built from the surfaces", () => {
    const text = "# columns: canonical\nThanh Hoá\tThanh Hóa\nHồ Chí Minh\nTP. HCM\tTP.HCM\n";
    const src = parseDictionary("t/k", text);
    const keys = src.rows.map((r) => { const k = computeTermKeys(r[0]!)!; return k.lower.join(" ") === r[0]!.toLowerCase() ? k.fold.join(" ") : `${k.fold.join(" ")}\t${k.lower.join(" ")}`; }).join("\n");
    const a = new Lexicon(src);
    const b = new Lexicon({ ...src, id: "t/k2", keys });
    for (const s of ["thanh hóa", "Hồ Chí Minh", "TP. HCM"]) expect(b.lookup(s).map((e) => e.surface)).toEqual(a.lookup(s).map((e) => e.surface));
  });
});

describe("plain words (the fast check before the tokenizer)", () => {
  const RE = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;
  it("reads every Latin letter or mark it claims as one", () => {
    for (let c = 0; c < 0x10000; c++) if (latinLetterOrMark(c)) expect(RE.test(String.fromCharCode(c)), c.toString(16)).toBe(true);
  });
  it("answers as the regular expression", () => {
    const samples = ["", " ", "a", "Hà Nội", "Hà  Nội", " Hà", "Hà ", "TP. HCM", "Đắk Lắk", "Hoa\u0300", "Ελλάδα", "東京 都", "x1", "a-b", "Mỹ\tTho", "ª", "Ǆ ǅ", "İstanbul"];
    for (const s of samples) expect(plainWords(s), JSON.stringify(s)).toBe(RE.test(s));
  });
});

describe("bundled lexicons walk as lexicons built from their files", () => {
  // Their tries take each row by its first key and decode its keys when the bucket grows.
  const texts = [
    "Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng và tỉnh Thanh Hóa; HA NOI, ha noi, Thanh Hoa.",
    "Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ tiếp Đại sứ Nhật Bản tại Tokyo, Paris và Washington D.C.",
    "Ủy ban nhân dân tỉnh Quảng Ninh, Liên Hợp Quốc, ASEAN, Ngân hàng Thế giới, báo Tuổi Trẻ.",
  ];
  it("same matches, exact or folded, at every token", () => {
    const reg = builtinLexicons();
    for (const id of reg.ids()) {
      const bundled = reg.get(id);
      const plain = new Lexicon(parseDictionary(id, dictionaryFile(id)));
      for (const text of texts) {
        const toks = tokenize(normalize(text).view);
        const show = (m: LexMatch | null) => m && [m.start, m.end, m.exact, m.entries.map(plainEntry)];
        for (let i = 0; i < toks.length; i++) {
          expect(show(bundled.longestAt(toks, i)), `${id} ${i}`).toEqual(show(plain.longestAt(toks, i)));
          expect(show(bundled.longestAsWritten(toks, i)), `${id} ${i}`).toEqual(show(plain.longestAsWritten(toks, i)));
          expect(bundled.canStartAt(toks[i]!), `${id} ${i}`).toBe(plain.canStartAt(toks[i]!));
        }
      }
      expect(bundled.size, id).toBe(plain.size);
    }
  });
});
