/**
 * Lunar dates: "mùng 3 Tết", "rằm tháng Giêng", "23 tháng Chạp", "đêm
 * giao thừa"; converted with src/calendar at UTC+7.
 */
import type { DateRule } from "./rule-kit.js";
import { LUNAR_SUFFIX } from "./rule-kit.js";
import { foldKey } from "./match-text.js";
import { numberValue, parseLunarMonth, parsePartOfDay } from "./parse.js";

export const LUNAR_RULES: readonly DateRule[] = [
  {
    id: "date.lunar.tet",
    example: "Mùng 3 Tết · mùng 1 Tết Bính Ngọ · sáng mùng 2 Tết · mùng 1 Tết Nguyên đán",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?<ld>{lunarDay}){s}tết(?:{s}nguyên[ \\t]+đán(?![\\p{L}\\p{N}]))?(?:{s}(?<cc>{canChi}))?(?:{s}(?:năm{s})?(?<y>{year}))?(?![\\p{L}\\p{N}])",
    starts: "{partOfDay}>{pod2}|mùng|mồng {lunarDay}",
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
    starts: "{partOfDay}>{pod2}|ngày|mùng|mồng|rằm|#int ngày>mùng|mồng|rằm|#int {lunarDay} rằm>tháng #int>tháng",
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
    starts: "{partOfDay}>{pod2}|giao|ngày|#int giao>thừa ngày>#int #int>tết",
    build: (g) => {
      const pod = parsePartOfDay(g.pod);
      const cc = g.cc ? { canChi: g.cc } : {};
      if (g.d && Number(g.d) < 30) return { expr: { k: "lunar", d: Number(g.d), m: 12, ...cc }, ...(pod ? { partOfDay: pod } : {}) };
      return { expr: { k: "lunar", d: 30, m: 1, eve: true, ...cc }, ...(pod ? { partOfDay: pod } : g.d ? {} : { partOfDay: "night" }) };
    },
  },
  {
    id: "date.lunar.month-period",
    example: "tháng Chạp · hết tháng 3 âm lịch · tháng Giêng năm Bính Ngọ",
    pattern: `{lb}(?:(?<mod>{modifier}){s})?tháng{s}(?:(?<named>giêng|chạp)(?![\\p{L}\\p{N}])|(?<lm>{lunarMonth})(?![\\p{L}\\p{N}])(?={os}\\(?âm[ \\t]+lịch))(?<nhuan>{s}nhuận)?${LUNAR_SUFFIX}`,
    starts: "{modifier}>tháng tháng>{monthWord}|#int|#dm",
    build: (g) => {
      const m = parseLunarMonth((g.named ?? g.lm)!);
      if (m === null || (!g.named && !g.al)) return null;
      return { expr: { k: "lunarMonth", m, ...(g.cc ? { canChi: g.cc } : {}), ...(g.nhuan ? { leap: true } : {}) } };
    },
  },
];
