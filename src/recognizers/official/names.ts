import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { isGivenSyllable, matchAt, WordSet, type OfficialLexicons } from "./lexicons.js";

/** A person's name as a token range [i, j). */
export interface NameMatch {
  i: number;
  j: number;
  /** "vi": surname + given syllables; "foreign": Western, Malay and other formal names; "short": a given name alone. */
  kind: "vi" | "foreign" | "short";
  /** The first syllable is a listed surname (or the name is foreign-shaped): evidence without context. */
  strong: boolean;
}

/**
 * How much context a name has:
 * - "free": nothing around it says it is a name (surname and given syllables must be listed);
 * - "context": right after a title, a rank or an address word (any capitalized syllables);
 * - "address": after ông/bà/đồng chí, where a given name alone is a name ("ông Khải").
 */
export type NameMode = "free" | "context" | "address";

// Vietnamese syllable shape on the folded form: initial consonant(s), vowel nucleus, final consonant(s).
// e.g. "nguyen", "thuong", "khanh" match; "gillian", "bird", "krishnamurti" do not.
const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(uye|uya|ươ|[aeiouy]{1,3})(ch|ng|nh|[cmnpt])?$/;

/** A folded word looks like one Vietnamese syllable. */
export function vietShaped(fold: string): boolean {
  return VI_SYLLABLE.test(fold);
}

/** The answer of vietShaped per folded word, read by the token's fold id. */
const VIET = new FoldCache((fold) => (VI_SYLLABLE.test(fold) ? 1 : 0));

/** Folded form looks like one Vietnamese syllable. */
export function isVietSyllable(t: Token): boolean {
  return VIET.get(t) === 1;
}

/** A capitalized word token that can be part of a name. */
export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && t.cap && (plainLetters(t) || lettersOnly(t.text));
}

/** Folded words of ASCII letters only ("nguyen", "julia"), read by fold id. */
const ASCII_LETTERS = new FoldCache((fold) => (/^[a-z]+$/.test(fold) ? 1 : 0));

/**
 * The token's text is letters only, answered without the text: its fold (lexicon/fold.ts: lower
 * case, NFD, combining marks dropped) is ASCII letters, one per character of the text, so every
 * character is a letter with at most its marks. False when unsure (lettersOnly decides then).
 */
function plainLetters(t: Token): boolean {
  return ASCII_LETTERS.get(t) === 1 && t.text.length === t.fold.length;
}

// e.g. "Quang", "Julia", "ASEAN"; not "K." or "COVID-19"
const LETTERS = /^\p{L}+$/u;
const LETTERS_SEEN = new Map<string, boolean>();
function lettersOnly(s: string): boolean {
  let ok = LETTERS_SEEN.get(s);
  if (ok === undefined) {
    ok = LETTERS.test(s);
    if (LETTERS_SEEN.size > 50_000) LETTERS_SEEN.clear();
    LETTERS_SEEN.set(s, ok);
  }
  return ok;
}

/** Next token continues a name: a word on the same line with a space before it. */
function joins(t: Token | undefined): t is Token {
  return !!t && t.spaceBefore && t.kind === "word";
}

/**
 * Token k is in a stretch written in capitals ("GIÁM ĐỐC LÊ VĂN HÒA THAM DỰ"), where
 * case no longer tells a name from the words around it.
 */
export function isShouting(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.upper || t.kind !== "word") return false;
  // Two acronyms side by side ("DGICM ASEAN") are not a stretch of capitals: Vietnamese words around are.
  let viet = 0;
  for (let d = -2; d <= 2; d++) {
    const u = toks[k + d];
    if (d !== 0 && u && u.kind === "word" && u.upper && isVietSyllable(u)) viet++;
  }
  return viet >= 2 || (viet >= 1 && isVietSyllable(t));
}

