/**
 * The Vietnamese lunisolar calendar, computed from the astronomy at UTC+7
 * (the rules of the calendar in use in Vietnam since 1968, which we apply
 * to the whole 1900–2100 range):
 *  - a month starts on the local day of a new moon;
 *  - month 11 is the month that contains the winter solstice;
 *  - when 13 months run from one month 11 to the next, the first month
 *    after month 11 that contains no principal solar term (no multiple of
 *    30° of solar longitude) is the leap month and repeats the previous
 *    month's number.
 * Hint: the Chinese calendar uses the same rules at UTC+8, so the two
 * differ in some years (Tết 1985: 21 January in Vietnam, 20 February in
 * China).
 */
import { newMoonJd, sunLongitude } from "./astronomy.js";
import { dateFromJdn, daysInMonth, jdnFromDate, type CivilDate } from "./julian-day.js";
import { canChiOfYear } from "./can-chi.js";

/** Hours ahead of UT of Vietnam's civil time. */
export const VIETNAM_UTC_OFFSET = 7;

const SYNODIC = 29.530588853;
/** Julian Day of new moon k = 0 (2000-01-06), for estimating k. */
const K0_JD = 2451550.09766;

export interface LunarDate {
  /** 1..30 */
  day: number;
  /** 1..12 (Giêng = 1, Chạp = 12) */
  month: number;
  /** The lunar year (the Gregorian year in which its Tết falls). */
  year: number;
  /** True in a leap month (tháng nhuận). */
  leap: boolean;
  /** Can-chi name of the lunar year, e.g. "Bính Ngọ". */
  yearName: string;
}

export interface SolarDate extends CivilDate {
  /** "2026-02-17" */
  iso: string;
}

interface MonthRow {
  start: number; // JDN of its first day
  month: number;
  leap: boolean;
  year: number; // lunar year
}

/**
 * Boundary corrections. Where a new moon or a principal term falls within
 * two minutes of local midnight, the series above cannot tell the day.
 * These entries give the day found with a VSOP87/ELP computation
 * (astronomy-engine 2.1, checked once by hand; see test/calendar/README.md)
 * for the years whose ΔT is observed (up to 2025). Later years keep the
 * series' answer: their ΔT is itself a prediction.
 */
const NEW_MOON_DAY_SHIFT: ReadonlyMap<number, number> = new Map([
  [-687, 1], // 1944-06-20 17:00:12 UT: local 21 June, 00:00
  [-402, 1], // 1967-07-07 17:00:42 UT: local 8 July, 00:00
]);
const SECTOR_AT_DAY_START: ReadonlyMap<number, number> = new Map([
  [jdnFromDate(1938, 9, 24), 5], // 180° at 1938-09-23 17:00:01 UT, just after local midnight
  [jdnFromDate(1946, 4, 21), 0], // 30° at 1946-04-20 17:02 UT
  [jdnFromDate(1948, 3, 21), 0], // 0° at 1948-03-20 16:57 UT, just before local midnight
  [jdnFromDate(1981, 3, 21), 11], // 0° at 1981-03-20 17:03 UT
]);

/** Local (UTC+offset) day number of new moon k. */
function newMoonDay(k: number, tz: number): number {
  const day = Math.floor(newMoonJd(k) + 0.5 + tz / 24);
  return tz === VIETNAM_UTC_OFFSET ? day + (NEW_MOON_DAY_SHIFT.get(k) ?? 0) : day;
}

/** Sector 0..11 (30° each) of the Sun's longitude at the start of local day `jdn`. */
function sunSector(jdn: number, tz: number): number {
  const fixed = tz === VIETNAM_UTC_OFFSET ? SECTOR_AT_DAY_START.get(jdn) : undefined;
  return fixed ?? Math.floor(sunLongitude(jdn - 0.5 - tz / 24) / 30);
}

/** Lunation number k of the month 11 of Gregorian year `g` (the month containing its winter solstice). */
function month11K(g: number, tz: number): number {
  const k = Math.floor((jdnFromDate(g, 12, 31) - K0_JD) / SYNODIC);
  // If the solstice (270°) has passed by the start of that month, month 11 is the one before.
  return sunSector(newMoonDay(k, tz), tz) >= 9 ? k - 1 : k;
}

const tableCache = new Map<string, MonthRow[]>();

/**
 * The months from month 11 of Gregorian year g−1 up to and including month
 * 11 of year g (the last row only closes the table).
 */
