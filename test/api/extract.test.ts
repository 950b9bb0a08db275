import { describe, expect, it } from "vitest";
import { createExtractor, defaultRecognizers, extract, OptionError, type Recognizer } from "../../src/index.js";

const companies: Recognizer = {
  name: "test-companies",
  types: ["ORG"],
  recognize: (ctx) =>
    ctx.tokens
      .filter((t) => t.text === "Sao")
      .map((t) => ({ type: "ORG" as const, start: t.start, end: ctx.tokens[ctx.tokens.indexOf(t) + 1]!.end, source: "test" })),
};

describe("extract: API", () => {
  it("returns the text unchanged with spans and refDate fields", () => {
    const doc = extract("Xin chào", { refDate: "2026-02-19" });
    expect(doc.text).toBe("Xin chào");
    expect(Array.isArray(doc.spans)).toBe(true);
    expect(doc.refDate).toBe("2026-02-19");
    expect(doc.refDateSource).toBe("option");
  });

  it("accepts a Date as refDate, read as the calendar day in Vietnam (UTC+7)", () => {
    expect(extract("x", { refDate: new Date("2026-02-18T20:00:00Z") }).refDate).toBe("2026-02-19");
  });

  it.each([
    ["19/02/2026"],
    ["2026-02-30"],
    ["yesterday"],
  ])("rejects refDate %s with a message that says what is expected", (bad) => {
    expect(() => extract("x", { refDate: bad })).toThrow(OptionError);
    expect(() => extract("x", { refDate: bad })).toThrow(/refDate should be an ISO date \(YYYY-MM-DD\)/);
  });

  it("rejects unknown types by name", () => {
    expect(() => extract("x", { types: ["PLACE" as never] })).toThrow(/unknown type "PLACE"/);
  });

  it("throws a clear error on a non-string, never on a string", () => {
    expect(() => extract(42 as never)).toThrow(/expects a string, got number/);
    expect(() => extract("")).not.toThrow();
  });

  it("createExtractor runs custom recognizers beside the defaults", () => {
    const ex = createExtractor({ recognizers: [...defaultRecognizers, companies] });
    const doc = ex.extract("nhóm Sao Mai hát.");
    expect(doc.spans).toContainEqual(expect.objectContaining({ type: "ORG", text: "Sao Mai", start: 5, end: 12 }));
  });

  it("options.types keeps only the requested types", () => {
    const ex = createExtractor({ recognizers: [...defaultRecognizers, companies] });
    expect(ex.extract("Sao Mai", { types: ["DATE"] }).spans.filter((s) => s.type === "ORG")).toEqual([]);
  });

  it("rejects two recognizers with the same name", () => {
    expect(() => createExtractor({ recognizers: [companies, companies] })).toThrow(/two recognizers are named/);
  });

  it("custom terms are found exactly and without diacritics", () => {
    const ex = createExtractor({ terms: { ORG: ["Công ty Sao Mai"] } });
    const exact = ex.extract("Ông làm ở Công ty Sao Mai.").spans.find((s) => s.type === "ORG");
    expect(exact).toMatchObject({ text: "Công ty Sao Mai", start: 10, end: 25 });
    const folded = ex.extract("Ong lam o Cong ty Sao Mai.").spans.find((s) => s.type === "ORG");
    expect(folded).toMatchObject({ text: "Cong ty Sao Mai", start: 10, end: 25 });
    expect(folded!.confidence).toBeLessThan(1);
  });

  it("custom terms with a bad type fail when the extractor is created", () => {
    expect(() => createExtractor({ terms: { PLACE: ["x"] } as never })).toThrow(/unknown type "PLACE"/);
  });

  it("a recognizer that throws loses only its own candidates", () => {
    const broken: Recognizer = { name: "broken", types: ["LOC"], recognize: () => { throw new Error("boom"); } };
    const ex = createExtractor({ recognizers: [broken, companies] });
    const orig = console.error;
    console.error = () => {};
    try {
      expect(ex.extract("Sao Mai").spans.map((s) => s.text)).toEqual(["Sao Mai"]);
    } finally {
      console.error = orig;
    }
  });
});

describe("recognizer order", () => {
  it("a recognizer that reads and adds the same type runs after the others producing it", async () => {
    const { orderRecognizers } = await import("../../src/pipeline/order.js");
    const mk = (name: string, types: string[], needs: string[] = []) => ({ name, types, needs, recognize: () => [] }) as unknown as Recognizer;
    const order = orderRecognizers([mk("fuzzy", ["LOC"], ["LOC", "ORG"]), mk("org", ["ORG"]), mk("loc", ["LOC"]), mk("event", ["EVENT"], ["ORG"])]);
    expect(order.map((r) => r.name)).toEqual(["loc", "org", "fuzzy", "event"]);
  });
});

describe("entity ids", () => {
  it("an OFFICIAL shares its person's entityId with later mentions of that person", () => {
    const doc = extract("Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an, đã phát biểu. Sau đó, Thứ trưởng Lương Tam Quang và ông Quang gặp báo chí.");
    const officials = doc.spans.filter((s) => s.type === "OFFICIAL");
    const persons = doc.spans.filter((s) => s.type === "PERSON");
    expect(officials.length).toBe(2);
    expect(officials[0]!.entityId).toBeDefined();
    expect(new Set([...officials, ...persons].map((s) => s.entityId))).toEqual(new Set([officials[0]!.entityId]));
  });
});