/** A Vietnamese name at token i: [surname] + capitalized syllables. */
function vietNameAt(ctx: Context, lx: OfficialLexicons, i: number, mode: NameMode): NameMatch | null {
  const toks = ctx.tokens;
  const first = toks[i];
  if (!isCapWord(first) || !isVietSyllable(first!)) return null;
  if (opensClause(toks, i, lx)) return null;
  // In capitals only listed syllables make a name, and only where something announces it.
  if (isShouting(toks, i)) return mode === "free" ? null : shoutedNameAt(ctx, lx, i, mode);
  const sur = matchAt(lx.surnames, toks, i);
  let surEnd = i;
  if (sur) {
    let allCap = true;
    for (let k = sur.start; k < sur.end; k++) if (!isCapWord(toks[k]!)) allCap = false;
    if (allCap) surEnd = sur.end;
  }
  let j = surEnd === i ? i + 1 : surEnd;
  while (j < toks.length && joins(toks[j]) && isCapWord(toks[j]) && isVietSyllable(toks[j]!) && j - i < 5) j++;
  // "Lê Văn K.": a given name abbreviated to its initial keeps its dot.
  const abbr = toks[j];
  if (j > i + 1 && abbr && abbr.kind === "abbr" && abbr.spaceBefore && /^\p{Lu}\.$/u.test(abbr.text)) {
    return { i, j: j + 1, kind: "vi", strong: surEnd > i };
  }
  // "Kim Sang-woo" goes on with a hyphen: a foreign name, not "Kim Sang".
  if (toks[j]?.text === "-" && !toks[j]!.spaceBefore) return null;
  const strong = surEnd > i;
  const n = j - i;
  if (mode === "free") {
    if (!strong || n < 2 || n > 4) return null;
    // Typed without diacritics, two syllables are too often something else ("Ha An", "Ta Van").
    if (n < 3 && !anyDiacritics(toks, i, j)) return null;
    for (let k = surEnd; k < j; k++) {
      // "Nguyễn Văn A": a one-letter given name stands for a name withheld.
      const initial = k === j - 1 && k > surEnd && /^\p{Lu}$/u.test(toks[k]!.text);
      if (!initial && !isGivenSyllable(lx, toks[k]!)) return null;
    }
    // Words run on: "Hà Nội Mới" is not a name.
    if (isCapWord(toks[j]) && joins(toks[j])) return null;
  }
  if (n > 4) return null;
  if (n === 1) return mode === "address" ? { i, j, kind: "short", strong: false } : null;
  return { i, j, kind: "vi", strong };
}

/** Some token of [i, j) carries diacritics. */
function anyDiacritics(toks: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (toks[k]!.diacritics) return true;
  return false;
}

/** "LÊ VĂN HÒA" in a capitalized stretch: a listed surname and up to two listed given syllables. */
function shoutedNameAt(ctx: Context, lx: OfficialLexicons, i: number, mode: NameMode): NameMatch | null {
  const toks = ctx.tokens;
  const sur = matchAt(lx.surnames, toks, i);
  if (!sur) return null;
  // Rare surnames ("Lãnh", "Sự") are more often common words when everything is in capitals.
  const rank = Number(sur.entry.fields["rank"] || 999);
  if (sur.entry.fields["origin"] === "vi" && rank > 60) return null;
  let j = sur.end;
  // Most full names have three syllables; a fourth is too often the next word ("… HÒA THAM DỰ").
  while (j < toks.length && j - sur.end < 2 && joins(toks[j]) && toks[j]!.upper && isGivenSyllable(lx, toks[j]!) && !matchAt(lx.places, toks, j)) j++;
  // An unlisted last syllable right before punctuation still ends the name: "TRẦN QUỐC TỎ,".
  const last = toks[j];
  if (j - sur.end < 2 && last && joins(last) && last.upper && isVietSyllable(last) && toks[j + 1]?.kind === "punct") j++;
  // After ông/bà, two capitals are as often a common word ("ĐỒNG CHÍ LÃNH ĐẠO").
  if (mode === "address" && j - i < 3) return null;
  return j - i >= 2 ? { i, j, kind: "vi", strong: true } : null;
}

/** Vietnamese words that open a sentence before a foreign name ("Theo Reuters", "Tại Paris"). */
const FUNCTION_WORDS = new WordSet([
  "theo", "tại", "trong", "sau", "với", "khi", "nếu", "ngày", "sáng", "chiều", "tối", "đêm", "hôm", "năm", "tháng",
  "từ", "đến", "cho", "do", "vì", "nhưng", "và", "các", "những", "một", "đây", "đó", "này", "ở", "về", "qua", "tới",
  "trước", "giữa", "bên", "phía", "tin", "ảnh", "nguồn", "báo", "đài", "hãng", "công", "ty", "tập", "đoàn",
]);

/**
 * Token i is a preposition or verb written with a capital only because it opens the sentence or
 * follows a colon or parenthesis ("Theo VnExpress, …", "Ảnh: Theo TTXVN"): no name starts there.
 */
export function opensClause(toks: readonly Token[], i: number, lx: OfficialLexicons): boolean {
  const t = toks[i];
  if (!t || !t.cap || !FUNCTION_WORDS.has(t)) return false;
  // "Từ" is also a surname: "Từ Văn Minh phát biểu".
  const sur = matchAt(lx.surnames, toks, i);
  if (sur && sur.exact) return false;
  const p = toks[i - 1];
  return t.sentenceStart || !p || p.kind === "punct" || p.kind === "newline";
}

