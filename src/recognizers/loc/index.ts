import type { Candidate, Context, Recognizer } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import type { LexMatch, Lexicon } from "../../lexicon/lexicon.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { ONE_WORD } from "../../lexicon/trie.js";
import { candidate } from "../span-builder.js";
import { resolveOverlaps } from "../../resolve/overlaps.js";
import { fold } from "../../lexicon/fold.js";
import { allCapitalized, capRunEnd, casedLike, listsWord } from "../common/proper-name-run.js";
import { levelFalseFriendAt, LEVEL_PHRASES, LEVEL_WORDS } from "./level-words.js";
import { ambiguousFormIsPlace, COMMON_PHRASE_PLACES, countryInList, looksLikePersonContext, PLACE_BEFORE } from "./ambiguity.js";
import { areaAt } from "./areas.js";
import { addressAt } from "./addresses.js";
import { formalNameAt } from "./formal-names.js";
import { unaccented, wordIs } from "../common/accent-free-phrases.js";
import * as gates from "./word-gates.js";
import { locLexicons, TRIGGER_WORDS, type LocLexicons } from "./word-gates.js";
import { capitalAhead, mostWords } from "./ahead.js";
import { shouting } from "../common/letter-case.js";

/**
 * LOC: places. Rules, in the order they are tried at each token:
 *  - loc.level     a level word and the name after it: "tỉnh Lâm Đồng", "phường 5", "thành phố Côn Minh"
 *  - loc.lexicon   a listed place standing alone: countries, provinces, capitals,
 *                  world cities and subdivisions, seas, rivers, regions
 *  - loc.area      named areas and sites: "Khu mới Hà An", "Quảng trường Ba Đình" (areas.ts)
 *  - loc.address   a street address with its number: "12 Lê Lợi" (addresses.ts)
 *  - loc.formal    a formal state name: "nước Cộng hòa Pê-ru" → "Cộng hòa Pê-ru" (formal-names.ts)
 * Descriptive nouns (thủ đô, nước, khu vực) are never part of the span:
 * they are simply not matched.
 */

export const locRecognizer: Recognizer = {
  name: "loc",
  types: ["LOC"],
  recognize(ctx) {
    // resolveOverlaps, deciding each group of overlapping places on its own (most places overlap nothing).
    const kept = resolveOverlaps(findPlaces(ctx));
    // Mentions of the same place share an entity id: "tỉnh Lâm Đồng" and "Lâm Đồng", "Mỹ" and "Hoa Kỳ".
    for (const c of kept) c.link ??= linkOf(c.canonical ?? ctx.view.slice(c.start, c.end));
    return kept;
  },
};

/** "loc:" and the folded name, by name (most names are listed canonical forms, seen again and again). */
function linkOf(name: string): string {
  let link = LINKS.get(name);
  if (link === undefined) {
    link = "loc:" + fold(name);
    if (LINKS.size >= 50_000) LINKS.clear();
    LINKS.set(name, link);
  }
  return link;
}
const LINKS = new Map<string, string>();

/*
 * The gate bits, copied into this module's constants: the scan tests them at
 * every token, and an imported binding may be read through an accessor
 * (modules compiled to CommonJS, as tsx runs the sources).
 */
const { ADDRESS_BEFORE, AREA, BARE_TRIGGER, FORMAL, LEVEL, LOWER_LED, TRIGGER, STANDALONE, LOWER, PROVINCE, DISTRICT, COMMUNE, SUBDIVISIONS } = gates;
const STANDALONE_BITS = STANDALONE.bits;
const SUBDIVISIONS_BITS = SUBDIVISIONS.bits;
const LOWER_BITS = LOWER.bits;

/**
 * All LOC candidates of a text, overlapping ones included. One pass: a
 * token is looked at further only when it may start a rule (a trigger word,
 * a house number, the first words of a listed name). Which of these a word
 * may be is one array read per token (word-gates.ts); most tokens stop there.
 */
