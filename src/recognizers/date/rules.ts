/**
 * The date rules, as data: `{id, example, pattern, build}`. A pattern is a
 * template of named sub-patterns (grammar.ts) with named groups for the
 * pieces `build` reads. Each rule is compiled twice: as written (run on the
 * lowercased view) and folded (run on text written without diacritics).
 */
import type { PartOfDay } from "../../doc.js";
import type { DateExpr } from "./expr.js";
import { foldKey } from "./match-text.js";
import {
  clockInPartOfDay, numberValue, parseCore, parseLunarMonth, parsePartOfDay, parseQuarter, parseTime, parseWeekday,
  type CalParts,
} from "./parse.js";

/** What a rule's build sees besides its groups. */
export interface MatchEnv {
  /** Folded words just before the match, nearest last (up to 3). */
  wordsBefore: readonly string[];
  /** The match is alone on its line, or only a short label precedes it. */
  aloneOnLine: boolean;
  /** The match is followed, on its line, by ")" right after. */
  inParens: boolean;
}

export interface Built {
  expr: DateExpr;
  partOfDay?: PartOfDay;
}

export type Groups = Readonly<Record<string, string | undefined>>;

export interface DateRule {
  id: string;
  example: string;
  pattern: string;
  build(g: Groups, env: MatchEnv): Built | null;
}

/** Words before a bare "29-11" that make it a date: "đến 29-11", "vào 5/3". */
const DATE_LEADS = new Set(["vao", "den", "toi", "tu", "sau", "truoc", "trong", "hoi", "ngay", "hom", "nhung", "cac", "luc", "sang", "trua", "chieu", "toi", "dem", "tuc", "nham", "ke", "tinh", "dip", "chi", "ca"]);

const tz = (s: string | undefined) => {
  if (!s) return undefined;
  const m = /([+-])\s?(\d{1,2})(?::?(\d\d))?/.exec(s);
  return m ? `${m[1]}${m[2]!.padStart(2, "0")}:${m[3] ?? "00"}` : undefined;
};

/** A lunar reading of written parts ("15/8 âm lịch", "27 đến 29/4 năm Giáp Thìn"). */
function lunarOf(p: CalParts, canChi?: string): DateExpr | null {
  if (p.m === undefined || p.d === undefined) return null;
  return { k: "lunar", d: p.d, m: p.m, ...(p.y !== undefined ? { y: p.y } : {}), ...(canChi ? { canChi } : {}) };
}

// Pieces shared by the point rules.
const TIME_BEFORE = "(?:(?<tpre>{time}){s}(?:(?<pod0>{partOfDay}){s})?)?";
const WEEKDAY = "(?:(?<wd>{weekday}){os},?{os})?";
const POD = "(?:(?<pod>{partOfDay}){s}(?:(?:nay|này){os},?{os})?)?";
const DAY_WORD = "(?:(?<ngay>ngày|hôm){s})?";
const TIME_AFTER = "(?:{os}[,|]?{os}(?<tpost>{time}))?(?:{os}(?<tz>{tz}))?";
const LUNAR_SUFFIX = "(?:{s}(?:năm{s})?(?<cc>{canChi}))?(?:{os}\\(?(?<al>âm[ \\t]+lịch)\\)?)?";

function pointExpr(g: Groups, core: string, env: MatchEnv): Built | null {
  const p = parseCore(core);
  if (!p) return null;
  const pod = parsePartOfDay(g.pod ?? g.pod0);
  if (p.y === undefined && p.d !== undefined && /^\d/.test(core)) {
    // "29-11" alone may be a score or a fraction: it needs a lead word.
    const lead = g.ngay || g.pod || g.pod0 || g.wd || g.tpre || env.inParens || DATE_LEADS.has(env.wordsBefore.at(-1) ?? "");
    if (!lead) return null;
  }
  if (g.al || g.cc) {
    const l = lunarOf(p, g.cc);
    return l ? { expr: l, ...(pod ? { partOfDay: pod } : {}) } : null;
  }
  const t = g.tpre ?? g.tpost;
  let time = t ? parseTime(t) ?? undefined : undefined;
  if (time) time = clockInPartOfDay(time, pod);
  const last = foldKey(g.ngay ?? "") === "hom";
  const zone = tz(g.tz);
  const expr: DateExpr = { k: "cal", p, ...(time ? { time } : {}), ...(zone ? { tz: zone } : {}), ...(last ? { last } : {}) };
  return { expr, ...(pod ? { partOfDay: pod } : {}) };
}

