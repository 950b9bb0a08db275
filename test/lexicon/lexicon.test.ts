import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { parseDictionary, customTermSources } from "../../src/lexicon/registry.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";
import { fold } from "../../src/lexicon/fold.js";

const toks = (s: string) => tokenize(normalize(s).view);
const lex = (rows: string[][]) => new Lexicon({ id: "t/x", type: "LOC", columns: ["canonical"], rows });

describe("lexicon: longest match over tokens", () => {
  const l = lex([["Hà Nội"], ["Hà Nội mới"], ["Thanh Hoá", "Thanh Hóa"], ["Bắc Kinh"]]);
  it("prefers the longest entry", () => {
    const m = l.longestAt(toks("Hà Nội mới đẹp"), 0);
    expect([m!.start, m!.end, m!.entry.surface]).toEqual([0, 3, "Hà Nội mới"]);
  });
  it("matches across tone placements (file hoá, text hóa) exactly", () => {
    const m = l.longestAt(toks("Thanh Hóa"), 0);
    expect(m!.exact).toBe(true);
    expect(m!.entry.canonical).toBe("Thanh Hóa");
  });
  it("matches text without diacritics accent-insensitively, reported as not exact", () => {
    const m = l.longestAt(toks("Bac Kinh"), 0);
    expect(m!.entry.surface).toBe("Bắc Kinh");
    expect(m!.exact).toBe(false);
    expect(l.longestAt(toks("Bac Kinh"), 0, true)).toBeNull();
  });
  it("scan finds non-overlapping matches left to right", () => {
    expect(l.scan(toks("từ Hà Nội đến Bắc Kinh")).map((m) => m.entry.surface)).toEqual(["Hà Nội", "Bắc Kinh"]);
  });
  it("lookup finds an entry by surface", () => {
    expect(l.lookup("ha noi")).toEqual([]);
    expect(l.lookup("hà nội")[0]!.surface).toBe("Hà Nội");
  });
});

describe("lexicon: dictionary files", () => {
  it("parses headers: type and columns", () => {
    const src = parseDictionary("loc/x", "# source: test\n# licence: MIT\n# type: LOC\n# columns: canonical level\nHà Nội\tHà Nội\tthành phố\n");
    expect(src.type).toBe("LOC");
    expect(src.columns).toEqual(["canonical", "level"]);
    const l = new Lexicon(src);
    expect(l.entries()[0]!.fields.level).toBe("thành phố");
  });
  it("rejects an unknown type with a clear message", () => {
    expect(() => parseDictionary("x/y", "# type: PLACE\n")).toThrow(/unknown type "PLACE"/);
  });
  it("custom terms become lexicons named custom/<TYPE>", () => {
    expect(customTermSources({ ORG: ["Công ty Sao Mai"] })[0]!.id).toBe("custom/ORG");
    expect(() => customTermSources({ FOO: ["x"] } as never)).toThrow(/unknown type "FOO"/);
  });

  // Every shipped dictionary: NFC, source and licence headers, no duplicate rows.
  const root = join(__dirname, "..", "..", "dictionaries");
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith(".tsv")) files.push(p);
    }
  };
  walk(root);
  it.each(files.length ? files : ["(none)"])("dictionary %s is NFC, attributed and without duplicates", (f) => {
    if (f === "(none)") return;
    const text = readFileSync(f, "utf8");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toMatch(/^# source:/m);
    expect(text).toMatch(/^# licen[cs]e:/m);
    const rows = text.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(new Set(rows).size).toBe(rows.length);
  });
});

describe("fold", () => {
  it.each([
    ["Thượng tướng", "thuong tuong"],
    ["ĐẠI ÚY", "dai uy"],
    ["Ho\u0300a", "hoa"],
    ["Quảng Ngãi", "quang ngai"],
  ])("%s → %s", (a, b) => expect(fold(a)).toBe(b));
});

describe("lexicon: term keys equal the tokenizer's", () => {
  it.each(["Thanh Hoá", "Bà Rịa - Vũng Tàu", "Ea H'Leo", "TP. Hồ Chí Minh", "Cộng hòa Pê-ru", "ÐÀ NẴNG", "Ho\u0300a Bi\u0300nh"])("%s", async (s) => {
    const { termKeys } = await import("../../src/lexicon/lexicon.js");
    const viaTokenizer = toks(s);
    expect(termKeys(s)).toEqual({ fold: viaTokenizer.map((t) => t.fold), lower: viaTokenizer.map((t) => t.lower) });
  });
});

describe("lexicon: first-word gate", () => {
  it("canStartAt says whether an entry can start at a token, accent-insensitively", () => {
    const l = lex([["Hà Nội"], ["Bắc Kinh"]]);
    const t = toks("ha noi va Bac");
    expect(t.map((x) => l.canStartAt(x))).toEqual([true, false, false, true]);
  });
});
