/**
 * An independent second computation of the Vietnamese calendar, used only
 * to cross-check src/calendar. It shares no code with it and differs in
 * method at every step:
 *  - new moons are found by Newton iteration on the Moon–Sun elongation,
 *    with the Moon's longitude from the main periodic terms of Meeus
 *    ch. 47 (not the ch. 49 phase series);
 *  - the Sun's longitude comes from the Astronomical Almanac's
 *    low-precision formula (not Meeus ch. 25);
 *  - ΔT is interpolated in a table of observed/predicted values;
 *  - principal terms and the solstice are located as instants by
 *    bisection and compared as days, instead of comparing the Sun's
 *    sector at the start of two days.
 */
const RAD = Math.PI / 180;
const s = (d: number) => Math.sin(d * RAD);
const TZ = 7;

/** ΔT (s) every 10 years from 1890 to 2110. */
const DT = [-6.1, -2.7, 10.4, 21.2, 24.0, 24.3, 29.1, 33.1, 40.2, 50.5, 56.9, 63.8, 66.1, 69.4, 73, 78, 85, 93, 110, 130, 155, 203, 215];
function deltaT(jd: number): number {
  const y = 2000 + (jd - 2451545) / 365.25;
  const x = Math.min(Math.max((y - 1890) / 10, 0), DT.length - 1.0001);
  const i = Math.floor(x);
  return DT[i]! + (DT[i + 1]! - DT[i]!) * (x - i);
}

// [D, M, M', F, coefficient in 1e-6 degrees]
const MOON: ReadonlyArray<[number, number, number, number, number]> = [
  [0, 0, 1, 0, 6288774], [2, 0, -1, 0, 1274027], [2, 0, 0, 0, 658314], [0, 0, 2, 0, 213618],
  [0, 1, 0, 0, -185116], [0, 0, 0, 2, -114332], [2, 0, -2, 0, 58793], [2, -1, -1, 0, 57066],
  [2, 0, 1, 0, 53322], [2, -1, 0, 0, 45758], [0, 1, -1, 0, -40923], [1, 0, 0, 0, -34720],
  [0, 1, 1, 0, -30383], [2, 0, 0, -2, 15327], [0, 0, 1, 2, -12528], [0, 0, 1, -2, 10980],
  [4, 0, -1, 0, 10675], [0, 0, 3, 0, 10034], [4, 0, -2, 0, 8548], [2, 1, -1, 0, -7888],
  [2, 1, 0, 0, -6766], [1, 0, -1, 0, -5163], [1, 1, 0, 0, 4987], [2, -1, 1, 0, 4036],
  [2, 0, 2, 0, 3994], [4, 0, 0, 0, 3861], [2, 0, -3, 0, 3665], [0, 1, -2, 0, -2689],
  [2, 0, -1, 2, -2602], [2, -1, -2, 0, 2390], [1, 0, 1, 0, -2348], [2, -2, 0, 0, 2236],
  [0, 1, 2, 0, -2120], [0, 2, 0, 0, -2069], [2, -2, -1, 0, 2048], [2, 0, 1, -2, -1773],
  [2, 0, 0, 2, -1595], [4, -1, -1, 0, 1215], [0, 0, 2, 2, -1110], [3, 0, -1, 0, -892],
  [2, 1, 1, 0, -810], [4, -1, -2, 0, 759], [0, 2, -1, 0, -713], [2, 2, -1, 0, -700],
  [2, 1, -2, 0, 691], [2, -1, 0, -2, 596], [4, 0, 1, 0, 549], [0, 0, 4, 0, 537],
  [4, -1, 0, 0, 520], [1, 0, -2, 0, -487], [2, 1, 0, -2, -399], [0, 0, 2, -2, -381],
  [1, 1, 1, 0, 351], [3, 0, -2, 0, -340], [4, 0, -3, 0, 330], [2, -1, 2, 0, 327],
  [0, 2, 1, 0, -323], [1, 1, -1, 0, 299], [2, 0, 3, 0, 294],
];

