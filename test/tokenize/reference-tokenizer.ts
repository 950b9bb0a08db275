// The tokenizer as it was before the speed work (commit f064d53), kept as the
// reference the fast one must agree with token for token (see equivalence.test.ts).
import type { Token, TokenKind } from "../../src/tokenize/token.js";
import { fold } from "../../src/lexicon/fold.js";
import { foldId } from "../../src/tokenize/fold-id.js";
import { ABBR, CLOCK_H, ELLIPSIS, EMAIL, NEWLINES, NUMBER_ONLY, PHONE, SENTENCE_END, TLDS, URL } from "../../src/tokenize/token-kinds.js";

const ALNUM = /[\p{L}\p{M}\p{N}]/u;

/**
 * Character classes of the BMP, filled on first use (not at import):
 * 1 = letter or mark, 2 = digit (any script), 0 = anything else. Surrogates
 * (astral characters) are classified by regex when met.
 */
let CLASS: Uint8Array | null = null;
function classTable(): Uint8Array {
  if (CLASS) return CLASS;
  const t = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{N}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 0x80) t[c] = (c >= 0x30 && c <= 0x39) ? 2 : ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
    else t[c] = letter.test(ch) ? 1 : digit.test(ch) ? 2 : 0;
  }
  CLASS = t;
  return t;
}

/** Is the character at k a letter, mark or digit? (astral ones too) */
function alnumAt(view: string, k: number, table: Uint8Array): boolean {
  const c = view.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM.test(view.slice(k, k + 2));
  return table[c]! !== 0;
}

/** Is there a "." in view[start, end)? (bounded: never scans outside the run) */
function hasDot(view: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (view.charCodeAt(k) === 0x2e) return true;
  return false;
}

/** Width in code units of the character at k. */
function widthAt(view: string, k: number): number {
  const c = view.charCodeAt(k);
  return c >= 0xd800 && c <= 0xdbff && (view.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * End of the glued run starting at `pos`: letters, marks and digits, joined
 * by / - . : , (or an apostrophe between letters) when alphanumerics follow;
 * a comma only between two digits or two non-digits. Scanned with a
 * character table, without the regex engine.
 *   "19/02/2026", "03/CT-BCA-X11", "H'Leo"
 */
function runEnd(view: string, pos: number, table: Uint8Array): number {
  const n = view.length;
  let e = pos;
  for (;;) {
    while (e < n && alnumAt(view, e, table)) e += widthAt(view, e);
    const c = view.charCodeAt(e);
    // A comma joins digits to digits and letters to letters, not a digit to a letter ("Hai,19/2").
    const digitLeft = /[0-9]/.test(view[e - 1] ?? "");
    const digitRight = /[0-9]/.test(view[e + 1] ?? "");
    if (c === 0x2c && digitLeft !== digitRight) return e;
    if ((c === 0x2f || c === 0x2d || c === 0x2e || c === 0x3a || c === 0x2c || c === 0x27) && e + 1 < n && alnumAt(view, e + 1, table)) {
      e += 1;
      continue;
    }
    return e;
  }
}

/** What a token's flags depend on: computed once per distinct string. */
interface Shape {
  lower: string;
  fold: string;
  fid: number;
  cap: boolean;
  upper: boolean;
  diacritics: boolean;
}
const SHAPES = new Map<string, Shape>();

function shapeOf(text: string): Shape {
  let sh = SHAPES.get(text);
  if (sh) return sh;
  const lower = text.toLowerCase();
  const upperStr = text.toUpperCase();
  const f = fold(text);
  // A letter is a character whose lower and upper case differ.
  let letters = 0;
  let hasLower = false;
  let cap = false;
  if (lower.length === text.length && upperStr.length === text.length) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const lc = lower.charCodeAt(k);
      const uc = upperStr.charCodeAt(k);
      if (lc !== uc) {
        letters++;
        if (c === lc) hasLower = true;
        else if (k === 0) cap = true;
      }
    }
  } else {
    cap = text[0] !== lower[0];
    hasLower = text !== upperStr;
    letters = 2;
  }
  sh = { lower, fold: f, fid: foldId(f), cap, upper: letters >= 2 && !hasLower, diacritics: f !== lower };
  if (SHAPES.size > 100_000) SHAPES.clear();
  SHAPES.set(text, sh);
  return sh;
}
const SPLIT_LETTER_RUN = /([/\-.:,])/;

/**
 * Split a normalized view into tokens, one left-to-right pass. Offsets are
 * view offsets. Spaces are not tokens (a token records `spaceBefore`); a
 * run of line breaks is one "newline" token.
 */
