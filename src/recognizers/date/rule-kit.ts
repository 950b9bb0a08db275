/**
 * What the date rules share: the rule type, the environment a rule's build
 * reads, pattern pieces, and helpers that turn captured groups into
 * expressions.
 */
import type { PartOfDay } from "../../doc.js";
import type { DateExpr } from "./expr.js";
import { foldKey } from "./match-text.js";
import { clockInPartOfDay, parseCore, parsePartOfDay, parseTime, type CalParts } from "./parse.js";

/** What a rule's build sees besides its groups. */
export interface MatchEnv {
  /** Folded words just before the match, nearest last (up to 3). */
  wordsBefore: readonly string[];
  /** The last of wordsBefore, or "" (the word just before the match, folded). */
  wordBefore: string;
  /** Folded words just after the match (up to 2). */
  wordsAfter: readonly string[];
  /** Up to 40 characters of the view before the match, as written (case kept). */
  rawBefore: string;
  /** The match as written in the view (case kept). */
  raw: string;
  /** The match is alone on its line, or only a short label precedes it. */
  aloneOnLine: boolean;
  /** The match is followed, on its line, by ")" right after. */
  inParens: boolean;
  /** "hằng năm", "hàng năm", "mỗi năm" follow the match (its first two wordsAfter, see RECURRING). */
  recurring: boolean;
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
  /**
   * Every token a match can begin with ("{partOfDay} hôm ngày {day}", see
   * grammar FIRST): the rule runs only at these tokens.
   */
  starts: string;
  /**
   * A necessary condition for a match at `at` of the subject, cheaper than
   * the pattern (see quick.ts): where it says no, the pattern is not run.
   */
  quick?(s: string, at: number): boolean;
  build(g: Groups, env: MatchEnv): Built | null;
}

/** Words before a bare "29-11" that make it a date: "đến 29-11", "vào 5/3". */
export const DATE_LEADS = new Set(["vao", "den", "toi", "tu", "sau", "truoc", "trong", "hoi", "ngay", "hom", "nhung", "cac", "luc", "sang", "trua", "chieu", "toi", "dem", "tuc", "nham", "ke", "tinh", "dip", "chi", "ca"]);

export const tz = (s: string | undefined) => {
  if (!s) return undefined;
  const m = /([+-])\s?(\d{1,2})(?::?(\d\d))?/.exec(s);
  return m ? `${m[1]}${m[2]!.padStart(2, "0")}:${m[3] ?? "00"}` : undefined;
};

/** A lunar reading of written parts ("15/8 âm lịch", "27 đến 29/4 năm Giáp Thìn"). */
export function lunarOf(p: CalParts, canChi?: string): DateExpr | null {
  if (p.m === undefined || p.d === undefined) return null;
  return { k: "lunar", d: p.d, m: p.m, ...(p.y !== undefined ? { y: p.y } : {}), ...(canChi ? { canChi } : {}) };
}

// Pieces shared by the point rules.
export const TIME_BEFORE = "(?:(?<tpre>{time})(?:{os}[,|-]{os}|{s})(?:(?<pod0>{partOfDay}){s})?)?";
export const WEEKDAY = "(?:(?<wd>{weekday}){os}(?:,{os})?)?";
// "Sáng", "Trưa nay,", "chiều và tối" (coordinated parts give no partOfDay, RULES 43)
export const POD = "(?:(?<pod>{partOfDay}(?:{s}và{s}{partOfDay})?){s}(?:(?:nay|này){os}(?:,{os})?)?)?";
export const DAY_WORD = "(?:(?<ngay>ngày(?:{s}(?:mùng|mồng))?|hôm|mùng|mồng){s})?";
export const TIME_AFTER = "(?:{os}(?:[,|-]{os})?(?<tpost>{time}))?(?:{os}(?<tz>{tz}))?";
export const LUNAR_SUFFIX = "(?:{s}(?:năm{s})?(?<cc>{canChi}))?(?:{os}\\(?(?<al>âm[ \\t]+lịch)\\)?)?";

/** Words before "Nam" in place names: without diacritics "Việt Nam 2025" reads like "năm 2025". */
export const NAM_PLACE = new Set(["viet", "ha", "quang", "mien", "phia", "van", "hai", "tay", "dong", "huong", "nhat", "thanh"]);

