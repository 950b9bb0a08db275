import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExtractor, type ExtractorConfig } from "../../../src/index.js";
import { readTerms } from "../../../src/cli/terms.js";

const byType = (text: string, terms: ExtractorConfig["terms"], type: string) =>
  createExtractor({ terms, refDate: "2025-06-01" })
    .extract(text)
    .spans.filter((s) => s.type === type);

describe("custom terms: createExtractor({ terms })", () => {
  it("an ORG term is found with its exact offsets", () => {
    const text = "Hợp đồng với Công ty Sao Khuê đã được ký.";
    const [s, ...rest] = byType(text, { ORG: ["Công ty Sao Khuê"] }, "ORG");
    expect(rest).toEqual([]);
    expect(s!.text).toBe("Công ty Sao Khuê");
    expect(s!.start).toBe(text.indexOf("Công ty"));
  });

  it("a term written with the other tone placement matches", () => {
    const spans = byType("Nhóm Hòa Thuận Xanh ra mắt sản phẩm.", { ORG: ["Nhóm Hoà Thuận Xanh"] }, "ORG");
    expect(spans.map((s) => s.text)).toEqual(["Nhóm Hòa Thuận Xanh"]);
  });

  it("a term matches text typed without diacritics", () => {
    const spans = byType("Doi tac la nhom Hoa Thuan Xanh.", { ORG: ["Nhóm Hòa Thuận Xanh"] }, "ORG");
    expect(spans.map((s) => s.text)).toEqual(["nhom Hoa Thuan Xanh"]);
  });

  it("a LOC term and a PERSON term in one extractor", () => {
    const ex = createExtractor({ terms: { LOC: ["Bến Nghé Xưa"], PERSON: ["Ka Lữ"] } });
    const doc = ex.extract("Ka Lữ dẫn khách thăm Bến Nghé Xưa.");
    expect(doc.spans.filter((s) => s.type === "LOC").map((s) => s.text)).toEqual(["Bến Nghé Xưa"]);
    expect(doc.spans.filter((s) => s.type === "PERSON").map((s) => s.text)).toEqual(["Ka Lữ"]);
  });

  it("offsets point into the caller's text when it is decomposed (NFD)", () => {
    const text = "Khách của Công ty Sao Khuê.".normalize("NFD");
    const [s] = byType(text, { ORG: ["Công ty Sao Khuê"] }, "ORG");
    expect(text.slice(s!.start, s!.end)).toBe(s!.text);
    expect(s!.text.normalize("NFC")).toBe("Công ty Sao Khuê");
  });

  it("a custom term wins a tie against a built-in reading of the same words", () => {
    const spans = byType("Sản phẩm của Thái Bình rất tốt.", { ORG: ["Thái Bình"] }, "ORG");
    expect(spans.map((s) => s.text)).toEqual(["Thái Bình"]);
    expect(byType("Sản phẩm của Thái Bình rất tốt.", { ORG: ["Thái Bình"] }, "LOC")).toEqual([]);
  });

  it("an unknown type in terms is refused with a clear message", () => {
    expect(() => createExtractor({ terms: { PLACE: ["x"] } as never })).toThrow(/unknown type "PLACE"/);
  });

  it("terms read from a TSV file (the CLI's --terms) match accent-insensitively", () => {
    const file = join(mkdtempSync(join(tmpdir(), "thucthe-terms-")), "terms.tsv");
    writeFileSync(file, "# type: ORG\nNhóm Hòa Thuận Xanh\nBến Nghé Xưa\tLOC\n");
    const terms = readTerms(file);
    const doc = createExtractor({ terms }).extract("nhom Hoa Thuan Xanh mo tour Ben Nghe Xua.");
    expect(doc.spans.filter((s) => s.type === "ORG").map((s) => s.text)).toEqual(["nhom Hoa Thuan Xanh"]);
    expect(doc.spans.filter((s) => s.type === "LOC").map((s) => s.text)).toEqual(["Ben Nghe Xua"]);
  });
});

describe("custom terms: entity ids", () => {
  it("two mentions of a term, accented and not, share an entity id", () => {
    const spans = byType("Nhóm Hòa Thuận Xanh họp. Sau đó nhom Hoa Thuan Xanh giải tán.", { ORG: ["Nhóm Hòa Thuận Xanh"] }, "ORG");
    expect(spans).toHaveLength(2);
    expect(spans[1]!.entityId).toBe(spans[0]!.entityId);
  });
  it("an extractor without terms finds none, and one made later with terms finds them (lexicons listed per registry)", () => {
    const text = "Ka Lữ dẫn khách thăm Bến Nghé Xưa.";
    const custom = (ex: ReturnType<typeof createExtractor>) => ex.extract(text).spans.filter((s) => s.source?.startsWith("custom:")).map((s) => s.text);
    expect(custom(createExtractor())).toEqual([]);
    expect(custom(createExtractor({ terms: { LOC: ["Bến Nghé Xưa"] } }))).toEqual(["Bến Nghé Xưa"]);
    expect(custom(createExtractor({ terms: { PERSON: ["Ka Lữ"] } }))).toEqual(["Ka Lữ"]);
    expect(custom(createExtractor())).toEqual([]);
  });
});
