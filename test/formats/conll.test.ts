import { describe, expect, it } from "vitest";
import { readConll, writeConll } from "../../src/formats/conll.js";
import type { Span } from "../../src/doc.js";
import { sample } from "./fixtures.js";

const outer = (spans: readonly Span[]) => spans.filter((s) => s.parent === undefined).map(({ type, start, end, text }) => ({ type, start, end, text }));

describe("CoNLL BIO", () => {
  it("conll: tokens carry offsets and BIO tags of the outermost spans only", () => {
    const lines = writeConll("s1", sample.text, sample.spans).split("\n");
    expect(lines[0]).toBe("# doc = s1");
    expect(lines).toContain(`Thứ\t${sample.text.indexOf("Thứ")}\t${sample.text.indexOf("Thứ") + 3}\tB-OFFICIAL`);
    expect(lines.some((l) => l.endsWith("B-PERSON") || l.endsWith("B-TITLE"))).toBe(false);
    expect(lines.find((l) => l.startsWith("Tám\t"))).toMatch(/\tI-OFFICIAL$/);
  });

  it("conll: reading back gives the same outermost spans", () => {
    const back = readConll(writeConll("s1", sample.text, sample.spans), new Map([["s1", sample.text]]));
    expect(back).toHaveLength(1);
    expect(back[0]!.doc).toBe("s1");
    expect(back[0]!.spans).toEqual(outer(sample.spans));
  });

  it("conll: a span boundary inside a token splits the token, so the round trip stays exact", () => {
    const text = "Tại TP.HCM hôm qua.";
    const spans: Span[] = [{ type: "LOC", start: 7, end: 10, text: "HCM" }];
    const out = writeConll("x", text, spans);
    expect(out).toContain("HCM\t7\t10\tB-LOC");
    expect(readConll(out, new Map([["x", text]]))[0]!.spans).toEqual([{ type: "LOC", start: 7, end: 10, text: "HCM" }]);
  });

  it("conll: two adjacent spans of one type stay two spans (B then B)", () => {
    const text = "Hà Nội Đà Nẵng";
    const spans: Span[] = [
      { type: "LOC", start: 0, end: 6, text: "Hà Nội" },
      { type: "LOC", start: 7, end: 14, text: "Đà Nẵng" },
    ];
    const back = readConll(writeConll("x", text, spans))[0]!.spans;
    expect(back.map((s) => [s.start, s.end])).toEqual([
      [0, 6],
      [7, 14],
    ]);
  });

  it("conll: sentences are separated by a blank line, documents by their header", () => {
    const a = writeConll("a", "Một câu. Câu hai.\nDòng ba", []);
    expect(a.split("\n").filter((l) => l === "").length).toBeGreaterThanOrEqual(3);
    const both = readConll(a + writeConll("b", "Hà Nội", [{ type: "LOC", start: 0, end: 6, text: "Hà Nội" }]));
    expect(both.map((d) => d.doc)).toEqual(["a", "b"]);
  });

  it("conll: a malformed line is an error naming the line", () => {
    expect(() => readConll("# doc = a\nHà\t0\t2\tB-LOC\nNội\t3\n")).toThrow(/line 3: expected 4 tab-separated columns/);
  });
});