export function findPlaces(ctx: Context): Candidate[] {
  const toks = ctx.tokens;
  const out: Candidate[] = [];
  const lx = locLexicons(ctx.lexicons);
  const firstBits = lx.first;
  const subdivisionRejects = rejectedSubdivisionsOf(lx);
  // The text is typed without diacritics (asked when a bare word might be a trigger).
  let bare: boolean | undefined;
  // The word facts of the token before (its ADDRESS_BEFORE bit lets a house number through).
  let prevBits = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Most tokens start nothing and follow no word before a house number: one array read settles them.
    const bits = firstBits.get(t);
    const afterAddressWord = (prevBits & ADDRESS_BEFORE) !== 0;
    prevBits = bits;
    if (bits === 0 && !afterAddressWord) continue;
    const kind = t.kind;
    if (kind === "number" || kind === "code") {
      // A house number only after "tại", "số", "địa chỉ" …
      if (afterAddressWord) push(out, addressAt(ctx, i));
      continue;
    }
    if (kind !== "word" && kind !== "abbr") continue;
    // The groups this token may start: trigger phrases, and the lists its case allows.
    const want = TRIGGER | (t.cap ? STANDALONE_BITS : (bits & LOWER_LED) !== 0 ? LOWER_BITS : 0);
    if ((bits & want) === 0) continue;
    const open = lx.open(toks, i, bits, want);
    if (open === 0) continue;
    if ((open & TRIGGER) !== 0) {
      // A level word needs a capitalized name or a number right after it, an area head a capitalized
      // name: at the next token, unless the word starts a phrase of two words or more there. So the
      // next token settles most of them. A state form is capitalized (formal-names.ts).
      const n = toks[i + 1];
      let rules = open & (t.cap ? TRIGGER : LEVEL | AREA);
      if (n === undefined || !n.cap) rules &= (n?.kind === "number" ? LEVEL | FORMAL : FORMAL) | lx.twoWordPhrases(toks, i, rules & (LEVEL | AREA));
      // Then the word as written, or its bare form in a text typed without diacritics. A bare word is a
      // trigger as written only if its folded key is one (BARE_TRIGGER): most are not. That is asked
      // first: the text's reading (unaccented(), which stops early on a text with diacritics) is asked only of the others.
      if (rules !== 0 && (t.diacritics ? TRIGGER_WORDS.has(t.lower) : ((bits & BARE_TRIGGER) !== 0 && TRIGGER_WORDS.has(t.lower)) || (bare ??= unaccented(toks)))) {
        if ((rules & LEVEL) !== 0) push(out, levelPlace(ctx, lx, i));
        if ((rules & AREA) !== 0) push(out, areaAt(ctx, lx, i));
        if ((rules & FORMAL) !== 0) push(out, formalNameAt(ctx, lx, i));
      }
    }
    if (!t.cap) {
      // Lowercase-led listed names: "châu Á", "sông Mê Công", "quần đảo Trường Sa", "miền Tây".
      if ((open & LOWER_BITS) === 0) continue;
      const m = lx.listed(toks, i, open, LOWER);
      if (m && writtenAsListed(toks, m)) out.push(fromMatch(ctx, m));
      continue;
    }
    // Only the standalone lists an entry of which may start here.
    if ((open & STANDALONE_BITS) === 0) continue;
    const m = lx.listed(toks, i, withoutRejectedSubdivision(lx, subdivisionRejects, toks, i, open), STANDALONE);
    if (m && standaloneOk(ctx, lx, m)) out.push(fromMatch(ctx, m));
  }
  lx.release();
  return out;
}

function push(out: Candidate[], c: Candidate | null): void {
  if (c) out.push(c);
}

function fromMatch(ctx: Context, m: LexMatch): Candidate {
  const id = m.entry.lexicon;
  let source = LEXICON_SOURCES.get(id);
  if (source === undefined) LEXICON_SOURCES.set(id, (source = "loc.lexicon:" + id));
  return listedCandidate(ctx.tokens, m.start, m.end, source, m.entry.canonical);
}

