import type { Candidate, Context, Recognizer } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { candidate } from "../span-builder.js";
import type { Lexicon } from "../../lexicon/lexicon.js";
import { capRunEnd, isCapToken, longestOf } from "../common/proper-name-run.js";
import { NAME_STOP_WORDS } from "../common/name-stop-words.js";
import { CLASS_NOUNS, LOWER_HEADS, LOWER_NOUN_WORDS, mayEndTitle, WORD_ENDING_IN_HEAD, NOT_ORG_AFTER_HEAD, ORG_HEADS, TITLE_BEFORE_LOWER_HEAD } from "./heads.js";
import { GENERIC_AFTER, NO_HEAD, readTail, vocabEnd } from "./complements.js";
import { PlaceEnds } from "./place-ends.js";
import { joinAcronyms } from "./offset-search.js";
import { resolveOverlaps } from "../../resolve/overlaps.js";
import { findAcronyms, isOpenParen, linkKey, mayTakeAcronymRule, writtenAs, type AcronymPlaces } from "./acronyms.js";
import { shouting } from "../common/letter-case.js";
import { BODY, BODY_ONE, BODY_PAIR_END, BODY_SECOND, BODY_THIRD, CLASS_NOUN, GLUED_MEDIA, HEAD, HEAD_FIRST, HEAD_ONE, HEAD_SECOND, LOWER_HEAD, LOWER_START, MEDIA, MEDIA_ONE, MEDIA_PAIR_END, MEDIA_SECOND, MEDIA_THIRD, mayContinue, NOUN_LONGER, orgLists } from "./word-gates.js";
import { LEVEL_WORDS } from "../loc/level-words.js";

/**
 * ORG: organization names. Rules, tried at each token:
 *  - org.listed     a listed body (org/vn-bodies, org/intl-orgs), with the
 *                   place that tells which one: "Bộ Tư pháp Lào"
 *  - org.head       a head noun and the words that name the body: "Cục Thống kê",
 *                   "Công an tỉnh Nghệ An", "Viện nghiên cứu Hải sản Nha Trang"
 *  - org.head.lower a lowercase head in a title's slot: "Bí thư đảng ủy Xã Tân Phú"
 *  - org.class-noun a lowercase class noun, then the name alone: "tiệm vàng Kim Lượng"
 *  - org.media      outlets and platforms: "ANTV", "Facebook", "Theo CHINHPHU.VN"
 *  - org.acronym.*  acronyms (acronyms.ts), the one in parentheses linked to its long form
 * A reference followed by "hai nước", "các nước" … is generic and dropped.
 */
export const orgRecognizer: Recognizer = {
  name: "org",
  types: ["ORG"],
  recognize(ctx) {
    const scan = findNames(ctx, PLACES.reset(ctx));
    PLACES.release();
    const names = resolveOverlaps(scan.names);
    const acronyms = findAcronyms(ctx, names, scan);
    // Only the acronyms and the names they overlap are resolved again.
    const kept = acronyms.length === 0 ? names : joinAcronyms(names, acronyms);
    // Mentions of the same body share an entity id.
    for (let k = 0; k < kept.length; k++) kept[k]!.link ??= linkKey(ctx, kept[k]!);
    return kept;
  },
};

/* The places of the text being read (reused from one text to the next). */
const PLACES = new PlaceEnds();

/**
 * Full names (no acronyms), overlapping ones included; and, from the same
 * pass over the tokens, the places where acronym rules may apply. The
 * arrays are reused from one text to the next: valid until the next call.
 */
