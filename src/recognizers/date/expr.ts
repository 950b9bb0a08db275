/**
 * What a date rule understood, before it is placed on the calendar. The
 * value resolver (value.ts) turns an expression into an ISO value against
 * the document's anchors.
 */
import type { CalParts, Clock } from "./parse.js";

export type Unit = "day" | "week" | "month" | "year";

export type DateExpr =
  /** Written day/month/year, any of them missing; `last`: "hôm 12-8" is the last such day before the anchor. */
  | { k: "cal"; p: CalParts; time?: Clock; tz?: string; last?: boolean }
  /**
   * A clock time with no date: dated from the last day written in its
   * sentence, else the anchor, shifted by `day` days ("8 giờ sáng mai");
   * `same`: "12 giờ cùng ngày", from the last day mentioned.
   */
  | { k: "time"; time: Clock; day: number; same?: boolean }
  /** Closed range; missing parts of `a` come from `b`. */
  | { k: "range"; a: DateExpr; b: DateExpr }
  /** "từ X đến nay": X to the reference date. */
  | { k: "untilNow"; a: DateExpr }
  /** Deictic unit: "hôm qua" is day −1; `recent`: "tuần qua" counts a week ending at a weekend as the current one. */
  | { k: "rel"; unit: Unit; n: number; recent?: boolean }
  /** "năm trước" after "năm 2025": counted from the year last written in the sentence, else from the anchor. */
  | { k: "relYear"; n: number }
  /** "cùng ngày", "hai ngày sau đó": the day last mentioned, shifted by n days. */
  | { k: "same"; n: number }
  /** "từ ngày ký": the date of the document last cited. */
  | { k: "docDay" }
  /** A lunar date; with no year, the Tết season nearest the anchor. `eve`: giao thừa. */
  | { k: "lunar"; d: number; m: number; y?: number; canChi?: string; leap?: boolean; eve?: boolean }
  /** A whole lunar month ("tháng Chạp"): its first to its last solar day. */
  | { k: "lunarMonth"; m: number; canChi?: string; leap?: boolean }
  | { k: "quarter"; q: number; y?: number; rel?: number }
  /** "tháng 3 năm nay": a month of a deictic year. */
  | { k: "month"; m: number; rel: number }
  /** "6 tháng đầu năm 2025". */
  | { k: "months"; n: number; first: boolean; y?: number; rel?: number }
  /** "những năm 1990". */
  | { k: "decade"; y: number }
  /**
   * "Thứ Hai tuần sau" (week offset), "Thứ Hai tới" / "thứ Hai vừa qua"
   * (the next / last such day, `dir`), or a bare weekday (nearest the anchor).
   */
  | { k: "weekday"; wd: number; week?: number; dir?: 1 | -1 };
