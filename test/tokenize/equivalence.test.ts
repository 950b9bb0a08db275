import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";
import { referenceTokenize } from "./reference-tokenizer.js";

// The table-driven tokenizer must give exactly the tokens of the
// regex-driven one it replaced (fid aside: it depends on interning order).
const strip = (ts: ReturnType<typeof tokenize>) => ts.map((t) => ({ ...t, fid: undefined }));

/** Pieces that exercise every branch: runs and joiners, abbreviations, URLs, phones, sentence ends, astral characters. */
const PIECES = [
  "Thượng", "tướng", "ĐẠI", "hòa", "TP.", "TP.HCM", "PGS.TS.", "N.V.T.", "v.v.", "Q.1", "Co.", "Công.", "tp.", "đc.", "X11", "QĐ-TTg",
  "19/02/2026", "16:38", "7h30", "20g", "1.234,5", "Hai,19/2", "5,khoản", "H5N1,H7N9", "202/2025/QH15", "03/CT-BCA-X11", "COVID-19", "Cam-pu-chia", "và/hoặc", "H'Leo",
  "antv.gov.vn", "CHINHPHU.VN", "a.b.c", "x.com/y", "https://antv.gov.vn/a?b=1", "www.bocongan.gov.vn", "http", "news@antv.gov.vn",
  "a@b", "+84 24 3826 9999", "0912.345.678", "0912 345 678", "0692324026", "01/02", "+", "0", "...", "....", "…", ".", "!", "?",
  ",", ":", "-", "/", "'", '"', "(", "[", "😀", "𝟏𝟐", "𝐀𝐁", "\ud800", "\udc00", "\ud800a", "Ⅻ", "½", "٣", "x\u0301", "%", "©",
  " ", "  ", "\t", "\n", "\n \n", "\u000b", "\f", "ASEAN", "a", "A", "1", "Ω", "ß", "İ", "ǅ",
  // Keys around the shape table's inline length (8 code units), compared by the run's head.
  "nghiêng", "nghiêngg", "nghiênggg", "aaaaaaa", "aaaaaaaa", "aaaaaaab", "aaaaaaaab", "😀😀😀😀", "a😀😀😀a",
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 40 }).map((p) => p.join(""));
const spaced = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 40 }).map((p) => p.join(" "));

describe("tokenize: same tokens as the reference tokenizer", () => {
  it("on generated text", () => {
    fc.assert(fc.property(fc.oneof(text, spaced), (s) => {
      expect(strip(tokenize(s))).toEqual(strip(referenceTokenize(s)));
    }), { numRuns: 3000 });
  });

  it("on the bundled articles", () => {
    const dir = "corpora/articles";
    for (const f of readdirSync(dir)) {
      const view = normalize(readFileSync(join(dir, f), "utf8")).view;
      expect(strip(tokenize(view))).toEqual(strip(referenceTokenize(view)));
    }
  });

  it("words that share a head, in every order, keep their own text", () => {
    const words = ["ab", "abc", "abcdefg", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefghij", "ab😀", "ab😀c", "bacdefgh"];
    for (let r = 0; r < words.length; r++) {
      const ws = [...words.slice(r), ...words.slice(0, r)].reverse();
      const view = ws.join(" ") + " " + ws.join("  ") + "\n" + ws.join(" ");
      for (const t of tokenize(view)) expect(t.text).toBe(view.slice(t.start, t.end));
    }
  });

  it("fid is the interned id of fold", async () => {
    const { foldId } = await import("../../src/tokenize/fold-id.js");
    for (const t of tokenize("Thượng tướng THƯỢNG thuong 19/02 Cam-pu-chia")) expect(t.fid).toBe(foldId(t.fold));
  });
});
