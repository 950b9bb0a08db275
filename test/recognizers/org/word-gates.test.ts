import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinLexicons, LexiconRegistry } from "../../../src/lexicon/registry.js";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { ACRONYM_LIST, ACRONYM_LOWER_LED, BODY, BODY_ONE, BODY_SECOND, CLASS_NOUN, GLUED_MEDIA, HEAD, LOWER_HEAD, MEDIA, MEDIA_ONE, MEDIA_SECOND, mayContinue, mayListAcronym, orgLists, PAREN, PLAIN_WORD, BODY_PAIR_END, BODY_THIRD, NOUN_LONGER, HEAD_ONE, HEAD_FIRST, HEAD_SECOND } from "../../../src/recognizers/org/word-gates.js";
import { isAcronymToken, isOpenParen, mayTakeAcronymRule } from "../../../src/recognizers/org/acronyms.js";
import { fold } from "../../../src/lexicon/fold.js";
import { ORG_HEADS } from "../../../src/recognizers/org/heads.js";
import { expectSpans } from "./helpers.js";

// The ORG rules skip a token when its per-word bits say no rule can start
// there. The bits depend on the folded word only (any case, any diacritics)
// and on the registry's lists (a registry with other lists gets other bits).
const toks = (s: string) => tokenize(normalize(s).view);
const registry = (lists: Record<string, string[]>) =>
  new LexiconRegistry(Object.entries(lists).map(([id, rows]) => ({ id, type: "ORG" as const, columns: ["canonical", "form"], rows: rows.map((r) => r.split("|")) })));

describe("ORG word gates", () => {
  const reg = registry({ "org/vn-bodies": ["Bộ Công an"], "org/intl-orgs": ["ASEAN||acronym"], "org/media": ["VnExpress", "vnexpress.net", "Facebook"], "org/companies": ["Sao Mai"] });
  const g = orgLists(reg);
  const bits = (s: string) => g.bits(toks(s)[0]!);

  it("marks head nouns and listed first words in every case and accent form", () => {
    for (const w of ["Bộ", "BỘ", "bộ", "Bo", "BO"]) expect(bits(w) & (HEAD | BODY)).toBe(HEAD | BODY);
    expect(bits("Cục") & HEAD).toBe(HEAD);
    expect(bits("Cục") & BODY).toBe(0);
    expect(bits("ASEAN") & (BODY | ACRONYM_LIST)).toBe(BODY | ACRONYM_LIST);
    expect(bits("asean") & (BODY | ACRONYM_LIST)).toBe(BODY | ACRONYM_LIST);
    expect(bits("Sao") & MEDIA).toBe(MEDIA);
    expect(bits("VNEXPRESS") & (MEDIA | ACRONYM_LIST)).toBe(MEDIA | ACRONYM_LIST);
    expect(bits("ban") & LOWER_HEAD).toBe(LOWER_HEAD);
    expect(bits("tiệm") & CLASS_NOUN).toBe(CLASS_NOUN);
    expect(bits("Hà") & ~PLAIN_WORD).toBe(0); // plain letters, a rule starts at none
  });

  it("marks the first words of acronyms and outlets only, the entries the listed-acronym rule reports", () => {
    const r = orgLists(registry({ "org/vn-bodies": ["Bộ Công an", "BCA||acronym"], "org/intl-orgs": ["Liên hợp quốc", "UN|Liên hợp quốc|acronym"], "org/media": ["Tuổi Trẻ"] }));
    const b = (w: string) => r.bits(toks(w)[0]!) & ACRONYM_LIST;
    for (const w of ["BCA", "bca", "UN", "Tuổi", "TUOI"]) expect(b(w), w).toBe(ACRONYM_LIST);
    for (const w of ["Bộ", "Liên", "Công"]) expect(b(w), w).toBe(0);
  });

  it("marks first words of lowercase-led entries", () => {
    expect(bits("vnexpress.net") & ACRONYM_LOWER_LED).toBe(ACRONYM_LOWER_LED);
    expect(bits("VNEXPRESS") & ACRONYM_LOWER_LED).toBe(0);
    expect(bits("asean") & ACRONYM_LOWER_LED).toBe(0);
  });

  it("marks words that end with a one-word outlet glued to another word", () => {
    expect(bits("sẻFacebook") & GLUED_MEDIA).toBe(GLUED_MEDIA);
    expect(bits("sefacebook") & GLUED_MEDIA).toBe(GLUED_MEDIA);
    expect(bits("Facebook") & GLUED_MEDIA).toBe(0);
    expect(bits("sẻVnExpress") & GLUED_MEDIA).toBe(GLUED_MEDIA);
    expect(bits("facebooker") & GLUED_MEDIA).toBe(0);
  });

  it("marks one-word bodies, and second words of longer ones", () => {
    const r = orgLists(registry({ "org/vn-bodies": ["Bộ Công an", "Interpol"] }));
    const b = (w: string) => r.bits(toks(w)[0]!);
    expect(b("Interpol") & BODY_ONE).toBe(BODY_ONE);
    expect(b("Bộ") & BODY_ONE).toBe(0);
    expect(b("CÔNG") & BODY_SECOND).toBe(BODY_SECOND);
    expect(b("an") & BODY_SECOND).toBe(0);
    expect(bits("Facebook") & MEDIA_ONE).toBe(MEDIA_ONE);
    expect(bits("Sao") & (MEDIA_ONE | MEDIA_SECOND)).toBe(0);
    expect(bits("MAI") & MEDIA_SECOND).toBe(MEDIA_SECOND);
    expect(bits("(") & PAREN).toBe(PAREN);
    expect(bits(")") & PAREN).toBe(0);
  });

  it("is kept per registry", () => {
    expect(orgLists(reg)).toBe(g);
    const other = orgLists(registry({ "org/vn-bodies": ["Hà Bắc Group"] }));
    expect(other.bits(toks("Hà")[0]!) & BODY).toBe(BODY);
    expect(other.bits(toks("Bộ")[0]!) & BODY).toBe(0);
    expect(bits("Hà") & ~PLAIN_WORD).toBe(0); // plain letters, a rule starts at none
  });
});

