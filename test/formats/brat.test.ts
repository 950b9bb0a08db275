import { describe, expect, it } from "vitest";
import { CodePointIndex, readBrat, writeBrat, bratAnnotationConf } from "../../src/formats/brat.js";
import { crossing, sample } from "./fixtures.js";

describe("brat standoff", () => {
  it("brat: offsets are code points, so an emoji before the span shifts them by one", () => {
    const ann = writeBrat(sample.text, sample.spans);
    const first = ann.split("\n")[0]!;
    const date = sample.spans[0]!;
    expect(first).toBe(`T1\tDATE ${date.start - 1} ${date.end - 1}\tSáng 19/02/2026`);
  });

  it("brat: nested OFFICIAL parts are kept and tied by HasPart relations", () => {
    const ann = writeBrat(sample.text, sample.spans);
    expect(ann).toContain("R1\tHasPart Arg1:T2 Arg2:T3");
    expect(ann).toContain("R3\tHasPart Arg1:T2 Arg2:T5");
    expect(ann).toMatch(/AnnotatorNotes T1\t\{"value":"2026-02-19","partOfDay":"morning"\}/);
  });

  it("brat: reading back gives every span with the same type, offsets, text, parent and fields", () => {
    const back = readBrat(writeBrat(sample.text, sample.spans), sample.text);
    expect(back).toHaveLength(sample.spans.length);
    back.forEach((s, i) => expect(s).toEqual(sample.spans[i]));
  });

  it("brat: a span across a line break is written as two fragments and read back whole", () => {
    const ann = writeBrat(crossing.text, crossing.spans);
    expect(ann.split("\n")[0]).toBe("T1\tEVENT 0 19;20 34\tHội nghị về an ninh mạng lần thứ 2");
    expect(readBrat(ann, crossing.text)[0]).toMatchObject({ start: 0, end: 34, text: crossing.spans[0]!.text });
  });

  it("brat: a line that is not standoff is an error naming the line", () => {
    expect(() => readBrat("T1\tORG 0 2\tBộ\nT2\tORG zero 2\tx\n", "Bộ Công an")).toThrow(/line 2: expected TYPE START END/);
  });

  it("brat: code point index round-trips offsets around astral characters", () => {
    const idx = new CodePointIndex("a😀b😀c");
    expect([0, 1, 3, 4, 6, 7].map((u) => idx.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((c) => idx.toUnit(c))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it("brat: annotation.conf declares every type and the HasPart relation", () => {
    const conf = bratAnnotationConf();
    for (const t of ["OFFICIAL", "PERSON", "DATE", "DOCUMENT"]) expect(conf).toMatch(new RegExp(`^${t}$`, "m"));
    expect(conf).toMatch(/^HasPart\tArg1:OFFICIAL/m);
  });
});
