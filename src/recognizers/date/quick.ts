/**
 * Quick tests a rule may declare (DateRule.quick): a necessary condition
 * for its pattern to match at a position, read from a few characters of
 * the subject, so the pattern is not run where it cannot match. Each is
 * written from the pattern's head and must never say no where the pattern
 * matches (test/recognizers/date/quick.test.ts runs every rule's pattern
 * against its test). The subject is the view or its folded copy (same
 * length, digits, spaces and "-" unchanged, "đ" → "d").
 *
 * They answer only at a digit: there a pattern's optional lead words
 * ("từ", "ngày", "các") cannot match, and its head is a run of digits the
 * pattern must take whole (a day or month of one or two digits is followed
 * by no digit). At a word they say yes.
 */

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

/** A day or month in digits at `at` ("0?[1-9]|[12]\d|3[01]", "0?[1-9]|1[0-2]"): one or two digits; where they end, else -1. */
function shortNumberEnd(s: string, at: number): number {
  const e = digitsEnd(s, at);
  return e > at && e - at <= 2 ? e : -1;
}

/** "{day}{os}(?:-|đến|tới)" (date.range.days): "-", or the first letter of đến or tới in either case, or folded (d, t). */
export function dayThenTo(s: string, at: number): boolean {
  if (!isDigit(s.charCodeAt(at))) return true;
  const e = shortNumberEnd(s, at);
  if (e < 0) return false;
  const c = s.charCodeAt(spacesEnd(s, e));
  return c === 45 || c === 0x111 || c === 0x110 || c === 100 || c === 68 || c === 116 || c === 84; // - đ Đ d D t T
}

/** "{dm}{os}-" (date.range.dm-dm): a day, a separator, a month, then past spaces "-". */
export function dayMonthThenDash(s: string, at: number): boolean {
  if (!isDigit(s.charCodeAt(at))) return true;
  const e = shortNumberEnd(s, at);
  if (e < 0) return false;
  const sep = s.charCodeAt(e);
  if (sep !== 47 && sep !== 46 && sep !== 45) return false; // / . -
  const m = shortNumberEnd(s, e + 1);
  return m >= 0 && s.charCodeAt(spacesEnd(s, m)) === 45;
}

/** "{day}[ \t-]" (date.english-month's "7-Mar-2024", "7 March 2024"): a day, then a space, a tab or "-". */
export function dayThenSpaceOrDash(s: string, at: number): boolean {
  if (!isDigit(s.charCodeAt(at))) return true;
  const e = shortNumberEnd(s, at);
  if (e < 0) return false;
  const c = s.charCodeAt(e);
  return c === 32 || c === 9 || c === 45;
}
