import type { Token, TokenKind } from "./token.js";
import { fold } from "../lexicon/fold.js";
import { ABBR, CLOCK_H, ELLIPSIS, EMAIL, NEWLINES, NUMBER_ONLY, PHONE, RUN, SENTENCE_END, SPACES, TLDS, URL } from "./token-kinds.js";

const HAS_DIGIT = /\p{N}/u;
const LETTER_START = /[\p{L}]/u;
const SPLIT_LETTER_RUN = /([/\-.:,])/;

/**
 * Split a normalized view into tokens, one left-to-right pass. Offsets are
 * view offsets. Spaces are not tokens (a token records `spaceBefore`); a
 * run of line breaks is one "newline" token.
 */
export function tokenize(view: string): Token[] {
  const tokens: Token[] = [];
  const n = view.length;
  let pos = 0;
  let space = false;
  let sentence = 0;
  let newSentence = true;

  const push = (kind: TokenKind, start: number, end: number) => {
    const text = view.slice(start, end);
    const lower = text.toLowerCase();
    const f = fold(text);
    const ch = text[0]!;
    const cap = LETTER_START.test(ch) && ch !== ch.toLowerCase();
    let letters = 0;
    let hasLower = false;
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (c !== c.toLowerCase()) letters++;
      else if (c !== c.toUpperCase()) {
        letters++;
        hasLower = true;
      }
    }
    if (kind === "newline") newSentence = true;
    const tok: Token = {
      kind,
      start,
      end,
      text,
      lower,
      fold: f,
      cap,
      upper: letters >= 2 && !hasLower,
      diacritics: f !== lower,
      spaceBefore: space,
      sentenceStart: false,
      sentence: 0,
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

  while (pos < n) {
    const c = view.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) {
      pos = at(SPACES);
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
    if ((c === 0x68 || c === 0x77) && (e = at(URL)) > 0) {
      push("url", pos, e);
      pos = e;
      continue;
    }
    if ((c === 0x2b || c === 0x30) && (e = at(PHONE)) > 0) {
      push("phone", pos, e);
      pos = e;
      continue;
    }
    if ((e = at(ABBR)) > 0) {
      push("abbr", pos, e);
      pos = e;
      continue;
    }
    if ((e = at(RUN)) > 0) {
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
    const two = c >= 0xd800 && c <= 0xdbff && pos + 1 < n ? 2 : 1;
    const ch = view.slice(pos, pos + two);
    push(/[\p{P}]/u.test(ch) ? "punct" : "symbol", pos, pos + two);
    pos += two;
  }
  return tokens;
}

/** A glued run: a number, a code, a bare domain, or words and separators. */
function emitRun(view: string, start: number, end: number, push: (k: TokenKind, s: number, e: number) => void): void {
  const run = view.slice(start, end);
  if (HAS_DIGIT.test(run)) {
    if (NUMBER_ONLY.test(run) || CLOCK_H.test(run)) push("number", start, end);
    else push("code", start, end);
    return;
  }
  if (run.includes(".")) {
    const last = run.slice(run.lastIndexOf(".") + 1).toLowerCase();
    if (TLDS.has(last) && !/[/:,]/.test(run)) {
      push("url", start, end);
      return;
    }
  }
  if (!/[/\-.:,]/.test(run)) {
    push("word", start, end);
    return;
  }
  // Letters joined by separators: "Cam-pu-chia", "HĐND-UBND", "và/hoặc".
  let p = start;
  for (const part of run.split(SPLIT_LETTER_RUN)) {
    if (part === "") continue;
    push(part.length === 1 && SPLIT_LETTER_RUN.test(part) ? "punct" : "word", p, p + part.length);
    p += part.length;
  }
}
