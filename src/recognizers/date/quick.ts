/**
 * Quick tests a rule may declare (DateRule.quick): a necessary condition
 * for its pattern to match at a position, read from a few characters of
 * the subject, so the pattern is not run where it cannot match. Each is
 * written from the pattern's head and must never say no where the pattern
 * matches (test/recognizers/date/quick.test.ts runs every rule's pattern
 * against its test). The subject is the view or its folded copy (same
 * length, digits, spaces and "-" unchanged, "đ" → "d").
 *
 * A pattern's optional lead words ("từ", "ngày", "các ngày") are skipped as
 * runs of word characters each followed by spaces or tabs: where a pattern
 * needs a number next, its lead must be there when it starts at a word. A
 * head of digits is one the pattern must take whole (a day, a month or an
 * hour of one or two digits is followed by no digit), and a word the
 * pattern names is followed by no word character, so a word is read as its
 * run of word characters. A letter the pattern names is tested against
 * every form it may take: either case as written ("Đến", "TỚI"), folded
 * ("den"), and "ſ", which a case-insensitive "s" also matches.
 */
import { isWordChar } from "./match-text.js";

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Where the run of ASCII digits starting at `at` ends. */
function digitsEnd(s: string, at: number): number {
  let k = at;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  return k;
}

/** Past the spaces and tabs at `at` ({os}). */
function spacesEnd(s: string, at: number): number {
  let k = at;
  while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  return k;
}

/** Past the run of word characters at `at` (a word the pattern names, or a number). */
function wordEnd(s: string, at: number): number {
  let k = at;
  while (k < s.length && isWordChar(s, k)) k++;
  return k;
}

/** A day or month in digits at `at` ("0?[1-9]|[12]\d|3[01]", "0?[1-9]|1[0-2]"): one or two digits; where they end, else -1. */
function shortNumberEnd(s: string, at: number): number {
  const e = digitsEnd(s, at);
  return e > at && e - at <= 2 ? e : -1;
}

/**
 * The first digit at or after `at` past at most `max` lead words, each
 * followed by spaces or tabs ({s}); -1 when a word is not so followed, or
 * no digit comes after `max` of them.
 */
function pastLeads(s: string, at: number, max: number): number {
  let k = at;
  for (let n = 0; ; n++) {
    if (isDigit(s.charCodeAt(k))) return k;
    if (n === max) return -1;
    const e = wordEnd(s, k);
    if (e === k) return -1;
    k = spacesEnd(s, e);
    if (k === e) return -1;
  }
}

/** A connector "-", or "đến" or "tới" in either case, or folded ("den", "toi"), starts at `at`: its length, else 0. */
function connectorLength(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c === 45) return 1; // -
  return c === 0x111 || c === 0x110 || c === 100 || c === 68 || c === 116 || c === 84 ? 3 : 0; // đ Đ d D t T
}

/** "(?:ngày{s})?" then a day in digits followed by a separator or a space ({dmy}, {dm}, {dmVerbal}), at `at`. */
function dayOfDateAt(s: string, at: number): boolean {
  const k = pastLeads(s, at, 1);
  if (k < 0) return false;
  const e = shortNumberEnd(s, k);
  if (e < 0) return false;
  const c = s.charCodeAt(e);
  return c === 47 || c === 46 || c === 45 || c === 32 || c === 9; // / . - space tab
}

/**
 * "(từ ngày |các ngày )?{day}{os}(?:-|đến|tới){os}(?:ngày{s})?(?:{dmy}|{dmVerbal}|{dm})"
 * (date.range.days): past its lead, a day, a connector, then a date's day.
 */
export function dayThenTo(s: string, at: number): boolean {
  const d = pastLeads(s, at, 2);
  if (d < 0) return false;
  const e = shortNumberEnd(s, d);
  if (e < 0) return false;
  const k = spacesEnd(s, e);
  const len = connectorLength(s, k);
  return len > 0 && dayOfDateAt(s, spacesEnd(s, k + len));
}

/** "(từ ngày |các ngày )?{dm}{os}-{os}(?:ngày{s})?(?:{dmy}|{dm})" (date.range.dm-dm): past its lead, a day, a separator, a month, "-", then a date's day. */
export function dayMonthThenDash(s: string, at: number): boolean {
  const d = pastLeads(s, at, 2);
  if (d < 0) return false;
  const e = shortNumberEnd(s, d);
  if (e < 0) return false;
  const sep = s.charCodeAt(e);
  if (sep !== 47 && sep !== 46 && sep !== 45) return false; // / . -
  const m = shortNumberEnd(s, e + 1);
  if (m < 0) return false;
  const k = spacesEnd(s, m);
  if (s.charCodeAt(k) !== 45) return false;
  const b = spacesEnd(s, k + 1);
  const kb = pastLeads(s, b, 1);
  if (kb < 0) return false;
  const eb = shortNumberEnd(s, kb);
  if (eb < 0) return false;
  const c = s.charCodeAt(eb);
  return c === 47 || c === 46 || c === 45;
}

