import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Regex safety: every grammar must run in linear time. Each input is 1 MB of
// something a backtracking pattern chokes on; the bound is generous (a linear
// pipeline takes well under a second per MB here) but a quadratic pattern
// over 1 MB would take hours.
const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const syllables = ["Bộ", "Công", "An", "Hà", "Nội", "Trung", "Quốc", "Lương", "Tam", "Quang", "Việt", "Nam"];

const INPUTS: [string, () => string][] = [
  ["repeated head nouns", () => fill("Hội nghị Bộ Công an Ủy ban Hội đồng Ban Cục Sở ")],
  ["100,000 capitalized syllables", () => Array.from({ length: 100_000 }, (_, i) => syllables[i % syllables.length]).join(" ").padEnd(MB, " Nam")],
  ["one long digit run", () => "1".repeat(MB)],
  ["digits and separators", () => fill("12/3-4.5:6,")],
  ["no spaces at all", () => fill("ThứtrưởngLươngTamQuang")],
  ["date words without numbers", () => fill("ngày tháng năm từ đến sáng chiều ")],
  ["titles without names", () => fill("Thứ trưởng, Bộ trưởng, Ủy viên, ")],
  ["open parentheses", () => fill("Bộ Công an (")],
  ["dots", () => fill("A.")],
];

describe("regex safety: 1 MB adversarial inputs finish in linear time", () => {
  it.each(INPUTS)("%s", (_name, make) => {
    const text = make();
    const t = performance.now();
    const doc = extract(text, { refDate: "2026-02-19" });
    const seconds = (performance.now() - t) / 1000;
    expect(seconds).toBeLessThan(30);
    for (const s of doc.spans.slice(0, 1000)) expect(text.slice(s.start, s.end)).toBe(s.text);
  }, 60_000);
});