export function findNames(ctx: Context, places: PlaceEnds): AcronymPlaces & { names: Candidate[] } {
  const toks = ctx.tokens;
  const n = toks.length;
  const view = ctx.view;
  const out: Candidate[] = [];
  const parens = PARENS;
  const words = WORDS;
  parens.length = 0;
  words.length = 0;
  const lists = orgLists(ctx.lexicons);
  const { bodies, media, gates } = lists;
  let listedUntil = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const bits = gates.get(t);
    const cap = t.cap;
    const kind = t.kind;
    // Most tokens: a lowercase word (or a sign) that starts no rule.
    if (!cap && (bits & LOWER_START) === 0 && kind !== "url") continue;
    if (isOpenParen(t, bits)) parens.push(i);
    if (mayTakeAcronymRule(gates, toks, i, t, bits)) words.push(i);
    if (kind === "url") {
      // "Theo CHINHPHU.VN"
      if (media?.lookup(t.text).length) keep(out, toks, candidate(ctx, "ORG", i, i + 1, "org.media"), i + 1);
      continue;
    }
    if (kind !== "word" && kind !== "abbr") continue;
    if (cap) {
      // One array read settles most capitalized words: no head and no listed name starts here.
      if ((bits & (HEAD | BODY | MEDIA)) === 0) continue;
      const nextBits = i + 1 < n ? gates.get(toks[i + 1]!) : 0;
      // A head may start here: a head word, or the first of a longer head before a second word of one.
      // The head itself is read only where a rule needs it (not inside a listed name).
      const mayHead = (bits & HEAD_ONE) !== 0 || ((bits & HEAD_FIRST) !== 0 && (nextBits & HEAD_SECOND) !== 0);
      // A listed body (outlet) is one word, or the words after it can go on with one (mayContinue).
      const body = (bits & BODY) !== 0 && ((bits & BODY_ONE) !== 0 || mayContinue(gates, toks, i + 1, nextBits, BODY_SECOND, BODY_PAIR_END, BODY_THIRD));
      const outlet = (bits & MEDIA) !== 0 && ((bits & MEDIA_ONE) !== 0 || mayContinue(gates, toks, i + 1, nextBits, MEDIA_SECOND, MEDIA_PAIR_END, MEDIA_THIRD));
      if (!mayHead && !body && !outlet) continue;
      // The end of the listed name (its tail left out), or -1.
      let nameEnd = -1;
      if (body) {
        const c = listedBody(ctx, places, i, bodies, mayHead);
        if (c) {
          nameEnd = NAME.listed;
          keep(out, toks, c, NAME.end);
        }
      }
      // A listed body at least as long as the head phrase wins: "Bộ Công an" is complete,
      // and no head inside it starts a name of its own ("Công an" in "Bộ Công an tập huấn").
      if (mayHead && i >= listedUntil) {
        const h = ORG_HEADS.matchGated(toks, i);
        if (h && h.end > nameEnd) keep(out, toks, headName(ctx, places, i, h), NAME.end);
      }
      if (nameEnd >= 0) listedUntil = Math.max(listedUntil, nameEnd);
      const m = outlet ? longestOf(lists.mediaLists, toks, i) : null;
      if (m && writtenAs(view, t.start, toks[m.end - 1]!.end, m.entry.surface) && m.end - i > 0) {
        keep(out, toks, { type: "ORG", start: t.start, end: toks[m.end - 1]!.end, source: "org.media", canonical: m.entry.canonical }, m.end);
      }
    } else {
      if (bits & GLUED_MEDIA && t.text !== t.lower) keep(out, toks, gluedPlatform(ctx, t), i + 1);
      // Both rules need a capitalized name right after their (short) noun: the next token, after a noun of one word.
      if ((bits & (LOWER_HEAD | CLASS_NOUN)) === 0 || !capWithin(toks, i, bits & NOUN_LONGER ? LOWER_NOUN_WORDS : 1)) continue;
      if (bits & LOWER_HEAD) keep(out, toks, lowerHeadName(ctx, places, i), NAME.end);
      if (bits & CLASS_NOUN) keep(out, toks, classNounName(ctx, places, i), NAME.end);
    }
  }
  return { names: out, parens, words };
}
const PARENS: number[] = [];

/** Adds a rule's name `c` ending before token `end`, unless the words there make it generic: "Bộ Y tế hai nước". */
function keep(out: Candidate[], toks: readonly Token[], c: Candidate | null, end: number): void {
  if (c && !GENERIC_AFTER.has(toks, end)) out.push(c);
}
const WORDS: number[] = [];