export function referenceTokenize(view: string): Token[] {
  const tokens: Token[] = [];
  const n = view.length;
  let pos = 0;
  let space = false;
  let sentence = 0;
  let newSentence = true;

  const push = (kind: TokenKind, start: number, end: number, known?: string) => {
    const text = known ?? view.slice(start, end);
    const sh = shapeOf(text);
    if (kind === "newline") newSentence = true;
    const tok: Token = {
      kind,
      start,
      end,
      text,
      lower: sh.lower,
      fold: sh.fold,
      fid: sh.fid,
      cap: sh.cap,
      upper: sh.upper,
      diacritics: sh.diacritics,
      spaceBefore: space,
      sentenceStart: false,
      sentence: 0,
      capsLine: false,
    };
    if (newSentence && kind !== "newline") {
      tok.sentenceStart = true;
      if (tokens.length > 0) sentence++;
      newSentence = false;
    }
    tok.sentence = sentence;
    tokens.push(tok);
    space = false;
    if (kind === "punct" && SENTENCE_END.has(text)) {
      // A sentence ends here when what follows is a break, a capital, a digit or a quote.
      let k = end;
      while (k < n && (view[k] === " " || view[k] === "\t")) k++;
      const next = view[k];
      if (next === undefined || next === "\n" || (k > end && /[\p{Lu}\p{N}"'(\[]/u.test(next))) newSentence = true;
    }
  };

  const at = (re: RegExp): number => {
    re.lastIndex = pos;
    return re.test(view) ? re.lastIndex : -1;
  };

  const table = classTable();
  while (pos < n) {
    const c = view.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) {
      do pos++;
      while (pos < n && (view.charCodeAt(pos) === 0x20 || view.charCodeAt(pos) === 0x09 || view.charCodeAt(pos) === 0x0b || view.charCodeAt(pos) === 0x0c));
      space = true;
      continue;
    }
    if (c === 0x0a) {
      const e = at(NEWLINES);
      push("newline", pos, e);
      pos = e;
      continue;
    }
    let e: number;
    // URLs: "http", "https", "www."
    if ((c === 0x68 || c === 0x77) && (view.startsWith("http", pos) || view.startsWith("www.", pos)) && (e = at(URL)) > 0) {
      push("url", pos, e);
      pos = e;
      continue;
    }
    if ((c === 0x2b || c === 0x30) && (e = at(PHONE)) > 0) {
      push("phone", pos, e);
      pos = e;
      continue;
    }
    if (alnumAt(view, pos, table) && (e = runEnd(view, pos, table)) > pos) {
      // An abbreviation needs a dot right after its letters: "TP.", "PGS.TS.", "Q.1".
      if ((view.charCodeAt(e) === 0x2e || hasDot(view, pos, e)) && !(c >= 0x30 && c <= 0x39)) {
        const a = at(ABBR);
        if (a > 0) {
          push("abbr", pos, a);
          pos = a;
          continue;
        }
      }
      if (view.charCodeAt(e) === 0x40 /* @ */) {
        const m = at(EMAIL);
        if (m > 0) {
          push("email", pos, m);
          pos = m;
          continue;
        }
      }
      emitRun(view, pos, e, push);
      pos = e;
      continue;
    }
    if ((e = at(ELLIPSIS)) > 0) {
      push("punct", pos, e);
      pos = e;
      continue;
    }
    // One character (a surrogate pair counts as one).
    const two = widthAt(view, pos);
    const ch = view.slice(pos, pos + two);
    push(/[\p{P}]/u.test(ch) ? "punct" : "symbol", pos, pos + two);
    pos += two;
  }
  markCapsLines(tokens);
  return tokens;
}

/**
 * Mark the lines written in capitals: at least three words with two or more
 * letters, and four in five of them all caps.
 */
function markCapsLines(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.kind !== "newline") continue;
    let words = 0;
    let upper = 0;
    for (let k = lineStart; k < i; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || t.text.length < 2) continue;
      words++;
      if (t.upper) upper++;
    }
    if (words >= 3 && upper * 5 >= words * 4) for (let k = lineStart; k < i; k++) tokens[k]!.capsLine = true;
    lineStart = i + 1;
  }
}

/** A glued run: a number, a code, a bare domain, or words and separators. */
function emitRun(view: string, start: number, end: number, push: (k: TokenKind, s: number, e: number, text?: string) => void): void {
  let digit = false;
  let sep = false;
  let dot = false;
  for (let k = start; k < end; k++) {
    const c = view.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (c === 0x2f || c === 0x2d || c === 0x3a || c === 0x2c) sep = true;
    else if (c === 0x2e) {
      sep = true;
      dot = true;
    } else if (c > 0x7f && !digit && classTable()[c] === 2) digit = true;
  }
  if (!sep) {
    push(digit ? (CLOCK_H.test(view.slice(start, end)) || NUMBER_ONLY.test(view.slice(start, end)) ? "number" : "code") : "word", start, end);
    return;
  }
  const run = view.slice(start, end);
  if (digit) {
    push(NUMBER_ONLY.test(run) || CLOCK_H.test(run) ? "number" : "code", start, end, run);
    return;
  }
  if (dot) {
    const last = run.slice(run.lastIndexOf(".") + 1).toLowerCase();
    if (TLDS.has(last) && !/[/:,]/.test(run)) {
      push("url", start, end, run);
      return;
    }
  }
  // Letters joined by separators: "Cam-pu-chia", "HĐND-UBND", "và/hoặc".
  let p = start;
  for (const part of run.split(SPLIT_LETTER_RUN)) {
    if (part === "") continue;
    push(part.length === 1 && SPLIT_LETTER_RUN.test(part) ? "punct" : "word", p, p + part.length, part);
    p += part.length;
  }
}
