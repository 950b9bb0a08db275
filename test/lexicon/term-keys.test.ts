import { describe, expect, it } from "vitest";
import { DICTIONARY_KEYS, DICTIONARY_TEXTS } from "../../src/generated/dictionaries.js";
import { builtinLexicons, parseDictionary } from "../../src/lexicon/registry.js";
import { computeTermKeys, decodeKeys, Lexicon } from "../../src/lexicon/lexicon.js";

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
        expect(decodeKeys(surface, lines[r]!), `${id}: ${surface}`).toEqual(want);
        rows++;
      });
    }
    expect(rows).toBeGreaterThan(10_000);
  });
  it("the bundled lexicons (rows parsed on first use, keys given) equal lexicons parsed from the texts", () => {
    const reg = builtinLexicons();
    for (const [id, text] of Object.entries(DICTIONARY_TEXTS)) {
      const plain = new Lexicon(parseDictionary(id, text));
      const lex = reg.get(id);
      expect(lex.type, id).toBe(plain.type);
      expect(lex.entries(), id).toEqual(plain.entries());
      expect([...lex.firstWords()].sort(), id).toEqual([...plain.firstWords()].sort());
    }
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
