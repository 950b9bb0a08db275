import type { Candidate, Context, Recognizer } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { ABBREVIATED_KINDS, COUNT_WORDS, DOCUMENT_KINDS, KIND_TABLE, NAMED_KINDS, PLAIN_NUMBER_KINDS, PLURAL_BEFORE } from "./kinds.js";
import { endsWithLetters, looksLikeYear, matchNumber } from "./numbers.js";

/**
 * By the fold of a kind's first word, the folds the word after it may
 * have: a kind of two words or more ("Nghị định", "Bộ luật") needs its
 * second word next, as written or folded, so its fold. "Bộ" before
 * "Công an" starts no kind. Null when a kind is that one word ("Luật").
 */
const SECOND_WORDS = new Map<string, Set<string> | null>();
for (const [surface] of DOCUMENT_KINDS) {
  const words = surface.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
  const first = fold(words[0]!);
  const had = SECOND_WORDS.get(first);
  if (words.length === 1 || had === null) SECOND_WORDS.set(first, null);
  else if (had) had.add(fold(words[1]!));
  else SECOND_WORDS.set(first, new Set([fold(words[1]!)]));
}

/**
 * What a word may open, as bits of its folded key (FoldCache), so the
 * token loop settles most tokens with one array read and the rest with
 * two before any string look-up. A token opening a document has `lower`
 * (or `fold`) among the kinds' first words or "số", and the fold of its
 * `lower` is its `fold`:
 * - SO: the word folds to "so" ("Số: 12/QĐ-UBND");
 * - KIND_ONE: a kind is this one word ("luat" for Luật);
 * - KIND_FIRST: it folds to the first word of kinds of two words or more only;
 * - KIND_SECOND: it folds to the second word of some kind. A KIND_FIRST word
 *   not followed by one starts no kind ("Bộ Công an", "Thông tin").
 */
const SO = 1;
const KIND_ONE = 2;
const KIND_FIRST = 4;
const KIND_SECOND = 8;
const OPENS = SO | KIND_ONE | KIND_FIRST;
const ALL_SECONDS = new Set([...SECOND_WORDS.values()].flatMap((s) => (s ? [...s] : [])));
const WORD_BITS = new FoldCache((f) => {
  const seconds = SECOND_WORDS.get(f);
  const kind = seconds === null ? KIND_ONE : seconds ? KIND_FIRST : 0;
  return (f === "so" ? SO : 0) | kind | (ALL_SECONDS.has(f) ? KIND_SECOND : 0);
});

/** A kind may start at token i: its second word (if it needs one) comes next. */
function kindMayStart(toks: readonly Token[], i: number): boolean {
  const seconds = SECOND_WORDS.get(toks[i]!.fold);
  if (seconds === undefined) return false;
  if (seconds === null) return true;
  const next = toks[i + 1];
  return next !== undefined && seconds.has(next.fold);
}

/**
 * DOCUMENT: a numbered legal or official document, from its kind to its
 * number (RULES 51, NOTES G9):
 *   "Nghị quyết số 202/2025/QH15", "Nghị định 15/2020/NĐ-CP",
 *   "Luật Đất đai số 31/2024/QH15", "Kế hoạch số 22", header "Số: 12/QĐ-UBND".
 * Unnumbered laws and decisions are not documents; clause references stay out.
 */
export const documentRecognizer: Recognizer = {
  name: "document",
  types: ["DOCUMENT"],
  recognize(ctx) {
    const out: Candidate[] = [];
    const toks = ctx.tokens;
    const byFold = ctx.noDiacritics;
    const kinds = KIND_TABLE.firstWords(byFold);
    for (let i = 0; i < toks.length; i++) {
      // Only a kind word or a header "Số:" opens a document: one array read at most tokens (WORD_BITS).
      const t = toks[i]!;
      const bits = WORD_BITS.get(t);
      if ((bits & OPENS) === 0) continue;
      // Only a word folding to "so" may be "số" or "so" (SO bit).
      const so = (bits & SO) !== 0 && (t.lower === "số" || t.lower === "so");
      if (!so) {
        if (!(bits & KIND_ONE) && !(i + 1 < toks.length && WORD_BITS.get(toks[i + 1]!) & KIND_SECOND)) continue;
        if (!kinds.has(byFold ? t.fold : t.lower) || !kindMayStart(toks, i)) continue;
      }
      // A header number starts at "Số:" (headerNumberAt needs the word), a kind anywhere else.
      const found = so ? headerNumberAt(ctx, i) : documentAt(ctx, i);
      if (!found) continue;
      out.push(found.cand);
      // "Nghị định số 15/2020/NĐ-CP và 14/2022/NĐ-CP": the coded numbers listed after it.
      let k = found.nextToken;
      while (k + 1 < toks.length && (toks[k]!.text === "," || toks[k]!.lower === "và")) {
        const more = numberAt(ctx, k + 1, true);
        if (!more || !more.coded) break;
        out.push(makeCandidate(ctx, k + 1, more, "document.list", found.cand.kind));
        k = more.nextToken;
      }
      i = Math.max(i, k - 1);
    }
    return out;
  },
};