/** A foreign formal name at token i: "Ana Ruiz", "Dato Seri Ahmad Faizal bin Osman". */
export function foreignNameAt(toks: readonly Token[], lx: OfficialLexicons, i: number): NameMatch | null {
  if (!isCapWord(toks[i])) return null;
  let j = i;
  let caps = 0;
  let foreign = 0;
  while (j < toks.length) {
    const t = toks[j]!;
    if (j > i && !joins(t)) break;
    if (isCapWord(t)) {
      // Foreign-shaped: not a Vietnamese syllable, or a prefix particle ("Dato", "Tan").
      const foreignShaped = !isVietSyllable(t) || lx.prefixParticles.has(t.lower);
      // Acronyms ("DGICM ASEAN") are not names; in a stretch of capitals foreign-shaped words still are.
      if (t.upper && !(foreignShaped && isShouting(toks, j))) break;
      // "Theo Reuters": a Vietnamese word that starts the sentence is not part of the name.
      if (j === i && FUNCTION_WORDS.has(t)) return null;
      caps++;
      if (foreignShaped) foreign++;
      // "António" has a diacritic but no Vietnamese syllable shape; "Nguyễn" has both.
      else if (t.diacritics) return null;
      j++;
      // "Hang-seo", "Min-lơ": syllables glued by hyphens
      while (toks[j]?.text === "-" && !toks[j]!.spaceBefore && toks[j + 1]?.kind === "word" && !toks[j + 1]!.spaceBefore) {
        j += 2;
        foreign++; // Vietnamese names are never hyphenated
      }
      continue;
    }
    // "bin", "van", "de" inside a name, followed by a capitalized word.
    const after = toks[j + 1];
    if (t.kind === "word" && (!t.cap || isShouting(toks, j)) && lx.innerParticles.has(t.lower) && isCapWord(after) && after!.spaceBefore) {
      j++;
      continue;
    }
    break;
  }
  if (caps < 2 || foreign === 0 || caps > 8) return null;
  return { i, j, kind: "foreign", strong: true };
}

/** The best name starting at token i, or null. */
export function nameAt(ctx: Context, lx: OfficialLexicons, i: number, mode: NameMode): NameMatch | null {
  // With nothing around it, a name has two words at least: the second is a capital or a particle ("bin").
  if (mode === "free") {
    const next = ctx.tokens[i + 1];
    if (!next || !next.spaceBefore || next.kind !== "word" || !(next.cap || lx.innerParticles.has(next.lower))) return null;
  }
  const f = foreignNameAt(ctx.tokens, lx, i);
  const v = vietNameAt(ctx, lx, i, mode);
  if (f && (!v || f.j > v.j)) return f;
  return v;
}

/** A name written in initials or capitals, as in bylines and credits: "N.V.T.", "Lê Văn K.", "MINH KHÔI". */
export function initialsNameAt(ctx: Context, i: number): NameMatch | null {
  const toks = ctx.tokens;
  const t = toks[i];
  if (!t) return null;
  // e.g. "N.V.T."
  if (t.kind === "abbr" && /^(\p{Lu}\.){2,4}$/u.test(t.text)) return { i, j: i + 1, kind: "short", strong: true };
  let j = i;
  while (j < toks.length && (j === i || joins(toks[j])) && isCapWord(toks[j]) && j - i < 4) j++;
  // e.g. "Lê Văn K."
  const last = toks[j];
  if (j > i && last && last.kind === "abbr" && last.spaceBefore && /^\p{Lu}\.$/u.test(last.text)) return { i, j: j + 1, kind: "vi", strong: true };
  return null;
}

/**
 * A transliteration in parentheses right after a name: "(Giôn Min-lơ)", "(A-na Ru-ít)".
 * Returns the name's token range inside the parentheses, which must open at token i.
 */
export function transliterationAt(ctx: Context, i: number): NameMatch | null {
  const toks = ctx.tokens;
  if (toks[i]?.text !== "(") return null;
  let j = i + 1;
  let hyphens = 0;
  let units = 0;
  while (j < toks.length && toks[j]!.kind === "word" && toks[j]!.cap && (units === 0 || toks[j]!.spaceBefore)) {
    units++;
    j++;
    // "Min-lơ": syllables glued by hyphens
    while (toks[j]?.text === "-" && !toks[j]!.spaceBefore && toks[j + 1]?.kind === "word" && !toks[j + 1]!.spaceBefore) {
      hyphens++;
      j += 2;
    }
  }
  if (units === 0 || units > 5 || hyphens === 0 || toks[j]?.text !== ")") return null;
  return { i: i + 1, j, kind: "foreign", strong: true };
}
