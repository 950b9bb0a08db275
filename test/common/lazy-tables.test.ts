import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/normalize.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { PhraseTable } from "../../src/recognizers/common/phrase-table.js";
import { AccentFreePhrases } from "../../src/recognizers/common/accent-free-phrases.js";

// Phrase tables build nothing until asked, and their tries only at a word
// that may start a phrase: what they answer must not depend on when (or
// whether) the tries were built, nor on phrases added before or after.
const toks = (s: string) => tokenize(normalize(s).view);
const PHRASES: [string, number][] = [["Hội nghị", 1], ["  hồi  hương ", 2], ["hôi", 3], ["ỦY BAN nhân dân", 4], ["", 5], ["   ", 6], ["Thành\tphố", 7]];

describe("lazy phrase tables", () => {
  it("read first words as the tries do: NFC, lowercase, split on any white space", () => {
    const phrases = ["Hội nghị", "  Ủy\u00a0ban", "\tTHÀNH\u2000phố", "ho\u0300a bi\u0300nh", "ΟΔΟΣ Α", "", " \u3000 ", "x"];
    const t = new PhraseTable(phrases.map((p) => [p, 1] as const));
    const want = phrases.map((p) => p.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean)[0]).filter((w) => w !== undefined);
    expect([...t.firstWords()]).toEqual(want);
    expect(want).toEqual(["hội", "ủy", "thành", "hòa", "οδος", "x"]);
  });
  it("give the same first words before and after the tries are built", () => {
    const lazy = new PhraseTable(PHRASES);
    const before = [[...lazy.firstWords()], [...lazy.firstWords(true)]];
    expect(before).toEqual([["hội", "hồi", "hôi", "ủy", "thành"], ["hoi", "uy", "thanh"]]);
    const built = new PhraseTable(PHRASES);
    expect(built.match(toks("hội nghị"), 0)?.value).toBe(1); // builds the tries
    expect([[...built.firstWords()], [...built.firstWords(true)]]).toEqual(before);
  });
  it("answer words that start no phrase without building the tries, and build them at one that may", () => {
    const p = new PhraseTable(PHRASES);
    expect(p.match(toks("Hà Nội"), 0)).toBeNull();
    expect((p as unknown as { pending: unknown }).pending).not.toBeNull();
    expect(p.match(toks("Ủy ban nhân dân tỉnh"), 0)).toEqual({ value: 4, end: 4, words: ["ủy", "ban", "nhân", "dân"] });
    expect((p as unknown as { pending: unknown }).pending).toBeNull();
    expect(p.match(toks("thành phố"), 0)?.value).toBe(7);
    expect(p.match(toks("hoi huong"), 0, true)?.value).toBe(2);
  });
  it("take phrases added before and after the first question, in order", () => {
    const p = new PhraseTable<number>([["hội nghị", 1]]);
    p.add("hội nghị", 9); // same words: the first added wins
    p.add("hòa bình", 2);
    expect(p.match(toks("Hội nghị"), 0)?.value).toBe(1);
    expect(p.match(toks("hoà bình"), 0)?.value).toBe(2);
    p.add("hòa giải", 3);
    expect(p.match(toks("hoà giải"), 0)?.value).toBe(3);
    expect([...p.firstWords(true)]).toEqual(["hoi", "hoa"]);
  });
  it("accent-free tables: first words and answers as listed, nothing built at construction", () => {
    const t = new AccentFreePhrases<number>([["Thành phố", 1], ["đài", 2], ["đài truyền hình", 3]], ["đài"]);
    expect((t as unknown as { tables: unknown }).tables).toBeNull();
    expect([...t.firstExact]).toEqual(["thành", "đài"]);
    expect([...t.firstFold]).toEqual(["thanh", "dai"]);
    expect(t.match(toks("thanh pho nay la noi dep"), 0)?.value).toBe(1);
    expect(t.match(toks("dai o day la noi dep"), 0)).toBeNull(); // "đài" alone is never read unaccented
    expect(t.match(toks("dai truyen hinh o day"), 0)?.value).toBe(3);
    expect(t.has(toks("Đài phát thanh"), 0)).toBe(true);
    expect(t.has(toks("thành phố này là nơi đẹp"), 0)).toBe(true);
    expect(t.has(toks("thanh phố này là nơi đẹp"), 0)).toBe(false);
  });
});
