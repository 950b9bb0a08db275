import type { Context } from "../recognizer.js";
import { HEAD_TABLE, PRIZE_RANKS, type HeadRule } from "./heads.js";
import { isRoman } from "./stops.js";
import { clauseAt, wordsOf } from "./words.js";
import type { OffsetSet, ScanEnv } from "./name-scan.js";
import type { HeadMatch } from "./head-match.js";

/**
 * EVENT names on a line written in capitals (issue 7): there case cannot tell
 * a name from a clause, so a head is of unknown case, and a name needs
 * evidence that case does not give: a place or body found by its list, a
 * listed series acronym, a roman numeral, a can-chi year, a listed country
 * across a dash. Candidates read this way get a lower confidence.
 */

/** A candidate in `offsets` starts at token `j`. */
export function startsAt(env: ScanEnv, offsets: OffsetSet, j: number): boolean {
  const t = env.ctx.tokens[j];
  return t !== undefined && offsets.has(t.start);
}

/** A candidate in `offsets` ends right before token `j` (with token `j - 1`). */
export function endsBefore(env: ScanEnv, offsets: OffsetSet, j: number): boolean {
  const t = env.ctx.tokens[j - 1];
  return t !== undefined && offsets.has(t.end);
}

/**
 * A head on a line written in capitals ("HỘI NGHỊ …", "LỄ TIỄN …"). Its case
 * says nothing, so it is taken as a head of unknown case: the scan reads the
 * lowercase grammar and the name must show evidence that case does not give.
 */
export function capsHeadAt(ctx: Context, i: number, end: number, words: readonly string[], rule: HeadRule): HeadMatch | null {
  const toks = ctx.tokens;
  const w = wordsOf(ctx);
  const prev = toks[i - 1];
  const next = toks[end];
  if (!next || next.kind === "newline") return null;
  // "CUỘC BẦU CỬ …", "ĐỢT CAO ĐIỂM …": a classifier is lowercase in a name; the head after it is read alone.
  if (rule.lowercase === "never" && words.length > 1 && HEAD_TABLE.match(toks, i + 1, w.byFold)) return null;
  if (words[0] === "giải" && w.inSet(PRIZE_RANKS, next)) return null;
  // "MÙNG 3 TẾT", "71 NĂM NGÀY …", "3 THÁNG": a count or a calendar position, not an observance.
  if (rule.kind === "observance" && prev && (prev.kind === "number" || w.inSet(COUNT_BEFORE, prev))) return null;
  // "NGÀY 11/1", "NĂM 2025", "THÁNG 9": a date, not an observance.
  if (rule.next === "cap" && next.kind !== "word") return null;
  // "ĐỐI THOẠI CỦA …", "NGÀY ĐÓ": a name that needs a capital after its head does not go on with a function word.
  if (rule.next === "cap" && (w.inSet(FUNCTION_AFTER_HEAD, next) || clauseAt(toks, end, w))) return null;
  return { rule, end, properOnly: false, caps: true };
}

/** Lists of countries and provinces: "VIỆT NAM - LÀO" where the place recognizer took no single word. */
const PAIR_PLACES = ["loc/countries", "loc/vn-provinces"];

/** A country or province listed exactly (diacritics agreeing) starts at token `k`. */
export function countryAt(ctx: Context, k: number): boolean {
  for (const id of PAIR_PLACES) if (ctx.lexicons.find(id)?.longestAt(ctx.tokens, k, true)) return true;
  return false;
}

/** The lexicon of head nouns that open an organization's name ("Hội đồng", "Ủy ban"). */
const ORG_HEADS = "official/org-heads";

/** An organization's head noun starts at token `k`: "… VÀ ỦY BAN MẶT TRẬN TỈNH". */
export function orgHeadAt(ctx: Context, k: number): boolean {
  const m = ctx.lexicons.find(ORG_HEADS)?.longestAt(ctx.tokens, k);
  return m !== null && m !== undefined && m.entry.fields.type === "ORG";
}

/** Words before "NĂM", "NGÀY", "THÁNG" that count them: "MỘT NĂM DÀI", "MÙNG 3 TẾT". */
const COUNT_BEFORE = new Set(["mùng", "mồng", "một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "mấy", "vài", "nửa", "hàng", "hằng", "cả", "cùng", "mỗi"]);
/** Function words that cannot open a name after a head: "ĐỐI THOẠI CỦA ASEAN". */
const FUNCTION_AFTER_HEAD = new Set(["của", "về", "và", "với", "trong", "tại", "cho", "này", "đó", "ấy", "kia", "nào", "đầu", "cuối", "giữa"]);

/** Heavenly stems and earthly branches: a can-chi year "Bính Ngọ", "Giáp Thìn". */
const CAN = new Set(["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"]);
const CHI = new Set(["tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"]);

/**
 * On a line in capitals, the token index after a name part that case does not
 * have to show, starting at word `j`, or `j` when there is none: a LOC or ORG
 * found by its list ("NHẬT BẢN", "NGÂN HÀNG THẾ GIỚI"), a listed series
 * acronym ("AMMTC"), a roman numeral ("XIV"), a can-chi year ("BÍNH NGỌ").
 * With `bodyOnly` (after a year or an edition), only an organization.
 */
export function capsEvidenceEnd(env: ScanEnv, j: number, bodyOnly = false): number {
  const toks = env.ctx.tokens;
  const t = toks[j]!;
  const w = wordsOf(env.ctx);
  const spanEnd = (bodyOnly ? env.orgSpanEnd : env.spanEnd).get(t.start);
  if (spanEnd !== undefined) {
    let k = j;
    while (k < toks.length && toks[k]!.end <= spanEnd) k++;
    if (k > j) return k;
  }
  if (bodyOnly) return j;
  if (!t.diacritics && (env.series.has(t.text) || (t.text.length > 1 && isRoman(t.text)))) return j + 1;
  if (w.inSet(CAN, t) && w.inSet(CHI, toks[j + 1])) return j + 2;
  return j;
}
