import { describe, expect, it } from "vitest";
import { DATE_RULES } from "../../../src/recognizers/date/rules.js";
import type { MatchEnv } from "../../../src/recognizers/date/rule-kit.js";

const LAW_NAME = /(?:^|[^\p{L}])(?:Luật|Bộ luật|Hiến pháp)(?: \p{Lu}[\p{L}]*(?: [\p{L}]+){0,4})? $/u;

describe("date.year.bare reads what precedes the year", () => {
  const rule = DATE_RULES.find((r) => r.id === "date.year.bare")!;
  const pieces = ["Luật", "luật", "Bộ luật", "Hiến pháp", "Hiến", " Đất", " đai", " Hình sự", "(DIF)", ")", "(", " ", "\t", "  ", "x", "SN", ":", ",", "Lu", "ật", "Nghị quyết"];
  let seed = 11;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const befores = ["", "Luật Đất đai ", "Bộ luật Hình sự ", "Hiến pháp ", "(DIF) ", "(DIF)\t", "Luật Đất đai\t", "luật ", "Hiến ", ") "];
  for (let k = 0; k < 3000; k++) {
    let s = "";
    const n = rand(6);
    for (let p = 0; p < n; p++) s += pieces[rand(pieces.length)]!;
    befores.push(s);
  }

  it("keeps a year after ')' and a space, or a law's name and a space, exactly as the two patterns say", () => {
    for (const rawBefore of befores) {
      const env = { wordBefore: "", rawBefore } as MatchEnv;
      const want = /\)[ \t]$/.test(rawBefore) || LAW_NAME.test(rawBefore);
      expect(rule.build({ y: "2024" }, env) !== null, JSON.stringify(rawBefore)).toBe(want);
    }
  });

  it("keeps a birth year after SN whatever precedes it", () => {
    expect(rule.build({ y: "1990" }, { wordBefore: "sn", rawBefore: "SN:" } as MatchEnv)).not.toBeNull();
  });
});
