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