function monthTable(g: number, tz: number): MonthRow[] {
  const key = `${g}@${tz}`;
  const hit = tableCache.get(key);
  if (hit) return hit;
  const ka = month11K(g - 1, tz);
  const kb = month11K(g, tz);
  const starts: number[] = [];
  for (let k = ka; k <= kb; k++) starts.push(newMoonDay(k, tz));
  const n = kb - ka;
  let leapIndex = -1;
  if (n === 13) {
    for (let i = 1; i < n; i++) {
      if (sunSector(starts[i]!, tz) === sunSector(starts[i + 1]!, tz)) {
        leapIndex = i;
        break;
      }
    }
  }
  const rows: MonthRow[] = [];
  let month = 10;
  for (let i = 0; i <= n; i++) {
    const leap = i === leapIndex;
    if (!leap) month = (month % 12) + 1;
    // Months 11 and 12 at the head of the table belong to the lunar year g−1.
    const year = i < n && month >= 11 && i < 3 ? g - 1 : g;
    rows.push({ start: starts[i]!, month, leap, year: i === n ? g : year });
  }
  if (tableCache.size > 512) tableCache.clear();
  tableCache.set(key, rows);
  return rows;
}

/** Lunar date of the Julian Day Number `jdn`. */
export function lunarFromJdn(jdn: number, tz = VIETNAM_UTC_OFFSET): LunarDate {
  const { year: y } = dateFromJdn(jdn);
  // The table of year g covers [month 11 of g−1, month 11 of g).
  let g = y;
  let rows = monthTable(g, tz);
  if (jdn >= rows[rows.length - 1]!.start) {
    g = y + 1;
    rows = monthTable(g, tz);
  } else if (jdn < rows[0]!.start) {
    g = y - 1;
    rows = monthTable(g, tz);
  }
  let r = rows[0]!;
  for (let i = 0; i < rows.length - 1; i++) if (rows[i]!.start <= jdn) r = rows[i]!;
  return { day: jdn - r.start + 1, month: r.month, year: r.year, leap: r.leap, yearName: canChiOfYear(r.year) };
}

/**
 * Julian Day Number of a lunar date, or null when that date does not exist
 * (a leap month the year lacks, day 30 of a 29-day month).
 */
export function jdnFromLunar(day: number, month: number, year: number, leap = false, tz = VIETNAM_UTC_OFFSET): number | null {
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const g = month >= 11 ? year + 1 : year;
  const rows = monthTable(g, tz);
  for (let i = 0; i < rows.length - 1; i++) {
    const r = rows[i]!;
    if (r.month === month && r.leap === leap && r.year === year) {
      const length = rows[i + 1]!.start - r.start;
      return day <= length ? r.start + day - 1 : null;
    }
  }
  return null;
}

function toCivil(input: CivilDate | Date | string): number | null {
  if (typeof input === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(input);
    if (!m) return null;
    return validCivil(+m[1]!, +m[2]!, +m[3]!);
  }
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return null;
    // The Vietnamese calendar day of that instant.
    const d = new Date(t + VIETNAM_UTC_OFFSET * 3600_000);
    return jdnFromDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (input && typeof input === "object") return validCivil(input.year, input.month, input.day);
  return null;
}

function validCivil(y: number, m: number, d: number): number | null {
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return jdnFromDate(y, m, d);
}

/**
 * The lunar date of a solar (Gregorian) date: `{year, month, day}`, an ISO
 * "YYYY-MM-DD" string, or a Date (its calendar day in Vietnam). Null for an
 * invalid date.
 *
 * ```ts
 * toLunar("2026-02-17") // { day: 1, month: 1, year: 2026, leap: false, yearName: "Bính Ngọ" }
 * ```
 */
export function toLunar(date: CivilDate | Date | string): LunarDate | null {
  const jdn = toCivil(date);
  return jdn === null ? null : lunarFromJdn(jdn);
}

/**
 * The solar date of a lunar date, or null when it does not exist.
 *
 * ```ts
 * toSolar(1, 1, 2026)?.iso       // "2026-02-17" (Tết Bính Ngọ)
 * toSolar(15, 2, 2023, true)?.iso // a day of the leap 2nd month of 2023
 * ```
 */
export function toSolar(lunarDay: number, lunarMonth: number, lunarYear: number, leap = false): SolarDate | null {
  const jdn = jdnFromLunar(lunarDay, lunarMonth, lunarYear, leap);
  if (jdn === null) return null;
  const d = dateFromJdn(jdn);
  const iso = `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return { ...d, iso };
}

/** The Gregorian date of Tết (lunar 1/1) of `year`: `tetDate(2026)` = "2026-02-17". */
export function tetDate(year: number): string | null {
  return toSolar(1, 1, year)?.iso ?? null;
}

/** The leap month of a lunar year (1..12), or 0 when it has none: `leapMonthOf(2025)` = 6. */
export function leapMonthOf(year: number, tz = VIETNAM_UTC_OFFSET): number {
  for (const g of [year, year + 1]) {
    for (const r of monthTable(g, tz)) if (r.leap && r.year === year) return r.month;
  }
  return 0;
}
