/**
 * Calendar dates and periods: full and partial dates, weekdays and times
 * attached to them, ranges, quarters, decades.
 */
import type { DateRule } from "./rule-kit.js";
import { NAM_PLACE, DATE_LEADS, DAY_WORD, LUNAR_SUFFIX, POD, REL_UNIT, TIME_AFTER, TIME_BEFORE, WEEKDAY, lunarOf, pointExpr, stripTime } from "./rule-kit.js";
import { foldKey } from "./match-text.js";
import { clockInPartOfDay, numberValue, parseCore, parsePartOfDay, parseQuarter, parseTime } from "./parse.js";
import type { DateExpr } from "./expr.js";
import { dayMonthThenDash, dayThenSpaceOrDash, dayThenTo, digitAheadOnLine, timeThenTo, weekdayThenParen } from "./quick.js";

export const CALENDAR_RULES: readonly DateRule[] = [
  {
    id: "date.point",
    example: "Thứ Năm, 19/02/2026 16:38 GMT+7 · Sáng ngày 19/11/2025 · 7h30 sáng 12/10 · ngày 3 tháng 8 năm 2024 · hôm nay 19/2",
    pattern: `{lb}${TIME_BEFORE}${WEEKDAY}${POD}(?:(?<deictic>hôm[ \\t]+nay|hôm[ \\t]+qua|ngày[ \\t]+hôm[ \\t]+nay)(?:{os},{os}(?=ngày)|{s}))?${DAY_WORD}(?<core>{dmy}|{dmNamY}|{dmVerbal}|{dm}){rb}${TIME_AFTER}${LUNAR_SUFFIX}`,
    starts: "{time} {weekday} {partOfDay}>{pod2}|và|nay|này|hôm|ngày|mùng|mồng|#int|#dm hôm>nay|qua|#int|#dm ngày>hôm|mùng|mồng|#int|#dm mùng>#int|#dm mồng>#int|#dm #dm #int>tháng",
    quick: digitAheadOnLine,
    build: (g, env) => pointExpr(g, g.core!, env),
  },
  {
    id: "date.weekday.paren",
    example: "Thứ 5 (19/2)",
    pattern: "{lb}(?<wd>{weekday}){os}\\({os}(?:ngày{s})?(?<core>{dmy}|{dm}){os}\\)",
    starts: "{weekday}",
    quick: weekdayThenParen,
    build: (g, env) => pointExpr(g, g.core!, env),
  },
  {
    id: "date.month-year",
    example: "tháng 11-2020 · cuối tháng 3/2024 · tháng 11 năm 2020",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{monthYear}){rb}",
    starts: "{modifier}>tháng tháng>#int|#dm|{monthWord}",
    build: (g) => {
      const p = parseCore(g.core!);
      return p ? { expr: { k: "cal", p } } : null;
    },
  },
  {
    id: "date.month",
    example: "cuối tháng 3 · vào tháng 7",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{monthOnly}){rb}(?!{s}(?:năm|này|trước|sau|tới|qua))",
    starts: "{modifier}>tháng tháng>#int|#dm",
    build: (g, env) => {
      if (!g.mod && !DATE_LEADS.has(env.wordBefore) && !["het", "sang", "den", "tu"].includes(env.wordBefore)) return null;
      if (env.recurring) return null;
      const p = parseCore(g.core!);
      return p ? { expr: { k: "cal", p } } : null;
    },
  },
  {
    id: "date.year",
    example: "năm 2025 · đầu năm 2025 · hết năm 2025",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{yearWord}){rb}",
    starts: "{modifier}>năm năm>#year|#yx",
    build: (g, env) => {
      if (!g.mod && NAM_PLACE.has(env.wordBefore)) return null;
      const p = parseCore(g.core!);
      return p ? { expr: { k: "cal", p } } : null;
    },
  },
  {
    id: "date.range.days",
    example: "từ 12 đến 16/9/2023 · 12-16/9/2023 · Từ ngày 7 - 9/10",
    pattern: `{lb}(?:(?<tu>từ){s}(?:ngày{s})?|(?:các{s})?ngày{s})?(?<a>{day}){os}(?:-|đến|tới){os}(?:ngày{s})?(?<core>{dmy}|{dmVerbal}|{dm}){rb}${LUNAR_SUFFIX}`,
    starts: "từ>ngày|#int|#dm các>ngày ngày>#int|#dm #int>-|đến|tới #dm",
    quick: dayThenTo,
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
    starts: "các>ngày ngày>#int",
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
      "{rb}(?:{os},)?{s}(?:đến|tới|cho[ \\t]+đến|cho[ \\t]+tới){s}" +
      "(?<b>nay|hiện[ \\t]+nay|(?:(?<tb>{time}){s}(?:ngày{s})?)?(?:ngày{s})?(?:{dmy}|{dmVerbal}|{dm})|(?:{modifier}{s})?(?:{monthYear}|{monthOnly}|{yearWord})|{year}){rb}",
    starts: "giai>đoạn nhiệm>kỳ thời>kỳ từ>#int|#year|#yx|#dm|#time|ngày|tháng|năm|{modifier}",
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
    pattern: "{lb}(?<lead>giai[ \\t]+đoạn|nhiệm[ \\t]+kỳ|thời[ \\t]+kỳ|niên[ \\t]+khóa|niên[ \\t]+độ|năm[ \\t]+học|mùa[ \\t]+giải|năm){s}(?:năm{s})?(?<a>{year}){os}-{os}(?:năm{s})?(?<b>{year}){rb}",
    starts: "giai>đoạn nhiệm>kỳ thời>kỳ niên>khóa|độ năm>học|năm|#year|#yx mùa>giải",
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
    starts: "(<#year (<#yx (<#dm",
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
    starts: "quý",
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
    starts: "{count}>tháng",
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
    pattern: "{lb}(?:những|thập[ \\t]+niên|thập[ \\t]+kỷ){s}(?:năm{s})?(?:(?<y>1[5-9]\\d0|20\\d0)|(?<y2>[1-9]0))(?![\\p{L}\\p{N}])",
    starts: "những>năm|#year|#yx thập>niên|kỷ",
    build: (g) => {
      const y = g.y ? Number(g.y) : 1900 + Number(g.y2);
      return { expr: { k: "decade", y } };
    },
  },
  {
    id: "date.range.dm-dm",
    example: "dịp nghỉ lễ 30/4 - 1/5 · ngày 30/4-1/5/2025",
    pattern: "{lb}(?:(?<tu>từ){s}(?:ngày{s})?|(?<ngay>(?:các{s})?ngày){s})?(?<a>{dm}){os}-{os}(?:ngày{s})?(?<b>{dmy}|{dm}){rb}",
    starts: "từ>ngày|#dm các>ngày ngày>#dm #dm",
    quick: dayMonthThenDash,
    build: (g, env) => {
      const a = parseCore(g.a!);
      const b = parseCore(g.b!);
      if (!a || !b || a.m === undefined || b.m === undefined) return null;
      if (!g.tu && !g.ngay && !DATE_LEADS.has(env.wordBefore) && !["le", "dip"].includes(env.wordBefore)) return null;
      return { expr: { k: "range", a: { k: "cal", p: { ...a, ...(b.y !== undefined ? { y: b.y } : {}) } }, b: { k: "cal", p: b } } };
    },
  },
  {
    id: "date.year.bare",
    example: "SN 1990 · Luật Đất đai 2024 · Diễn đàn Đầu tư (DIF) 2023",
    pattern: "{lb}(?<y>{year})(?![\\p{L}\\p{M}\\p{N}]|[/.:,-]\\p{N})",
    starts: "#year",
    build: (g, env) => {
      // A birth year, the year in a law's name, a year after an acronym in parentheses.
      const ok = env.wordBefore === "sn" || afterParenOrLawName(env.rawBefore);
      return ok ? { expr: { k: "cal", p: { y: Number(g.y) } } } : null;
    },
  },
  {
    id: "date.month.rel-year",
    example: "tháng 3 năm nay · cuối tháng 12 năm ngoái",
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<core>{monthOnly}){s}(?<rel>năm[ \\t]+nay|năm[ \\t]+ngoái|năm[ \\t]+trước|năm[ \\t]+sau|năm[ \\t]+tới)(?![\\p{L}\\p{N}])",
    starts: "{modifier}>tháng tháng>#int|#dm",
    build: (g) => {
      const p = parseCore(g.core!);
      const key = foldKey(g.rel!);
      const n = REL_UNIT[key]?.n ?? (key === "nam sau" ? 1 : -1);
      return p?.m !== undefined ? { expr: { k: "month", m: p.m, rel: n } } : null;
    },
  },
  {
    id: "date.range.months-comma",
    example: "cuối tháng 5, đầu tháng 6-2024",
    pattern: "{lb}(?<ma>{modifier}){s}(?<a>{monthOnly}){os},{os}(?<mb>{modifier}){s}(?<b>{monthYear}){rb}",
    starts: "{modifier}>tháng",
    build: (g) => {
      const a = parseCore(g.a!);
      const b = parseCore(g.b!);
      if (!a || !b || a.m === undefined || b.y === undefined) return null;
      return { expr: { k: "range", a: { k: "cal", p: { m: a.m, y: b.y } }, b: { k: "cal", p: b } } };
    },
  },
  {
    id: "date.range.times",
    example: "từ 7h đến 11h30 sáng 5/3 · từ 14 giờ đến 16 giờ ngày 12/9/2025",
    pattern: "{lb}(?:(?<tu>từ){s})?(?<ta>{time}){os}(?:-|đến|tới){os}(?<tb>{time})(?:{s}(?<pod>{partOfDay}))?{s}(?:ngày{s})?(?<core>{dmy}|{dmVerbal}|{dm}){rb}",
    starts: "từ>#int|#time #time #int>giờ",
    quick: timeThenTo,
    build: (g) => {
      const p = parseCore(g.core!);
      const pod = parsePartOfDay(g.pod);
      const ta = parseTime(g.ta!);
      const tb = parseTime(g.tb!);
      if (!p || !ta || !tb) return null;
      const a = clockInPartOfDay(ta, pod);
      const b = clockInPartOfDay(tb, pod);
      return { expr: { k: "range", a: { k: "cal", p, time: a }, b: { k: "cal", p, time: b } }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.range.night-dawn",
    example: "đêm 18 rạng sáng 19/2 · tối 30, rạng sáng 31/12/2025",
    pattern: "{lb}(?:đêm|tối|khuya){s}(?<a>{day}){os}(?:,{os})?(?:rạng[ \\t]+sáng|sáng){s}(?:ngày{s})?(?<core>{dmy}|{dm}){rb}",
    starts: "đêm>#int tối>#int khuya>#int",
    build: (g) => {
      const b = parseCore(g.core!);
      const a = Number(g.a);
      if (!b || b.d === undefined || b.m === undefined) return null;
      // The night before: the day before b, in b's month or the one before.
      const aParts = a === b.d - 1 ? { ...b, d: a } : b.d === 1 && a >= 28 ? { d: a, m: b.m === 1 ? 12 : b.m - 1, ...(b.y !== undefined ? { y: b.m === 1 ? b.y - 1 : b.y } : {}) } : null;
      return aParts ? { expr: { k: "range", a: { k: "cal", p: aParts }, b: { k: "cal", p: b } } } : null;
    },
  },
  {
    id: "date.english-month",
    example: "7-Mar-2024 · 7 March 2024 · Mar 7, 2024",
    pattern: "{lb}(?:(?<d1>{day})[ \\t-](?<m1>jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]{0,6}\\.?[ \\t-](?<y1>{year})|(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]{0,6}\\.?{s}(?<d2>{day}),?{s}(?<y2>{year})){rb}",
    starts: "#int>-|{enMonth} #dm {enMonth}",
    quick: dayThenSpaceOrDash,
    build: (g) => {
      const mon = (g.m1 ?? g.m2)!;
      const m = ENGLISH_MONTHS.indexOf(mon.slice(0, 3)) + 1;
      if (m < 1) return null;
      return { expr: { k: "cal", p: { d: Number(g.d1 ?? g.d2), m, y: Number(g.y1 ?? g.y2) } } };
    },
  },
];

/** "Luật Đất đai ", "Bộ luật Hình sự ", "Hiến pháp " just before a year. */
const LAW_NAME = /(?:^|[^\p{L}])(?:Luật|Bộ luật|Hiến pháp)(?: \p{Lu}[\p{L}]*(?: [\p{L}]+){0,4})? $/u;

/**
 * `before` ends with ")" and a space or tab (/\)[ \t]$/), or with a law's
 * name and a space (LAW_NAME). Both end with a space or tab, and a law's
 * name holds "uật" (Luật, Bộ luật) or "Hiến": most years fail on their last
 * character or those words, before any regex runs.
 */
function afterParenOrLawName(before: string): boolean {
  const n = before.length;
  const last = before.charCodeAt(n - 1);
  if (last !== 32 && last !== 9) return false;
  if (n >= 2 && before.charCodeAt(n - 2) === 41) return true; // )
  return last === 32 && (before.includes("uật") || before.includes("Hiến")) && LAW_NAME.test(before);
}

const ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
