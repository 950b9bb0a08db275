import { describe, expect, it } from "vitest";
import { scoreDocuments, formatReport, type GoldDoc } from "../../src/eval/score.js";

const text = "Thượng tướng Lương Tam Quang đến Hà Nội hôm nay.";
const gold: GoldDoc = {
  doc: "d1",
  refDate: "2026-02-19",
  spans: [
    { type: "OFFICIAL", start: 0, end: 28, text: "Thượng tướng Lương Tam Quang", person: "Lương Tam Quang", rank: "Thượng tướng", titles: [] },
    { type: "LOC", start: 33, end: 39, text: "Hà Nội" },
    { type: "DATE", start: 40, end: 47, text: "hôm nay", value: "2026-02-19" },
  ],
};

describe("eval: scoring as ANNOTATION.md says", () => {
  it("exact match needs type, start and end; partial counts any overlap of the same type", () => {
    const r = scoreDocuments([
      {
        gold,
        text,
        predicted: [
          { type: "OFFICIAL", start: 0, end: 28, text: "", person: "Lương Tam Quang", rank: "Thượng tướng", titles: [] },
          { type: "LOC", start: 33, end: 36, text: "Hà " }, // partial only
          { type: "DATE", start: 40, end: 47, text: "hôm nay", value: "2026-02-18" }, // wrong value
          { type: "ORG", start: 0, end: 4, text: "Thượ" }, // false alarm
        ],
      },
    ]);
    expect(r.byType.LOC.exact).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.byType.LOC.partial.precision).toBe(1);
    expect(r.byType.LOC.partial.recall).toBe(1);
    expect(r.byType.DATE.exact.f1).toBe(1);
    expect(r.dateValue).toMatchObject({ correct: 0, total: 1 });
    expect(r.officialRecord).toMatchObject({ correct: 1, total: 1 });
    expect(r.micro.exact).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(r.errors.map((e) => e.kind).sort()).toEqual(["false-alarm", "false-alarm", "miss", "wrong-value"]);
  });

  it("OFFICIAL records compare person, rank and the set of titles", () => {
    const r = scoreDocuments([
      { gold, text, predicted: [{ type: "OFFICIAL", start: 0, end: 28, text: "", person: "Lương Tam Quang", rank: null, titles: [] }] },
    ]);
    expect(r.officialRecord.correct).toBe(0);
    expect(r.errors.find((e) => e.kind === "wrong-record")).toBeDefined();
  });

  it("prints a table with every type and the micro average", () => {
    const out = formatReport(scoreDocuments([{ gold, text, predicted: [] }]), { errors: 5 });
    expect(out).toMatch(/OFFICIAL/);
    expect(out).toMatch(/micro/);
    expect(out).toMatch(/miss\s+OFFICIAL/);
  });
});
