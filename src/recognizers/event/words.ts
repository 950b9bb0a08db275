import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { wordTests, type WordTests } from "../common/phrase-table.js";
import { fold } from "../../lexicon/fold.js";
import { CLAUSE_WORDS, FOLD_SAFE_CLAUSE_WORDS, NAME_PHRASES } from "./stops.js";
import { GENERIC_BEFORE } from "./heads.js";
import { FoldCache } from "../../tokenize/fold-id.js";

/** Token tests the EVENT grammar shares: word kinds, case as evidence, clause words. */

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";
/** Written lowercase, or on a line in capitals where it may be. */
export const lowerLike = (t: Token): boolean => !t.cap || t.capsLine;
/** Capitalized as a name is: not on a headline written in capitals, where case says nothing. */
export const isCapLike = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === "word" || t.kind === "code" || t.kind === "abbr") && (t.cap || t.upper) && !t.capsLine;

/*
 * Word tests depend only on whether the text lacks diacritics: one set for
 * each case, made once (`wordTests` caches its folded sets inside), so
 * asking for them at every head and scan is a field read.
 */
const WORD_TESTS = [wordTests(false), wordTests(true)] as const;
/** Word tests for this text: accent-insensitive when it is written without diacritics. */
export function wordsOf(ctx: Context): WordTests {
  return WORD_TESTS[ctx.noDiacritics ? 1 : 0];
}

/**
 * A clause word at token `j`. Without diacritics a one-syllable word is
 * ambiguous ("toi" is tới, tội or tối; "dang" is đang or Đảng), so only
 * phrases and a few unambiguous words count there.
 */
export function clauseAt(toks: readonly Token[], j: number, w: WordTests): boolean {
  const t = toks[j];
  // A word that folds to no clause word's first word opens none, in any spelling: one array read.
  if (t === undefined || CLAUSE_START.get(t) === 0) return false;
  if (CLAUSE_WORDS.has(toks, j)) return true;
  if (!w.byFold) return false;
  const m = CLAUSE_WORDS.match(toks, j, true);
  return m !== null && (m.words.length > 1 || FOLD_SAFE_FOLDED.has(m.words[0]!));
}
const FOLD_SAFE_FOLDED = new Set([...FOLD_SAFE_CLAUSE_WORDS].map(fold));
const CLAUSE_START = new FoldCache((f) => (CLAUSE_WORDS.firstWords(true).has(f) ? 1 : 0));

/**
 * Words the name scanner tests one by one (editions, "năm", "về", "của",
 * "và", "trong", "với", "tại", "ngày", plurals, name phrases, clause
 * words), by folded key: a word that folds to none of them is none of them
 * in any spelling, so the scanner reads it with one array read instead of
 * a dozen comparisons. (`w.is(t, "về")` holds only when t folds to "ve".)
 */
const SCANNED_FOLDS = new Set([
  ...["lần", "thứ", "khóa", "năm", "về", "giữa", "của", "và", "trong", "với", "tại", "ngày"].map(fold),
  ...[...GENERIC_BEFORE].map(fold),
  ...NAME_PHRASES.firstWords(true),
  ...CLAUSE_WORDS.firstWords(true),
]);
const SCANNED = new FoldCache((f) => (SCANNED_FOLDS.has(f) ? 1 : 0));

/** May the scanner test this word by name (see SCANNED_FOLDS)? */
export function scannedWord(t: Token): boolean {
  return SCANNED.get(t) === 1;
}