/**
 * Token indexes of the name the last rule returned (its candidate holds view
 * offsets only): the token after it, and for a listed body the token after
 * the listed words (before its tail).
 */
const NAME = { end: 0, listed: 0 };

/** The ORG candidate of tokens [i, end) (as `candidate`, with `canonical` when given: listed entries always have one); NAME.end is set to `end`. */
function found(ctx: Context, i: number, end: number, source: string, canonical?: string): Candidate {
  NAME.end = end;
  const toks = ctx.tokens;
  const start = toks[i]!.start;
  const stop = toks[end - 1]!.end;
  return canonical === undefined ? { type: "ORG", start, end: stop, source } : { type: "ORG", start, end: stop, source, canonical };
}

/** A capitalized name token among the `n` tokens after `i`. */
function capWithin(toks: readonly Token[], i: number, n: number): boolean {
  for (let k = i + 1; k <= i + n; k++) if (isCapToken(toks[k])) return true;
  return false;
}

/** Case rule for a listed body: its first word capitalized, its words not all lowercase. */
function listedBody(
  ctx: Context,
  places: PlaceEnds,
  i: number,
  bodies: readonly (Lexicon | undefined)[],
  mayHead = true,
): Candidate | null {
  const toks = ctx.tokens;
  const m = longestOf(bodies, toks, i);
  if (!m) return null;
  const e = m.entry;
  // Acronyms are matched by acronyms.ts with their exact case.
  if (e.fields.form === "acronym") return null;
  // Singular "Đảng", "Nhà nước" (RULES 16): not "hai Đảng", not "Đảng viên".
  if (m.end - i <= 2 && pluralBefore(toks, i)) return null;
  if (NOT_ORG_AFTER_HEAD.has(toks, i)) return null;
  // The head noun the body starts with ("Bộ"), when its word may start one: its properties guide the tail.
  const head = mayHead ? ORG_HEADS.match(toks, i) : null;
  const tail = readTail(ctx, places, m.end, head?.value ?? NO_HEAD, true);
  NAME.listed = m.end;
  return found(ctx, i, Math.max(m.end, tail.end), "org.listed", e.canonical);
}

function pluralBefore(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1]?.lower;
  return p === "hai" || p === "các" || p === "những" || p === "ba" || p === "nhiều";
}

/** A capitalized head noun and its complements; `h` is the head matched at `i`, when the caller has it. */
function headName(ctx: Context, places: PlaceEnds, i: number, h = ORG_HEADS.match(ctx.tokens, i)): Candidate | null {
  const toks = ctx.tokens;
  if (!h || NOT_ORG_AFTER_HEAD.has(toks, i)) return null;
  const prev = toks[i - 1];
  // "Kỷ niệm chương Trường Sơn", "Huân chương …": an award, not a body.
  if (prev && (prev.lower === "chương" || prev.lower === "danh hiệu")) return null;
  // "Phó Bí thư Thường trực Tỉnh ủy": after a title, "Thường trực" is part of the title.
  if (h.words.length === 2 && h.words[0] === "thường" && h.words[1] === "trực" && (!prev || (prev.cap && !(shouting(toks, i) && NAME_STOP_WORDS.has(toks, i - 1))))) return null;
  // "CƠ SỞ", "CÁN BỘ", "XÃ HỘI" in capitals: the head is the second half of a common word.
  if (toks[i]!.upper && WORD_ENDING_IN_HEAD.has(toks, i - 1)) return null;
  // "Đội nghi lễ …" at a sentence start: the capital only starts the sentence (RULES 18).
  const tail = readTail(ctx, places, h.end, h.value, false);
  let end = tail.end;
  if (!tail.named) {
    // "UBND tỉnh", "HĐND xã": an elliptical body of a level (RULES 17).
    const lw = h.value.bareLevel ? LEVEL_WORDS.match(toks, h.end) : null;
    if (lw && !isCapToken(toks[lw.end])) end = lw.end;
    else if (!h.value.lone || pluralBefore(toks, i)) return null;
    else end = h.end;
  }
  if (toks[i]!.sentenceStart && !isCapToken(toks[h.end]) && !h.value.lone && !tail.place) return null;
  // In a line of capitals, case proves nothing: keep a name that a place ends, or a standing body alone.
  // "CÁC CƠ QUAN QUẢN LÝ …" in capitals: a plural is generic.
  const shout = shouting(toks, i);
  if (shout && pluralBefore(toks, i)) return null;
  // "CẢNH SÁT CƠ ĐỘNG": a tail of name vocabulary alone is read in capitals too.
  if (shout && !tail.place && !(tail.end > h.end && vocabEnd(toks, h.end, tail.end) === tail.end)) {
    if (!h.value.lone) return null;
    end = h.end;
  }
  if (end - i === h.end - i && h.words.length === 1 && !h.value.lone) return null;
  return found(ctx, i, end, "org.head");
}

