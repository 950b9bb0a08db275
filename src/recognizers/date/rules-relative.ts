/**
 * Deictic and anaphoric dates: "hôm nay", "tuần trước", "cùng ngày",
 * "ba ngày trước", weekdays, clock times.
 */
import type { DateRule } from "./rule-kit.js";
import { NAM_PLACE, DURATION_LEADS, REL_DAY, REL_UNIT } from "./rule-kit.js";
import { foldKey } from "./match-text.js";
import { countUnitThenDirection } from "./quick.js";
import { clockInPartOfDay, numberValue, parseCore, parsePartOfDay, parseTime, parseWeekday } from "./parse.js";

export const RELATIVE_RULES: readonly DateRule[] = [
  {
    id: "date.relative.day",
    example: "hôm nay · ngày hôm qua · sáng nay · đêm qua · chiều mai",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s}(?<rel1>hôm[ \\t]+nay|hôm[ \\t]+qua|ngày[ \\t]+mai|nay|qua|mai)|(?<rel2>ngày[ \\t]+hôm[ \\t]+nay|ngày[ \\t]+hôm[ \\t]+qua|hôm[ \\t]+nay|hôm[ \\t]+qua|hôm[ \\t]+kia|ngày[ \\t]+mai|ngày[ \\t]+kia|bữa[ \\t]+nay))(?![\\p{L}\\p{N}])",
    starts: "{partOfDay}>{pod2}|hôm|ngày|nay|qua|mai ngày>hôm|mai|kia hôm>nay|qua|kia bữa>nay",
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
    pattern: "{lb}(?:(?<mod>{modifier}){s})?(?<rel>(?:tuần|tháng|năm){s}(?:này|trước|qua|tới|sau|nay|ngoái|kia))(?![\\p{L}\\p{N}])(?!{s}(?:nữa|đó|đây))",
    starts: "{modifier}>tuần|tháng|năm tuần>{relWord} tháng>{relWord} năm>{relWord}",
    build: (g, env) => {
      const key = foldKey(g.rel!);
      const prev = env.wordBefore;
      if (!g.mod && DURATION_LEADS.test(prev)) return null; // "3 năm qua", "những tháng tới"
      if (!g.mod && key.startsWith("nam") && NAM_PLACE.has(prev)) return null; // "Viet Nam nay" written without diacritics
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
    starts: "{partOfDay}>{pod2}|cùng|ngày|hôm cùng>ngày ngày>hôm hôm>đó",
    build: (g) => {
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "same", n: 0 }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.same-period-last-year",
    example: "cùng kỳ năm ngoái · cùng kỳ năm 2024",
    pattern: "{lb}cùng{s}kỳ{s}(?:năm{s}(?<rel>ngoái|trước)|(?<y>{yearWord}))(?![\\p{L}\\p{N}])",
    starts: "cùng>kỳ",
    build: (g) => (g.y ? { expr: { k: "cal", p: parseCore(g.y)! } } : { expr: { k: "rel", unit: "year", n: -1 } }),
  },
  {
    id: "date.count-back",
    example: "ba ngày trước · hai tuần trước · hai ngày sau đó",
    pattern: "{lb}(?<n>{count}){s}(?<unit>ngày|tuần|tháng|năm){s}(?<dir>trước[ \\t]+đó|sau[ \\t]+đó|về[ \\t]+trước|trước)(?![\\p{L}\\p{N}])",
    starts: "{count}>ngày|tuần|tháng|năm",
    quick: countUnitThenDirection,
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
    example: "Thứ Hai tuần sau · sáng thứ Bảy tuần trước · Thứ Hai tới · thứ Sáu vừa qua",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?<wd>{weekday}){s}(?:tuần{s}(?<wk>này|trước|sau|tới|qua|rồi)|(?<dir>tới|vừa[ \\t]+qua|trước))(?![\\p{L}\\p{N}])",
    starts: "{partOfDay}>{pod2}|thứ|chủ|cn {weekday}",
    build: (g) => {
      const wd = parseWeekday(g.wd!);
      if (wd === null) return null;
      const pod = parsePartOfDay(g.pod);
      const podPart = pod ? { partOfDay: pod } : {};
      if (g.dir) return { expr: { k: "weekday", wd, dir: foldKey(g.dir) === "toi" ? 1 : -1 }, ...podPart };
      const week = ({ nay: 0, truoc: -1, sau: 1, toi: 1, qua: -1, roi: -1 } as Record<string, number>)[foldKey(g.wk!)]!;
      return { expr: { k: "weekday", wd, week }, ...podPart };
    },
  },
  {
    id: "date.weekday.bare",
    example: "vào Thứ Bảy · sáng Chủ nhật · hôm thứ Sáu",
    pattern: "{lb}(?:(?<pod>{partOfDay}){s})?(?<wd>{weekday})(?![\\p{L}\\p{N}])(?!{os}(?:[,(]{os})?(?:ngày{s})?\\d)",
    starts: "{partOfDay}>{pod2}|thứ|chủ|cn {weekday}",
    build: (g, env) => {
      const wd = parseWeekday(g.wd!);
      if (wd === null) return null;
      const prev = env.wordBefore;
      // "ngày thứ hai" (the second day), "Thứ hai, cần …" (secondly) and "từ thứ Hai đến thứ Sáu"
      // (every week) are not dates. A weekday stands alone when written as a name: "thứ Bảy",
      // "Chủ nhật" (a capital on the day word), outside an all-caps text, and not in a weekly span.
      // Asked in this order, each only when the answer still depends on it.
      const lead = g.pod || prev === "vao" || prev === "hom";
      if (!lead && (!namedWeekday(env.raw) || weekly(prev, env.wordsAfter[0]))) return null;
      const pod = parsePartOfDay(g.pod);
      return { expr: { k: "weekday", wd }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
  {
    id: "date.signing-day",
    example: "có hiệu lực từ ngày ký",
    pattern: "{lb}ngày{s}(?:ký|ban[ \\t]+hành)(?![\\p{L}\\p{N}])(?!{s}(?:kết|hợp|quyết))",
    starts: "ngày>ký|ban",
    build: (_g, env) => (env.wordBefore === "tu" ? { expr: { k: "docDay" } } : null),
  },
  {
    id: "date.time",
    example: "8 giờ sáng · 20h30 tối nay · lúc 16:30 · 00:00",
    pattern: "{lb}(?<t>{time})(?:{s}(?<pod>{partOfDay}))?(?:{s}(?<rel>hôm[ \\t]+nay|hôm[ \\t]+qua|ngày[ \\t]+mai|nay|qua|mai|cùng[ \\t]+ngày))?(?![\\p{L}\\p{N}])",
    starts: "{time}",
    build: (g, env) => {
      const t = parseTime(g.t!);
      if (!t) return null;
      const prev = env.wordBefore;
      const ok = g.pod || g.rel || env.aloneOnLine || ["luc", "vao", "tu", "den", "toi", "khoang", "hoi"].includes(prev);
      if (!ok) return null;
      const pod = parsePartOfDay(g.pod);
      const rel = g.rel ? foldKey(g.rel) : "";
      const same = rel === "cung ngay";
      const day = rel && !same ? REL_DAY[rel] ?? 0 : 0;
      return { expr: { k: "time", time: clockInPartOfDay(t, pod), day, ...(same ? { same } : {}) }, ...(pod ? { partOfDay: pod } : {}) };
    },
  },
];

/** "thứ Bảy", "Chủ nhật" (a pod word before them aside): a weekday written as a name. */
function namedWeekday(raw: string): boolean {
  return /^(?:thứ|Thứ|THỨ)[ \t]+\p{Lu}\p{Ll}|^Chủ[ \t]+nhật/u.test(raw.replace(/^\S+[ \t]+(?=thứ|Thứ|Chủ)/u, ""));
}

/** "từ thứ Hai đến thứ Sáu", "thứ Bảy hằng tuần": a day of every week. */
function weekly(prev: string, next: string | undefined): boolean {
  return ["tu", "den", "toi", "ngay", "lan", "nguoi", "hang", "thu"].includes(prev) || next === "den" || next === "hang";
}
