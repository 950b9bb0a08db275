/**
 * Placing a date expression on the calendar. The resolver keeps the state
 * a reader keeps: the reference date, the date heading the current block
 * (a teaser's timestamp, the dateline), the last day and the last year
 * mentioned.
 */
import { dateFromJdn, daysInMonth, isoFromJdn as isoOfJdn, jdnFromDate, weekdayOfJdn } from "../../calendar/julian-day.js";
import { jdnFromLunar, lunarFromJdn, tetDate } from "../../calendar/lunar.js";
import { yearOfCanChi } from "../../calendar/can-chi.js";
import { jdnFromIso } from "../../calendar/julian-day.js";
import type { DateExpr, Unit } from "./expr.js";
import type { CalParts, Clock } from "./parse.js";

export interface ResolveState {
  /** The document's reference date (JDN) or null. */
  ref: number | null;
  /** The date heading the current block, else the reference date. */
  anchor: number | null;
  /** The last day-precise date mentioned. */
  lastDay: number | null;
  /** The last year written in the current sentence. */
  lastYear: number | null;
  /** The last day-precise date written in the current sentence. */
  paraDay: number | null;
  /** The date of the last document cited ("Quyết định số … ngày 5/3/2025"). */
  docDay: number | null;
  /** With no anchor: a year written in the date's own sentence (RULES 49). */
  sentenceYear: number | null;
}

export interface Resolved {
  value: string | null;
  /** Day-precise JDN of a single-day value (feeds "cùng ngày"). */
  day?: number;
  /** A year the expression wrote out (feeds "năm trước"). */
  year?: number;
}

/** "05", "12": two digits (a number past 99 as it is). */
const pad2 = (n: number) => (n >= 0 && n < 100 && Number.isInteger(n) ? PAD2[n]! : String(n).padStart(2, "0"));
const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));

/** Days already written: a document names a few days many times (its anchor, "19/2"). Cleared when full. */
const ISO = new Map<number, string>();

function isoFromJdn(jdn: number): string {
  let iso = ISO.get(jdn);
  if (iso === undefined) {
    iso = isoOfJdn(jdn);
    if (ISO.size >= 4096) ISO.clear();
    ISO.set(jdn, iso);
  }
  return iso;
}

// The year of the day last asked: mostly the anchor's, asked again for each date of its block.
let yearJdn = NaN;
let yearOfJdn = 0;

function yearOf(jdn: number): number {
  if (jdn !== yearJdn) {
    yearOfJdn = dateFromJdn(jdn).year;
    yearJdn = jdn;
  }
  return yearOfJdn;
}

function clockText(t: Clock, tz?: string): string {
  return `T${pad2(t.h)}:${pad2(t.mi)}${t.s !== undefined ? `:${pad2(t.s)}` : ""}${tz ?? ""}`;
}

/** "2026-W08" for the ISO week containing a day. */
export function isoWeek(jdn: number): string {
  const wd = weekdayOfJdn(jdn) || 7; // Monday 1 … Sunday 7
  const thursday = jdn - wd + 4;
  const y = yearOf(thursday);
  const week = Math.floor((thursday - jdnFromDate(y, 1, 1)) / 7) + 1;
  return `${y}-W${pad2(week)}`;
}

function shiftMonth(jdn: number, n: number): string {
  const d = dateFromJdn(jdn);
  const total = d.year * 12 + (d.month - 1) + n;
  return `${Math.floor(total / 12)}-${pad2((total % 12) + 1)}`;
}

function relValue(unit: Unit, n: number, anchor: number, recent?: boolean): Resolved {
  switch (unit) {
    case "day":
      return { value: isoFromJdn(anchor + n), day: anchor + n };
    case "week": {
      let k = n;
      // "tuần qua" on a weekend is the week now ending; on a weekday, the one before.
      if (recent) k = [0, 6].includes(weekdayOfJdn(anchor)) ? 0 : -1;
      return { value: isoWeek(anchor + 7 * k) };
    }
    case "month":
      return { value: shiftMonth(anchor, n) };
    case "year":
      return { value: String(yearOf(anchor) + n) };
  }
}

