import type { Context } from "../recognizer.js";
import { PhraseTable, phraseSet } from "../common/phrase-table.js";
import { HEAD_TABLE, NOT_HEADS, PRIZE_RANKS, GENERIC_BEFORE, type HeadRule } from "./heads.js";
import { isCapLike, wordsOf } from "./words.js";
import { capsHeadAt } from "./capitals.js";

/**
 * The head noun at a token, and whether it can open an event name there
 * (RULES 32–35): its case, the word before it ("các hội thảo"), the word
 * after it ("Giải Nhất", "Ngày Sách"), words that only start like a head
 * ("giải quyết", "phiên tòa"). What follows the head is read by `scanName`.
 */

export interface HeadMatch {
  rule: HeadRule;
  /** Token index after the head noun. */
  end: number;
  /** Lowercase head: only a proper name may follow (RULES 34). */
  properOnly: boolean;
  /**
   * The head stands on a line written in capitals, where case cannot tell a
   * name from a clause: the name must show other evidence (see `NameScan.evidence`).
   */
  caps: boolean;
}

/** The lowercase words that may open the name after a head (`HeadRule.lowerOpeners`), as a table made once per rule. */
export function openers(rule: HeadRule): PhraseTable<true> | null {
  if (!rule.lowerOpeners) return null;
  let t = LOWER_OPENERS.get(rule);
  if (!t) {
    t = new PhraseTable(rule.lowerOpeners.map((w) => [w, true] as const));
    LOWER_OPENERS.set(rule, t);
  }
  return t;
}
const LOWER_OPENERS = new Map<HeadRule, PhraseTable<true>>();

/** One-syllable heads too ambiguous without diacritics: "Le" is the surname Lê as often as "Lễ". */
const AMBIGUOUS_FOLDED_HEADS = new Set(["lễ", "ngày", "giải", "phiên"]);

const NOT_HEAD_TABLE = phraseSet(NOT_HEADS);

/**
 * A head noun at token `i` that can open an event name here, or null. Every
 * test but the last one only rejects, so the cheap tests on the words right
 * after the head come first: most heads in running text are lowercase with
 * no name after them ("hội nghị đã …"), or capitalized at a sentence start
 * before a lowercase word ("Giải pháp …").
 */
export function headAt(ctx: Context, i: number): HeadMatch | null {
  const toks = ctx.tokens;
  // The table's own phrase (no object made per head): it ends at i + its words.
  const p = HEAD_TABLE.phraseAt(toks, i, ctx.noDiacritics);
  if (!p) return null;
  const words = p.words;
  const end = i + words.length;
  const t = toks[i]!;
  const rule = p.value;
  const next = toks[end];
  const w = wordsOf(ctx);
  if (!t.capsLine) {
    if (!t.cap) {
      // Lowercase (RULES 34): "ngày", "năm", "tháng" in running text are no heads; others need a proper name after them.
      if (rule.lowercase === "never") return null;
      if (rule.lowercase === "election") {
        if (next === undefined || !((w.is(next, "đại") && w.is(toks[end + 1], "biểu")) || isCapLike(next))) return null;
      } else if (!isCapLike(next) && !(next?.text === '"' && isCapLike(toks[end + 1]))) {
        return null; // 'cuộc thi "Đại sứ văn hóa đọc"': a quoted title is a proper name too
      }
    } else if (rule.next === "cap") {
      if (!isCapLike(next) && !(openers(rule)?.has(toks, end, w.byFold) ?? false)) return null;
      if (words[0] === "giải" && w.inSet(PRIZE_RANKS, next)) return null;
    }
  }
  if (NOT_HEAD_TABLE.has(toks, i, w.byFold)) return null;
  const prev = toks[i - 1];
  if (w.inSet(GENERIC_BEFORE, prev)) return null;
  if (t.lower !== words[0] && words.length === 1 && AMBIGUOUS_FOLDED_HEADS.has(words[0]!)) return null;
  if (t.capsLine) return capsHeadAt(ctx, i, end, words, rule);
  if (!t.cap) return { rule, end: end, properOnly: rule.lowercase !== "election", caps: false };
  // "Mùng 3 Tết", "30 Tết": a calendar position, not the holiday.
  if (words[0] === "tết" && prev && (prev.kind === "number" || w.is(prev, "mùng") || w.is(prev, "mồng"))) return null;
  return { rule, end: end, properOnly: false, caps: false };
}
