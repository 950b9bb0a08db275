import { describe, expect, it } from "vitest";
import { ruleTable } from "../../../src/recognizers/date/dispatch.js";
import { foldSameLength } from "../../../src/recognizers/date/match-text.js";
import { countUnitThenDirection, dayMonthThenDash, dayThenSpaceOrDash, dayThenTo, digitAheadOnLine, timeThenTo, weekdayThenParen } from "../../../src/recognizers/date/quick.js";

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
// The same for the heads of times ("từ 7h30 đến"), counts ("ba ngày trước") and weekdays ("Thứ 5 (19/2)").
const SLOTS_WORDS = [
  ["", "", "từ ", "Từ ", "x", "thứ ", "Thứ ", "CN", "cn", "Chủ ", "ba ", "12 ", "năm "],
  ["7", "07", "20", "123", "7:30", "07:36:05", "6:05", "12h", "7h30", "9h30ph", "20g", "7H", "2", "5", "hai", "nhật", "Năm", "ngày", "tháng", "tuần"],
  ["", "", " ", "\t", "  ", ":", "h"],
  ["", "am", "PM", " pm", "ngày", "năm", "(", " (", "giờ", "tuần"],
  ["", " ", "\t", "-"],
  ["-", "đến", "Đến", "tới", "TỚI", "den", "toi", "trước", "Trước", "sau", "ſau", "Sau", "về", "VỀ", "(", "x", "", "đó"],
  ["", " ", "11h30 sáng 5/3", "16 giờ ngày 12/9/2025", " 19/2)", "(19/2)", "đó", "trước", " 8:00 ngày 1/1"],
];

// Counts of days, weeks, months and years, then a direction or not ("ba ngày trước", "1234 năm về").
const SLOTS_COUNTS = [
  ["", "", "x ", "Ba", "12", "một", "Năm", "1234", "mươi"],
  [" ", " ", "\t", "  ", ""],
  ["ngày", "tuần", "THÁNG", "năm", "giờ"],
  [" ", " ", "", "\t"],
  ["trước", "Trước đó", "sau đó", "SAU đó", "ſau đó", "về trước", "về", "tới", ""],
  ["", " đó", ",", "x"],
];

/** Deterministic pseudo-random strings: one choice per slot, or a random run of pieces. */
function samples(count: number, slots: readonly (readonly string[])[], seed0: number): string[] {
  const pieces = slots.flat();
  let seed = seed0;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = "";
    if (k % 4 === 0) {
      const n = 1 + rand(9);
      for (let p = 0; p < n; p++) s += pieces[rand(pieces.length)]!;
    } else for (const slot of slots) s += slot[rand(slot.length)]!;
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
    "từ 7h đến 11h30 sáng 5/3", "từ 14 giờ đến 16 giờ ngày 12/9/2025", "6:05 pm - 8:00 ngày 1/1", "7:30:05 tới 9:00 19/2", "ba ngày trước", "hai tuần sau đó", "3 năm về trước",
    "Thứ 5 (19/2)", "CN(22/2)", "Chủ nhật ( ngày 22/2 )", "thứ\tHai\t(19/2)",
    "Sáng nay, ngày 19/2", "hôm nay 19/2", "Thứ Năm, " + " ".repeat(170) + "19/02/2026", "sáng" + "\t".repeat(200) + "5/3", "hôm nay.\n19/2",
    ...samples(20000, SLOTS, 7),
    ...samples(20000, SLOTS_WORDS, 13),
    ...samples(5000, SLOTS_COUNTS, 17),
  ];

  it("covers the rules that declare one", () => {
    expect(withQuick.map((c) => c.rule.id).sort()).toEqual(["date.count-back", "date.english-month", "date.point", "date.range.days", "date.range.dm-dm", "date.range.times", "date.weekday.paren"]);
  });

  it("never rejects a position where the rule's pattern matches, as written or folded", () => {
    let matched = 0;
    const perRule = new Map<string, number>();
    for (const text of texts) {
      for (const [subject, plain] of [[text, false], [foldSameLength(text), true]] as const) {
        for (let at = 0; at < subject.length; at++) {
          for (const c of withQuick) {
            const re = plain ? c.folded : c.exact;
            re.lastIndex = at;
            if (re.exec(subject) === null || re.lastIndex === at) continue;
            matched++;
            perRule.set(c.rule.id, (perRule.get(c.rule.id) ?? 0) + 1);
            expect(c.rule.quick!(subject, at), `${c.rule.id} at ${at} of ${JSON.stringify(subject)}`).toBe(true);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // Each rule matched often enough in the samples for its test to mean something.
    for (const c of withQuick) expect(perRule.get(c.rule.id) ?? 0, c.rule.id).toBeGreaterThan(50);
  });

  it("rejects the common starts that cannot match", () => {
    expect(dayThenTo("30/4 tại", 0)).toBe(false);
    expect(dayThenTo("12 - 16/9", 0)).toBe(true);
    expect(dayThenTo("12 đến 16/9", 0)).toBe(true);
    expect(dayThenTo("12 đến", 0)).toBe(false);
    expect(dayThenTo("123-4", 0)).toBe(false);
    expect(dayMonthThenDash("30/4, tại", 0)).toBe(false);
    expect(dayMonthThenDash("30/4 - 1/5", 0)).toBe(true);
    expect(dayMonthThenDash("30/12/2025", 0)).toBe(false);
    expect(dayThenSpaceOrDash("30/4", 0)).toBe(false);
    expect(dayThenSpaceOrDash("7-Mar-2024", 0)).toBe(true);
    expect(dayThenSpaceOrDash("24-6, tại", 0)).toBe(false);
    // Past a lead word, and after the connector: a date must follow.
    expect(dayThenTo("ngày 24-6, tại", 0)).toBe(false);
    expect(dayThenTo("từ ngày 12 đến ngày 16/9", 0)).toBe(true);
    expect(dayThenTo("các ngày 4 - 5 tháng 9", 0)).toBe(true);
    expect(dayThenTo("ngày tại 12", 0)).toBe(false);
    expect(dayMonthThenDash("ngày 30/4, tại", 0)).toBe(false);
    expect(dayMonthThenDash("ngày 30/4 - ngày 1/5", 0)).toBe(true);
    expect(timeThenTo("09:05 18/06/2025", 0)).toBe(false);
    expect(timeThenTo("16:38 GMT+7", 0)).toBe(false);
    expect(timeThenTo("từ 7h đến 9h", 0) && timeThenTo("6:05 pm - 8:00", 0) && timeThenTo("20 giờ", 0)).toBe(true);
    expect(countUnitThenDirection("71 năm ngày", 0)).toBe(false);
    expect(countUnitThenDirection("ba ngày trước", 0) && countUnitThenDirection("hai tuần sau đó", 0)).toBe(true);
    expect(digitAheadOnLine("hôm nay.", 0) || digitAheadOnLine("Sáng nay, tại Hà Nội\n19/2", 0)).toBe(false);
    expect(digitAheadOnLine("Sáng nay, ngày 19/2", 0) && digitAheadOnLine("ngày" + " ".repeat(500), 0)).toBe(true);
    expect(weekdayThenParen("thứ hai cùng", 0)).toBe(false);
    expect(weekdayThenParen("Thứ 5 (19/2)", 0) && weekdayThenParen("CN(22/2)", 0)).toBe(true);
    // A word that can open the pattern itself is not theirs to judge.
    expect(dayThenSpaceOrDash("Mar 7", 0)).toBe(true);
  });
});