interface NumberFound {
  /** View offset where the number ends (may fall inside a token). */
  end: number;
  number: string;
  coded: boolean;
  shape: string;
  /** Token index after the number. */
  nextToken: number;
}

/** A document number starting at token `k`. Plain numbers need `afterSo` ("số 22"). */
function numberAt(ctx: Context, k: number, afterSo: boolean): NumberFound | null {
  const t = ctx.tokens[k];
  if (!t || (t.kind !== "number" && t.kind !== "code")) return null;
  const m = matchNumber(t.text);
  if (!m) return null;
  let number = t.text.slice(0, m.length);
  if (!m.shape.coded) {
    if (looksLikeYear(number) && !afterSo) return null;
    if (m.length !== t.text.length) return null;
  }
  let end = t.start + m.length;
  let next = k + 1;
  // "202/2025/QH 15": a spaced legislature number after the issuer letters.
  const n = ctx.tokens[k + 1];
  if (m.shape.coded && m.length === t.text.length && endsWithLetters(number) && n && n.kind === "number" && n.spaceBefore && /^\d{1,2}$/.test(n.text)) {
    number = ctx.view.slice(t.start, n.end);
    end = n.end;
    next = k + 2;
  }
  return { end, number, coded: m.shape.coded, shape: m.shape.id, nextToken: next };
}

function makeCandidate(ctx: Context, startTok: number, num: NumberFound, source: string, kind?: string): Candidate {
  return {
    type: "DOCUMENT",
    start: ctx.tokens[startTok]!.start,
    end: num.end,
    source,
    number: num.number,
    ...(kind ? { kind } : {}),
  };
}

/** Kind, optional name, optional "số", number: "Luật Đất đai số 31/2024/QH15". */
function documentAt(ctx: Context, i: number): { cand: Candidate; nextToken: number } | null {
  const toks = ctx.tokens;
  // The table's own phrase (read only): no object made per kind word.
  const kind = KIND_TABLE.phraseAt(toks, i, ctx.noDiacritics);
  if (!kind) return null;
  const prev = toks[i - 1];
  const plural = prev !== undefined && PLURAL_BEFORE.has(prev.lower);
  let j = i + kind.words.length;
  let num: NumberFound | null = null;
  const isSo = (t: Token | undefined) => t !== undefined && (t.lower === "số" || (ctx.noDiacritics && t.fold === "so"));
  if (isSo(toks[j])) {
    num = numberAt(ctx, j + 1, true);
  } else if (toks[j]?.kind === "number" || toks[j]?.kind === "code") {
    num = numberAt(ctx, j, false);
    // "Chỉ thị 05" without "số": a plain number only after a capitalized kind that is
    // cited that way, and not a count ("Kế hoạch 5 năm").
    if (num && !num.coded) {
      const after = toks[num.nextToken];
      if (!toks[i]!.cap || !PLAIN_NUMBER_KINDS.has(kind.value) || (after && COUNT_WORDS.has(after.lower))) num = null;
    }
  } else if (NAMED_KINDS.has(kind.value) && toks[j]?.cap) {
    // "Luật Đất đai số 31/2024/QH15": the law's name, then "số" and the number.
    for (let k = j; k < Math.min(toks.length - 1, j + 16); k++) {
      const t = toks[k]!;
      if (isSo(t) && (toks[k + 1]!.kind === "number" || toks[k + 1]!.kind === "code")) {
        num = numberAt(ctx, k + 1, true);
        break;
      }
      if (!isNamePart(t)) break;
    }
  }
  if (!num) return null;
  if (ABBREVIATED_KINDS.has(kind.words.join(" ")) && (!num.coded || !toks[i]!.upper)) return null;
  // "các Nghị định 15" is several decrees; a coded number still names one.
  if (plural && !num.coded) return null;
  const source = `document.${num.shape}`;
  return { cand: makeCandidate(ctx, i, num, source, kind.value), nextToken: num.nextToken };
}

/** Header "Số: 12/QĐ-UBND" (or "SỐ:", "So:"): the coded number alone. */
function headerNumberAt(ctx: Context, i: number): { cand: Candidate; nextToken: number } | null {
  const toks = ctx.tokens;
  const t = toks[i];
  if (!t || !t.cap || (t.lower !== "số" && t.lower !== "so") || toks[i + 1]?.text !== ":") return null;
  const num = numberAt(ctx, i + 2, true);
  if (!num || !num.coded) return null;
  return { cand: makeCandidate(ctx, i + 2, num, "document.header"), nextToken: num.nextToken };
}

/** Tokens a law's name is made of: words, commas and dashes, on one line. */
function isNamePart(t: Token): boolean {
  if (t.kind === "word" || t.kind === "abbr") return true;
  return t.kind === "punct" && (t.text === "," || t.text === "-");
}