/** "hằng năm", "hàng năm", "mỗi năm" after a date. */
export const RECURRING = /^(?:hang|moi) nam/;

export function pointExpr(g: Groups, core: string, env: MatchEnv): Built | null {
  const p = parseCore(core);
  if (!p) return null;
  const pod = parsePartOfDay(g.pod ?? g.pod0);
  // "ngày 2/9 hằng năm" recurs every year: not a date on the calendar (RULES 41).
  if (env.recurring) return null;
  const c0 = core.charCodeAt(0);
  if (p.y === undefined && p.d !== undefined && c0 >= 48 && c0 <= 57) {
    // "29-11" alone may be a score or a fraction: it needs a lead word.
    const lead = g.ngay || g.pod || g.pod0 || g.wd || g.tpre || g.deictic || env.inParens || DATE_LEADS.has(env.wordBefore);
    if (!lead) return null;
    // "19.2" is a date only right after a day word or a part of day ("Sáng 19.2"), never after "trong", "sau" ("sau 2.5 năm").
    if (/^\d{1,2}\.\d{1,2}$/.test(core) && !(g.ngay || g.pod || g.pod0 || g.wd)) return null;
  }
  // "(ngày) mùng 5 tháng 5" is read by the lunar rules; "mùng 2/9" stays solar, and so does
  // "mùng 2 tháng 9 năm 1945": a year in digits says the solar calendar (lunar years go by can-chi).
  const ngay = g.ngay ? foldKey(g.ngay) : "";
  if (/m[uo]ng$/.test(ngay) && /thang/.test(foldKey(core)) && p.y === undefined && !g.al && !g.cc) return null;
  if (g.al || g.cc) {
    const l = lunarOf(p, g.cc);
    return l ? { expr: l, ...(pod ? { partOfDay: pod } : {}) } : null;
  }
  const t = g.tpre ?? g.tpost;
  let time = t ? parseTime(t) ?? undefined : undefined;
  if (time) time = clockInPartOfDay(time, pod);
  const last = ngay === "hom";
  const zone = tz(g.tz);
  // Fields set only when present, in the order k, p, time, tz, last (no spread of a temporary per field).
  const expr: Extract<DateExpr, { k: "cal" }> = { k: "cal", p };
  if (time) expr.time = time;
  if (zone) expr.tz = zone;
  if (last) expr.last = last;
  return pod ? { expr, partOfDay: pod } : { expr };
}

export const REL_DAY: Readonly<Record<string, number>> = {
  nay: 0, "hom nay": 0, "ngay hom nay": 0, "bua nay": 0,
  qua: -1, "hom qua": -1, "ngay hom qua": -1,
  "hom kia": -2, mai: 1, "ngay mai": 1, "ngay kia": 2,
};

export const REL_UNIT: Readonly<Record<string, { unit: "week" | "month" | "year"; n: number; recent?: boolean }>> = {
  "tuan nay": { unit: "week", n: 0 }, "tuan truoc": { unit: "week", n: -1 }, "tuan qua": { unit: "week", n: -1, recent: true },
  "tuan toi": { unit: "week", n: 1 }, "tuan sau": { unit: "week", n: 1 },
  "thang nay": { unit: "month", n: 0 }, "thang truoc": { unit: "month", n: -1 }, "thang qua": { unit: "month", n: -1 },
  "thang toi": { unit: "month", n: 1 }, "thang sau": { unit: "month", n: 1 },
  "nam nay": { unit: "year", n: 0 }, "nam ngoai": { unit: "year", n: -1 }, "nam qua": { unit: "year", n: -1 }, "nam kia": { unit: "year", n: -2 },
  "nam toi": { unit: "year", n: 1 },
};

/** Count words that make "năm qua" a duration ("3 năm qua", "những năm qua"). */
export const DURATION_LEADS = /^(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhung|cac|may|nhieu|vai|gan|hon|suot)$/;

/** The text of a point with its leading clock time removed. */
export function stripTime(text: string, time: string | undefined): string {
  return time ? text.slice(time.length) : text;
}
