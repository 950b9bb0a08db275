import { describe, expect, it } from "vitest";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { normalize } from "../../src/normalize/normalize.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { PhraseTable } from "../../src/recognizers/common/phrase-table.js";
import { accentFreeSet } from "../../src/recognizers/common/accent-free-phrases.js";
import { casedLike, firstKeys, longestOf, mayStartAt } from "../../src/recognizers/common/proper-name-run.js";

// The per-word gates (FoldCache by fold id) must give the same answers as
// the string look-ups they replace, whatever the case or diacritics of the
// word, and per lexicon / per table (custom terms make new ones).
const toks = (s: string) => tokenize(normalize(s).view);
const lex = (id: string, rows: string[]) => new Lexicon({ id, type: "LOC", columns: ["canonical"], rows: rows.map((r) => [r]) });

describe("trie gate: first words by fold id", () => {
  it("is per lexicon: a word one lexicon starts with is not a start for another", () => {
    const a = lex("t/a", ["Sao Mai"]);
    const b = lex("t/b", ["Hà Nội"]);
    const t = toks("SAO Mai, sao mai, Ha Noi, HÀ NỘI");
    expect(a.canStartAt(t[0]!)).toBe(true);
    expect(b.canStartAt(t[0]!)).toBe(false);
    expect(a.longestAt(t, 0)!.entry.surface).toBe("Sao Mai");
    expect(a.longestAt(t, 3)!.exact).toBe(true);
    expect(b.longestAt(t, 6)!.exact).toBe(false);
    expect(b.longestAt(t, 6, true)).toBeNull();
    expect(b.longestAt(t, 9)!.exact).toBe(true);
    expect(a.longestAt(t, 6)).toBeNull();
  });
  it("orders exact readings first when entries share a folded key", () => {
    const l = lex("t/c", ["Mý", "Mỹ"]);
    const m = l.longestAt(toks("Mỹ"), 0)!;
    expect(m.entries.map((e) => e.surface)).toEqual(["Mỹ", "Mý"]);
    expect(m.entry.surface).toBe("Mỹ");
    expect(l.longestAt(toks("My"), 0)!.entries.map((e) => e.surface)).toEqual(["Mý", "Mỹ"]);
  });
  it("stops at the end of the tokens", () => {
    const l = lex("t/d", ["Bà Rịa", "Bà Rịa Vũng Tàu"]);
    const m = l.longestAt(toks("ở Bà Rịa"), 1)!;
    expect([m.start, m.end]).toEqual([1, 3]);
  });
});

describe("mayStartAt / longestOf gates", () => {
  it("checks the second word of multi-word entries", () => {
    const l = lex("t/e", ["Hà Nội", "Huế"]);
    const k = firstKeys(l);
    const t = toks("Hà Tĩnh, HA NOI, huế");
    expect(mayStartAt(k, t, 0)).toBe(false);
    expect(mayStartAt(k, t, 3)).toBe(true);
    expect(mayStartAt(k, t, 6)).toBe(true);
    expect(longestOf([l], t, 3)!.entry.surface).toBe("Hà Nội");
    expect(longestOf([undefined, l], t, 0)).toBeNull();
  });
  it("reads the second word by fold id, or by its fold when it has none", () => {
    const k = firstKeys(lex("t/f", ["Sông Hồng", "Sông Mã", "Đà Nẵng"]));
    for (const f of [toks, (s: string) => toks(s).map((t) => ({ ...t, fid: 0 }))]) {
      const t = f("sông Hồng, SONG MA, Sông Đà, Đà Nẵng");
      expect([0, 3, 6, 9].map((i) => k.follows(t[i]!, t[i + 1]!))).toEqual([true, true, false, true]);
      expect(k.follows(t[1]!, t[0]!)).toBe(false);
    }
  });
});

describe("casedLike (the case of a surface's words kept by surface)", () => {
  it("compares each token's capital with its word's, the same when asked again", () => {
    const t = toks("sông Mê Công, Sông Mê Công, châu Á, Cam-pu-chia");
    for (let n = 0; n < 2; n++) {
      expect(casedLike(t, 0, 3, "sông Mê Công")).toBe(true);
      expect(casedLike(t, 4, 7, "sông Mê Công")).toBe(false);
      expect(casedLike(t, 4, 7, "Sông Mê Công")).toBe(true);
      expect(casedLike(t, 8, 10, "châu Á")).toBe(true);
      expect(casedLike(t, 11, 16, "Cam-pu-chia")).toBe(true);
    }
  });
});

describe("phrase table gates", () => {
  it("match exactly, or folded when asked, for words seen in any case", () => {
    const p = new PhraseTable<number>([["hội nghị", 1]]);
    expect(p.match(toks("HỘI NGHỊ"), 0)?.value).toBe(1);
    expect(p.match(toks("hoi nghi"), 0)).toBeNull();
    expect(p.match(toks("hoi nghi"), 0, true)?.value).toBe(1);
    expect(p.has(toks("Hội nghị"), 0)).toBe(true);
    p.add("hoa", 2);
    expect(p.match(toks("Hoà"), 0)).toBeNull();
    expect(p.match(toks("Hoa"), 0)?.value).toBe(2);
  });
  it("take the longest phrase; of two with the same words, the first added", () => {
    const p = new PhraseTable<string>([["ủy ban", "a"], ["ủy ban nhân dân", "b"], ["ủy ban", "c"], ["ủy", "d"]]);
    expect(p.match(toks("Ủy ban nhân dân tỉnh"), 0)).toEqual({ value: "b", end: 4, words: ["ủy", "ban", "nhân", "dân"] });
    expect(p.match(toks("Ủy ban nhân"), 0)?.value).toBe("a");
    expect(p.match(toks("ủy viên"), 0)?.value).toBe("d");
    expect(p.match(toks("uy ban nhan dan"), 0, true)).toEqual({ value: "b", end: 4, words: ["uy", "ban", "nhan", "dan"] });
    expect(p.has(toks("ủy"), 0)).toBe(true);
    expect(p.has(toks("ban"), 0)).toBe(false);
  });
  it("tell apart first words that fold alike, with or without a fold id", () => {
    const p = new PhraseTable<number>([["hội nghị", 1], ["hồi hương", 2], ["hôi", 3]]);
    const noId = (ts: ReturnType<typeof toks>) => ts.map((t) => ({ ...t, fid: 0 }));
    for (const f of [toks, (s: string) => noId(toks(s))]) {
      expect(p.match(f("Hồi hương"), 0)?.value).toBe(2);
      expect(p.match(f("hồi nghị"), 0)).toBeNull();
      expect(p.match(f("hồi nghị"), 0, true)?.value).toBe(1); // folded: "hoi nghi"
      expect(p.match(f("HÔI thối"), 0)?.value).toBe(3);
      expect(p.match(f("hoi huong"), 0, true)?.value).toBe(2);
      expect(p.endAt(f("hội nghị thượng đỉnh"), 0)).toBe(2);
      expect(p.endAt(f("hội đồng"), 0)).toBe(0);
      expect(p.has(f("hơi"), 0)).toBe(false);
      expect(p.has(f("hơi"), 0, true)).toBe(true); // "hôi" folded
    }
  });
  it("accent-free phrases match unaccented text only", () => {
    const s = accentFreeSet(["thành phố"], ["đi"]);
    expect(s.has(toks("Thành phố"), 0)).toBe(true);
    expect(s.has(toks("thanh pho nay la noi dep"), 0)).toBe(true);
    expect(s.has(toks("thanh phố này là nơi đẹp"), 0)).toBe(false);
  });
});