describe("head nouns behind the two-word gate", () => {
  const head = (s: string, i = 0) => ORG_HEADS.match(toks(s), i)?.words.join(" ") ?? null;
  it("match as the table does, in every case and in unaccented text", () => {
    expect(head("Trung tâm Báo chí")).toBe("trung tâm");
    expect(head("Trung Quốc")).toBeNull();
    expect(head("Công an tỉnh")).toBe("công an");
    expect(head("CÔNG TY")).toBe("công ty");
    expect(head("Công nghệ")).toBeNull();
    expect(head("Bộ Y tế")).toBe("bộ");
    expect(head("Bo Y te va Cong an tinh Nghe An noi gi", 4)).toBe("công an");
    expect(head("Công")).toBeNull();
  });
});

describe("acronym tokens", () => {
  const acr = (s: string) => isAcronymToken(toks(s)[0]);
  it("are all capitals, digits and &, not roman numerals nor words with vowel marks", () => {
    for (const w of ["INTERPOL", "HĐND", "G20", "GD&ĐT", "BHXH"]) expect(acr(w), w).toBe(true);
    for (const w of ["Bộ", "Công", "Interpol", "XV", "BỘ", "G", "gDP"]) expect(acr(w), w).toBe(false);
  });
  it("are read the same in running text, in capitals and without diacritics", () => {
    expectSpans("Tổ chức Cảnh sát hình sự quốc tế (INTERPOL) cho biết INTERPOL sẽ hỗ trợ.", "ORG", ["Tổ chức Cảnh sát hình sự quốc tế", "INTERPOL", "INTERPOL"]);
  });
});

