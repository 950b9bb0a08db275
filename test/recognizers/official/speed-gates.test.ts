import { afterEach, describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { PipelineContext } from "../../../src/pipeline/context.js";
import { ENTITY_TYPES } from "../../../src/doc.js";
import type { Candidate } from "../../../src/recognizers/recognizer.js";
import { Lookup } from "../../../src/recognizers/official/lookup.js";
import { WordSet } from "../../../src/recognizers/official/lexicons.js";
import { TokenCursor } from "../../../src/recognizers/common/token-cursor.js";
import { SlotIndex } from "../../../src/recognizers/official/slot.js";
import { survey } from "../../../src/recognizers/official/survey.js";
import { officialLexicons } from "../../../src/recognizers/official/lexicons.js";
import { placeLexicons } from "../../../src/recognizers/official/gate.js";

const toks = (text: string) => tokenize(normalize(text).view);

function context(text: string): PipelineContext {
  const { view, map } = normalize(text);
  return new PipelineContext({ text, view, map, tokens: tokenize(view), refDate: null, lexicons: builtinLexicons(), types: new Set(ENTITY_TYPES) });
}

describe("official: the cheap gates before the tries give the tries' answers", () => {
  afterEach(() => Lookup.releaseAll());

  it("Lookup turns away a word written with other diacritics than any entry, not one without diacritics", () => {
    const address = new Lookup(builtinLexicons().find("person/address")!);
    expect(address.at(toks("cô giáo"), 0)?.entry.surface).toBe("cô");
    expect(address.at(toks("có thể"), 0)).toBeNull(); // folds like "cô"
    expect(address.at(toks("co Lan den"), 0)?.exact).toBe(false); // no diacritics at all: the folded match stands
    expect(address.at(toks("CÔ LAN"), 0)?.entry.surface).toBe("cô");
  });

  it("Lookup.atLikelyStart gives at's answer at every token, whichever is asked first", () => {
    const text = "Ông Lê Văn Hòa, Phó Thủ tướng, và bà Trần Thị B có thể gặp cô giáo. THU TRUONG Bo Cong an; Đại tá Nguyễn Văn A";
    for (const id of ["official/titles", "official/title-modifiers", "person/address", "person/surnames", "official/ranks"]) {
      const lex = builtinLexicons().find(id)!;
      const want = new Lookup(lex);
      const t1 = toks(text);
      const expected = t1.map((_, i) => want.at(t1, i));
      for (const firstLikely of [true, false]) {
        const lk = new Lookup(lex);
        const t2 = toks(text);
        const got = t2.map((_, i) => (firstLikely ? lk.atLikelyStart(t2, i) : lk.at(t2, i)));
        const again = t2.map((_, i) => (firstLikely ? lk.at(t2, i) : lk.atLikelyStart(t2, i)));
        const view = (ms: (ReturnType<Lookup["at"]>)[]) => ms.map((m) => m && `${m.start}-${m.end} ${m.entry.surface} ${m.exact}`);
        expect([id, view(got)]).toEqual([id, view(expected)]);
        expect([id, view(again)]).toEqual([id, view(expected)]);
      }
      Lookup.releaseAll();
    }
  });

  it("every entry of the recognizer's lists, written as listed, is found at its first word", () => {
    for (const id of ["official/titles", "official/ranks", "official/bodies", "official/places", "person/address", "person/surnames"]) {
      const lex = builtinLexicons().find(id)!;
      const lk = new Lookup(lex);
      for (const e of lex.entries()) {
        const t = toks(e.surface);
        if (t.some((x) => x.kind === "newline")) continue;
        const m = lk.at(t, 0);
        expect([id, e.surface, m?.exact]).toEqual([id, e.surface, true]);
      }
      Lookup.releaseAll();
    }
  });

  it("WordSet.hasPair answers as hasText on the two words joined, as written or folded", () => {
    const set = new WordSet(["thành phố", "thị xã", "tỉnh", "cho biết", "ðông ða"]);
    const texts = ["thành phố", "thanh pho", "THÀNH PHỐ", "thị xã", "thi xa", "thành công", "tỉnh ủy", "cho biết", "cho biet", "ðông ða", "dong da", "đông đa"];
    for (const text of texts) {
      const [a, b] = toks(text);
      for (const asWritten of [true, false]) {
        const joined = asWritten ? `${a!.lower} ${b!.lower}` : `${a!.fold} ${b!.fold}`;
        expect([text, asWritten, set.hasPair(a!, b!, asWritten)]).toEqual([text, asWritten, set.hasText(joined)]);
      }
    }
  });

  it("TokenCursor gives Context.tokenAt's answer whatever order the offsets come in", () => {
    const ctx = context("Bộ trưởng Lê Văn Hòa, Bộ Công an.\n\nÔng nói: \"Hà Nội\" — 2026!");
    const n = ctx.view.length;
    const offsets = [...Array(n + 3).keys()].map((k) => k - 1);
    const shuffled = [...offsets].sort((a, b) => ((a * 7919) % 31) - ((b * 7919) % 31));
    for (const order of [offsets, [...offsets].reverse(), shuffled]) {
      const cursor = new TokenCursor(ctx.tokens);
      for (const pos of order) expect([pos, cursor.at(pos)]).toEqual([pos, ctx.tokenAt(pos)]);
    }
    expect(new TokenCursor([]).at(0)).toBe(-1);
  });

  it("SlotIndex keeps the candidates at a token in order of types, then of each recognizer", () => {
    const ctx = context("Giám đốc Sở Y tế Hà Nội phát biểu");
    const cand = (type: Candidate["type"], a: string, source: string): Candidate => {
      const start = ctx.view.indexOf(a);
      return { type, start, end: start + a.length, source };
    };
    ctx.add([cand("EVENT", "Sở Y tế", "e1"), cand("LOC", "Hà Nội", "l1"), cand("ORG", "Sở Y tế Hà Nội", "o1"), cand("ORG", "Sở Y tế", "o2"), cand("LOC", "Sở", "l2")]);
    const idx = new SlotIndex(ctx);
    const at = (k: number) => {
      const out: string[] = [];
      for (let c = idx.first(k); c >= 0; c = idx.next(c)) out.push(`${idx.cand(c).source}:${idx.end(c)}`);
      return out;
    };
    expect(at(2)).toEqual(["o1:7", "o2:5", "l2:3", "e1:5"]);
    expect(at(5)).toEqual(["l1:7"]);
    expect(at(0)).toEqual([]);
    expect(at(99)).toEqual([]);
  });

  it("the survey's listed places are each place list's exact matches at capitals, read without gates", () => {
    const texts = [
      "Đại sứ Việt Nam tại Hoa Kỳ gặp Bộ trưởng Ngoại giao Trung Quốc ở Hà Nội và Thành phố Hồ Chí Minh.",
      "ĐẠI SỨ VIỆT NAM TẠI HOA KỲ, Hà Giang, Đức, Mỹ, Thái Lan, Nam Phi",
      "Dai su Viet Nam tai Hoa Ky gap Bo truong o Ha Noi",
    ];
    for (const text of texts) {
      const ctx = context(text);
      const lx = officialLexicons(ctx);
      const listed = survey(ctx, lx).listed;
      const want = new Array<number>(ctx.tokens.length).fill(0);
      for (const lex of placeLexicons(lx)) {
        let next = 0;
        for (let i = 0; i < ctx.tokens.length; i++) {
          if (!ctx.tokens[i]!.cap || i < next) continue;
          const m = lex.longestAt(ctx.tokens, i, true);
          if (!m) continue;
          next = m.end;
          if (m.entry.fields["kind"] !== "ambiguous") for (let k = m.start; k < m.end; k++) want[k] = 1;
        }
      }
      expect(Array.from(listed.subarray(0, ctx.tokens.length))).toEqual(want);
      expect(want.some((x) => x === 1)).toBe(!text.startsWith("Dai"));
    }
  });
});
