import { describe, expect, it } from "vitest";
import { docRecord, parseInputLine, prettyRecord, readDocRecords } from "../../src/formats/jsonl.js";
import { sample } from "./fixtures.js";

describe("JSONL records", () => {
  it("jsonl: an input line gives id, text, refDate and the other fields", () => {
    expect(parseInputLine('{"id":7,"text":"Hà Nội","refDate":"2026-02-19","url":"u"}')).toEqual({
      id: "7",
      text: "Hà Nội",
      refDate: "2026-02-19",
      extra: { url: "u" },
    });
  });

  it("jsonl: a malformed line is a message saying what a line should be", () => {
    expect(parseInputLine("{oops")).toMatch(/^not valid JSON .*\{"id": "a1", "text": "…"\}/);
    expect(parseInputLine("[1]")).toMatch(/expected a JSON object/);
    expect(parseInputLine('{"id":"a"}')).toMatch(/no "text" string field/);
    expect(parseInputLine('{"text":"x","refDate":5}')).toMatch(/"refDate" should be/);
  });

  it("jsonl: a record keeps passthrough fields and reads back", () => {
    const rec = docRecord("s1", sample, { url: "u" });
    const back = readDocRecords(`${JSON.stringify(rec)}\n\n${prettyRecord(rec).replace(/\n/g, "")}\n`);
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({ url: "u", doc: "s1", refDate: "2026-02-19" });
    expect(back[1]!.spans).toEqual(sample.spans);
  });
});
