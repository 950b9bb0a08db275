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
  it("foldsAlike: plain words have no token fold but foldWord's", () => {
    let alike = 0;
    const ascii: string[] = [];
    for (let c = 0x21; c < 0x7f; c++) ascii.push(String.fromCharCode(c), "tp" + String.fromCharCode(c), String.fromCharCode(c) + "Ab.");
    for (const w of [...words(), ...ascii, "tp.", "q.", "v.v.", "TP.HCM", "a.b", "u23", "3/2", "--"]) {
      if (!foldsAlike(w)) continue;
      alike++;
      const keys = termKeys(w)!;
      if (w.includes(" ")) expect([w, keys.fold]).toEqual([w, w.split(" ").map(foldWord)]);
      else if (keys.fold.length === 1) expect([w, keys.fold[0]]).toEqual([w, foldWord(w)]);
    }
    expect(alike).toBeGreaterThan(1000);
    for (const w of ["ðông", "ɖa", "ｈa", "tp. hcm", "Hoà", "hoa  binh", " hoa", "a\tb"]) expect([w, foldsAlike(w)]).toEqual([w, false]);
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
