import { describe, expect, it } from "vitest";
import { canChiOfYear, leapMonthOf, tetDate, toLunar, toSolar, yearOfCanChi } from "../../src/calendar/index.js";
import { TET_TABLE } from "./tet-table.js";
import { referenceYear } from "./reference-lunar.js";

describe("lunar calendar: Tết table 1900–2100", () => {
  it("gives the tabled Tết and leap month for every year", () => {
    const wrong = TET_TABLE.filter(([y, tet, leap]) => tetDate(y) !== tet || leapMonthOf(y) !== leap);
    expect(wrong).toEqual([]);
    expect(TET_TABLE.length).toBe(201);
  });

  it("agrees with the independent reference computation on every year", () => {
    const wrong = TET_TABLE.filter(([y, tet, leap]) => {
      const r = referenceYear(y);
      return r.tet !== tet || r.leapMonth !== leap;
    });
    expect(wrong).toEqual([]);
  });

  it("puts every Tết between 21 January and 20 February", () => {
    for (const [, tet] of TET_TABLE) expect(tet.slice(5) >= "01-21" && tet.slice(5) <= "02-20").toBe(true);
  });
});

describe("lunar calendar: published facts", () => {
  it.each([
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [1985, "1985-01-21"], // China: 1985-02-20
    [2007, "2007-02-17"], // China: 2007-02-18
    [1968, "1968-01-29"], // Tết Mậu Thân (China: 1968-01-30)
    [2000, "2000-02-05"],
  ])("Tết %i is %s", (y, iso) => {
    expect(tetDate(y)).toBe(iso);
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2017, 6],
    [2014, 9],
    [2012, 4],
    [2028, 5],
    [2033, 11],
    [2024, 0],
    [2026, 0],
    [1985, 2],
    [1938, 7],
  ])("the leap month of %i is %i", (y, m) => {
    expect(leapMonthOf(y)).toBe(m);
  });

  it("converts Trung thu 2025 (15/8) to 6 October and rằm tháng Giêng 2026 to 3 March", () => {
    expect(toSolar(15, 8, 2025)?.iso).toBe("2025-10-06");
    expect(toSolar(15, 1, 2026)?.iso).toBe("2026-03-03");
  });
});

describe("lunar calendar: conversions", () => {
  it("reads 19/2/2026 as mùng 3 Tết Bính Ngọ", () => {
    expect(toLunar("2026-02-19")).toEqual({ day: 3, month: 1, year: 2026, leap: false, yearName: "Bính Ngọ" });
  });

  it("reads 16/2/2026 as the last day (29) of tháng Chạp Ất Tỵ", () => {
    expect(toLunar({ year: 2026, month: 2, day: 16 })).toMatchObject({ day: 29, month: 12, year: 2025, yearName: "Ất Tỵ" });
  });

  it("round-trips every day of 2023, leap 2nd month included", () => {
    let leapDays = 0;
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 86400000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const l = toLunar(iso)!;
      if (l.leap) {
        leapDays++;
        expect(l.month).toBe(2);
      }
      expect(toSolar(l.day, l.month, l.year, l.leap)?.iso).toBe(iso);
    }
    expect(leapDays).toBeGreaterThanOrEqual(29);
  });

  it("returns null for a leap month the year lacks and for day 30 of a short month", () => {
    expect(toSolar(1, 3, 2024, true)).toBeNull();
    expect(toSolar(30, 12, 2025)).toBeNull(); // tháng Chạp Ất Tỵ has 29 days
    expect(toLunar("2026-02-30")).toBeNull();
  });

  it("takes a Date as its calendar day in Vietnam", () => {
    // 17:30 UT on 16 Feb is 00:30 on 17 Feb in Vietnam: Tết.
    expect(toLunar(new Date(Date.UTC(2026, 1, 16, 17, 30)))).toMatchObject({ day: 1, month: 1, year: 2026 });
  });
});

describe("can-chi year names", () => {
  it.each([
    [2026, "Bính Ngọ"],
    [2024, "Giáp Thìn"],
    [2025, "Ất Tỵ"],
    [1968, "Mậu Thân"],
    [2023, "Quý Mão"],
  ])("%i is %s", (y, name) => {
    expect(canChiOfYear(y)).toBe(name);
  });

  it("finds the year of a name nearest a reference year, with or without diacritics", () => {
    expect(yearOfCanChi("Bính Ngọ", 2025)).toBe(2026);
    expect(yearOfCanChi("giap thin", 2030)).toBe(2024);
    expect(yearOfCanChi("Quý Mẹo", 2020)).toBe(2023);
    expect(yearOfCanChi("Bính Hợi", 2020)).toBeNull(); // not a valid pair
    // Folded, Tý and Tỵ are both "ty": the stem decides.
    expect(yearOfCanChi("Ất Tỵ", 2026)).toBe(2025);
    expect(yearOfCanChi("at ty", 2026)).toBe(2025);
    expect(yearOfCanChi("canh ty", 2021)).toBe(2020);
  });
});
