import { PositionMemo } from "./position-memo.js";
import type { Token } from "../../tokenize/token.js";
import type { LexMatch, Lexicon } from "../../lexicon/lexicon.js";
import { NAME_STOP_WORDS } from "./name-stop-words.js";
import { shouting } from "./letter-case.js";
import { firstKeys, mayStartAt, type FirstKeys } from "./first-keys.js";

export { firstKeys, groupKeys, lowerLedKeys, mayStartAt, type FirstKeys } from "./first-keys.js";

/**
 * Helpers for reading proper names off the token stream: capitalized runs,
 * names with lowercase words inside ("Viện nghiên cứu Hải sản Nha Trang"),
 * and lexicon matches whose casing looks like a name. Shared by the ORG and
 * LOC recognizers; any recognizer may use them.
 */

/** A token that can be part of a written name: a word, an abbreviation or a code. */
export function isNameToken(t: Token | undefined): boolean {
  return !!t && (t.kind === "word" || t.kind === "abbr" || t.kind === "code");
}

/** A capitalized word, abbreviation or code ("Trùng", "TP.", "QH15"). */
export function isCapToken(t: Token | undefined): boolean {
  return isNameToken(t) && t!.cap;
}

/** A token joined to the previous one with no space ("Cam" "-" "pu"). */
export function glued(t: Token | undefined): boolean {
  return !!t && !t.spaceBefore;
}

/**
 * End (exclusive) of the run of capitalized tokens starting at `j`, with
 * hyphen-joined syllables ("Cam-pu-chia", "Bà Rịa - Vũng Tàu") kept in.
 * Returns `j` when token `j` is not capitalized. At most `max` words.
 */