const REL_DAY: Readonly<Record<string, number>> = {
  nay: 0, "hom nay": 0, "ngay hom nay": 0, "bua nay": 0,
  qua: -1, "hom qua": -1, "ngay hom qua": -1,
  "hom kia": -2, mai: 1, "ngay mai": 1, "ngay kia": 2,
};

const REL_UNIT: Readonly<Record<string, { unit: "week" | "month" | "year"; n: number; recent?: boolean }>> = {
  "tuan nay": { unit: "week", n: 0 }, "tuan truoc": { unit: "week", n: -1 }, "tuan qua": { unit: "week", n: -1, recent: true },
  "tuan toi": { unit: "week", n: 1 }, "tuan sau": { unit: "week", n: 1 },
  "thang nay": { unit: "month", n: 0 }, "thang truoc": { unit: "month", n: -1 }, "thang qua": { unit: "month", n: -1 },
  "thang toi": { unit: "month", n: 1 }, "thang sau": { unit: "month", n: 1 },
  "nam nay": { unit: "year", n: 0 }, "nam ngoai": { unit: "year", n: -1 }, "nam qua": { unit: "year", n: -1 },
  "nam toi": { unit: "year", n: 1 },
};

/** Count words that make "năm qua" a duration ("3 năm qua", "những năm qua"). */
const DURATION_LEADS = /^(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhung|cac|may|nhieu|vai|gan|hon|suot)$/;

