import { describe, expect, it } from "vitest";
import { WindowCache } from "../../src/lexicon/window-cache.js";
import { FuzzyIndex } from "../../src/lexicon/fuzzy.js";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";

const toks = (s: string) => tokenize(normalize(s).view);

describe("window cache (answers by the words' ids)", () => {
  it("tells windows apart by their words, their order and their length", () => {
    const c = new WindowCache<string>(100);
    const ts = toks("Bộ Ngoại giao Bộ Ngoại giao giao Ngoại");
    c.set(ts, 0, 1, "bộ ngoại");
    c.set(ts, 0, 2, "bộ ngoại giao");
    expect(c.get(ts, 3, 4)).toBe("bộ ngoại"); // the same words elsewhere
    expect(c.get(ts, 3, 5)).toBe("bộ ngoại giao");
    expect(c.get(ts, 1, 2)).toBeUndefined();
    expect(c.get(ts, 6, 7)).toBeUndefined(); // the same words as 1..2, reversed
    expect(c.get(ts, 0, 3)).toBeUndefined();
    expect(c.get(toks("BỘ NGOẠI"), 0, 1)).toBe("bộ ngoại"); // ids are of folded words
  });
  it("keeps many windows, and starts over past its limit", () => {
    const ts = toks(Array.from({ length: 400 }, (_, k) => `từ${k}`).join(" "));
    const c = new WindowCache<number>(1000);
    const want: number[] = [];
    for (let i = 0; i + 2 < ts.length; i++) c.set(ts, i, i + 2, want[i] = i);
    const got: (number | undefined)[] = [];
    for (let i = 0; i + 2 < ts.length; i++) got.push(c.get(ts, i, i + 2));
    expect(got).toEqual(want);
    const small = new WindowCache<number>(10);
    for (let i = 0; i < 10; i++) small.set(ts, i, i + 1, i);
    expect(small.get(ts, 3, 4)).toBe(3);
    small.set(ts, 20, 21, 20); // the eleventh: the first ten are forgotten
    expect(small.get(ts, 3, 4)).toBeUndefined();
    expect(small.get(ts, 20, 21)).toBe(20);
  });
});

describe("fuzzy windows: by ids and by key alike", () => {
  const lex = new Lexicon({
    id: "t/bodies",
    type: "ORG",
    columns: ["canonical"],
    rows: [["Bộ Ngoại giao"], ["Ủy ban Kiểm tra Trung ương"], ["Ban Chấp hành Trung ương"], ["Thanh Hóa"]],
  });
  const ix = new FuzzyIndex(lex, (s) => toks(s).map((t) => t.fold));
  const hit = (m: ReturnType<typeof ix.matchAt>) => m && [m.entry.surface, m.distance, m.end];
  it("gives the same hits with ids, without them (fid 0), and when asked again", () => {
    for (const text of ["Bộ Ngoại giap", "Uy ban Kiem tra Trung uong x", "ỦY BAN KIỂM TRA TRUNG ƯƠNGG", "Ban Chap hanh Trung uong", "Thanh Hoas", "Bộ Ngoại giao"]) {
      const ts = toks(text);
      const first = hit(ix.matchAt(ts, 0));
      expect(hit(ix.matchAt(ts, 0)), text).toEqual(first);
      expect(hit(ix.matchAt(ts.map((t) => ({ ...t, fid: 0 })), 0)), text).toEqual(first);
    }
    expect(hit(ix.matchAt(toks("Bộ Ngoại giap"), 0))).toEqual(["Bộ Ngoại giao", 1, 3]);
  });
  it("a reused index (its windows and reach kept) answers as a fresh one, at every position", () => {
    const text = "Ông Uy ban Kiem tra Trung uong và Ban Chap hanh Trung uongg, Bộ Ngoại giap với Thanh Hoas và Bộ Ngoai giao";
    const ts = toks(text);
    const reused = ts.map((_, i) => hit(ix.matchAt(ts, i)));
    const fresh = ts.map((_, i) => hit(new FuzzyIndex(lex, (s) => toks(s).map((t) => t.fold)).matchAt(ts, i)));
    expect(reused).toEqual(fresh);
    expect(reused.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  });
  it("walks past no word longer than any term (a word of more than a thousand letters)", () => {
    expect(ix.matchAt(toks(`Thanh ${"o".repeat(1500)} Hoas`), 0)).toBeNull();
    expect(hit(ix.matchAt(toks(`Thanh Hoas ${"o".repeat(1500)}`), 0))).toEqual(["Thanh Hóa", 1, 2]);
  });
});
