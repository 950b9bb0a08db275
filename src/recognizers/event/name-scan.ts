import type { Candidate, Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { GENERIC_BEFORE, ceremonyTypeEnd } from "./heads.js";
import { AFTER_COMMA_STOP, AFTER_TRONG_STOP, AFTER_VOI_STOP, NAME_PHRASES, ORDINAL_WORDS, isRoman } from "./stops.js";
import { wordTests, type WordTests } from "../common/phrase-table.js";
import { clauseAt, isCapLike, isWord, lowerLike, scannedWord, wordsOf } from "./words.js";
import { capsEvidenceEnd, countryAt, endsBefore, orgHeadAt, startsAt } from "./capitals.js";
import { headAt, openers, type HeadMatch } from "./head-match.js";

/**
 * The grammar of what follows an event's head noun (ANNOTATION "EVENT",
 * RULES 32–36, NOTES E1–E8): capitalized words, acronyms, "lần thứ N",
 * "khóa XV", the year, "về <topic>", "của <ORG>", "giữa <ORG> và <ORG>",
 * lowercase descriptors, and commas that list items inside the name, up to
 * the word that opens the clause going on.
 */

/** Some view offsets (test with `startsAt`, `endsBefore`). */
export interface OffsetSet {
  has(offset: number): boolean;
}

/** What the rest of the document tells the scanner: DATE, LOC and ORG candidates. */
export interface ScanEnv {
  ctx: Context;
  /** The DATE candidate starting at a view offset (the longest), if any. */
  dateAt(offset: number): Candidate | undefined;
  /** View offsets where a LOC candidate starts / ends. */
  locStart: OffsetSet;
  locEnd: OffsetSet;
  /** View offsets where an ORG candidate starts / ends. */
  orgStart: OffsetSet;
  orgEnd: OffsetSet;
  /** View offset where a LOC or ORG candidate starts → where its longest reading ends. */
  spanEnd: ReadonlyMap<number, number>;
  /** The same for ORG candidates alone. */
  orgSpanEnd: ReadonlyMap<number, number>;
  /** Listed acronyms of meeting series ("AMMTC"): names even on a line in capitals. */
  series: ReadonlySet<string>;
}

/** What a scan found after the head. */
export interface NameScan {
  /** Token index after the last token of the name. */
  end: number;
  /** A capitalized word, acronym or code is part of the name. */
  proper: boolean;
  /** "về", "của", "giữa", an edition or a year is part of the name. */
  markers: boolean;
  /** A ceremony noun runs into another event's head ("Lễ kỷ niệm 15 năm Ngày …"). */
  nested: boolean;
  /**
   * Evidence that does not depend on case: a place or organization found by
   * its list, a listed acronym, an edition, a year, a roman numeral, a
   * can-chi year, a quoted title, a code. What a name on a capitals line needs.
   */
  evidence: boolean;
}

/** "lần thứ 15", "lần thứ hai", "thứ 9", "khóa XV", "lần 2": token index after it, or 0. */
export function editionEnd(toks: readonly Token[], j: number, w: WordTests = wordTests(false)): number {
  const t = toks[j];
  if (!t) return 0;
  let k = j;
  if (w.is(t, "lần") && w.is(toks[j + 1], "thứ")) k = j + 2;
  else if (w.is(t, "thứ") || w.is(t, "khóa") || w.is(t, "lần")) k = j + 1;
  else return 0;
  const n = toks[k];
  if (!n) return 0;
  if (n.kind === "number" && /^\d{1,3}$/.test(n.text)) return k + 1;
  if (n.kind === "word" && isRoman(n.text)) return k + 1;
  if (!w.is(t, "khóa") && n.kind === "word" && w.inSet(ORDINAL_WORDS, n)) {
    if (w.is(n, "mười") && w.inSet(ORDINAL_WORDS, toks[k + 1])) return k + 2;
    return k + 1;
  }
  return 0;
}

const isYearText = (s: string) => /^(?:19|20)\d{2}$/.test(s);

/**
 * A DATE candidate that names the period an event covers ("năm 2025",
 * "quý II năm 2023", "6 tháng đầu năm 2024") stays inside the name (RULES 36,
 * 47, NOTES D8). A day, a deictic date or a term ("nhiệm kỳ …") ends it.
 */
// example: "Giao ban báo chí quý II năm 2023" keeps "quý II năm 2023"
const PERIOD_VALUE = /^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/;
const NOT_IN_NAME = /^(?:nhiệm kỳ|từ|ngày|sáng|chiều|tối|trưa|đêm|hôm|cùng)|\b(?:nay|qua|tới|ngoái|trước|sau)\b/iu;
function isPeriodInName(ctx: Context, d: Candidate): boolean {
  const text = ctx.view.slice(d.start, d.end);
  if (/^(?:năm\s+)?(?:19|20)\d{2}$/i.test(text)) return true;
  return typeof d.value === "string" && PERIOD_VALUE.test(d.value) && !NOT_IN_NAME.test(text);
}

/** Scan the name after a head noun ending at token `h`. */
export function scanName(env: ScanEnv, head: HeadMatch): NameScan {
  const { ctx } = env;
  const toks = ctx.tokens;
  const w = wordsOf(ctx);
  const h = head.end;
  const kind = head.rule.kind;
  const properOnly = head.properOnly;
  const limit = Math.min(toks.length, h + 45);
  let j = h;
  let end = h;
  let fallback = -1; // where to end if a tentative comma continuation is not confirmed
  let mode: "name" | "topic" | "between" = "name";
  let proper = false;
  let markers = false;
  let nested = false;
  let sawEdition = false;
  let soft = false;
  let quoted = false; // a quoted title ends the lowercase part of the name
  let evidence = false;
  let evidenceBefore = false; // the evidence before a tentative comma continuation
  let ofPending = false; // a tentative "CỦA …" in capitals waits for a listed name
  let closed = false; // a year or an edition was read: in capitals, only a body or a marker may follow it
  // Below, "end = j = k" keeps the name up to token k (and a proper part sets proper = evidence = true);
  // "fallback = -1; markers = evidence = true" confirms a marker (and a tentative comma continuation).
  // Inline, not closures: a scan runs at every head, and the closures cost more than the scan.

  // The words that say what kind of ceremony or observance it is come first and are no clause:
  // "Lễ thành lập …", "Ngày thành lập …".
  const listedOpener = openers(head.rule)?.endAt(toks, h, w.byFold) ?? h;
  const opener = listedOpener > h ? listedOpener : kind === "ceremony" ? ceremonyTypeEnd(toks, h, w.byFold) : h;
  if (opener > h) end = j = opener;
  // "NGÀY TRUYỀN THỐNG …", "GIẢI BÓNG ĐÁ …": the listed words after the head name its kind, whatever the case.
  if (listedOpener > h) evidence = true;

  while (j < limit) {
    const t = toks[j]!;
    if (t.kind === "newline") break;
    // Most words of a name are none of the words tested by name below: one array read says so.
    const scanned = scannedWord(t);
    const d = env.dateAt(t.start);
    if (d) {
      if (!isPeriodInName(ctx, d)) { soft = true; break; }
      let k = j;
      while (k < toks.length && toks[k]!.end <= d.end) k++;
      end = j = k;
      closed = true;
      fallback = -1;
      markers = evidence = true;
      continue;
    }
    const ed = scanned ? editionEnd(toks, j, w) : 0;
    if (ed) {
      // "lần thứ 44 và 45": two editions held together
      const both = w.is(toks[ed], "và") && toks[ed + 1]?.kind === "number" && /^\d{1,3}$/.test(toks[ed + 1]!.text);
      end = j = both ? ed + 2 : ed;
      sawEdition = closed = true;
      fallback = -1;
      markers = evidence = true;
      continue;
    }
    if (scanned && w.is(t, "năm") && toks[j + 1]?.kind === "number" && isYearText(toks[j + 1]!.text)) {
      end = j = j + 2;
      closed = true;
      fallback = -1;
      markers = evidence = true;
      continue;
    }
    if (t.kind === "number") {
      if (/^\d{1,4}$/.test(t.text)) {
        end = j = j + 1;
        if (isYearText(t.text)) {
          fallback = -1;
          markers = evidence = true;
          closed = true;
        }
        continue;
      }
      soft = true;
      break;
    }
    if (t.kind === "code" || t.kind === "abbr") {
      end = j = j + 1;
      proper = evidence = true;
      continue;
    }
    if (t.kind === "punct" || t.kind === "symbol") {
      const prev = toks[j - 1];
      const next = toks[j + 1];
      // "ASEAN +", "ASEAN+" (NOTES E8)
      if (t.text === "+" && prev && prev.upper && j > h) {
        end = j = j + 1;
        continue;
      }
      // Hội thảo "Biển và đảo: quá khứ, hiện tại" (RULES 33)
      if (t.text === '"' && j === h) {
        let k = j + 1;
        while (k < Math.min(toks.length, j + 30) && toks[k]!.text !== '"' && toks[k]!.kind !== "newline") k++;
        if (toks[k]?.text === '"' && k > j + 1) {
          end = j = k + 1;
          proper = evidence = true;
          evidence = true;
          quoted = true;
          continue;
        }
        break;
      }
      if (t.text === "," && next && prev && !properOnly) {
        if (fallback < 0) evidenceBefore = evidence;
        // "phòng, chống"
        if (w.is(prev, "phòng") && w.is(next, "chống")) { j++; continue; }
        // "khai Ấn, phát Ấn": parallel items
        if (isWord(next) && lowerLike(next) && toks[j + 2]?.lower === prev.lower) { j++; continue; }
        // "SAU HỘI NGHỊ, HAI BÊN …": in capitals a comma right after the head ends it.
        const prevOk = ((isWord(prev) && lowerLike(prev)) || (prev.kind === "number" && isYearText(prev.text))) && !(prev.capsLine && j === h);
        if (!sawEdition && prevOk && isWord(next) && lowerLike(next) && !clauseAt(toks, j + 1, w) && !w.inSet(AFTER_COMMA_STOP, next)) {
          if (fallback < 0) fallback = end;
          closed = false;
          j++;
          continue;
        }
        soft = true;
        break;
      }
      // "ASEAN - Hàn Quốc", "Việt Nam - Lào", "Nhật Bản - Đông Nam Á"
      if (t.text === "-" && prev && next && isCapLike(prev) && isCapLike(next) && !properOnly) {
        // "Mê Kông - Lan Thương": two capitalized names joined by a dash, on both sides of it.
        if (next.upper || prev.upper || startsAt(env, env.locStart, j + 1) || endsBefore(env, env.locEnd, j) || t.spaceBefore === next.spaceBefore) { j++; continue; }
      }
      // In capitals, only a listed name on one side shows the pair: "ASEAN - NHẬT BẢN", "VIỆT - LÀO".
      if (t.text === "-" && t.capsLine && j > h && isWord(next) && t.spaceBefore === next.spaceBefore && !properOnly
        && (endsBefore(env, env.locEnd, j) || endsBefore(env, env.orgEnd, j) || startsAt(env, env.spanEnd, j + 1) || countryAt(ctx, j + 1))) { j++; continue; }
      if (t.text === "&" && isCapLike(next)) { j++; continue; }
      if (t.text === "," || t.text === "-") soft = true;
      break;
    }
    if (t.kind !== "word") break;
    if (j > h && kind === "ceremony" && (isCapLike(t) || t.capsLine) && headAt(ctx, j)) {
      nested = true;
      break;
    }
    if (isCapLike(t)) {
      end = j = j + 1;
      proper = evidence = true;
      continue;
    }
    if (t.capsLine) {
      // "KỲ HỌP THỨ 8 QUỐC HỘI KHÓA XV": a body after the edition, not a place ("… 2024 AN KHANG").
      const k = capsEvidenceEnd(env, j, closed);
      if (k > j) {
        end = j = k;
        proper = evidence = true;
        if (ofPending) {
          fallback = -1;
          markers = evidence = true;
        }
        continue;
      }
    }
    // On a capitals headline, an unaccented word before an edition number is an acronym: "HỘI NGHỊ AMMTC 14".
    if (t.capsLine && !t.diacritics && toks[j + 1]?.kind === "number" && /^\d{1,3}$/.test(toks[j + 1]!.text)) {
      end = j = j + 2;
      proper = evidence = true;
      continue;
    }
    // lowercase words: those tested by name (a word that is none of them goes on below)
    if (scanned) {
      // lowercase words; a plural right after the head is a clause subject: "Bên lề Hội nghị các Bộ trưởng đã …"
      if (j === h && w.inSet(GENERIC_BEFORE, t)) break;
      const np = NAME_PHRASES.endAt(toks, j, w.byFold);
      if (np > j && !properOnly) {
        end = j = np;
        continue;
      }
      const next = toks[j + 1];
      if (w.is(t, "về") && !properOnly && next && next.kind === "word" && !clauseAt(toks, j + 1, w)) {
        // "HỘI THẢO VỀ AN NINH MẠNG": a topic right after the head names the meeting, whatever the case.
        if (j === h && t.capsLine) evidence = true;
        closed = false;
        mode = "topic";
        markers = true;
        j++;
        continue;
      }
      if (w.is(t, "giữa") && !properOnly && next && (next.kind === "word" || next.kind === "code")) {
        closed = false;
        mode = "between";
        fallback = -1;
        markers = evidence = true;
        j++;
        continue;
      }
      // "của <ORG>"; on a capitals headline case cannot tell the ORG, so any word may open it
      if (w.is(t, "của") && !properOnly && (isCapLike(next) || startsAt(env, env.orgStart, j + 1))) {
        fallback = -1;
        markers = evidence = true;
        closed = false;
        mode = "name";
        j++;
        continue;
      }
      // In capitals "CỦA CÁC NƯỚC ASEAN" is read on, held only if a listed name or a marker confirms it.
      if (w.is(t, "của") && t.capsLine && !properOnly && fallback < 0 && isWord(next) && !clauseAt(toks, j + 1, w)) {
        fallback = end;
        evidenceBefore = evidence;
        ofPending = true;
        closed = false;
        mode = "name";
        j++;
        continue;
      }
      if (w.is(t, "của") || w.is(t, "về") || w.is(t, "giữa")) {
        // "… khen Hội nghị thành công của nước bạn": no name follows.
        soft = true;
        break;
      }
      if (w.is(t, "và") && next) {
        closed = false;
        if (mode === "between" && !properOnly) { j++; continue; }
        if (kind === "election" && (w.is(next, "đại") || isCapLike(next) || (next.capsLine && (startsAt(env, env.spanEnd, j + 1) || orgHeadAt(ctx, j + 1))))) { j++; continue; }
        if ((isCapLike(next) || next.capsLine) && headAt(ctx, j + 1)) break; // "Hội chợ A lần thứ 3 và Hội chợ B"
        if (endsBefore(env, env.locEnd, j) && startsAt(env, env.locStart, j + 1)) { j++; continue; }
        if (mode === "topic" && isWord(next) && !isCapLike(next) && !clauseAt(toks, j + 1, w)) { j++; continue; }
        soft = true;
        break;
      }
      if (w.is(t, "trong")) {
        if (!properOnly && next && isWord(next) && !w.inSet(AFTER_TRONG_STOP, next) && !clauseAt(toks, j + 1, w)) { j++; continue; }
        soft = true;
        break;
      }
      if (w.is(t, "với")) {
        if (mode === "topic" && isWord(next) && !isCapLike(next) && !w.inSet(AFTER_VOI_STOP, next)) { j++; continue; }
        soft = true;
        break;
      }
      // "tại <place>" ends the name; unaccented "tai" may be "tài" ("tai chinh"), so it needs a name after it.
      if ((w.is(t, "tại") && (t.lower === "tại" || isCapLike(next))) || clauseAt(toks, j, w)) { soft = true; break; }
      if (w.is(t, "ngày") && next && next.kind === "number") { soft = true; break; }
    }
    if ((properOnly && kind !== "election") || quoted) break;
    // "TẾT … 2024 AN KHANG THỊNH VƯỢNG": after a year or an edition, a plain word opens what follows the name.
    if (closed && t.capsLine) { soft = true; break; }
    end = j = j + 1;
  }
  // A tentative comma continuation holds only when a marker (year, "của", edition)
  // confirmed it, or the name runs to the end of its line (a headline).
  const t = toks[j];
  const lineEnd = j >= toks.length || t!.kind === "newline" || (t!.text === '"' && !t!.spaceBefore);
  if (fallback >= 0 && (soft || !lineEnd)) {
    end = fallback;
    evidence = evidenceBefore;
  }
  return { end, proper, markers, nested, evidence };
}
