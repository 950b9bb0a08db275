import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons, parseDictionary } from "../../../src/lexicon/registry.js";
import { PipelineContext } from "../../../src/pipeline/context.js";
import { ENTITY_TYPES } from "../../../src/doc.js";
import { termKeys, type Lexicon } from "../../../src/lexicon/lexicon.js";
import { TokenOffsets } from "../../../src/recognizers/official/token-offsets.js";
import { ExactFirsts } from "../../../src/recognizers/official/exact-firsts.js";

const toks = (text: string) => tokenize(normalize(text).view);

/** The lowercase first words of a lexicon's entries, as a set (what ExactFirsts stands for). */
function firstWords(lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const e of lex.entries()) {
    const keys = termKeys(e.surface);
    if (keys && keys.lower.length) out.add(keys.lower[0]!);
  }
  return out;
}

describe("official: token offsets and first words as written", () => {
  it("TokenOffsets gives Context.tokenAt's answer at every offset, and is reused for a shorter text", () => {
    const offsets = new TokenOffsets();
    for (const text of ["Bộ trưởng Lê Văn Hòa, Bộ Công an.\n\nÔng nói: \"Hà Nội\" — 2026!", "Hà  Nội", ""]) {
      const { view, map } = normalize(text);
      const ctx = new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: null, lexicons: builtinLexicons(), types: new Set(ENTITY_TYPES) });
      offsets.begin(ctx.tokens.length);
      ctx.tokens.forEach((t, i) => offsets.set(i, t));
      for (let pos = -1; pos <= view.length + 1; pos++) expect([pos, offsets.at(pos)]).toEqual([pos, ctx.tokens.length ? ctx.tokenAt(pos) : -1]);
      expect(TokenOffsets.of(ctx.tokens).at(0)).toBe(offsets.at(0));
    }
  });

  it("ExactFirsts marks the lexicons whose entries start with the token's lowercase, diacritics and all", () => {
    const reg = builtinLexicons();
    const lists = ["person/address", "loc/countries", "official/titles"].map((id) => reg.find(id)!);
    const firsts = new ExactFirsts(lists);
    const sets = lists.map(firstWords);
    const text = "cô có Cô CÔ co cơ Việt Viet VIỆT việt Vietnam Bộ bộ Bo trưởng Trưởng ông Ông ong Hoa Hòa Hóa Mỹ My x";
    for (const t of toks(text)) {
      let want = 0;
      sets.forEach((s, l) => (want |= s.has(t.lower) ? 1 << l : 0));
      expect([t.text, firsts.mask(t)]).toEqual([t.text, want]);
    }
  });

  it("ExactFirsts of a lexicon with custom terms knows the new words, the built-in one does not", () => {
    const base = builtinLexicons().find("person/address")!;
    const custom = builtinLexicons().with([parseDictionary("person/address", "# type: PERSON\nThượng tọa\ncô\n")]);
    const lex = custom.find("person/address")!;
    expect(lex).not.toBe(base);
    const [t] = toks("thượng tọa");
    expect(ExactFirsts.of(lex).mask(t!)).toBe(1);
    expect(ExactFirsts.of(base).mask(t!)).toBe(firstWords(base).has("thượng") ? 1 : 0);
  });
});
