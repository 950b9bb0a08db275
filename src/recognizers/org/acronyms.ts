import type { Candidate, Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { candidate } from "../span-builder.js";
import { longestOf, mayStartAt } from "../common/proper-name-run.js";
import { ACRONYM_LOWER_LED, mayListAcronym, orgLists, PAREN, PLAIN_WORD, reportsAcronym } from "./word-gates.js";
import type { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { couldBeSyllable, hasVowelMarks, shouting } from "../common/letter-case.js";
import { accentFreeSet } from "../common/accent-free-phrases.js";
import { NAME_STOP_WORDS } from "../common/name-stop-words.js";
import { TokenCursor } from "../common/token-cursor.js";
import { nameEndingIn, nameOver, SortedEnds } from "./offset-search.js";

/**
 * Acronyms of organizations (ANNOTATION.md ORG, RULES 30):
 *  - org.acronym.paren    "Tổ chức Cảnh sát hình sự quốc tế (INTERPOL)": a second ORG span,
 *                         linked to the long form; later bare uses of the same acronym are ORGs too
 *  - org.acronym.listed   a listed acronym standing alone: "ASEAN", "UNODC", "ANTV"
 *  - org.acronym.compound all-caps words before a listed acronym: "DGICM ASEAN"
 *  - org.acronym.credit   "(HGO) - …" at the start of a line: the outlet's credit
 *  - org.acronym.country  "AMMTC-Brunei Darussalam": an acronym glued to a country
 */

/** An all-caps acronym token: "INTERPOL", "BHXH", "G20" (not a roman numeral like "XV"). */
export function isAcronymToken(t: Token | undefined): t is Token {
  if (!t || !t.cap || (t.kind !== "word" && t.kind !== "code")) return false;
  // Most capitalized words are settled by their second character ("Bộ", "Công"): no map look-up.
  const text = t.text;
  if (text.length < 2 || !mayFollowInAcronym(text.charCodeAt(1))) return false;
  let v = ACRONYM_TEXT.get(text);
  if (v === undefined) {
    v = acronymText(t.text);
    if (ACRONYM_TEXT.size > 50_000) ACRONYM_TEXT.clear();
    ACRONYM_TEXT.set(t.text, v);
  }
  return v;
}

/* Answers of `acronymText` by token text: lines in capitals ask about every word. */
const ACRONYM_TEXT = new Map<string, boolean>();

/**
 * The UTF-16 unit `c` can be the second unit of an acronym: a capital, a digit,
 * "&" (what `acronymText` allows after the first letter), or half of a surrogate
 * pair (an astral letter: left to `acronymText`). Answers are kept per unit.
 */
function mayFollowInAcronym(c: number): boolean {
  let v = SECOND_UNIT[c]!;
  if (v === 0) SECOND_UNIT[c] = v = (c >= 0xd800 && c <= 0xdfff) || /^[\p{Lu}\d&]$/u.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}
/* 0: not asked yet, 1: no, 2: yes. */
const SECOND_UNIT = new Uint8Array(0x10000);

function acronymText(text: string): boolean {
  // Example: INTERPOL, BHXH, G20
  if (!/^[\p{Lu}][\p{Lu}\d&]{1,11}$/u.test(text)) return false;
  // "HỢP", "BỘ" in a line written in capitals are words, not acronyms ("HĐND" keeps its Đ).
  if (hasVowelMarks(text)) return false;
  // Example: XV (a roman numeral)
  return !/^[IVXLC]+$/.test(text);
}

/** "( X )" at token `i` (the "("): the acronym token index, or -1. */
export function parenAcronymAt(toks: readonly Token[], i: number): number {
  if (toks[i]?.text !== "(" || toks[i + 2]?.text !== ")") return -1;
  return isAcronymToken(toks[i + 1]) ? i + 1 : -1;
}

/** Event head nouns: a body named inside an event's name ("Hội nghị … Liên hợp quốc (X)"). */
const EVENT_HEADS = accentFreeSet(["hội nghị", "hội thảo", "diễn đàn", "đại hội", "lễ", "kỳ họp", "hội chợ", "triển lãm", "chiến dịch", "cuộc họp", "phiên", "giải", "cuộc thi", "hội đàm"]);

/** The name chain that ends at token `s` (words and hyphens, no clause words) starts with an event head. */
function eventBefore(toks: readonly Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 20; k--) {
    const t = toks[k]!;
    if (t.cap && EVENT_HEADS.has(toks, k)) return true;
    if (t.kind === "punct" && t.text !== "-" && t.text !== ",") return false;
    if (t.kind === "newline" || (t.kind === "word" && !t.cap && NAME_STOP_WORDS.has(toks, k) && t.lower !== "về" && t.lower !== "của")) return false;
  }
  return false;
}

/**
 * The link key of an ORG mention: its listed canonical form, else its text,
 * folded. "Liên hợp quốc", "LHQ" and "UN" share one; a long form lends its key
 * to the acronym in parentheses after it.
 */
export function linkKey(ctx: Context, c: { start: number; end: number; canonical?: string }): string {
  const text = c.canonical ?? ctx.view.slice(c.start, c.end);
  let key = LINK_KEYS.get(text);
  if (key === undefined) {
    key = "org:" + fold(text);
    if (LINK_KEYS.size > 50_000) LINK_KEYS.clear();
    LINK_KEYS.set(text, key);
  }
  return key;
}
/* Keys by mention text: the same bodies are named again and again. */
const LINK_KEYS = new Map<string, string>();

/* The other types' ends of `findAcronyms` (a buffer reused from one text to the next). */
const OTHER_ENDS = new SortedEnds();

/** Some EVENT, DOCUMENT or LOC candidate ends (its last offset) in no token. */
function endsOutsideTokens(ctx: Context): boolean {
  const cursor = new TokenCursor(ctx.tokens);
  for (const type of ["EVENT", "DOCUMENT", "LOC"] as const) {
    const cands = ctx.candidates(type);
    for (let k = 0; k < cands.length; k++) if (cursor.at(cands[k]!.end - 1) < 0) return true;
  }
  return false;
}

/** Where the acronym rules may apply, collected by the names' pass over the tokens (one pass instead of three). */
export interface AcronymPlaces {
  /** Tokens "(". */
  parens: number[];
  /** Tokens that pass `mayTakeAcronymRule`. */
  words: number[];
}

/**
 * Token `t` (at `i`, whose word bits are `bits`) may take one of the rules
 * of the second pass of `findAcronyms`: each needs a capital or a listed
 * outlet written in lowercase, and an acronym (the country, mechanism and
 * defined rules) or the start of a listed entry (`mayListAcronym`). A word
 * with neither would be passed over there.
 */
export function mayTakeAcronymRule(gates: FoldCache, toks: readonly Token[], i: number, t: Token, bits: number): boolean {
  if (!t.cap && (bits & ACRONYM_LOWER_LED) === 0) return false;
  return mayListAcronym(gates, toks, i, bits) || acronymShaped(t, bits);
}

/** `isAcronymToken(t)` for token `t` with word bits `bits`: "Bộ", "Nguyễn", plain letters not all in capitals, are none (PLAIN_WORD) and their text is left unread. */
function acronymShaped(t: Token, bits: number): boolean {
  if ((bits & PLAIN_WORD) !== 0 && !t.upper && t.kind === "word") return false;
  return isAcronymToken(t);
}

/** The view's text [start, end) is `surface` (compared in place: no slice). */
export function writtenAs(view: string, start: number, end: number, surface: string): boolean {
  return end - start === surface.length && view.startsWith(surface, start);
}

/**
 * Token `t`, whose word bits are `bits`, is "(": a token of one code unit
 * whose folded key is "(", which no other code unit folds to (test), so
 * neither its text nor the view is read.
 */
export function isOpenParen(t: Token, bits: number): boolean {
  return (bits & PAREN) !== 0 && t.end - t.start === 1;
}

/**
 * Acronym candidates. `longForms` are the ORG candidates found so far: a
 * "(X)" right after one of them abbreviates it. Other types' long forms
 * (EVENT) leave their acronym to their own recognizer.
 */
export function findAcronyms(ctx: Context, longForms: Candidate[], at: AcronymPlaces): Candidate[] {
  const toks = ctx.tokens;
  const out: Candidate[] = [];
  // The ends of other types' candidates, sorted at the first credit that asks (few texts have one).
  let otherEnds: SortedEnds | null = null;
  // Acronym → link key; made at the first acronym defined (most texts define none).
  let defined: Map<string, string> | null = null;
  const orgs = orgLists(ctx.lexicons);
  const lists = orgs.acronymLists;
  const listKeys = orgs.acronymKeys;

  // Indexed loops: a for-of over an array allocates its iterator results wherever the loop is not optimized.
  const parens = at.parens;
  for (let p = 0; p < parens.length; p++) {
    const i = parens[p]!;
    const a = parenAcronymAt(toks, i);
    if (a < 0) continue;
    // The long form ends in the token before the "(" (names end at a token's end: none before the first token).
    const prev = toks[i - 1];
    const k = prev ? nameEndingIn(longForms, prev.start, prev.end) : -1;
    if (k >= 0) {
      const long = longForms[k]!;
      long.link ??= linkKey(ctx, long);
      // Outside an event's name the acronym is the body's, and wins a tie with an EVENT reading.
      const inEvent = eventBefore(toks, new TokenCursor(toks).at(long.start));
      out.push(candidate(ctx, "ORG", a, a + 1, "org.acronym.paren", { link: long.link, priority: inEvent ? 0 : 1 }));
      (defined ??= new Map()).set(toks[a]!.text, long.link);
      continue;
    }
    // "(HGO) - Nhằm …": a credit at the start of a line or of the text, unless another type's candidate
    // ends before it (where no token is, for the text's first token).
    if (prev && prev.kind !== "newline") continue;
    otherEnds ??= OTHER_ENDS.fill([ctx.candidates("EVENT"), ctx.candidates("DOCUMENT"), ctx.candidates("LOC")]);
    if (prev ? otherEnds.anyIn(prev.start, prev.end) : endsOutsideTokens(ctx)) continue;
    out.push(candidate(ctx, "ORG", a, a + 1, "org.acronym.credit"));
    (defined ??= new Map()).set(toks[a]!.text, `org:${toks[a]!.text.toLowerCase()}`);
  }

  // The starts of the acronyms found in parentheses above, as a set at the first word in
  // parentheses that asks (a scan of `out` per such word was quadratic on a long text). Only
  // they can start at a word the loop below reaches: its own candidates start at or before
  // the word it is at, and it moves forward.
  const parenCount = out.length;
  let parenStarts: Set<number> | null = null;
  // The tokens `mayTakeAcronymRule` kept, in order; a rule that reads several tokens skips those before `next`.
  let next = 0;
  const words = at.words;
  for (let w = 0; w < words.length; w++) {
    const i = words[w]!;
    if (i < next || nameOver(longForms, toks[i]!.start, toks[i]!.end)) continue;
    const t = toks[i]!;
    const bits = orgs.gates.get(t);
    const isAcr = acronymShaped(t, bits);
    if (toks[i - 1]?.text === "(" && toks[i + 1]?.text === ")" && parenCount > 0) {
      if (parenStarts === null) {
        parenStarts = new Set();
        for (let k = 0; k < parenCount; k++) parenStarts.add(out[k]!.start);
      }
      if (parenStarts.has(t.start)) continue;
    }
    // "AMMTC-Brunei Darussalam"
    if (isAcr && toks[i + 1]?.text === "-" && !toks[i + 1]!.spaceBefore && !toks[i + 2]?.spaceBefore) {
      const country = longestOf(orgs.countries, toks, i + 2);
      if (country) {
        out.push(candidate(ctx, "ORG", i, country.end, "org.acronym.country"));
        next = country.end;
        continue;
      }
    }
    // Listed acronyms and outlets are matched with their exact case: a lowercase word starts none of them.
    // An entry is one word, or the words after it can go on with one (per-word bits first, then the lists' own gate).
    const listed = mayListAcronym(orgs.gates, toks, i, bits);
    const m = listed && mayStartAt(listKeys, toks, i) ? longestOf(lists, toks, i) : null;
    const acr = m && m.entries.some(reportsAcronym);
    if (m && acr && writtenAs(ctx.view, t.start, toks[m.end - 1]!.end, m.entry.surface)) {
      // "DGICM ASEAN": unknown all-caps words glued in front of a listed acronym.
      let s = i;
      while (s > 0 && isAcronymToken(toks[s - 1]) && (!shouting(toks, s - 1) || !couldBeSyllable(toks[s - 1]!.text)) && !nameOver(longForms, toks[s - 1]!.start, toks[s - 1]!.end) && lists.every((l) => !l?.lookup(toks[s - 1]!.text).length)) s--;
      if (s < i && out.some((c) => c.end > toks[s]!.start && c.start < toks[i]!.end)) s = i;
      out.push(candidate(ctx, "ORG", s, m.end, s < i ? "org.acronym.compound" : "org.acronym.listed", { canonical: m.entry.canonical }));
      next = m.end;
      continue;
    }
    // "cơ chế hợp tác ABCD": a cooperation mechanism named by its acronym (NOTES E4).
    if (isAcr && (toks[i - 1]?.lower === "chế" || (toks[i - 2]?.lower === "hợp" && toks[i - 1]?.lower === "tác" && toks[i - 3]?.lower === "chế")) && (!shouting(toks, i) || !couldBeSyllable(t.text))) {
      const listedNext = lists.some((l) => l?.lookup(toks[i + 1]?.text ?? "").some((e) => e.fields.form === "acronym"));
      if ((toks[i - 1]?.lower !== "chế" || toks[i - 2]?.lower === "cơ") && !listedNext) {
        out.push(candidate(ctx, "ORG", i, i + 1, "org.acronym.mechanism"));
        continue;
      }
    }
    const key = isAcr && defined !== null ? defined.get(t.text) : undefined;
    if (key) out.push(candidate(ctx, "ORG", i, i + 1, "org.acronym.defined", { link: key }));
  }
  return out;
}
