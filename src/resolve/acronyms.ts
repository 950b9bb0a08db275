import type { Token } from "../tokenize/token.js";

/**
 * Acronym ↔ long form (ANNOTATION "ORG" and "EVENT", RULES 30): an acronym
 * in parentheses right after a name is a second span of the same type, and
 * both carry the same `link` key, so the pipeline gives them one entityId.
 * Shared by the recognizers that propose such pairs (EVENT, ORG).
 */

/** The parenthesized acronym after a name: tokens [start, end) inside the parentheses. */
export interface ParenAcronym {
  /** First token inside the parentheses. */
  start: number;
  /** Token index of the closing parenthesis. */
  end: number;
  /** The acronym's letters, as written: "AMMTC" for "(AMMTC 15)", "IMM" for "(IMM6)". */
  base: string;
  /** True when a number follows the letters ("AMMTC 15", "IMM6"): an edition. */
  numbered: boolean;
}

/** "AMMTC", "IMM6", "WEF": an all-caps token, or a code that starts with capitals. */
const ACRONYM_HEAD = /^([A-ZĐ]{2,}[A-Za-zĐđ]?)(?:[-]?\d{1,4})?(?:[-+][A-Z0-9]+)*$/u;

/**
 * "(SOMTC 20)", "(ADMM+)", "(RTF)", "(IMM6)" at token `j`
 * (which must be the opening parenthesis). At most 5 tokens inside, the
 * first an acronym, the rest numbers, capitalized words or codes.
 */
export function parenAcronymAt(tokens: readonly Token[], j: number): ParenAcronym | null {
  if (tokens[j]?.text !== "(") return null;
  const first = tokens[j + 1];
  if (!first || (first.kind !== "word" && first.kind !== "code")) return null;
  const m = ACRONYM_HEAD.exec(first.text);
  if (!m || !/[A-ZĐ]{2,}/u.test(first.text)) return null;
  let k = j + 2;
  let numbered = /\d/.test(first.text);
  while (k < tokens.length && k < j + 7 && tokens[k]!.text !== ")") {
    const t = tokens[k]!;
    if (t.kind === "number" && /^\d{1,4}$/.test(t.text)) numbered = true;
    else if (t.text === "+" && !t.spaceBefore) {
      // "(ADMM+)": the plus belongs to the acronym
    } else if (!((t.kind === "word" || t.kind === "code") && (t.cap || t.upper))) return null;
    k++;
  }
  if (tokens[k]?.text !== ")") return null;
  return { start: j + 1, end: k, base: m[1]!, numbered };
}

/** The link key of an acronym: type, then its letters and number without spaces ("EVENT:AMMTC15"). */
export function acronymKey(type: string, text: string): string {
  return `${type}:${text.replace(/\s+/g, "").toUpperCase()}`;
}
