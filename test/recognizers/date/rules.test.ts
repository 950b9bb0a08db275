import { describe, expect, it } from "vitest";
import { DATE_RULES } from "../../../src/recognizers/date/rules.js";
import { compose } from "../../../src/recognizers/date/grammar.js";
import { foldPattern } from "../../../src/recognizers/date/match-text.js";
import { extract } from "../../../src/index.js";

describe("date rules as data", () => {
  it("compile, as written and folded, with unique ids", () => {
    for (const r of DATE_RULES) {
      expect(() => new RegExp(compose(r.pattern), "gu"), r.id).not.toThrow();
      expect(() => new RegExp(foldPattern(compose(r.pattern)), "gu"), r.id).not.toThrow();
    }
    expect(new Set(DATE_RULES.map((r) => r.id)).size).toBe(DATE_RULES.length);
  });

  it("find a date in every example they show", () => {
    const missed: string[] = [];
    for (const r of DATE_RULES) {
      for (const ex of r.example.split(" · ")) {
        const text = ex;
        const spans = extract(text, { refDate: "2026-02-19", types: ["DATE"] }).spans;
        if (spans.length === 0) missed.push(`${r.id}: ${text}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("reject an unknown sub-pattern name at compile time", () => {
    expect(() => compose("{nosuchpiece}")).toThrow(/unknown sub-pattern/);
  });
});
