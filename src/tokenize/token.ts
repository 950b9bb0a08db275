/** Token kinds the tokenizer produces. */
export type TokenKind =
  | "word" // a syllable or run of letters (Vietnamese or foreign): "Thượng", "ASEAN", "QĐ"
  | "number" // digits with their separators: "2026", "19/02/2026", "16:38", "1.234,5", "7h30"
  | "code" // letters and digits glued by / - . : "202/2025/QH15", "03/CT-BCA-X11", "QĐ-TTg", "X11", "COVID-19"
  | "abbr" // an abbreviation with its dot(s): "TP.", "PGS.TS.", "Q.1", "N.V.T."
  | "url"
  | "email"
  | "phone"
  | "punct" // one punctuation character, or "..." / "…"
  | "symbol" // anything else that is not a space: emoji, +, %, ©
  | "newline"; // one or more line breaks (paragraph boundary); spaces are not tokens

/**
 * One token. Offsets are into the normalized view (`ctx.view`); the span
 * builder maps them back to the caller's text.
 */
export interface Token {
  kind: TokenKind;
  /** View offset, inclusive. */
  start: number;
  /** View offset, exclusive. */
  end: number;
  /** The token as it appears in the view (NFC, one tone placement, unified punctuation). */
  text: string;
  /** Lowercased view text. */
  lower: string;
  /** Folded key: lowercase, no diacritics, đ→d. */
  fold: string;
  /** Interned id of `fold` (see fold-id.ts): index per-word facts by it; 0 = not interned, use `fold`. */
  fid: number;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Has at least two letters and no lowercase letter ("ASEAN", "QĐ-TTg" is not). */
  upper: boolean;
  /** Carries a Vietnamese diacritic (tone or vowel mark, or đ). */
  diacritics: boolean;
  /** Whitespace (not a newline) precedes this token. */
  spaceBefore: boolean;
  /** First token of a sentence. */
  sentenceStart: boolean;
  /** Index of this token's sentence. */
  sentence: number;
  /**
   * The token's line is written in capitals (a headline: "THỨ TRƯỞNG … THAM DỰ"),
   * so `cap`/`upper` say nothing about names there.
   */
  capsLine: boolean;
}
