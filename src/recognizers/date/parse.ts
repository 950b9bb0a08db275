/**
 * Small parsers for the pieces a rule captures: a time, a date core, a
 * part of day, a weekday, a number word. They take the folded text
 * (lowercase, no diacritics), so they serve both compiled forms of a rule.
 */
import type { PartOfDay } from "../../doc.js";
import { foldKey } from "./match-text.js";

export interface Clock {
  h: number;
  mi: number;
  s?: number;
}

export interface CalParts {
  y?: number;
  m?: number;
  d?: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, bay_: 7, tam: 8, chin: 9, muoi: 10, "muoi mot": 11, "muoi hai": 12, ban: 7,
};

/** "3" → 3, "ba" → 3, "mười hai" → 12; null when not a number. */
export function numberValue(text: string): number | null {
  const k = foldKey(text);
  if (/^\d+$/.test(k)) return Number(k);
  if (k === "bay" || k === "bẩy") return 7;
  return NUMBER_WORDS[k] ?? null;
}

// "16:38", "16:38:05", "6:05 pm"
const COLON_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/;
// "7h30", "20h", "7h30p", "7g"
const H_TIME = /^(\d{1,2})[hg](\d{2})?(?:ph|p)?$/;
// "20 giờ 30 phút", "20 giờ" (folded: "gio", "phut")
const WORD_TIME = /^(\d{1,2})\s+gio(?:\s+(\d{1,2})(?:\s+phut)?)?$/;

/** Parse a clock time; null when out of range. */
export function parseTime(text: string): Clock | null {
  const k = foldKey(text);
  let m = COLON_TIME.exec(k);
  let h: number;
  let mi: number;
  let s: number | undefined;
  if (m) {
    h = +m[1]!;
    mi = +m[2]!;
    if (m[3]) s = +m[3];
    if (m[4] === "pm" && h < 12) h += 12;
    if (m[4] === "am" && h === 12) h = 0;
  } else if ((m = H_TIME.exec(k) ?? WORD_TIME.exec(k))) {
    h = +m[1]!;
    mi = m[2] ? +m[2] : 0;
  } else return null;
  if (h === 24 && mi === 0) h = 0;
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return null;
  return s === undefined ? { h, mi } : { h, mi, s };
}

/** Move a 12-hour clock reading into the part of day: "8 giờ tối" is 20:00. */
export function clockInPartOfDay(c: Clock, pod: PartOfDay | undefined): Clock {
  if (!pod || c.h >= 12) return c;
  if (pod === "afternoon" || pod === "evening") return { ...c, h: c.h + 12 };
  if (pod === "night" && c.h >= 6) return { ...c, h: c.h + 12 };
  if (pod === "noon" && c.h <= 2) return { ...c, h: c.h + 12 };
  return c;
}

const POD: Readonly<Record<string, PartOfDay>> = {
  sang: "morning",
  "sang som": "morning",
  "rang sang": "morning",
  trua: "noon",
  chieu: "afternoon",
  "chieu toi": "evening",
  toi: "evening",
  "toi muon": "evening",
  dem: "night",
  "dem khuya": "night",
  khuya: "night",
};

/** "Sáng" → morning, "chiều tối" → evening. */
export function parsePartOfDay(text: string | undefined): PartOfDay | undefined {
  if (!text) return undefined;
  return POD[foldKey(text)];
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  "thu hai": 1, "thu 2": 1, "thu ba": 2, "thu 3": 2, "thu tu": 3, "thu 4": 3, "thu nam": 4, "thu 5": 4,
  "thu sau": 5, "thu 6": 5, "thu bay": 6, "thu bay_": 6, "thu 7": 6, "chu nhat": 0, cn: 0,
};

/** "Thứ Năm" → 4 (0 = Sunday). */
export function parseWeekday(text: string): number | null {
  const k = foldKey(text).replace("bẩy", "bay");
  return WEEKDAYS[k] ?? null;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "III" → 3, "3" → 3. */
export function parseQuarter(text: string): number | null {
  const k = foldKey(text);
  return ROMAN[k] ?? (/^[1-4]$/.test(k) ? Number(k) : null);
}

/** Lunar month: "Giêng" → 1, "Chạp" → 12, "mười một" → 11. */
export function parseLunarMonth(text: string): number | null {
  const k = foldKey(text);
  if (k === "gieng") return 1;
  if (k === "chap") return 12;
  const n = numberValue(k);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

// "19/02/2026", "19-2-2026", "19.2.2026"
const DMY = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;
// "1/1 năm 2026" (folded)
const DM_NAM_Y = /(\d{1,2})[/.-](\d{1,2})\s+nam\s+(\d{4})/;
// "12 tháng 6 năm 2025", "2 tháng chín năm 1945" (folded)
const VERBAL = /(\d{1,2})\s+thang\s+(\d{1,2}|muoi mot|muoi hai|[a-z]+)(?:\s+nam\s+(\d{4}))?/;
// "tháng 11-2020", "tháng 11 năm 2020", "tháng tám năm 1945"
const MONTH_YEAR = /thang\s+(\d{1,2}|muoi mot|muoi hai|[a-z]+)(?:\s*[/.,-]\s*|\s+nam\s+)(\d{4})/;
// "tháng 3"
const MONTH = /thang\s+(\d{1,2})/;
// "29-11", "11/1", "19.2"
const DM = /(\d{1,2})[/.-](\d{1,2})/;
// "2025"
const YEAR = /(\d{4})/;

/** Cores already read: they repeat ("19/2", "năm 2025"). Frozen, as they are shared. Cleared when full. */
const CORES = new Map<string, Readonly<CalParts> | null>();

/** Day, month and year written in a date core; fields not written are absent. */
export function parseCore(text: string): Readonly<CalParts> | null {
  let p = CORES.get(text);
  if (p !== undefined) return p;
  p = readCore(text);
  if (p !== null) Object.freeze(p);
  if (CORES.size >= 4096) CORES.clear();
  CORES.set(text, p);
  return p;
}

function readCore(text: string): CalParts | null {
  const k = foldKey(text);
  let m: RegExpExecArray | null;
  let p: CalParts;
  // The patterns naming "nam" or "thang" cannot match a core without the word: not run on "19/2".
  const nam = k.includes("nam");
  const thang = k.includes("thang");
  if ((m = DMY.exec(k) ?? (nam ? DM_NAM_Y.exec(k) : null))) p = { d: +m[1]!, m: +m[2]!, y: +m[3]! };
  else if (thang && (m = VERBAL.exec(k))) p = m[3] ? { d: +m[1]!, m: monthNumber(m[2]!), y: +m[3] } : { d: +m[1]!, m: monthNumber(m[2]!) };
  else if (thang && (m = MONTH_YEAR.exec(k))) p = { m: monthNumber(m[1]!), y: +m[2]! };
  else if (thang && (m = MONTH.exec(k))) p = { m: +m[1]! };
  else if ((m = DM.exec(k))) p = { d: +m[1]!, m: +m[2]! };
  else if ((m = YEAR.exec(k))) p = { y: +m[1]! };
  else return null;
  if (p.m !== undefined && !(p.m >= 1 && p.m <= 12)) return null;
  if (p.d !== undefined && (p.d < 1 || p.d > 31)) return null;
  return p;
}

/** "9" → 9, "chin" → 9, "tu" → 4 (April is "tháng Tư"), "muoi mot" → 11; NaN when not a month. */
function monthNumber(k: string): number {
  if (/^\d+$/.test(k)) return Number(k);
  return k === "tu" ? 4 : NUMBER_WORDS[k] ?? NaN;
}