export function capRunEnd(tokens: readonly Token[], j: number, max = 6): number {
  let k = j;
  let words = 0;
  while (k < tokens.length && words < max) {
    const t = tokens[k]!;
    // "HÀ NỘI VÀ …": in a line of capitals a function word ends the name.
    if (isCapToken(t) && !(t.upper && shouting(tokens, k) && NAME_STOP_WORDS.has(tokens, k))) {
      k++;
      words++;
      continue;
    }
    // "Cam-pu-chia": a hyphen glued on both sides, then a word.
    if (k > j && t.text === "-" && isNameToken(tokens[k + 1]) && (!t.spaceBefore && !tokens[k + 1]!.spaceBefore)) {
      k += 2;
      words++;
      continue;
    }
    // "Bà Rịa - Vũng Tàu": a spaced hyphen between two capitalized runs.
    if (k > j && t.text === "-" && t.spaceBefore && isCapToken(tokens[k + 1]) && tokens[k + 1]!.spaceBefore && words < max - 1) {
      k += 2;
      words++;
      continue;
    }
    if (k > j && isNameToken(t) && !t.spaceBefore && tokens[k - 1]!.text === "-") {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * A name phrase from `j`: capitalized words, with short runs of lowercase
 * words allowed only between capitalized ones, so it ends on a capitalized
 * word. "Viện nghiên cứu Hải sản Nha Trang" is one phrase; "Tràng An ở" stops
 * before "ở". `stop(t)` forbids a lowercase word. Returns `j` if no name.
 */
export function namePhraseEnd(
  tokens: readonly Token[],
  j: number,
  stop: (t: Token, k: number) => boolean,
  maxLowerRun = 2,
  maxTokens = 12,
): number {
  let end = capRunEnd(tokens, j);
  if (end === j) return j;
  for (;;) {
    let k = end;
    let lower = 0;
    while (k < tokens.length && lower < maxLowerRun && isNameToken(tokens[k]) && !tokens[k]!.cap && !stop(tokens[k]!, k)) {
      k++;
      lower++;
    }
    if (lower === 0) return end;
    const next = capRunEnd(tokens, k);
    if (next === k || next - j > maxTokens) return end;
    end = next;
  }
}

/** Every word token of the match [i, j) is capitalized (or a number). */
export function allCapitalized(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" || t.kind === "number") continue;
    // "Cam-pu-chia": syllables glued by hyphens after the first keep their lowercase.
    if (!t.cap && k > i && !t.spaceBefore && tokens[k - 1]!.text === "-") continue;
    if (!t.cap) return false;
  }
  return true;
}

/**
 * The tokens of [i, j) are cased like the listed surface ("châu Á", "sông Mê
 * Công"): each token capitalized exactly where the surface's word is.
 */
export function casedLike(tokens: readonly Token[], i: number, j: number, surface: string): boolean {
  const caps = capsOf(surface);
  let w = 0;
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") continue;
    if (w >= caps.length) return allCapitalized(tokens, i, j);
    if (caps[w] !== t.cap) return false;
    w++;
  }
  return true;
}

/** Per word of a listed surface (hyphens apart), whether it is capitalized; kept by surface (two regexes a surface, not a call). */
function capsOf(surface: string): readonly boolean[] {
  let caps = CAPS.get(surface);
  if (caps === undefined) {
    const words = surface.split(/\s+|(?=-)|(?<=-)/u).filter(Boolean);
    caps = words.filter((w) => w !== "-").map((w) => /^\p{Lu}/u.test(w));
    if (CAPS.size >= 50_000) CAPS.clear();
    CAPS.set(surface, caps);
  }
  return caps;
}
const CAPS = new Map<string, readonly boolean[]>();

/**
 * Accept a lexicon match only when its diacritics agree with the listed form,
 * or when the text wrote it with no diacritics at all (text typed without
 * accents). "Mý" is not "Mỹ"; "Viet Nam" is "Việt Nam".
 */
export function accentOk(tokens: readonly Token[], m: LexMatch): boolean {
  if (m.exact) return true;
  for (let k = m.start; k < m.end; k++) if (tokens[k]!.diacritics) return false;
  return true;
}

/** Longest match of any of `lexicons` at token `i` (accent rule applied), or null. */
export function longestOf(lexicons: readonly (Lexicon | undefined)[], tokens: readonly Token[], i: number): LexMatch | null {
  const t = tokens[i];
  if (!t) return null;
  let best: LexMatch | null = null;
  for (const lex of lexicons) {
    // `canStartAt` is an array read; most tokens stop there.
    if (!lex || !lex.canStartAt(t)) continue;
    const list = listOf(lex);
    if (!mayStartAt(list.keys, tokens, i)) continue;
    const m = matchAt(lex, list.memo, tokens, i);
    if (m && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/**
 * The accent-checked longest match of one lexicon at token `i`, memoized
 * per token list: the ORG and LOC rules ask about the same positions again
 * and again (a place after a head, inside a tail, before an acronym).
 * `longestAsWritten` is `longestAt`, then `longestAt(…, true)` when the
 * first fails `accentOk`, in one walk of the trie.
 */
function matchAt(lex: Lexicon, memo: PositionMemo<LexMatch>, tokens: readonly Token[], i: number): LexMatch | null {
  const kept = memo.get(tokens, i);
  if (kept !== undefined) return kept;
  return memo.set(i, lex.longestAsWritten(tokens, i));
}

/** What `longestOf` keeps per lexicon: its first keys (the gate) and its memo (common/position-memo.ts). */
interface ListState {
  keys: FirstKeys;
  memo: PositionMemo<LexMatch>;
}
/** One look-up per lexicon and call, where the keys and the memo were two. */
function listOf(lex: Lexicon): ListState {
  let s = lists.get(lex);
  if (!s) lists.set(lex, (s = { keys: firstKeys(lex), memo: new PositionMemo<LexMatch>() }));
  return s;
}
const lists = new WeakMap<Lexicon, ListState>();

const listedCache = new WeakMap<Lexicon, Map<string, boolean>>();

/** The lexicon lists this one word (cached: `lookup` normalizes and tokenizes its argument). */
export function listsWord(lex: Lexicon | undefined, word: string): boolean {
  if (!lex) return false;
  let m = listedCache.get(lex);
  if (!m) {
    m = new Map();
    listedCache.set(lex, m);
  }
  let v = m.get(word);
  if (v === undefined) {
    v = lex.lookup(word).length > 0;
    if (m.size < 50_000) m.set(word, v);
  }
  return v;
}
