import type { Token } from "../../tokenize/token.js";

/**
 * Letter case as evidence. In a sentence written in capitals ("BỘ CÔNG AN
 * THÔNG BÁO …", a headline or a shouted line) a capital says nothing about
 * names, so name runs there must come from lists, not from case.
 */
const cache = new WeakMap<readonly Token[], Map<number, boolean>>();
/* The token list asked about last, and its answers: the same document is asked again and again. */
let lastTokens: readonly Token[] | null = null;
let lastAnswers: Map<number, boolean> | null = null;

/** Token `k` stands in a sentence whose words are mostly all-caps. */
export function shouting(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.upper) return false;
  let bySentence: Map<number, boolean> | undefined;
  if (tokens === lastTokens) bySentence = lastAnswers!;
  else {
    bySentence = cache.get(tokens);
    if (!bySentence) {
      bySentence = new Map();
      cache.set(tokens, bySentence);
    }
    lastTokens = tokens;
    lastAnswers = bySentence;
  }
  const known = bySentence.get(t.sentence);
  if (known !== undefined) return known;
  let words = 0;
  let upper = 0;
  let from = k;
  while (from > 0 && tokens[from - 1]!.sentence === t.sentence) from--;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === t.sentence; i++) {
    const x = tokens[i]!;
    if (x.kind !== "word" || x.text.length < 2) continue;
    words++;
    if (x.upper) upper++;
  }
  const s = words >= 3 && upper >= words * 0.6;
  bySentence.set(t.sentence, s);
  return s;
}

/** Vowel marks (tone or hat), not counting Đ: "BHXH", "HĐND" have none; "HỢP", "BỘ" have one. */
export function hasVowelMarks(s: string): boolean {
  return /[\u0300-\u036f]/u.test(s.normalize("NFD"));
}

/**
 * The letters could spell one Vietnamese syllable written without marks
 * ("TAN", "NGHIA", "QUOC"). "DGICM", "AMMTC" could not: in a line of
 * capitals such a word is an acronym, not a word.
 */
export function couldBeSyllable(s: string): boolean {
  let v = SYLLABLE_TEXT.get(s);
  if (v === undefined) {
    // Example: NGHIÊNG → NGHIENG; DGICM → no
    v = SYLLABLE.test(s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "D").toUpperCase());
    if (SYLLABLE_TEXT.size > 50_000) SYLLABLE_TEXT.clear();
    SYLLABLE_TEXT.set(s, v);
  }
  return v;
}
const SYLLABLE_TEXT = new Map<string, boolean>();
const SYLLABLE = /^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPTIOUY])?$/;
