import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons, customTermSources, LexiconRegistry, parseDictionary } from "../../../src/lexicon/registry.js";
import { AREA, LEVEL, locLexicons, STANDALONE, TRIGGER, TRIGGER_WORDS } from "../../../src/recognizers/loc/word-gates.js";
import { expectSpans } from "../org/helpers.js";

/** The open groups at the token whose text is `word` (first one). */
function openAt(registry: LexiconRegistry, text: string, word: string): number {
  const toks = tokenize(normalize(text).view);
  const i = toks.findIndex((t) => t.text === word);
  const lx = locLexicons(registry);
  return lx.openAt(toks, i, TRIGGER | STANDALONE.bits);
}

/** The standalone lists a listed name is found in at the token `word`. */
function listsAt(registry: LexiconRegistry, text: string, word: string): string[] {
  const toks = tokenize(normalize(text).view);
  const i = toks.findIndex((t) => t.text === word);
  const lx = locLexicons(registry);
  const m = lx.listed(toks, i, lx.openAt(toks, i, STANDALONE.bits), STANDALONE);
  return m ? [...new Set(m.entries.map((e) => e.lexicon))] : [];
}

describe("loc: per-word gates", () => {
  const builtin = builtinLexicons();

  it("a level phrase is open only when its second word follows", () => {
    expect(openAt(builtin, "về thành phố Huế", "thành") & LEVEL).toBe(LEVEL);
    expect(openAt(builtin, "đã thành công", "thành") & TRIGGER).toBe(0);
    // One-word level words need nothing after them.
    expect(openAt(builtin, "tỉnh Nghệ An", "tỉnh") & LEVEL).toBe(LEVEL);
  });

  it("the same word in capitals or without diacritics opens the same groups", () => {
    const marked = openAt(builtin, "Tiểu vùng sông Mê Công", "Tiểu");
    expect(marked & AREA).toBe(AREA);
    expect(openAt(builtin, "TIỂU VÙNG SÔNG MÊ CÔNG", "TIỂU")).toBe(marked);
    expect(openAt(builtin, "Tieu vung song Me Cong", "Tieu")).toBe(marked);
  });

  it("a listed name opens the lists it starts in, in their order", () => {
    expect(listsAt(builtin, "Đoàn thăm Việt Nam", "Việt")).toContain("loc/countries");
    expect(listsAt(builtin, "Anh Việt cười", "Việt")).not.toContain("loc/countries");
  });

  it("gates follow the registry's own lexicons", () => {
    const own = new LexiconRegistry([parseDictionary("loc/countries", "# source: test\n# licence: test\nXứ Sở Thần Tiên\n")]);
    expect(listsAt(own, "Họ đến Xứ Sở Thần Tiên", "Xứ")).toEqual(["loc/countries"]);
    expect(listsAt(own, "Đoàn thăm Việt Nam", "Việt")).toEqual([]);
    // A registry with custom terms is a new registry: its gates are its own.
    const custom = builtin.with(customTermSources({ LOC: ["Làng Sen"] }));
    expect(locLexicons(custom)).not.toBe(locLexicons(builtin));
    expect(listsAt(custom, "Đoàn thăm Việt Nam", "Việt")).toContain("loc/countries");
  });

  it("places are still found after gated words, in any case", () => {
    expectSpans("Đoàn đến thành phố Cần Thơ, rồi sang Lào.", "LOC", ["thành phố Cần Thơ", "Lào"]);
    expectSpans("Các nước Tiểu vùng sông Mê Công mở rộng họp tại Hà Nội.", "LOC", ["Tiểu vùng sông Mê Công mở rộng", "Hà Nội"]);
    expectSpans("DOAN DEN THANH PHO CAN THO VA HA NOI", "LOC", ["THANH PHO CAN THO", "HA NOI"]);
  });

  it("a pair is open only when its second word is some entry's second word in that group, also in a custom registry", () => {
    const own = new LexiconRegistry([parseDictionary("loc/countries", "# source: test\n# licence: test\nXứ Zyx\n")]);
    expect(listsAt(own, "Họ đến Xứ Zyx", "Xứ")).toEqual(["loc/countries"]);
    expect(listsAt(own, "Họ đến Xứ Sở", "Xứ")).toEqual([]);
    expect(openAt(builtin, "về Thành phố Huế", "Thành") & LEVEL).toBe(LEVEL);
    expect(openAt(builtin, "Thành công", "Thành") & LEVEL).toBe(0);
  });

  it("a trigger word written without diacritics is its own folded key (the scan reads its lowercase form only then)", () => {
    for (const w of TRIGGER_WORDS) {
      const t = tokenize(normalize(w).view)[0]!;
      if (!t.diacritics) expect(t.fold).toBe(t.lower);
    }
    // "tinh" is "tỉnh" typed bare: a level word only in a text typed without diacritics.
    expectSpans("Ông có tinh thần tốt, ở tinh Lâm Đồng.", "LOC", ["Lâm Đồng"]);
    expectSpans("Ong co tinh than tot, o tinh Lam Dong.", "LOC", ["tinh Lam Dong"]);
    expectSpans("Đoàn thăm khu công nghiệp Quang Minh và Khu kinh tế Vân Phong.", "LOC", ["Quang Minh", "Khu kinh tế Vân Phong"]);
  });

  it("a one-word subdivision rejected whatever the context is not walked: as written, in capitals, without diacritics", () => {
    expectSpans("Đội tuyển Việt Nam đến Nam Carolina, rồi Nam về nhà.", "LOC", ["Việt Nam", "Nam Carolina"]);
    expectSpans("Doi tuyen Viet Nam den Nam Carolina.", "LOC", ["Viet Nam", "Nam Carolina"]);
    expectSpans("Hôm qua Bắc và Trung đã đến Texas.", "LOC", ["Texas"]);
  });

  it("a one-word subdivision that is a Vietnamese word is skipped; other subdivisions and longer names are not", () => {
    expectSpans("Hôm qua Nam đã đến thăm Trung Quốc.", "LOC", ["Trung Quốc"]);
    expectSpans("Ông ấy sống ở California nhiều năm.", "LOC", ["California"]);
    expectSpans("Đội tuyển Việt Nam thắng.", "LOC", ["Việt Nam"]);
  });
});