/** The year of a date: written, else the anchor's (or the sentence's, with no anchor); null when there is none. */
function fullYear(p: CalParts, st: ResolveState, last?: boolean): number | null {
  if (p.y !== undefined) return p.y;
  if (st.anchor === null) return st.sentenceYear;
  let y = yearOf(st.anchor);
  if (last && p.m !== undefined && p.d !== undefined && p.d <= daysInMonth(y, p.m) && jdnFromDate(y, p.m, p.d) > st.anchor) y--;
  return y;
}

function calValue(p: CalParts, st: ResolveState, time?: Clock, tz?: string, last?: boolean): Resolved {
  const y = fullYear(p, st, last);
  if (y === null) return { value: null };
  const written = p.y;
  if (p.m === undefined) return withYear({ value: String(y) }, written);
  if (p.d === undefined) return withYear({ value: `${y}-${pad2(p.m)}` }, written);
  if (p.d > daysInMonth(y, p.m)) return { value: null };
  const jdn = jdnFromDate(y, p.m, p.d);
  const iso = isoFromJdn(jdn);
  return withYear({ value: time ? iso + clockText(time, tz) : iso, day: jdn }, written);
}

/** `r` with the year the expression wrote out, when it wrote one. */
function withYear(r: Resolved, written: number | undefined): Resolved {
  if (written !== undefined) r.year = written;
  return r;
}

/** nearestTetYear by anchor: documents share a few anchors (their reference dates). Cleared when full. */
const TET_YEAR = new Map<number, number>();

/** The lunar year whose Tết is nearest the anchor. */
function nearestTetYear(anchor: number): number {
  let y = TET_YEAR.get(anchor);
  if (y === undefined) {
    y = computeNearestTetYear(anchor);
    if (TET_YEAR.size >= 1024) TET_YEAR.clear();
    TET_YEAR.set(anchor, y);
  }
  return y;
}

function computeNearestTetYear(anchor: number): number {
  const y = yearOf(anchor);
  let best = y;
  let bestDist = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const t = tetDate(c);
    const j = t ? jdnFromIso(t) : null;
    if (j !== null && Math.abs(j - anchor) < bestDist) {
      bestDist = Math.abs(j - anchor);
      best = c;
    }
  }
  return best;
}

function lunarValue(e: Extract<DateExpr, { k: "lunar" }>, st: ResolveState): Resolved {
  let y = e.y;
  if (y === undefined && e.canChi) y = st.anchor !== null ? yearOfCanChi(e.canChi, yearOf(st.anchor)) ?? undefined : undefined;
  let m = e.m;
  if (y === undefined) {
    if (st.anchor === null) return { value: null };
    y = nearestTetYear(st.anchor);
    // tháng Chạp (and the eve) is the month just before that Tết.
    if (m === 12) y -= 1;
  }
  let jdn: number | null;
  if (e.eve) {
    // Giao thừa: the last day of the lunar year `y − 1`, the evening before Tết `y`.
    const tet = jdnFromLunar(1, 1, m === 12 ? y + 1 : y);
    jdn = tet === null ? null : tet - 1;
  } else {
    jdn = jdnFromLunar(e.d, m, y, e.leap ?? false);
    // Day 30 of a 29-day month: the month's last day.
    if (jdn === null && e.d === 30) jdn = jdnFromLunar(29, m, y, e.leap ?? false);
  }
  if (jdn === null) return { value: null };
  return { value: isoFromJdn(jdn), day: jdn };
}

function anchorYear(y: number | undefined, rel: number | undefined, st: ResolveState): number | null {
  if (y !== undefined) return y;
  if (st.anchor === null) return null;
  return yearOf(st.anchor) + (rel ?? 0);
}