/** "Bí thư đảng ủy Xã Tân Phú", "Trưởng ban Kinh tế Tỉnh ủy" (NOTES O3, RULES 2). */
function lowerHeadName(ctx: Context, places: PlaceEnds, i: number): Candidate | null {
  const toks = ctx.tokens;
  // A title ends right before the head (one array read settles most words before the tables are asked).
  if (!mayEndTitle(toks[i - 1])) return null;
  const lh = LOWER_HEADS.match(toks, i);
  // The name after the head is capitalized (checked first: it is cheaper than the titles).
  if (!lh || !isCapToken(toks[lh.end])) return null;
  let titled = false;
  for (let back = 1; back <= 3 && !titled; back++) {
    const m = TITLE_BEFORE_LOWER_HEAD.match(toks, i - back);
    if (m && m.end === i) titled = true;
  }
  if (!titled) return null;
  const h = ORG_HEADS.match(toks, i);
  const tail = readTail(ctx, places, lh.end, h?.value ?? NO_HEAD, false);
  if (!tail.named) return null;
  return found(ctx, i, tail.end, "org.head.lower");
}

/** "tiệm vàng Kim Lượng", "báo Hậu Giang", "trường ĐH Tây Bắc": the name without the class noun. */
function classNounName(ctx: Context, places: PlaceEnds, i: number): Candidate | null {
  const toks = ctx.tokens;
  const cn = CLASS_NOUNS.match(toks, i);
  if (!cn || shouting(toks, i)) return null;
  const j = cn.end;
  if (!isCapToken(toks[j]) || toks[j]!.kind === "url") return null;
  // The place of a generic noun is a LOC, not the body's name: "công ty tại Hà Nội" stops anyway; "báo Hà Nội" is left alone.
  if (places.locAt(j) >= 0) return null;
  let end = capRunEnd(toks, j, 5);
  if (end === j) return null;
  // "trại giam K9 Bộ Nội vụ": a parent body after the name joins it (RULES 55).
  for (let k = j + 1; k < end; k++) {
    if (!ORG_HEADS.has(toks, k)) continue;
    const parent = headName(ctx, places, k) ?? listedBody(ctx, places, k, orgLists(ctx.lexicons).vnBodiesOnly);
    if (parent) end = Math.max(end, NAME.end);
    break;
  }
  return found(ctx, j, end, "org.class-noun");
}

/** "Chia sẻFacebook": a platform name glued to the word before it (NOTES G3). */
function gluedPlatform(ctx: Context, t: Token): Candidate | null {
  // Example: sẻFacebook (a capital after the first letter; most words have none)
  if (t.text === t.lower || t.cap) return null;
  const m = /^(\p{Ll}+)(\p{Lu}\p{L}+)$/u.exec(t.text);
  if (!m) return null;
  const media = ctx.lexicons.find("org/media");
  if (!media || media.lookup(m[2]!).every((e) => e.surface !== m[2])) return null;
  const start = t.start + m[1]!.length;
  return { type: "ORG", start, end: t.end, source: "org.media.glued", canonical: m[2] };
}
