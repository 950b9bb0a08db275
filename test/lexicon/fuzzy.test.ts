import { describe, expect, it } from "vitest";
import { FuzzyIndex, allowedEdits } from "../../src/lexicon/fuzzy.js";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";

const toks = (s: string) => tokenize(normalize(s).view);
const keys = (s: string) => toks(s).map((t) => t.fold);
const lex = new Lexicon({
  id: "t/places",
  type: "LOC",
  columns: ["canonical"],
  rows: [["Thanh Hóa"], ["Quảng Ngãi"], ["Bà Rịa - Vũng Tàu"], ["Thừa Thiên Huế"], ["Huế"], ["Cơ quan Quản lý di dân quốc gia"]],
});
const ix = new FuzzyIndex(lex, keys);

describe("fuzzy lookup on folded keys", () => {
  it("allows 1 edit from 8 letters and 2 from 16", () => {
    expect([allowedEdits(7), allowedEdits(8), allowedEdits(15), allowedEdits(16)]).toEqual([0, 1, 1, 2]);
  });
  it.each([
    ["one letter added", "Thanh Hoas", "Thanh Hóa", 1],
    ["one letter dropped, no diacritics", "Quang Ngi", "Quảng Ngãi", 1],
    ["an exact folded match is left to the trie", "Thua Thien Hue", null, 0], // exact folded match is the trie's job, not fuzzy
    ["two edits in a long name", "Co quan Quan ly di dan quoc gai", "Cơ quan Quản lý di dân quốc gia", 2],
  ])("%s: %s", (_n, text, want, distance) => {
    const m = ix.matchAt(toks(text), 0);
    if (want === null) expect(m).toBeNull();
    else expect([m?.entry.surface, m?.distance]).toEqual([want, distance]);
  });
  it("short names get no fuzzy match (Huế ≠ Hụe)", () => {
    expect(ix.matchAt(toks("Hue x"), 0)).toBeNull();
    expect(ix.matchAt(toks("Hụee"), 0)).toBeNull();
  });
  it("a word that is merely similar to nothing long gives nothing", () => {
    expect(ix.matchAt(toks("Thanh niên"), 0)).toBeNull();
  });
});

describe("fuzzy index caches (per word, per window key)", () => {
  const hit = (m: ReturnType<typeof ix.matchAt>) => m && [m.entry.surface, m.distance, m.end];
  it("answers the same for a window seen again, in another text, and for uninterned words (fid 0)", () => {
    const first = hit(ix.matchAt(toks("Quang Ngi"), 0));
    expect(first).toEqual(["Quảng Ngãi", 1, 2]);
    expect(hit(ix.matchAt(toks("ở tỉnh Quang Ngi hôm qua"), 2))).toEqual(["Quảng Ngãi", 1, 4]);
    const raw = toks("Quang Ngi").map((t) => ({ ...t, fid: 0 }));
    expect(hit(ix.matchAt(raw, 0))).toEqual(first);
  });
  it("a one-word window keeps its answer per word, whatever the case or diacritics", () => {
    const one = new FuzzyIndex(new Lexicon({ id: "t/c", type: "LOC", columns: ["canonical"], rows: [["Singapore"], ["Thanh Hóa"]] }), keys);
    for (const text of ["Singapor", "SINGAPOR", "singapor", "Singapor"]) expect(hit(one.matchAt(toks(text), 0))).toEqual(["Singapore", 1, 1]);
    expect(one.matchAt(toks("Singapore"), 0)).toBeNull(); // exact: the trie's
  });
  it("a refused hit lets the next best one (or a longer window) count", () => {
    const m = ix.matchAt(toks("Thanh Hoas"), 0, { accept: (_e, end, start) => end - start >= 3 });
    expect(m).toBeNull();
    expect(hit(ix.matchAt(toks("Thanh Hoas"), 0, { accept: (e) => e.surface === "Thanh Hóa" }))).toEqual(["Thanh Hóa", 1, 2]);
  });
  it("lookup lists every hit, best first", () => {
    expect(ix.lookup(["quang", "ngi"]).map((h) => [h.entry.surface, h.distance])).toEqual([["Quảng Ngãi", 1]]);
    expect(ix.lookup(["quang", "ngai"]).map((h) => h.distance)).toEqual([0]);
  });
});
