import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { AccentFreePhrases, accentFreeSet, wordIs } from "../common/accent-free-phrases.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { NAME_STOP_WORDS } from "../common/name-stop-words.js";
import { isCapToken, isNameToken, listsWord, longestOf } from "../common/proper-name-run.js";
import { firstFolds, NAME_VOCAB, NAME_VOCAB_PHRASES, NOT_ORG_AFTER_HEAD, NOT_ORG_AFTER_HEAD_PHRASES, ORG_HEADS, type OrgHead } from "./heads.js";
import { orgLists } from "./word-gates.js";
import type { PlaceEnds } from "./place-ends.js";

/**
 * The words after an organization's head that name it (ANNOTATION.md ORG):
 *  - capitalized words: "Bộ [Công an]", "Ủy ban [Dân tộc]"
 *  - a place or country, which ends the name: "Bộ Tư pháp [Lào]", "Công an [tỉnh Nghệ An]"
 *  - lowercase words between capitalized ones or from the name vocabulary:
 *    "Viện nghiên cứu [Hải sản] Nha Trang", "Cảnh sát [cơ động]"
 *  - a list of fields: "Ủy ban Văn hóa[, Giáo dục và] Thanh niên"
 *  - "của <body>": "… Thanh niên [của Quốc hội]" (NOTES O2)
 *  - a number for units: "Lữ đoàn [99]"
 * It stops at punctuation, "thuộc", "khóa N", verbs and function words, a
 * person's name, a title.
 */

/** Capitalized words that start something else: titles, ranks, honorifics. */
const CAP_STOP_PHRASES = [
  "bộ trưởng", "thứ trưởng", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "tổng bí thư", "bí thư", "thủ tướng",
  "phó thủ tướng", "tổng thống", "đại sứ", "trưởng", "phó", "cục trưởng", "vụ trưởng", "chánh", "tư lệnh", "chính ủy",
  "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy",
  "thượng úy", "trung úy", "thiếu úy", "ông", "bà", "anh", "chị", "đồng chí", "ngài", "theo", "tại", "hotline", "email",
  "ảnh", "video", "clip",
];
const CAP_STOP = accentFreeSet(CAP_STOP_PHRASES);

/**
 * Capitalized words that start an event or a date, stopping a name except
 * right after its head ("Trung tâm Hội nghị Quốc gia" is a body).
 */
const CAP_STOP_LATER_PHRASES = [
  "hội nghị", "hội thảo", "lễ", "diễn đàn", "đại hội", "kỳ họp", "phiên", "tết", "ngày", "tháng", "năm", "thứ", "sáng",
  "chiều", "tối", "khóa", "nhiệm kỳ", "giai đoạn", "lần", "số",
];
const CAP_STOP_LATER = accentFreeSet(CAP_STOP_LATER_PHRASES);

/** Words after a name that make the reference generic or plural (NOTES: "Bộ Y tế hai nước"). */
export const GENERIC_AFTER = accentFreeSet(["hai nước", "các nước", "các quốc gia", "hai bên", "ba nước", "các bên", "các địa phương", "các cấp", "các tỉnh"]);

/*
 * Per folded word, the questions of the tail that can answer yes for it: a
 * phrase table can match only where its first word is (folded: a superset
 * of every case and accent form), a word only where its fold is. The tail
 * asks up to a dozen such questions per token; one array read (a FoldCache)
 * settles most of them, and the table or word is asked only when its bit is
 * set, so the answers are the same.
 */
