/**
 * The patterns the tokenizer is built from, each named, with examples.
 * All are sticky and anchored at the current position, so the tokenizer
 * runs in one left-to-right pass without backtracking across tokens.
 */

/** Abbreviations that keep their dot, so "TP. Hà Nội" or "PGS.TS. Lê" does not end a sentence. */
export const ABBREVIATIONS = [
  "TP", "Tp", "tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "GS", "PGS", "TS", "ThS", "Ths", "Th", "BS", "BSCKI", "BSCKII", "CKI", "CKII",
  "KS", "CN", "NSND", "NSƯT", "NGND", "NGƯT", "TTƯT", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Co", "Ltd", "Inc", "No", "Vol",
  "Tr", "tr", "v.v", "vv", "ĐT", "Đ", "ĐC", "Đc", "đc", "Lt", "Col", "Gen", "Sgt", "Capt", "Adm",
] as const;

const ABBR_ALT = [...ABBREVIATIONS].sort((a, b) => b.length - a.length).map((a) => a.replace(/\./g, "\\.")).join("|");

/** "TP.", "PGS.TS.", "N.V.T.", "D.C.", "Q." (before "1"): known abbreviations or single capitals, each with its dot. */
export const ABBR = new RegExp(`(?:(?:${ABBR_ALT}|[A-ZĐ])\\.)+`, "uy");

/** "https://antv.gov.vn/a?b=1", "www.bocongan.gov.vn" */
export const URL = /(?:https?:\/\/|www\.)[^\s<>"'()\[\]]*[^\s<>"'()\[\].,;:!?]/uy;

/** "news@antv.gov.vn" */
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;

/** "+84 24 3826 9999", "0912.345.678", "0912 345 678", "0692324026" */
export const PHONE = /(?:\+\d{1,3}[ .]?\d{2,4}(?:[ .]\d{2,4}){1,3}|0\d{2,3}[ .]\d{3}[ .]\d{3,4}|0\d{9,10})(?![\p{N}\p{L}])/uy;

/** "..." or "…" */
export const ELLIPSIS = /\.{2,}|…/y;

/** Line breaks, with any spaces between them. */
export const NEWLINES = /\n[ \t\f\v\n]*/y;

/** A number: digits with separators, or a clock time written with h/g: "16:38", "1.234,5", "7h30", "20h". */
export const NUMBER_ONLY = /^\p{N}+(?:[/\-.:,]\p{N}+)*$/u;
export const CLOCK_H = /^\d{1,2}[hg]\d{0,2}(?:p|ph)?$/i;

/** Top-level domains that make "antv.gov.vn" a URL. */
export const TLDS = new Set(["vn", "com", "net", "org", "gov", "edu", "info", "int", "io", "cn", "jp", "kr", "uk", "us", "asia"]);

export const SENTENCE_END = new Set([".", "!", "?", "…", "..."]);