export const DATE_RULES: readonly DateRule[] = [
  {
    id: "date.point",
    example: "Thứ Năm, 19/02/2026 16:38 GMT+7 · Sáng ngày 19/11/2025 · 7h30 sáng 12/10 · ngày 12 tháng 6 năm 2025",
    pattern: `{lb}${TIME_BEFORE}${WEEKDAY}${POD}${DAY_WORD}(?<core>{dmy}|{dmVerbal}|{dm}){rb}${TIME_AFTER}${LUNAR_SUFFIX}`,
    build: (g, env) => pointExpr(g, g.core!, env),
  },
  {
    id: "date.weekday.paren",
    example: "Thứ 5 (19/2)",
    pattern: "{lb}(?<wd>{weekday}){os}\\({os}(?:ngày{s})?(?<core>{dmy}|{dm}){os}\\)",
    build: (g, env) => pointExpr(g, g.core!, env),
  },
  {
    id: "date.month-year",
    example: "tháng 11-2020 · cuối tháng 3/2024 · tháng 11 năm 2020",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{monthYear}){rb}",
    build: (g) => {
      const p = parseCore(g.core!);
      return p ? { expr: { k: "cal", p } } : null;
    },
  },
  {
    id: "date.month",
    example: "cuối tháng 3 · vào tháng 7",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{monthOnly}){rb}(?!{s}(?:năm|này|trước|sau|tới|qua))",
    build: (g, env) => {
      if (!g.mod && !DATE_LEADS.has(env.wordsBefore.at(-1) ?? "") && !["het", "sang", "den", "tu"].includes(env.wordsBefore.at(-1) ?? "")) return null;
      const p = parseCore(g.core!);
      return p ? { expr: { k: "cal", p } } : null;
    },
  },
  {
    id: "date.year",
    example: "năm 2025 · đầu năm 2025 · hết năm 2025",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{yearWord}){rb}",
    build: (g) => {
      const p = parseCore(g.core!);
      return p ? { expr: { k: "cal", p } } : null;
    },
  },
  {
    id: "date.range.days",
    example: "từ 12 đến 16/9/2023 · 12-16/9/2023 · Từ ngày 7 - 9/10",
    pattern: `{lb}(?:(?<tu>từ){s}(?:ngày{s})?|(?:các{s})?ngày{s})?(?<a>{day}){os}(?:-|đến|tới){os}(?:ngày{s})?(?<core>{dmy}|{dmVerbal}|{dm}){rb}${LUNAR_SUFFIX}`,
    build: (g) => {
      const b = parseCore(g.core!);
      const a = Number(g.a);
      if (!b || b.d === undefined || a >= b.d) return null;
      if (g.al || g.cc) {
        const lb = lunarOf(b, g.cc);
        const la = lunarOf({ ...b, d: a }, g.cc);
        return la && lb ? { expr: { k: "range", a: la, b: lb } } : null;
      }
      return { expr: { k: "range", a: { k: "cal", p: { d: a } }, b: { k: "cal", p: b } } };
    },
  },
  {
    id: "date.range.list",
    example: "các ngày 4 và 5/7 · ngày 1, 2, 3 tháng 9 âm lịch",
    pattern: `{lb}(?:các{s})?ngày{s}(?<a>{day})(?:{os},{os}{day}){0,8}(?:{os},{os}|{s}và{s})(?<core>{dmy}|{dmVerbal}|{dm}){rb}${LUNAR_SUFFIX}`,
    build: (g) => {
      const b = parseCore(g.core!);
      const a = Number(g.a);
      if (!b || b.d === undefined || a >= b.d) return null;
      if (g.al || g.cc) {
        const lb = lunarOf(b, g.cc);
        const la = lunarOf({ ...b, d: a }, g.cc);
        return la && lb ? { expr: { k: "range", a: la, b: lb } } : null;
      }
      return { expr: { k: "range", a: { k: "cal", p: { d: a } }, b: { k: "cal", p: b } } };
    },
  },
  {
    id: "date.range.from-to",
    example: "từ tháng 3/2019 đến nay · giai đoạn từ 2021 đến 2025 · từ ngày 1/7 đến ngày 5/8/2025 · từ 20 giờ 5/6 đến 2 giờ 6/6",
    pattern:
      "{lb}(?:(?<lead>giai[ \\t]+đoạn|nhiệm[ \\t]+kỳ|thời[ \\t]+kỳ){s})?(?<tu>từ){s}" +
      "(?<a>(?:(?<ta>{time}){s}(?:ngày{s})?)?(?:ngày{s})?(?:{dmy}|{dmVerbal}|{dm})|(?:{modifier}{s})?(?:{monthYear}|{monthOnly}|{yearWord})|{year})" +
      "{rb}{os},?{s}(?:đến|tới|cho[ \\t]+đến|cho[ \\t]+tới){s}" +
      "(?<b>nay|hiện[ \\t]+nay|(?:(?<tb>{time}){s}(?:ngày{s})?)?(?:ngày{s})?(?:{dmy}|{dmVerbal}|{dm})|(?:{modifier}{s})?(?:{monthYear}|{monthOnly}|{yearWord})|{year}){rb}",
    build: (g) => {
      const a = parseCore(stripTime(g.a!, g.ta));
      if (!a) return null;
      const ta = g.ta ? parseTime(g.ta) ?? undefined : undefined;
      const ea: DateExpr = { k: "cal", p: a, ...(ta ? { time: ta } : {}) };
      const bKey = foldKey(g.b!);
      if (bKey === "nay" || bKey === "hien nay") return { expr: { k: "untilNow", a: ea } };
      const b = parseCore(stripTime(g.b!, g.tb));
      if (!b) return null;
      const tb = g.tb ? parseTime(g.tb) ?? undefined : undefined;
      return { expr: { k: "range", a: ea, b: { k: "cal", p: b, ...(tb ? { time: tb } : {}) } } };
    },
  },
  {
    id: "date.range.years",
    example: "giai đoạn 2016-2025 · nhiệm kỳ 2026 - 2031",
    pattern: "{lb}(?<lead>giai[ \\t]+đoạn|nhiệm[ \\t]+kỳ|thời[ \\t]+kỳ|niên[ \\t]+khóa|niên[ \\t]+độ){s}(?:năm{s})?(?<a>{year}){os}-{os}(?:năm{s})?(?<b>{year}){rb}",
    build: (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      return a < b ? { expr: { k: "range", a: { k: "cal", p: { y: a } }, b: { k: "cal", p: { y: b } } } } : null;
    },
  },
  {
    id: "date.range.paren",
    example: "(1895-1986) · (2/9/1945 - 2025)",
    pattern: "(?<=\\()(?<a>{dmy}|{year}){os}-{os}(?<b>{dmy}|{year})(?=\\))",
    build: (g) => {
      const a = parseCore(g.a!);
      const b = parseCore(g.b!);
      if (!a || !b || (a.y ?? 0) > (b.y ?? 0)) return null;
      return { expr: { k: "range", a: { k: "cal", p: a }, b: { k: "cal", p: b } } };
    },
  },
  {
    id: "date.quarter",
    example: "quý III/2025 · quý 2 năm 2024",
    pattern: "{lb}quý{s}(?<q>{quarter})(?:(?:{os}[/-]{os}|{s}năm{s})(?<y>{year})|{s}(?<rel>năm[ \\t]+nay|năm[ \\t]+ngoái|năm[ \\t]+trước|năm[ \\t]+tới))?(?![\\p{L}\\p{N}])",
    build: (g) => {
      const q = parseQuarter(g.q!);
      if (!q) return null;
      const rel = g.rel ? REL_UNIT[foldKey(g.rel)]?.n ?? -1 : undefined;
      return { expr: { k: "quarter", q, ...(g.y ? { y: Number(g.y) } : {}), ...(rel !== undefined ? { rel } : {}) } };
    },
  },
  {
    id: "date.months-of-year",
    example: "6 tháng đầu năm 2025 · 9 tháng cuối năm",
    pattern: "{lb}(?<n>{count}){s}tháng{s}(?<fl>đầu|cuối){s}năm(?:{s}(?<y>{year})|{s}(?<rel>nay|ngoái|trước|tới))?(?![\\p{L}\\p{N}])",
    build: (g) => {
      const n = numberValue(g.n!);
      if (n === null || n < 1 || n > 11) return null;
      const rel = g.rel ? ({ nay: 0, ngoai: -1, truoc: -1, toi: 1 } as Record<string, number>)[foldKey(g.rel)] : undefined;
      return { expr: { k: "months", n, first: foldKey(g.fl!) === "dau", ...(g.y ? { y: Number(g.y) } : {}), ...(rel !== undefined ? { rel } : {}) } };
    },
  },
  {
    id: "date.decade",
    example: "những năm 1990 · thập niên 80",
    pattern: "{lb}(?:những|các|thập[ \\t]+niên|thập[ \\t]+kỷ){s}(?:năm{s})?(?:(?<y>1[5-9]\\d0|20\\d0)|(?<y2>[1-9]0))(?![\\p{L}\\p{N}])",
    build: (g) => {
      const y = g.y ? Number(g.y) : 1900 + Number(g.y2);
      return { expr: { k: "decade", y } };
    },
  },
  {
    id: "date.relative.day",
    example: "hôm nay · ngày hôm qua · sáng nay · đêm qua · chiều mai",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s}(?<rel1>hôm[ \\t]+nay|hôm[ \\t]+qua|ngày[ \\t]+mai|nay|qua|mai)|(?<rel2>ngày[ \\t]+hôm[ \\t]+nay|ngày[ \\t]+hôm[ \\t]+qua|hôm[ \\t]+nay|hôm[ \\t]+qua|hôm[ \\t]+kia|ngày[ \\t]+mai|ngày[ \\t]+kia|bữa[ \\t]+nay))(?![\\p{L}\\p{N}])",
    build: (g) => {
      const n = REL_DAY[foldKey(g.rel1 ?? g.rel2!)];
      if (n === undefined) return null;
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "rel", unit: "day", n }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.relative.unit",
    example: "tuần trước · tháng tới · năm ngoái · Năm nay · cuối năm nay",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<rel>(?:tuần|tháng|năm){s}(?:này|trước|qua|tới|sau|nay|ngoái))(?![\\p{L}\\p{N}])(?!{s}(?:nữa|đó|đây))",
    build: (g, env) => {
      const key = foldKey(g.rel!);
      const prev = env.wordsBefore.at(-1) ?? "";
      if (!g.mod && DURATION_LEADS.test(prev)) return null; // "3 năm qua", "những tháng tới"
      if (key === "nam truoc") return { expr: { k: "relYear", n: -1 } };
      if (key === "nam sau") return { expr: { k: "relYear", n: 1 } };
      const r = REL_UNIT[key];
      if (!r) return null;
      return { expr: { k: "rel", unit: r.unit, n: r.n, ...(r.recent ? { recent: true } : {}) } };
    },
  },
  {
    id: "date.same-day",
    example: "Cùng ngày · ngày hôm đó · chiều cùng ngày",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?:cùng[ \\t]+ngày(?:[ \\t]+hôm[ \\t]+đó)?|ngày[ \\t]+hôm[ \\t]+đó|hôm[ \\t]+đó)(?![\\p{L}\\p{N}])",
    build: (g) => {
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "same", n: 0 }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.same-period-last-year",
    example: "cùng kỳ năm ngoái · cùng kỳ năm 2024",
    pattern: "{lb}cùng{s}kỳ{s}(?:năm{s}(?<rel>ngoái|trước)|(?<y>{yearWord}))(?![\\p{L}\\p{N}])",
    build: (g) => (g.y ? { expr: { k: "cal", p: parseCore(g.y)! } } : { expr: { k: "rel", unit: "year", n: -1 } }),
  },
  {
    id: "date.count-back",
    example: "ba ngày trước · hai tuần trước · hai ngày sau đó",
    pattern: "{lb}(?<n>{count}){s}(?<unit>ngày|tuần|tháng|năm){s}(?<dir>trước[ \\t]+đó|sau[ \\t]+đó|về[ \\t]+trước|trước)(?![\\p{L}\\p{N}])",
    build: (g) => {
      const n = numberValue(g.n!);
      if (n === null || n < 1) return null;
      const units: Record<string, "day" | "week" | "month" | "year"> = { ngay: "day", tuan: "week", thang: "month", nam: "year" };
      const unit = units[foldKey(g.unit!)];
      if (!unit) return null;
      const dir = foldKey(g.dir!);
      if (dir.endsWith("do")) {
        if (unit !== "day" && unit !== "week") return null;
        const days = (unit === "week" ? 7 : 1) * n * (dir.startsWith("sau") ? 1 : -1);
        return { expr: { k: "same", n: days } };
      }
      if (unit === "week") return { expr: { k: "rel", unit: "day", n: -7 * n } };
      return { expr: { k: "rel", unit, n: -n } };
    },
  },
  {
    id: "date.weekday.week",
    example: "Thứ Hai tuần sau · sáng thứ Bảy tuần trước",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?<wd>{weekday}){s}tuần{s}(?<wk>này|trước|sau|tới|qua|rồi)(?![\\p{L}\\p{N}])",
    build: (g) => {
      const wd = parseWeekday(g.wd!);
      if (wd === null) return null;
      const week = ({ nay: 0, truoc: -1, sau: 1, toi: 1, qua: -1, roi: -1 } as Record<string, number>)[foldKey(g.wk!)]!;
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "weekday", wd, week }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.weekday.bare",
    example: "vào Thứ Bảy · sáng Chủ nhật",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?<wd>{weekday})(?![\\p{L}\\p{N}])(?!{os}[,(]?{os}(?:ngày{s})?\\d)",
    build: (g, env) => {
      const wd = parseWeekday(g.wd!);
      if (wd === null) return null;
      const prev = env.wordsBefore.at(-1) ?? "";
      if (!g.pod && !["vao", "hom", "ngay", "tu", "den", "toi", "sang", "chieu", "trua", "dem", "cuoi"].includes(prev)) return null;
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "weekday", wd }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.time",
    example: "8 giờ sáng · 20h30 tối nay · lúc 16:30 · 00:00 (on its own line)",
    pattern: "{lb}(?<t>{time})(?:{s}(?<pod>{partOfDay}))?(?:{s}(?<rel>hôm[ \\t]+nay|hôm[ \\t]+qua|ngày[ \\t]+mai|nay|qua|mai))?(?![\\p{L}\\p{N}])",
    build: (g, env) => {
      const t = parseTime(g.t!);
      if (!t) return null;
      const prev = env.wordsBefore.at(-1) ?? "";
      const ok = g.pod || g.rel || env.aloneOnLine || ["luc", "vao", "tu", "den", "toi", "khoang", "hoi"].includes(prev);
      if (!ok) return null;
      const pod = parsePartOfDay(g.pod);
      const day = g.rel ? REL_DAY[foldKey(g.rel)] ?? 0 : 0;
      return { expr: { k: "time", time: clockInPartOfDay(t, pod), day }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.lunar.tet",
    example: "Mùng 3 Tết · mùng 1 Tết Bính Ngọ · sáng mùng 2 Tết",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?<ld>{lunarDay}){s}tết(?:{s}(?:nguyên[ \\t]+đán{s})?(?<cc>{canChi}))?(?:{s}(?:năm{s})?(?<y>{year}))?(?![\\p{L}\\p{N}])",
    build: (g) => {
      const d = numberValue(foldKey(g.ld!).replace(/^(mung|mong)\s+/, ""));
      if (d === null || d < 1 || d > 10) return null;
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "lunar", d, m: 1, ...(g.y ? { y: Number(g.y) } : {}), ...(g.cc ? { canChi: g.cc } : {}) }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.lunar.month",
    example: "rằm tháng Giêng · 23 tháng Chạp · mùng 5 tháng 5 · 10 tháng Giêng âm lịch",
    pattern: `{lb}(?:(?<pod>{partOfDay}){s})?(?:ngày{s})?(?<ld>{lunarDay}|rằm|{day}){s}tháng{s}(?<lm>{lunarMonth})(?![\\p{L}\\p{N}])(?<nhuan>{s}nhuận)?${LUNAR_SUFFIX}`,
    build: (g) => {
      const ldKey = foldKey(g.ld!);
      const lm = parseLunarMonth(g.lm!);
      if (lm === null) return null;
      const named = /^(gieng|chap)$/.test(foldKey(g.lm!));
      const lunarDayWord = /^(mung|mong|ram)/.test(ldKey);
      if (!named && !lunarDayWord && !g.al && !g.cc && !g.nhuan) return null;
      const d = ldKey === "ram" ? 15 : numberValue(ldKey.replace(/^(mung|mong)\s+/, ""));
      if (d === null || d < 1 || d > 30) return null;
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "lunar", d, m: lm, ...(g.cc ? { canChi: g.cc } : {}), ...(g.nhuan ? { leap: true } : {}) }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.lunar.eve",
    example: "đêm giao thừa · chiều 30 Tết · giao thừa Tết Bính Ngọ",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?:giao[ \\t]+thừa|(?:ngày{s})?(?<d>2[0-9]|30){s}tết)(?:{s}(?:tết{s})?(?:nguyên[ \\t]+đán{s})?(?<cc>{canChi}))?(?![\\p{L}\\p{N}])",
    build: (g) => {
      const pod = parsePartOfDay(g.pod);
      const cc = g.cc ? { canChi: g.cc } : {};
      if (g.d && Number(g.d) < 30) return { expr: { k: "lunar", d: Number(g.d), m: 12, ...cc }, ...(pod ? { partOfDay: pod } : {}) };
      return { expr: { k: "lunar", d: 30, m: 1, eve: true, ...cc }, ...(pod ? { partOfDay: pod } : g.d ? {} : { partOfDay: "night" }) };
    },
  },
];

function stripTime(text: string, time: string | undefined): string {
  return time ? text.slice(time.length) : text;
}
