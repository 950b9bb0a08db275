/**
 * The astronomy the lunar calendar needs: instants of new moons and the
 * Sun's apparent longitude. Formulas after J. Meeus, "Astronomical
 * Algorithms" (2nd ed.): chapter 49 (phases of the Moon, with the planetary
 * arguments), chapter 25 (solar coordinates, low accuracy) and the
 * Espenak–Meeus polynomials for ΔT. Accuracy: about a minute for new moons,
 * 0.01° for the Sun, which is what a calendar of whole days needs.
 */

const RAD = Math.PI / 180;
const sin = (deg: number) => Math.sin(deg * RAD);

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomial fits), for years ~1800–2150. */
export function deltaTSeconds(year: number): number {
  const y = year;
  if (y < 1900) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

/** [coefficient, argument multipliers of M', M, F, Ω ... ] for the new-moon correction. */
const PERIODIC: ReadonlyArray<[coef: number, ePower: 0 | 1 | 2, mp: number, m: number, f: number, om: number]> = [
  [-0.4072, 0, 1, 0, 0, 0],
  [0.17241, 1, 0, 1, 0, 0],
  [0.01608, 0, 2, 0, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, 1, -1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 0, 2, 0, 0],
  [-0.00111, 0, 1, 0, -2, 0],
  [-0.00057, 0, 1, 0, 2, 0],
  [0.00056, 1, 2, 1, 0, 0],
  [-0.00042, 0, 3, 0, 0, 0],
  [0.00042, 1, 0, 1, 2, 0],
  [0.00038, 1, 0, 1, -2, 0],
  [-0.00024, 1, 2, -1, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 1, 2, 0, 0],
  [0.00004, 0, 2, 0, -2, 0],
  [0.00004, 0, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 2, 0, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, 1, -1, 2, 0],
  [-0.00002, 0, 1, -1, -2, 0],
  [-0.00002, 0, 3, 1, 0, 0],
  [0.00002, 0, 4, 0, 0, 0],
];

/** Planetary arguments: [coefficient, A0, rate per lunation]. */
const PLANETARY: ReadonlyArray<[number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Julian Day (UT) of new moon number `k` (k = 0 is the new moon of
 * 2000-01-06; k grows by one per lunation).
 */
export function newMoonJd(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  for (const [c, e, mp, m, f, om] of PERIODIC) {
    jde += c * E ** e * sin(mp * Mp + m * M + f * F + om * Om);
  }
  for (let i = 0; i < PLANETARY.length; i++) {
    const [c, a0, rate] = PLANETARY[i]!;
    const a = a0 + rate * k - (i === 0 ? 0.009173 * T2 : 0);
    jde += c * sin(a);
  }
  const year = 2000 + k / 12.3685;
  return jde - deltaTSeconds(year) / 86400;
}

/** Apparent ecliptic longitude of the Sun in degrees [0, 360) at Julian Day `jd` (UT). */
export function sunLongitude(jd: number): number {
  const jde = jd + deltaTSeconds(2000 + (jd - 2451545) / 365.25) / 86400;
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) + (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}