/** `candidate(…, { canonical })` built in one literal: the same keys, in the same order, without a second object. */
function listedCandidate(toks: readonly Token[], i: number, j: number, source: string, canonical: string): Candidate {
  return { type: "LOC", start: toks[i]!.start, end: toks[j - 1]!.end, source, canonical };
}
/** "loc.lexicon:" and the lexicon id, by id (built once, not per match). */
const LEXICON_SOURCES = new Map<string, string>();

/**
 * A standalone listed name is a place when it is written like one. Forms
 * that are also words or given names ("Anh", "Mỹ", "Đức") need context;
 * single-word foreign subdivisions that are Vietnamese syllables ("Trang",
 * "Viên") need a level word and are skipped here.
 */
function standaloneOk(ctx: Context, lx: LocLexicons, m: LexMatch): boolean {
  const toks = ctx.tokens;
  const e = m.entry;
  if (e.lexicon === "loc/features") {
    // "Nữ Miền Bắc", "Nam Miền Nam": a text-to-speech voice label on news pages, not a place (NOTES G7).
    const p = toks[m.start - 1];
    if (p && p.cap && (p.lower === "nữ" || p.lower === "nam") && toks[m.start]!.lower === "miền") return false;
    // "CHÂU Á" in a line of capitals: a listed name of two words or more, whatever its listed case.
    if (m.end - m.start >= 2 && shouting(toks, m.start) && allCapitalized(toks, m.start, m.end)) return true;
    return writtenAsListed(toks, m);
  }
  if (!allCapitalized(toks, m.start, m.end)) return false;
  const shout = shouting(toks, m.start);
  // In a line of capitals a one-word name is too often a word ("RA", "VIÊN"): only unambiguous countries,
  // and ambiguous ones listed next to another country ("TRUNG QUỐC, LÀO, CAMPUCHIA").
  if (m.end - m.start === 1 && shout && (e.lexicon !== "loc/countries" || someAmbiguous(m))) {
    return e.lexicon === "loc/countries" && countryInList(toks, m.start, (k) => countryEnd(ctx, lx, k));
  }
  // "VÌ HÒA BÌNH, ỔN ĐỊNH": a name that is also a common phrase needs a word that introduces a place.
  if (shout && COMMON_PHRASE_PLACES.has(toks, m.start) && !PLACE_BEFORE.has(toks[m.start - 1]?.lower ?? "")) return false;
  // A capitalized run that goes on is a longer name ("Hà Nội Mới", "Thái Bình Dương" is listed itself).
  if (e.lexicon !== "loc/countries" && continuesAsName(toks, m.end)) return false;
  if (e.lexicon === "loc/world-subdivisions") {
    if (!someNotViWord(m)) return false;
    if (!m.exact) return false;
    if (m.end - m.start === 1 && (toks[m.start]!.diacritics || isVietnameseSyllable(lx, toks[m.start]!))) return false;
  }
  if (someAmbiguous(m)) {
    if ((!m.exact && !unaccented(toks)) || !ambiguousFormIsPlace(toks, m.start, m.end)) return false;
  }
  if (e.lexicon !== "loc/countries" && looksLikePersonContext(toks, m.start)) return false;
  // "Nguyễn Thái Bình", "Lê Thị Hà Nam": a place name inside a person's name.
  const prev = toks[m.start - 1];
  if (e.lexicon !== "loc/countries" && prev && prev.kind === "word" && prev.cap && !prev.upper && !prev.sentenceStart && isVietnameseSyllable(lx, prev)) {
    return false;
  }
  // "Vietnam Airlines", "Korea Times": an English country name inside a company's or a paper's name.
  const after = toks[m.end];
  // (A word with Vietnamese marks is none of them: its lowercase form is not read.)
  if (e.lexicon === "loc/countries" && after && !after.diacritics && ENGLISH_NAME_WORDS.has(after.lower)) return false;
  return true;
}

