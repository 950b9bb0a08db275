import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons, parseDictionary } from "../../../src/lexicon/registry.js";
import { PipelineContext } from "../../../src/pipeline/context.js";
import { ENTITY_TYPES } from "../../../src/doc.js";
import { termKeys, type Lexicon } from "../../../src/lexicon/lexicon.js";
import { TokenOffsets } from "../../../src/recognizers/official/token-offsets.js";
import { ExactFirsts } from "../../../src/recognizers/official/exact-firsts.js";
import { foldWord, WordSet } from "../../../src/recognizers/official/lexicons.js";
import { transformText, VARIANTS } from "../../../src/eval/variants.js";
import type { Token } from "../../../src/tokenize/token.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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

  it("TokenOffsets answers the same in any order of questions (it searches from the last answer)", () => {
    const text = readFileSync(join("corpora/articles", readdirSync("corpora/articles").filter((f) => f.endsWith(".txt")).sort()[0]!), "utf8");
    const { view, map } = normalize(text);
    const ctx = new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: null, lexicons: builtinLexicons(), types: new Set(ENTITY_TYPES) });
    const offsets = TokenOffsets.of(ctx.tokens);
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let pos = 0;
    for (let q = 0; q < 5000; q++) {
      // Mostly forward by small steps, sometimes a jump anywhere (back or past the end).
      pos = rand() < 0.8 ? pos + Math.floor(rand() * 40) : Math.floor(rand() * (view.length + 20)) - 5;
      expect([pos, offsets.at(pos)]).toEqual([pos, ctx.tokenAt(pos)]);
    }
  });

  it("ExactFirsts marks the lexicons whose entries start with the token's lowercase, diacritics and all", () => {
    const reg = builtinLexicons();
    const lists = ["person/address", "loc/countries", "official/titles"].map((id) => reg.find(id)!);
    const firsts = new ExactFirsts(lists);
    const sets = lists.map(firstWords);
    const text = "cô có Cô CÔ co cơ Việt Viet VIỆT việt Vietnam Bộ bộ Bo trưởng Trưởng ông Ông ong Hoa Hòa Hóa Mỹ My x";
    // Twice, the second time backwards: the last form asked per word (kept by reference) must not leak into another's answer.
    const list = toks(text);
    for (const t of [...list, ...list.reverse(), ...toks(text)]) {
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

describe("official: WordSet.has without hashing", () => {
  it("answers as the sets would (as written, or folded where the token has no diacritics), on every variant of the articles", () => {
    const words = ["tỉnh", "thành phố", "tp.", "q.", "và", "của", "có", "cô", "ðông", "kiêm", ",", "-", "các", "năm", "hai", "Bộ", "đường"];
    const sets = [new WordSet(words)];
    const lower = new Set(words.map((w) => w.toLowerCase()));
    const folded = new Set([...lower].map(foldWord));
    const want = (t: Token) => lower.has(t.lower) || (!t.diacritics && folded.has(t.fold));
    const dir = "corpora/articles";
    const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, 3).map((f) => readFileSync(join(dir, f), "utf8"));
    let hits = 0;
    for (const v of VARIANTS) {
      for (const a of articles) {
        for (const t of toks(v === "none" ? a : transformText(a, v).text)) {
          for (const set of sets) if (set.has(t) !== want(t)) expect([v, t.text, set.has(t)]).toEqual([v, t.text, want(t)]);
          if (want(t)) hits++;
        }
      }
    }
    for (const t of toks("TP. Hồ Chí Minh, Q. 1, ÐÔNG, Ðông, CÓ, Có, co, CÔ, va, VÀ")) for (const set of sets) expect([t.text, set.has(t)]).toEqual([t.text, want(t)]);
    expect(hits).toBeGreaterThan(100);
  });
});