/** The ISO value of an expression in the current state (the state is not changed). */
export function resolveExpr(e: DateExpr, st: ResolveState): Resolved {
  switch (e.k) {
    case "cal":
      return calValue(e.p, st, e.time, e.tz, e.last);
    case "time": {
      const base = e.same ? st.lastDay : e.day === 0 ? st.paraDay ?? st.anchor : st.anchor;
      if (base === null) return { value: null };
      return { value: isoFromJdn(base + e.day) + clockText(e.time), day: base + e.day };
    }
    case "range": {
      const b = resolveExpr(e.b, st);
      let a: Resolved;
      if (e.a.k === "cal" && e.b.k === "cal") {
        const ap = { ...e.a.p };
        const bp = e.b.p;
        if (ap.d !== undefined && ap.m === undefined) ap.m = bp.m;
        if (ap.m !== undefined && ap.y === undefined) ap.y = bp.y;
        a = calValue(ap, st, e.a.time, e.a.tz);
      } else if (e.a.k === "lunar" && e.b.k === "lunar") {
        a = resolveExpr({ ...e.a, m: e.a.m || e.b.m, y: e.a.y ?? e.b.y, canChi: e.a.canChi ?? e.b.canChi }, st);
      } else a = resolveExpr(e.a, st);
      if (a.value === null || b.value === null) return { value: null };
      const year = e.b.k === "cal" && e.b.p.y !== undefined ? e.b.p.y : undefined;
      return { value: `${a.value}/${b.value}`, ...(year !== undefined ? { year } : {}) };
    }
    case "untilNow": {
      const a = resolveExpr(e.a, st);
      const now = st.anchor ?? st.ref;
      if (a.value === null || now === null) return { value: null };
      return { value: `${a.value}/${isoFromJdn(now)}` };
    }
    case "rel":
      return st.anchor === null ? { value: null } : relValue(e.unit, e.n, st.anchor, e.recent);
    case "relYear": {
      const base = st.lastYear ?? (st.anchor !== null ? yearOf(st.anchor) : null);
      return base === null ? { value: null } : { value: String(base + e.n) };
    }
    case "docDay":
      return st.docDay === null ? { value: null } : { value: isoFromJdn(st.docDay), day: st.docDay };
    case "same":
      return st.lastDay === null ? { value: null } : { value: isoFromJdn(st.lastDay + e.n), day: st.lastDay + e.n };
    case "lunar":
      return lunarValue(e, st);
    case "lunarMonth": {
      const first = lunarValue({ k: "lunar", d: 1, m: e.m, ...(e.canChi ? { canChi: e.canChi } : {}), ...(e.leap ? { leap: true } : {}) }, st);
      if (first.day === undefined) return { value: null };
      const l = lunarFromJdn(first.day);
      const next = jdnFromLunar(30, e.m, l.year, l.leap) ?? jdnFromLunar(29, e.m, l.year, l.leap);
      return next === null ? { value: null } : { value: `${isoFromJdn(first.day)}/${isoFromJdn(next)}` };
    }
    case "quarter": {
      const y = anchorYear(e.y, e.rel, st);
      if (y === null) return { value: null };
      return { value: `${y}-${pad2(3 * e.q - 2)}/${y}-${pad2(3 * e.q)}` };
    }
    case "month": {
      const y = anchorYear(undefined, e.rel, st);
      return y === null ? { value: null } : { value: `${y}-${pad2(e.m)}` };
    }
    case "months": {
      const y = anchorYear(e.y, e.rel, st);
      if (y === null || e.n < 1 || e.n > 12) return { value: null };
      return { value: e.first ? `${y}-01/${y}-${pad2(e.n)}` : `${y}-${pad2(13 - e.n)}/${y}-12` };
    }
    case "decade":
      return { value: `${e.y}/${e.y + 9}` };
    case "weekday": {
      if (st.anchor === null) return { value: null };
      let jdn: number;
      if (e.dir !== undefined) {
        const diff = (e.wd - weekdayOfJdn(st.anchor) + 7) % 7;
        jdn = e.dir > 0 ? st.anchor + (diff === 0 ? 7 : diff) : st.anchor - ((7 - diff) % 7 || 7);
      } else if (e.week !== undefined) {
        const monday = st.anchor - ((weekdayOfJdn(st.anchor) + 6) % 7) + 7 * e.week;
        jdn = monday + ((e.wd + 6) % 7);
      } else {
        // The day of that name nearest the anchor (the anchor itself when it is that day).
        const diff = (e.wd - weekdayOfJdn(st.anchor) + 7) % 7;
        jdn = diff <= 3 ? st.anchor + diff : st.anchor + diff - 7;
      }
      return { value: isoFromJdn(jdn), day: jdn };
    }
  }
}