const STOP = 1; // CAP_STOP
const STOP_LATER = 2; // CAP_STOP_LATER
const NAME_STOP = 4; // NAME_STOP_WORDS
const NOT_ORG = 8; // NOT_ORG_AFTER_HEAD
const VOCAB = 16; // NAME_VOCAB
const VA = 32; // "và"
const NUOC = 64; // "nước"
const CUA = 128; // "của"
const TAI = 256; // "tại"
const KHOA = 512; // "khóa"
const TAIL_WORDS = (() => {
  const firsts = (t: AccentFreePhrases<unknown>) => new Set([...t.firstExact, ...t.firstFold].map(fold));
  // Made at the first word asked about, not at import; the first words of this module's tables are read from their lists (the tables are made when a text asks them).
  let sets: (readonly [ReadonlySet<string>, number])[] | null = null;
  let words: Map<string, number> | null = null;
  return new FoldCache((f) => {
    sets ??= [[firstFolds(CAP_STOP_PHRASES), STOP], [firstFolds(CAP_STOP_LATER_PHRASES), STOP_LATER], [firsts(NAME_STOP_WORDS), NAME_STOP], [firstFolds(NOT_ORG_AFTER_HEAD_PHRASES), NOT_ORG], [firstFolds(NAME_VOCAB_PHRASES), VOCAB]];
    words ??= new Map<string, number>([[fold("và"), VA], [fold("nước"), NUOC], [fold("của"), CUA], [fold("tại"), TAI], [fold("khóa"), KHOA]]);
    let bits = words.get(f) ?? 0;
    for (const [set, bit] of sets) if (set.has(f)) bits |= bit;
    return bits;
  });
})();

/** The tail's word bits of token k (0 past the end). */
function wordBits(toks: readonly Token[], k: number): number {
  const t = toks[k];
  return t === undefined ? 0 : TAIL_WORDS.get(t);
}

/** Token k is a capitalized word that starts no title, event or date ("Giáo" of "Giáo dục", not "Bộ trưởng", "Hội nghị"). */
function freeCap(toks: readonly Token[], k: number): boolean {
  const w = wordBits(toks, k);
  return !(w & STOP && CAP_STOP.has(toks, k)) && !(w & STOP_LATER && CAP_STOP_LATER.has(toks, k));
}

/** The properties of no head (a listed body read without one): none set. Shared, never written. */
export const NO_HEAD: OrgHead = Object.freeze({});

export interface Tail {
  end: number;
  /** Something named the body (a capitalized word, a place, a number, name vocabulary). */
  named: boolean;
  /** The name ended with a place. */
  place: boolean;
}

/* What `readTail` returns: one record, rewritten by each call (read it before the next). */
const TAIL: Tail = { end: 0, named: false, place: false };

/** "và Gia đình": a last field of the name after "và", not a second body or a place. */
function fieldAfterAnd(ctx: Context, places: PlaceEnds, k: number): boolean {
  const toks = ctx.tokens;
  return isCapToken(toks[k]) && !ORG_HEADS.has(toks, k) && places.end(k) < 0 && freeCap(toks, k);
}

/** A person's name starts at `k`: a listed surname and two more capitalized words ("Nguyễn Mạnh Tiến"). */
function personStarts(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k]!;
  const next = toks[k + 1];
  if (!next || !isCapToken(next) || next.kind !== "word" || t.upper) return false;
  const third = toks[k + 2];
  if (!third || !isCapToken(third) || third.kind !== "word" || !third.spaceBefore) return false;
  return listsWord(ctx.lexicons.find("person/surnames"), t.text);
}

/**
 * The tail after a head that ends at token `j`. `head`: the head's properties;
 * `complete`: the head is a complete listed body ("Bộ Công an"): only places,
 * "của", "nước", units follow. The result is a shared record, valid until the
 * next call (no object per call).
 */
