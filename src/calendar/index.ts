/**
 * The Vietnamese lunar calendar, usable on its own:
 *
 * ```ts
 * import { toSolar, toLunar, canChiOfYear } from "./calendar/index.js";
 * toSolar(1, 1, 2026)?.iso   // "2026-02-17"
 * toLunar("2026-02-19")      // { day: 3, month: 1, year: 2026, leap: false, yearName: "Bính Ngọ" }
 * canChiOfYear(2026)         // "Bính Ngọ"
 * ```
 */
export { toSolar, toLunar, tetDate, leapMonthOf, lunarFromJdn, jdnFromLunar, VIETNAM_UTC_OFFSET, type LunarDate, type SolarDate } from "./lunar.js";
export { canChiOfYear, yearOfCanChi, CAN, CHI } from "./can-chi.js";
export { jdnFromDate, dateFromJdn, isoFromJdn, jdnFromIso, weekdayOfJdn, daysInMonth, type CivilDate } from "./julian-day.js";
export { newMoonJd, sunLongitude, deltaTSeconds } from "./astronomy.js";
