/**
 * Shapes of document numbers. They are matched against the text of one
 * token (the tokenizer keeps "202/2025/QH15" or "03/CT-BCA-X11" whole) and
 * may stop inside it when scraping glued text onto the number
 * ("5/2020/QH14status1" → "5/2020/QH14").
 */

/**
 * One letter segment of a number: capitals, at most two lowercase letters
 * ("TTg", "QĐi"), then digits: "QH15", "NĐ", "X11", "TTg".
 */
const SEGMENT = String.raw`[A-ZĐ][A-ZĐ]*(?:[a-zđ]{1,2}(?![a-zđ]))?\d*`;

export interface NumberShape {
  id: string;
  example: string;
  pattern: RegExp;
  /** True when the shape carries an issuer code, so it names a document even without "số". */
  coded: boolean;
}

export const NUMBER_SHAPES: readonly NumberShape[] = [
  // "202/2025/QH15", "15/2020/NĐ-CP", "01/2024/TTLT-BCA-BQP"
  { id: "number-year-issuer", example: "15/2020/NĐ-CP", pattern: new RegExp(String.raw`^\d{1,5}\/\d{4}\/${SEGMENT}(?:-${SEGMENT})*`, "u"), coded: true },
  // "1234/QĐ-TTg", "03/CT-BCA-X11", "1234/BCA-V03"
  { id: "number-issuer", example: "1234/QĐ-TTg", pattern: new RegExp(String.raw`^\d{1,5}\/${SEGMENT}(?:-${SEGMENT})*`, "u"), coded: true },
  // "123-KL/TW", "57-NQ/TW", "08-QĐi/TW", "22-KH/ĐU"
  { id: "number-kind-issuer", example: "57-NQ/TW", pattern: new RegExp(String.raw`^\d{1,5}-${SEGMENT}\/${SEGMENT}(?:-${SEGMENT})*`, "u"), coded: true },
  // "22" (only after "số" or right after a kind)
  { id: "number-plain", example: "22", pattern: /^\d{1,5}(?![\d/:.,-])/u, coded: false },
];

/** The longest document number at the start of a token's text, or null. */
export function matchNumber(text: string): { length: number; shape: NumberShape } | null {
  for (const shape of NUMBER_SHAPES) {
    const m = shape.pattern.exec(text);
    if (m && m[0].length > 0) {
      // A glued suffix must not start with a digit or a capital that would continue the code.
      return { length: m[0].length, shape };
    }
  }
  return null;
}

/** "19xx"/"20xx": a plain number that is a year, not a document number. */
export function looksLikeYear(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(text);
}

/** A code that ends with issuer letters, so a spaced legislature number may follow: "202/2025/QH 15". */
export function endsWithLetters(number: string): boolean {
  return /\/[A-ZĐ]+$/u.test(number);
}