/** Geometric longitude of the Moon (degrees), TT Julian Day. */
function moonLon(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const Lp = 218.3164477 + 481267.88123421 * T - 0.0015786 * T * T;
  const D = 297.8501921 + 445267.1114034 * T - 0.0018819 * T * T;
  const M = 357.5291092 + 35999.0502909 * T - 0.0001536 * T * T;
  const Mp = 134.9633964 + 477198.8675055 * T + 0.0087414 * T * T;
  const F = 93.272095 + 483202.0175233 * T - 0.0036539 * T * T;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  let sum = 0;
  for (const [d, m, mp, f, c] of MOON) sum += c * E ** Math.abs(m) * s(d * D + m * M + mp * Mp + f * F);
  const A1 = 119.75 + 131.849 * T;
  sum += 3958 * s(A1) + 1962 * s(Lp - F) + 318 * s(53.09 + 479264.29 * T);
  return Lp + sum / 1e6;
}

/** Apparent longitude of the Sun without nutation (degrees), TT Julian Day. */
function sunLon(jde: number): number {
  const n = jde - 2451545;
  const L = 280.46 + 0.9856474 * n;
  const g = 357.528 + 0.9856003 * n;
  return L + 1.915 * s(g) + 0.02 * s(2 * g);
}

const norm180 = (x: number) => ((((x + 180) % 360) + 360) % 360) - 180;

/** UT instant of the new moon nearest `jd`. */
function newMoonNear(jd: number): number {
  let t = jd + deltaT(jd) / 86400;
  for (let i = 0; i < 20; i++) {
    const e = norm180(moonLon(t) - sunLon(t));
    t -= e / 12.190749;
    if (Math.abs(e) < 1e-7) break;
  }
  return t - deltaT(t) / 86400;
}

/** UT instant when the Sun reaches longitude `target`, searched in [a, b]. */
function sunReaches(target: number, a: number, b: number): number {
  const f = (jd: number) => norm180(sunLon(jd + deltaT(jd) / 86400) - target);
  let lo = a;
  let hi = b;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const localDay = (jd: number) => Math.floor(jd + 0.5 + TZ / 24);
const jdn = (y: number, m: number, d: number) => {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
};
const iso = (n: number) => new Date((n - 2440588) * 86400000).toISOString().slice(0, 10);

/** Local start days of the consecutive lunar months around [from, to]. */
function monthStarts(from: number, to: number): number[] {
  const out: number[] = [];
  let t = newMoonNear(from - 35);
  while (localDay(t) <= to + 35) {
    out.push(localDay(t));
    t = newMoonNear(t + 29.53);
  }
  return out;
}

/** Local day of the principal term (30°·k) in year y's window, e.g. winter solstice 270°. */
function termDay(y: number, lon: number): number {
  // Approximate date when the Sun reaches `lon`: 0° ≈ 20 March.
  const approx = jdn(y, 3, 20) + ((((lon % 360) + 360) % 360) / 360) * 365.2422;
  return localDay(sunReaches(lon, approx - 20, approx + 20));
}

/** Reference Tết (lunar 1/1) and leap month of lunar year Y. */
export function referenceYear(Y: number): { tet: string; leapMonth: number } {
  const here = sui(Y);
  // A leap 11th or 12th month of year Y lies in the next winter-to-winter span.
  const next = sui(Y + 1).leapAfter;
  return { tet: here.tet, leapMonth: here.leapAfter && here.leapAfter <= 10 ? here.leapAfter : next >= 11 ? next : 0 };
}

/** The span from the month 11 of Y−1 to that of Y: its Tết and the number the leap month repeats (0: none). */
function sui(Y: number): { tet: string; leapAfter: number } {
  const sol0 = termDay(Y - 1, 270);
  const sol1 = termDay(Y, 270);
  const starts = monthStarts(sol0 - 40, sol1 + 40);
  const idx = (day: number) => starts.findIndex((st, i) => st <= day && day < starts[i + 1]!);
  const a = idx(sol0);
  const b = idx(sol1);
  // Principal-term days between the two solstices.
  const termDays = [sol0];
  for (let k = 1; k < 12; k++) {
    const lon = (270 + 30 * k) % 360;
    termDays.push(termDay(lon >= 270 ? Y - 1 : Y, lon));
  }
  termDays.push(sol1);
  let leapIndex = -1;
  if (b - a === 13) {
    for (let i = a + 1; i < b; i++) {
      if (!termDays.some((d) => starts[i]! <= d && d < starts[i + 1]!)) {
        leapIndex = i;
        break;
      }
    }
  }
  // Month numbers from a (month 11).
  let month = 10;
  let tet = "";
  let leapAfter = 0;
  for (let i = a; i < b; i++) {
    if (i === leapIndex) {
      leapAfter = month;
      continue;
    }
    month = (month % 12) + 1;
    if (month === 1) tet = iso(starts[i]!);
  }
  return { tet, leapAfter };
}