/**
 * "{day}[ \t-](?:jan|feb|…)" (date.english-month's "7-Mar-2024", "7 March
 * 2024"): a day, a space, a tab or "-", then no digit, space or tab (a
 * month's name). At a word (the "Mar 7, 2024" order) it says yes.
 */
export function dayThenSpaceOrDash(s: string, at: number): boolean {
  if (!isDigit(s.charCodeAt(at))) return true;
  const e = shortNumberEnd(s, at);
  if (e < 0) return false;
  const c = s.charCodeAt(e);
  if (c !== 32 && c !== 9 && c !== 45) return false;
  const m = s.charCodeAt(e + 1);
  return e + 1 < s.length && !isDigit(m) && m !== 32 && m !== 9;
}

/**
 * "(từ )?{time}{os}(?:-|đến|tới)" (date.range.times): past its lead, an
 * hour of one or two digits, then a clock time ("7:30", "7:30:05") or an
 * hour mark ("7h30", "20g") followed by a connector, perhaps after "am" or
 * "pm". An hour followed by spaces ("20 giờ …") says yes.
 */
export function timeThenTo(s: string, at: number): boolean {
  const d = pastLeads(s, at, 1);
  if (d < 0) return false;
  const e = shortNumberEnd(s, d);
  if (e < 0) return false;
  const c = s.charCodeAt(e);
  if (c === 32 || c === 9) return true;
  let k: number;
  if (c === 58) {
    // ":" — minutes, maybe seconds: the run of digits and colons ends where the time does.
    k = e;
    while (k < s.length && (isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 58)) k++;
  } else if (c === 104 || c === 72 || c === 103 || c === 71) {
    // h H g G — minutes and "ph", "p" follow, then no letter or digit: the time is its ASCII run.
    k = e + 1;
    while (k < s.length && isAsciiAlnum(s.charCodeAt(k))) k++;
  } else return false;
  k = spacesEnd(s, k);
  const a = s.charCodeAt(k);
  if (a === 97 || a === 65 || a === 112 || a === 80) return true; // a A p P: "am", "pm" first
  return connectorLength(s, k) > 0;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * "{count}{s}(?:ngày|tuần|tháng|năm){s}(?:trước|sau|về)" (date.count-back):
 * a word, spaces, a word, spaces, then "t", "s" or "v" in either case (or "ſ").
 */
export function countUnitThenDirection(s: string, at: number): boolean {
  let k = at;
  for (let n = 0; n < 2; n++) {
    const e = wordEnd(s, k);
    if (e === k) return false;
    k = spacesEnd(s, e);
    if (k === e) return false;
  }
  const c = s.charCodeAt(k);
  return c === 116 || c === 84 || c === 115 || c === 83 || c === 0x17f || c === 118 || c === 86; // t T s S ſ v V
}

/**
 * "{weekday}{os}\(" (date.weekday.paren): a word ("CN") or two ("thứ 5",
 * "Chủ nhật") and then, past spaces, "(".
 */
export function weekdayThenParen(s: string, at: number): boolean {
  const e = wordEnd(s, at);
  if (e === at) return false;
  const k = spacesEnd(s, e);
  if (s.charCodeAt(k) === 40) return true; // (
  if (k === e) return false;
  return s.charCodeAt(spacesEnd(s, wordEnd(s, k))) === 40;
}

/** How far digitAheadOnLine reads: past it, it says yes without knowing. */
const DIGIT_AHEAD_MAX = 160;

/**
 * An ASCII digit at or after `at` before the line ends (date.point: its
 * core, a date in digits, comes after at most a time, a weekday, a part of
 * day and a day word, joined by spaces, tabs, commas and dashes, never a
 * line break). "hôm nay." and "Sáng nay, tại …" end their line without one,
 * and their pattern, the largest of all, is not run (nor compiled, on a
 * short first text). Reads at most DIGIT_AHEAD_MAX characters, so a long
 * line costs each start no more than that.
 */
export function digitAheadOnLine(s: string, at: number): boolean {
  const end = Math.min(s.length, at + DIGIT_AHEAD_MAX);
  for (let k = at; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c <= 57 && c >= 48) return true;
    if (c === 10) return false;
  }
  return end < s.length;
}
