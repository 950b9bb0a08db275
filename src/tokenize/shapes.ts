import { fold } from "../lexicon/fold.js";
import type { Token } from "./token.js";
import { foldId } from "./fold-id.js";
import { CLOCK_H, NUMBER_ONLY, SENTENCE_END } from "./token-kinds.js";

/**
 * What a token's flags depend on: computed once per distinct token string
 * and shared by every token with that text (shape-table.ts keeps them).
 */
export interface Shape extends Pick<Token, "text" | "lower" | "fold" | "fid" | "cap" | "upper" | "diacritics"> {
  /** ".", "!", "?", "…" or "...": may end a sentence. */
  endsSentence: boolean;
  /** Digits with separators or a clock time ("19/02/2026", "7h30"): a run with digits that is a number, not a code ("QH15"). */
  isNumber: boolean;
}

/** The facts of one token string. */
export function makeShape(text: string): Shape {
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
  return {
    text,
    lower,
    fold: f,
    fid: foldId(f),
    cap,
    upper: letters >= 2 && !hasLower,
    diacritics: f !== lower,
    endsSentence: SENTENCE_END.has(text),
    isNumber: NUMBER_ONLY.test(text) || CLOCK_H.test(text),
  };
}