export function readTail(ctx: Context, places: PlaceEnds, j: number, head: OrgHead, complete: boolean, depth = 0): Readonly<Tail> {
  const toks = ctx.tokens;
  const n = toks.length;
  const sentence = toks[j - 1]?.sentence ?? 0;
  let k = j;
  let end = j;
  let named = false;
  let place = false;
  let capWords = 0;
  /** Index of the capitalized word that opened the last field ("Bình" in "Bình đẳng giới"). */
  let fieldCap = -1;
  /** Token after the last nested head read in the tail. */
  let afterHead = -1;
  while (k < n && k - j < 16) {
    const t = toks[k]!;
    if (t.sentence !== sentence || t.kind === "newline") break;
    const w = TAIL_WORDS.get(t);
    // A place ends the name ("Bộ Tư pháp Lào"), except "tại <country>" of an embassy.
    const pe = places.end(k);
    if (pe > k) {
      end = k = pe;
      named = place = true;
      const at = toks[k];
      if (head.abroad && wordBits(toks, k) & TAI && wordIs(toks, k, "tại") && places.end(k + 1) > k + 1) end = k = places.end(k + 1);
      break;
    }
    // "Quốc hội nước Cộng hòa Pê-ru", a formal state name after "nước"
    if (w & NUOC && wordIs(toks, k, "nước")) {
      const fe = places.end(k + 1);
      if (fe > k + 1) {
        end = k = fe;
        named = place = true;
        break;
      }
      break;
    }
    if (isCapToken(t) && t.kind !== "url") {
      // The head starting here, if any (asked once: `ORG_HEADS.has` is `match !== null`).
      const nested = ORG_HEADS.match(toks, k);
      if (w & STOP && CAP_STOP.has(toks, k) && !nested) break;
      if (k > j && w & STOP_LATER && CAP_STOP_LATER.has(toks, k)) break;
      if (t.upper && w & NAME_STOP && NAME_STOP_WORDS.has(toks, k)) break; // "BỘ VỚI CÔNG DÂN": an all-caps headline
      if (named && personStarts(ctx, k)) break;
      if (complete && !nested) break;
      // A new head with no punctuation between is the parent unit: "Phòng Cảnh sát kinh tế Công an tỉnh X".
      if (k > j && nested && w & NOT_ORG && NOT_ORG_AFTER_HEAD.has(toks, k)) break;
      // A nested head is read whole ("Tỉnh ủy", "Hội"), and the word after it opens a field: "ban Kinh tế Tỉnh ủy".
      const opensField = k === j || k === afterHead || (wordBits(toks, k - 1) & VA && wordIs(toks, k - 1, "và")) || toks[k - 1]?.text === ",";
      if (nested && nested.end > k + 1) {
        k = afterHead = nested.end;
        end = k;
        named = true;
        capWords++;
        continue;
      }
      if (nested) afterHead = k + 1;
      k++;
      // "GD&ĐT", "KH&CN": an ampersand glued between capitals.
      while (toks[k]?.text === "&" && !toks[k]!.spaceBefore && isCapToken(toks[k + 1]) && !toks[k + 1]!.spaceBefore) k += 2;
      end = k;
      named = true;
      capWords++;
      if (opensField) fieldCap = k - 1;
      continue;
    }
    if ((t.kind === "number" || t.kind === "code") && head.numbered && /^[\dA-Z][\dA-Za-z-]{0,8}$/.test(t.text)) {
      k++;
      end = k;
      named = true;
      continue;
    }
    // "Ủy ban Văn hóa, Giáo dục và Thanh niên": a list of fields inside the name.
    if (t.text === "," && named && !complete && fieldListAhead(ctx, k + 1)) {
      k++;
      continue;
    }
    if (w & VA && wordIs(toks, k, "và") && named && !complete) {
      if (fieldAfterAnd(ctx, places, k + 1)) {
        k++;
        continue;
      }
      break;
    }
    // "… của Quốc hội": a body after "của" belongs to the name.
    if (w & CUA && wordIs(toks, k, "của") && named && depth === 0) {
      const h = ORG_HEADS.match(toks, k + 1);
      const body = longestOf(orgLists(ctx.lexicons).vnBodiesOnly, toks, k + 1);
      if ((h || body) && isCapToken(toks[k + 1])) {
        const innerEnd = body ? body.end : h!.end;
        const inner = readTail(ctx, places, innerEnd, h?.value ?? NO_HEAD, !!body, depth + 1);
        if (body || inner.named) {
          end = k = Math.max(innerEnd, inner.end);
          break;
        }
      }
      break;
    }
    if (t.kind === "word" && !t.cap) {
      if (w & NAME_STOP && NAME_STOP_WORDS.has(toks, k)) break;
      // A lowercase run: kept when a capitalized part follows, or when it is name vocabulary.
      let r = k;
      while (r < n && r - k < 6 && toks[r]!.kind === "word" && !toks[r]!.cap && !(wordBits(toks, r) & NAME_STOP && NAME_STOP_WORDS.has(toks, r))) {
        if (r > k && places.end(r) > r) break; // "… giao thông [thành phố Côn Minh]"
        r++;
      }
      const after = toks[r];
      const wa = wordBits(toks, r);
      const continues =
        !complete &&
        !!after &&
        after.sentence === sentence &&
        ((isCapToken(after) && freeCap(toks, r)) ||
          places.end(r) > r ||
          (wa & VA && wordIs(toks, r, "và") && fieldAfterAnd(ctx, places, r + 1)) ||
          (after.text === "," && named && fieldListAhead(ctx, r + 1)));
      // A short lowercase run that a comma or a parenthesis closes: "Quỹ Hỗ trợ Nông dân (…)",
      // "Cục Quản lý thị trường," (not a full stop: "… tuyển sinh." ends on a verb).
      const closed = !complete && named && r - k <= 3 && (!after ||
          after.kind === "newline" ||
          (after.kind === "punct" && !".!?…".includes(after.text) && (after.text !== "-" || after.spaceBefore)) ||
          // "… Cựu chiến binh khóa VI": an edition ends the name (RULES 15)
          (wa & KHOA && wordIs(toks, r, "khóa") && /^([IVXLC]+|\d+)$/.test(toks[r + 1]?.text ?? "")));
      // "Cục Thống kê", "và Đối ngoại": the lowercase half of the word that opened a field, unless
      // a verb phrase starts there ("Tổng cục Thuế hướng dẫn …").
      if (!complete && k === fieldCap + 1) {
        if (r === k + 1 || continues || closed || vocabEnd(toks, k + 1, r) === r) {
          end = ++k;
          continue;
        }
        break;
      }
      if (closed) {
        end = k = r;
        break;
      }
      // Before anything named the body, only name words lead to the rest: "Trung tâm điều hành giao thông …",
      // not "Quân đội tấn công …".
      if (continues && r - k <= 5 && (named || head.lowerTail || vocabEnd(toks, k, r) === r)) {
        k = r;
        continue;
      }
      const v = vocabEnd(toks, k, r);
      if (v > k && (!complete || v === r)) {
        end = k = v;
        named = true;
        if (v < r) break;
        continue;
      }
      break;
    }
    break;
  }
  TAIL.end = end;
  TAIL.named = named;
  TAIL.place = place;
  return TAIL;
}

/** The longest stretch of [k, r) made of name-vocabulary phrases. */
export function vocabEnd(toks: readonly Token[], k: number, r: number): number {
  let p = k;
  while (p < r) {
    if ((wordBits(toks, p) & VOCAB) === 0) break;
    const m = NAME_VOCAB.match(toks, p);
    if (!m || m.end > r) break;
    p = m.end;
  }
  return p;
}

/** After a comma: capitalized fields, then "và" and a last capitalized field, before any other punctuation. */
function fieldListAhead(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (!isCapToken(toks[k]) || ORG_HEADS.has(toks, k) || !freeCap(toks, k)) return false;
  for (let p = k; p < toks.length && p < k + 10; p++) {
    const t = toks[p]!;
    if (wordBits(toks, p) & VA && wordIs(toks, p, "và")) return isCapToken(toks[p + 1]) && !ORG_HEADS.has(toks, p + 1);
    if (!isNameToken(t) && t.text !== ",") return false;
  }
  return false;
}
