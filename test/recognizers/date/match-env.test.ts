import { describe, expect, it } from "vitest";
import { LineEnv } from "../../../src/recognizers/date/match-env.js";
import { RECURRING } from "../../../src/recognizers/date/rule-kit.js";

/** The line start found by a search over the whole text, as a reference. */
const lineStart = (view: string, pos: number) => view.lastIndexOf("\n", pos - 1) + 1;

describe("LineEnv reads only near its match", () => {
  it("cuts rawBefore at the line start or 40 characters back, wherever the line starts", () => {
    const line = "Cập nhật: 19/02/2026";
    for (let pad = 0; pad < 60; pad++) {
      for (const before of ["", "x".repeat(pad) + "\n", "Tin\n" + "y".repeat(pad)]) {
        const view = before + line + "\nsau";
        const start = view.indexOf("19/02");
        const env = new LineEnv(view, start, start + 10);
        expect(env.rawBefore).toBe(view.slice(Math.max(lineStart(view, start), start - 40), start));
      }
    }
  });

  it("reads the word before a match as the last of wordsBefore, at every position of mixed text", () => {
    const view = "Luật Đất đai 2024, (DIF) 2023\nSN:1990 vào 5/3 — từ  ngày\t19.2 Thứ\u0301 x 𝐀b 12 " + "dài".repeat(20) + " 7/8";
    for (let start = 0; start <= view.length; start++) {
      const fresh = new LineEnv(view, start, Math.min(view.length, start + 3));
      const seen = new LineEnv(view, start, Math.min(view.length, start + 3));
      const want = seen.wordsBefore.at(-1) ?? "";
      expect(fresh.wordBefore, `at ${start}`).toBe(want);
      expect(seen.wordBefore).toBe(want);
    }
  });

  it("finds a date alone on its line after a short label, not after a long one", () => {
    for (let pad = 0; pad < 50; pad++) {
      const view = "Tiêu đề\n" + "a ".repeat(pad >> 1) + "19/02/2026\nNội dung";
      const start = view.indexOf("19/02");
      const label = view.slice(lineStart(view, start), start).trim();
      const want = start - lineStart(view, start) <= 40 && /^[\p{L} ]{0,30}[:|-]?$/u.test(label) && label.split(" ").filter(Boolean).length <= 4;
      expect(new LineEnv(view, start, start + 10).aloneOnLine).toBe(want);
    }
  });

  it("says a date recurs exactly when its first two words after say so, whatever comes first", () => {
    const afters = ["hằng năm", " Hàng năm,", ", mỗi năm", "\thằng  năm", " HẰNG NĂM", " hang nam", " mỗi tuần", " hằng", " hàng tháng", " (hằng năm)", "", "\nhằng năm",
      " " + "x".repeat(28) + " hằng năm", " …hằng năm", " Ở đó", " ở hằng năm", " 2025", " mùa", " Mỗi Năm", " “mỗi năm”"];
    for (const after of afters) {
      const view = "ngày 2/9" + after + "\ntiếp";
      const env = new LineEnv(view, 5, 8);
      expect(env.recurring, after).toBe(RECURRING.test(new LineEnv(view, 5, 8).wordsAfter.join(" ")));
    }
  });
});
