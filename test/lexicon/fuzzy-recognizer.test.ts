import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const fuzzy = (text: string) => extract(text).spans.filter((s) => s.source?.startsWith("fuzzy:"));

describe("fuzzy gazetteer in the pipeline: typos found, no flood", () => {
  it("a typo in a country name is a LOC with its distance and a lower confidence", () => {
    const [s] = fuzzy("Đoàn đã sang Singapor hôm qua.");
    expect(s).toMatchObject({ type: "LOC", text: "Singapor", distance: 1 });
    expect(s!.confidence).toBeLessThan(1);
  });
  it("a typo in a long body name is an ORG, lowercase words and all", () => {
    const [s] = fuzzy("Đại biểu của Hiệp hội các Quốc gia Đông Nan Á đã tới.");
    expect(s).toMatchObject({ type: "ORG", text: "Hiệp hội các Quốc gia Đông Nan Á", distance: 1 });
  });
  it("ordinary two-word phrases are not read as places (Thương mại is not Thượng Hải)", () => {
    expect(fuzzy("Bộ trưởng Bộ Công Thương và ngành Thương mại, Diễn viên nổi tiếng, Trung ương Đảng.")).toEqual([]);
  });
  it("a line in capitals gets no fuzzy guesses", () => {
    expect(fuzzy("ĐỒNG CHÍ TỔNG BÍ THƯ THĂM THANH HOAS")).toEqual([]);
  });
  it("a capitalized word at the start of a sentence is not guessed alone", () => {
    expect(fuzzy("Đồng chí ấy đã về. Singapure là tên sai.").map((s) => s.text)).toEqual([]);
  });
  it("ordinary prose gives no fuzzy spans", () => {
    expect(fuzzy("Các đại biểu đã thảo luận về tình hình kinh tế, xã hội và quốc phòng trong năm qua.")).toEqual([]);
  });
  it("words other recognizers covered are left alone, in short and very long texts alike (covered-token table)", () => {
    const line = "Đoàn đã sang Singapor hôm qua, gặp Bộ trưởng Bộ Ngoại giao Việt Nam tại Hà Nội.";
    const short = fuzzy(line);
    expect(short.map((s) => s.text)).toEqual(["Singapor"]);
    const long = fuzzy(Array(4000).fill(line).join("\n"));
    expect(long.length).toBe(4000);
    expect(new Set(long.map((s) => s.text))).toEqual(new Set(["Singapor"]));
    expect(fuzzy(line).map((s) => [s.start, s.end])).toEqual(short.map((s) => [s.start, s.end]));
  });
});
