/**
 * Can-chi (sexagenary) names of lunar years: "Bính Ngọ" = 2026.
 */

export const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
export const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const;

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** "Bính Ngọ" for 2026, "Giáp Thìn" for 2024. */
export function canChiOfYear(year: number): string {
  return `${CAN[mod(year + 6, 10)]} ${CHI[mod(year + 8, 12)]}`;
}

const fold = (s: string) =>
  s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");

/** Folded spellings of each branch, variants included ("Tị", "Mẹo"). */
const CHI_FOLDED: readonly (readonly string[])[] = CHI.map((c) => [fold(c)]).map((v, i) =>
  i === 3 ? [...v, "meo"] : i === 5 ? [...v, "ti"] : v,
);

/**
 * The year named `name` ("Bính Ngọ", "binh ngo") nearest to `near`, or null
 * when the name is not a can-chi pair. The pair repeats every 60 years.
 */
export function yearOfCanChi(name: string, near: number): number | null {
  const raw = name.normalize("NFC").toLowerCase().trim().split(/\s+/);
  const parts = fold(name).trim().split(/\s+/);
  if (parts.length !== 2 || raw.length !== 2) return null;
  const can = CAN.findIndex((c) => fold(c) === parts[0]);
  if (can < 0) return null;
  // Folded, "Tý" and "Tỵ" are both "ty": prefer the written form, then the
  // branch that makes a valid pair (stem and branch share their parity).
  const chis = CHI_FOLDED.map((v, i) => (v.includes(parts[1]!) ? i : -1)).filter((i) => i >= 0 && i % 2 === can % 2);
  const exact = chis.find((i) => CHI[i]!.toLowerCase() === raw[1]);
  const chi = exact ?? chis[0];
  if (chi === undefined) return null;
  // Find y ≡ can − 6 (mod 10) and y ≡ chi − 8 (mod 12) closest to `near`.
  let best: number | null = null;
  for (let y = near - 30; y <= near + 30; y++) {
    if (mod(y + 6, 10) === can && mod(y + 8, 12) === chi && (best === null || Math.abs(y - near) < Math.abs(best - near))) best = y;
  }
  return best;
}
