import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { termKeys } from "../../../src/lexicon/lexicon.js";
import { ExactFirsts } from "../../../src/recognizers/official/exact-firsts.js";
import { foldsAlike, foldWord, WordSet } from "../../../src/recognizers/official/word-set.js";

const toks = (text: string) => tokenize(normalize(text).view);

/** The lowercase words of the dictionaries this recognizer reads, and a few the normalizer rewrites. */
function words(): string[] {
  const reg = builtinLexicons();
  const out = new Set<string>(["hoà", "hòa", "thuý", "khoẻ", "uỷ", "quý", "ðông", "ɖa", "ｈa", "tp.", "q.", "a-b", "i̇"]);
  for (const id of reg.ids()) {
    if (!/^(official|person|loc)\//.test(id)) continue;
    for (const e of reg.get(id).entries()) {
      out.add(e.surface.toLowerCase());
      for (const w of e.surface.toLowerCase().split(" ")) out.add(w);
    }
  }
  return [...out];
}

describe("official: tables built at their first question", () => {
  it("foldsAlike: a word of plain letters has foldWord's fold as its token's", () => {
    let alike = 0;
    for (const w of words()) {
      if (!foldsAlike(w)) continue;
      alike++;
      expect([w, termKeys(w)?.fold]).toEqual([w, w.split(" ").map(foldWord)]);
    }
    expect(alike).toBeGreaterThan(1000);
    for (const w of ["ðông", "ɖa", "ｈa", "tp.", "a-b", "Hoà", "hoa  binh", " hoa"]) expect([w, foldsAlike(w)]).toEqual([w, false]);
    for (const w of ["hoà bình", "thành phố", "thị xã"]) expect([w, foldsAlike(w)]).toEqual([w, true]);
  });

  it("WordSet reads its words at the first question, not when made", () => {
    let reads = 0;
    const set = new WordSet(() => {
      reads++;
      return ["Tỉnh", "thành phố"];
    });
    expect(reads).toBe(0);
    const [t, u, v] = toks("tỉnh thành phố");
    expect(set.has(t)).toBe(true);
    expect(set.hasPair(u!, v!, true)).toBe(true);
    expect(set.hasText("thanh pho")).toBe(true);
    expect(set.has(u)).toBe(false);
    expect(reads).toBe(1);
  });

  it("ExactFirsts asked about some lexicons answers as asked about all, for those", () => {
    const reg = builtinLexicons();
    const lists = ["person/address", "loc/countries", "official/titles", "person/surnames"].map((id) => reg.find(id)!);
    const text = "cô có Cô co Việt Viet VIỆT Bộ bộ Bo trưởng ông Ông ong Hoa Hòa Mỹ My Nguyễn Nguyen x";
    const all = new ExactFirsts(lists);
    const want = toks(text).map((t) => all.mask(t));
    for (let bits = 1; bits < 16; bits++) {
      const some = new ExactFirsts(lists);
      expect(toks(text).map((t) => some.mask(t, bits))).toEqual(want.map((m) => m & bits));
    }
  });
});
