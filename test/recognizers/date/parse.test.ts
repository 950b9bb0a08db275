import { describe, expect, it } from "vitest";
import { parseCore } from "../../../src/recognizers/date/parse.js";

describe("parseCore reads every core shape (the word patterns run only when their word is there)", () => {
  it.each<[string, object | null]>([
    ["19/02/2026", { d: 19, m: 2, y: 2026 }],
    ["1/1 năm 2026", { d: 1, m: 1, y: 2026 }],
    ["1/1 NĂM 2026", { d: 1, m: 1, y: 2026 }],
    ["12 tháng 6 năm 2025", { d: 12, m: 6, y: 2025 }],
    ["2 tháng Chín", { d: 2, m: 9 }],
    ["tháng 11-2020", { m: 11, y: 2020 }],
    ["tháng Tám năm 1945", { m: 8, y: 1945 }],
    ["THÁNG 3", { m: 3 }],
    ["29-11", { d: 29, m: 11 }],
    ["năm 2025", { y: 2025 }],
    ["2025", { y: 2025 }],
    ["32/13", null],
  ])("%s", (core, want) => {
    expect(parseCore(core)).toEqual(want);
    // Read again from the cache: the same parts, frozen, as matches share them.
    const again = parseCore(core);
    expect(again).toEqual(want);
    if (again) expect(Object.isFrozen(again)).toBe(true);
  });
});