/**
 * `open` without loc/world-subdivisions where its match could only be one
 * word that `standaloneOk` rejects whatever the context: a word whose
 * readings are all Vietnamese words (vi_word: "Trung"), a word written with
 * diacritics ("Bắc"), or, written bare, one that is not listed as written
 * or is a Vietnamese given name or surname ("Nam": every "Việt Nam" asks).
 * A later list's one-word match never replaces an earlier one, so no
 * candidate is lost by not walking it. A word with diacritics is settled
 * without its reasons: whatever one-word match it has is rejected.
 */
function withoutRejectedSubdivision(lx: LocLexicons, words: FoldCache, toks: readonly Token[], i: number, open: number): number {
  if ((open & SUBDIVISIONS_BITS) === 0) return open;
  const t = toks[i]!;
  let rejected = t.diacritics;
  if (!rejected) {
    const rejects = words.get(t);
    rejected = (rejects & ALL_VI_WORDS) !== 0 || ((rejects & BARE_REJECTED) !== 0 && t.lower === t.fold);
  }
  return rejected && !lx.goesOn(toks, i, SUBDIVISIONS) ? open & ~SUBDIVISIONS_BITS : open;
}
/** Per registry's gates: per word, why its one-word subdivisions are rejected (`oneWordRejects`). */
const rejectedSubdivisions = new WeakMap<LocLexicons, FoldCache>();
function rejectedSubdivisionsOf(lx: LocLexicons): FoldCache {
  let words = rejectedSubdivisions.get(lx);
  if (!words) {
    const lex = lx.lexicon(SUBDIVISIONS);
    rejectedSubdivisions.set(lx, (words = new FoldCache((f) => (lex ? oneWordRejects(lx, lex, f) : 0))));
  }
  return words;
}
/** Its one-word entries are all flagged vi_word. */
const ALL_VI_WORDS = 1;
/** Written bare (lowercase as its folded key), it is not listed so or is a Vietnamese syllable. */
const BARE_REJECTED = 2;

/**
 * Why `standaloneOk` rejects any one-word match of `lex` (the subdivisions)
 * whose folded key is `f`: bits, 0 when there is none. Asked only of words
 * written without diacritics. A Vietnamese syllable ("Nam", "Trung") is
 * BARE_REJECTED whatever its entries say, so it is answered without the
 * match, whose walk builds the list's trie (thousands of entries).
 */
function oneWordRejects(lx: LocLexicons, lex: Lexicon, f: string): number {
  if ((lex.startShape(f) & ONE_WORD) === 0) return 0;
  // The word alone, written bare: a one-token text with that key (the trie reads fid, fold and lower).
  const word = { kind: "word", fid: 0, fold: f, lower: f, text: f } as Token;
  if (isVietnameseSyllable(lx, word)) return BARE_REJECTED;
  const m = lex.longestAt([word], 0);
  if (m === null) return 0;
  return (someNotViWord(m) ? 0 : ALL_VI_WORDS) | (!m.exact || isVietnameseSyllable(lx, word) ? BARE_REJECTED : 0);
}

/** End of an unambiguous listed country starting at token `k`, or -1. */
function countryEnd(ctx: Context, lx: LocLexicons, k: number): number {
  const m = lx.countryAt(ctx.tokens, k);
  return m && !someAmbiguous(m) ? m.end : -1;
}

/** Some reading of the match is cased like its listed surface ("châu Á", "sông Mê Công"). */
function writtenAsListed(toks: readonly Token[], m: LexMatch): boolean {
  for (const x of m.entries) if (casedLike(toks, m.start, m.end, x.surface)) return true;
  return false;
}

/** Some reading of the match is flagged ambiguous: the form is also a common word or a name ("Anh", "Đức"). */
function someAmbiguous(m: LexMatch): boolean {
  // Named columns, not `fields[name]`: a named read is one hidden-class check.
  for (const x of m.entries) if (x.fields.ambiguous === "1") return true;
  return false;
}