describe("words of plain letters that are not acronyms (PLAIN_WORD)", () => {
  it("every capital that folds to plain letters has a lowercase form and is its own capital", () => {
    // What the bit relies on: such a word in capitals throughout counts each letter (tokenize/shapes.ts), so it is `upper`.
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!/^\p{Lu}$/u.test(c) || !/^[a-z]+$/.test(fold(c))) continue;
      if (c.toLowerCase() === c || c.toUpperCase() !== c) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("skips the acronym test only where it says no", () => {
    const g = orgLists(registry({ "org/intl-orgs": ["ASEAN||acronym"] }));
    const words = ["BHXH", "Bhxh", "ĐẢNG", "BỘ", "HĐND", "G20", "XV", "İSTANBUL", "ẞAB", "Bộ", "ASEAN", "UBND", "Ubnd", "INTERPOL", "GD&ĐT", "ΣΑΣ", "AB", "Ab"];
    for (const w of words) {
      const ts = toks(w);
      const t = ts[0]!;
      const b = g.bits(t);
      expect(mayTakeAcronymRule(g.gates, ts, 0, t, b), w).toBe((t.cap || (b & ACRONYM_LOWER_LED) !== 0) && (mayListAcronym(g.gates, ts, 0, b) || isAcronymToken(t)));
    }
    expect(g.bits(toks("Bộ")[0]!) & PLAIN_WORD).toBe(PLAIN_WORD);
    expect(g.bits(toks("G20")[0]!) & PLAIN_WORD).toBe(0);
  });
});

describe("listed entries behind the three-word gate (mayContinue)", () => {
  const r = orgLists(registry({ "org/vn-bodies": ["Công an nhân dân", "Bộ Công an", "Quốc hội", "Interpol"], "org/intl-orgs": ["ASEAN|ASEAN|acronym", "Liên hợp quốc"] }));
  const may = (s: string) => {
    const ts = toks(s);
    const b = r.bits(ts[0]!);
    return (b & BODY) !== 0 && ((b & BODY_ONE) !== 0 || (ts[1] !== undefined && mayContinue(r.gates, ts, 1, r.bits(ts[1]), BODY_SECOND, BODY_PAIR_END, BODY_THIRD)));
  };
  it("lets through every way an entry can start, in any case and without diacritics", () => {
    for (const s of ["Công an nhân dân", "CÔNG AN NHÂN DÂN", "Cong an nhan dan", "Bộ Công an", "Bo Cong an", "Quốc hội họp", "Quoc hoi", "Interpol", "Liên hợp quốc"]) expect(may(s), s).toBe(true);
  });
  it("stops a first and second word that only begin longer entries when the third word begins none", () => {
    for (const s of ["Công an tỉnh", "Công an", "Bộ Y tế", "Quốc phòng"]) expect(may(s), s).toBe(false);
  });
  it("finds the same names in running text", () => {
    expectSpans("Lực lượng Công an nhân dân và Công an tỉnh Nghệ An phối hợp với Bộ Công an.", "ORG", ["Công an nhân dân", "Công an tỉnh Nghệ An", "Bộ Công an"]);
  });
});

describe("lowercase nouns before a name (NOUN_LONGER)", () => {
  const g = orgLists(builtinLexicons());
  const b = (w: string) => g.bits(toks(w)[0]!) & NOUN_LONGER;
  it("marks the first words of nouns of two words or more only", () => {
    for (const w of ["tiệm", "cửa", "mạng", "đảng", "thanh", "văn", "hãng", "tieu"]) expect(b(w), w).toBe(w === "tieu" ? 0 : NOUN_LONGER);
    for (const w of ["báo", "trang", "trường", "tờ", "sở", "ban"]) expect(b(w), w).toBe(0);
  });
  it("finds names after one-word and longer nouns", () => {
    expectSpans("Ông mua nhẫn ở tiệm vàng Kim Lượng rồi đọc trang Dân Việt và tờ Thanh Tra.", "ORG", ["Kim Lượng", "Dân Việt", "Thanh Tra"]);
    expectSpans("Ông Nguyễn Văn A, Bí thư đảng ủy Xã Tân Phú, phát biểu.", "ORG", ["đảng ủy Xã Tân Phú"]);
  });
});

describe("head words in the ORG word bits (HEAD_ONE, HEAD_FIRST, HEAD_SECOND)", () => {
  it("allow a head wherever the table finds one, and matchGated answers as match there", () => {
    const g = orgLists(builtinLexicons());
    const dir = "corpora/articles";
    const text = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, 40).map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
    const wrong: string[] = [];
    for (const variant of [text, text.toUpperCase(), fold(text)]) {
      const ts = toks(variant);
      for (let i = 0; i < ts.length; i++) {
        const b = g.bits(ts[i]!);
        const next = ts[i + 1] ? g.bits(ts[i + 1]!) : 0;
        const may = (b & HEAD_ONE) !== 0 || ((b & HEAD_FIRST) !== 0 && (next & HEAD_SECOND) !== 0);
        const m = ORG_HEADS.match(ts, i);
        if (m && !may) wrong.push(`${ts[i]!.text} ${ts[i + 1]?.text}`);
        if (may && ORG_HEADS.matchGated(ts, i)?.end !== m?.end) wrong.push(`gated ${ts[i]!.text}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("the open parenthesis by its word bit and length (isOpenParen)", () => {
  it("no code unit but '(' folds to '('", () => {
    const others: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (c !== 0x28 && fold(String.fromCharCode(c)) === "(") others.push(c);
    expect(others).toEqual([]);
  });
  it("finds '(' and nothing else among the tokens", () => {
    const g = orgLists(builtinLexicons());
    const ts = toks("Bộ Công an (BCA) – （BCA） ( ) ((x)) [y] {z}");
    expect(ts.filter((t) => isOpenParen(t, g.bits(t))).map((t) => t.text)).toEqual(ts.filter((t) => t.text === "(").map((t) => t.text));
  });
});
