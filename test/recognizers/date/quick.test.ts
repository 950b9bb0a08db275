import { describe, expect, it } from "vitest";
import { ruleTable } from "../../../src/recognizers/date/dispatch.js";
import { foldSameLength } from "../../../src/recognizers/date/match-text.js";
import { dayMonthThenDash, dayThenSpaceOrDash, dayThenTo } from "../../../src/recognizers/date/quick.js";

// Strings shaped like the rules' heads, with each slot varied: a lead, a first number (a day, a day and
// month, too many digits), spaces, a connector ("-", đến, tới in any case, folded, or none), a second
// date or an English month, and what follows; and random runs of the same pieces.
const SLOTS = [
  ["", "", "từ ", "ngày ", "các ngày ", "Từ ngày ", "x"],
  ["1", "05", "12", "31", "123", "7", "30/4", "30-4", "19.2", "3/12", "30/4/2025", "12h", "7:30", "2025"],
  ["", "", " ", "\t", "  "],
  ["-", "đến", "Đến", "ĐẾN", "tới", "Tới", "den", "toi", ",", "/", "", "–"],
  ["", " ", "\t"],
  ["16/9/2023", "16/9", "9", "16 tháng 9", "ngày 1/5", "Mar-2024", "March 2024", "sep 2024", "ſep-2024", "1/5/2025", "x"],
  ["", "", " âm lịch", ", tại", ")", "/2026", "-1/5"],
];
const PIECES = SLOTS.flat();

/** Deterministic pseudo-random strings: one choice per slot, or a random run of pieces. */
function samples(count: number): string[] {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = "";
    if (k % 4 === 0) {
      const n = 1 + rand(9);
      for (let p = 0; p < n; p++) s += PIECES[rand(PIECES.length)]!;
    } else for (const slot of SLOTS) s += slot[rand(slot.length)]!;
    out.push(s);
  }
  return out;
}

describe("quick tests (a rule's necessary condition before its pattern runs)", () => {
  const { rules } = ruleTable();
  const withQuick = rules.filter((c) => c.rule.quick !== undefined);
  const texts = [
    ...withQuick.flatMap((c) => c.rule.example.split(" · ")),
    "từ 12 đến 16/9/2023", "12-16/9/2023", "Từ ngày 7 - 9/10", "ngày 30/4-1/5/2025", "30/4 - 1/5", "7-Mar-2024", "7 March 2024", "12 TỚI 16/9", "12\tđến 16/9",
    ...samples(20000),
  ];

  it("covers the rules that declare one", () => {
    expect(withQuick.map((c) => c.rule.id).sort()).toEqual(["date.english-month", "date.range.days", "date.range.dm-dm"]);
  });

  it("never rejects a position where the rule's pattern matches, as written or folded", () => {
    let matched = 0;
    for (const text of texts) {
      for (const [subject, plain] of [[text, false], [foldSameLength(text), true]] as const) {
        for (let at = 0; at < subject.length; at++) {
          for (const c of withQuick) {
            const re = plain ? c.folded : c.exact;
            re.lastIndex = at;
            if (re.exec(subject) === null || re.lastIndex === at) continue;
            matched++;
            expect(c.rule.quick!(subject, at), `${c.rule.id} at ${at} of ${JSON.stringify(subject)}`).toBe(true);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it("rejects the common starts that cannot match", () => {
    expect(dayThenTo("30/4 tại", 0)).toBe(false);
    expect(dayThenTo("12 - 16/9", 0)).toBe(true);
    expect(dayThenTo("12 đến", 0)).toBe(true);
    expect(dayThenTo("123-4", 0)).toBe(false);
    expect(dayMonthThenDash("30/4, tại", 0)).toBe(false);
    expect(dayMonthThenDash("30/4 - 1/5", 0)).toBe(true);
    expect(dayMonthThenDash("30/12/2025", 0)).toBe(false);
    expect(dayThenSpaceOrDash("30/4", 0)).toBe(false);
    expect(dayThenSpaceOrDash("7-Mar-2024", 0)).toBe(true);
    // A word start is not theirs to judge.
    expect(dayThenTo("từ 12", 0) && dayMonthThenDash("ngày 30/4", 0) && dayThenSpaceOrDash("Mar 7", 0)).toBe(true);
  });
});