/** Some reading of the match is not flagged vi_word (a Vietnamese word: "Nam", "Trung"). */
function someNotViWord(m: LexMatch): boolean {
  for (const x of m.entries) if (x.fields.vi_word !== "1") return true;
  return false;
}

/** English words that continue a name begun by a country: "Vietnam Airlines". */
const ENGLISH_NAME_WORDS = new Set([
  "airlines", "airline", "airways", "air", "bank", "group", "corporation", "corp", "post", "news", "times", "today", "express",
  "motors", "television", "tv", "insider", "plus", "national", "telecom", "railways", "investment", "holdings", "herald",
]);

/** A word listed as a Vietnamese given-name syllable or surname ("Trung", "Nam"): not a foreign place by itself. */
function isVietnameseSyllable(lx: LocLexicons, t: Token): boolean {
  return listsWord(lx.givenSyllables, t.text) || listsWord(lx.surnames, t.text);
}

/** The token at `j` goes on with a capitalized word of the same name (no punctuation between). */
function continuesAsName(toks: readonly Token[], j: number): boolean {
  const n = toks[j];
  return !!n && n.kind === "word" && n.cap && n.spaceBefore && !n.sentenceStart && !n.upper;
}

/**
 * "tỉnh Lâm Đồng", "TP. Hồ Chí Minh", "thành phố Côn Minh", "phường 5", "bang
 * California": a level word, then a listed name of that level, or a
 * capitalized name that is not listed (foreign cities, new units), or a
 * number where the level allows one.
 */
function levelPlace(ctx: Context, lx: LocLexicons, i: number): Candidate | null {
  const toks = ctx.tokens;
  // A capitalized name or a number must follow the level word (checked below, once its end is known).
  if (!capitalAhead(toks, i + 1, i + LEVEL_MOST_WORDS, true)) return null;
  const lw = LEVEL_WORDS.match(toks, i);
  if (!lw) return null;
  const j = lw.end;
  const next = toks[j];
  if (!next) return null;
  // "phường 5", "ấp 4", "quận 1", "tổ 7"
  const numbered = next.kind === "number" && lw.value.numbered && /^\d{1,3}[A-Za-z]?$/.test(next.text);
  // Otherwise a capitalized name must follow (checked first: most level words in running text are not followed by one).
  if (!numbered && (!next.cap || next.kind === "url" || next.kind === "email")) return null;
  if (levelFalseFriendAt(toks, i)) return null;
  // "phố phường Hà Nội": "phố phường" is the city's streets, not a ward.
  if (wordIs(toks, i - 1, "phố") && wordIs(toks, i, "phường")) return null;
  const tier = lw.value.tier;
  const source = LEVEL_SOURCES[tier];
  if (numbered) return candidate(ctx, "LOC", i, j + 1, source);
  const lists = tier === "province" ? PROVINCE : tier === "district" ? DISTRICT : COMMUNE;
  const m = lx.listed(toks, j, lx.openAt(toks, j, lists.bits), lists);
  // In a line of capitals only a listed name follows a level word ("XÃ GIAO …" is not a commune).
  if (!m && shouting(toks, j)) return null;
  let end = m && allCapitalized(toks, j, m.end) ? m.end : capRunEnd(toks, j, 5);
  // "khu phố Tân Lập 2": a trailing number belongs to the name below the commune.
  if (tier === "below" && toks[end]?.kind === "number" && /^\d{1,3}$/.test(toks[end]!.text)) end++;
  if (end === j) return null;
  // A capitalized level word at a sentence start with a capitalized run after it is still a place.
  return m ? listedCandidate(toks, i, end, source, m.entry.canonical) : candidate(ctx, "LOC", i, end, source);
}

const LEVEL_MOST_WORDS = mostWords(LEVEL_PHRASES);

const LEVEL_SOURCES = {
  province: "loc.level.province",
  district: "loc.level.district",
  commune: "loc.level.commune",
  below: "loc.level.below",
  foreign: "loc.level.foreign",
} as const;
