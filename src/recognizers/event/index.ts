import type { Context, Recognizer } from "../recognizer.js";
import { candidate } from "../span-builder.js";
import { scanName, type NameScan, type ScanEnv } from "./name-scan.js";
import { headAt, type HeadMatch } from "./head-match.js";
import { ceremonyTypeEnd, HEADS, type HeadKind } from "./heads.js";
import { eventAcronyms, linkEvents, type Found } from "./acronyms.js";
import { builtinOrgLexicons, listedEvents } from "./listed.js";
import { eventStarts } from "./gate.js";
import { CandidateIndex } from "./env.js";
import { phraseSet } from "../common/phrase-table.js";
import { parenAcronymAt } from "../../resolve/acronyms.js";

/**
 * EVENT: a named event: a head noun (Hội nghị, Hội thảo, Diễn đàn, Đại hội,
 * Kỳ họp, Hội chợ, Lễ, Tết, Chiến dịch, bầu cử …) with the complements that
 * name it, listed names (Tết Nguyên đán, SEA Games), and acronyms: in
 * parentheses after the long form ("(AMMTC 15)", linked to it) or with an
 * edition ("AMMTC 14"). Bare, plural and anaphoric uses are not events.
 *
 * Reads DATE (a year stays in the name, other dates end it), LOC (country
 * pairs "ASEAN - Hàn Quốc") and ORG ("của <ORG>") candidates when present.
 */
export const eventRecognizer: Recognizer = {
  name: "event",
  types: ["EVENT"],
  needs: ["ORG", "LOC", "DATE"],
  recognize(ctx) {
    const starts = eventStarts(ctx);
    let env: ScanEnv | null = null;
    const found: Found[] = [];
    for (const i of starts.heads) {
      const head = headAt(ctx, i);
      if (!head) continue;
      env ??= scanEnv(ctx);
      const scan = scanName(env, head);
      if (!namesAnEvent(ctx, i, head, scan)) continue;
      const extra = head.caps ? { confidence: CAPS_CONFIDENCE } : undefined;
      found.push({ cand: candidate(ctx, "EVENT", i, scan.end, HEAD_SOURCE[head.rule.kind], extra), startTok: i, endTok: scan.end, headEnd: head.end });
    }
    const listed = listedEvents(ctx, () => (env ??= scanEnv(ctx)), starts.listed);
    for (const f of listed) found.push(f);
    const acronyms = eventAcronyms(ctx, found, starts.acronyms, starts.gate, starts.capitals);
    for (const f of acronyms) found.push(f);
    if (found.length === 0) return [];
    linkEvents(ctx, found);
    return found.map((f) => f.cand);
  },
};

/** Candidate sources by head kind ("event.head.meeting"), made once. */
const HEAD_SOURCE = Object.fromEntries(HEADS.map(([, rule]) => [rule.kind, `event.head.${rule.kind}`])) as Record<HeadKind, string>;

/** A name read on a line in capitals rests on weaker evidence than one whose case shows it. */
const CAPS_CONFIDENCE = 0.7;

const FOUNDED = phraseSet(["thành lập", "được thành lập", "ra đời", "có trụ sở", "là tổ chức", "là cơ quan"]);

/** Does the head plus what the scan found name one event (RULES 33–35)? (headAt has ruled out a plural before it: "các hội thảo".) */
function namesAnEvent(ctx: Context, i: number, head: HeadMatch, scan: NameScan): boolean {
  const toks = ctx.tokens;
  if (scan.end <= head.end) return false; // bare "Hội nghị"
  // In capitals, case cannot show a name: "DIỄN ĐÀN NGÀNH VỀ …" may be a lowercase "diễn đàn".
  if (head.caps && !scan.evidence && !capsNameShown(ctx, i, scan.end)) return false;
  if (head.properOnly && !scan.proper) return false;
  if (head.rule.kind === "ceremony") {
    // "Lễ kỷ niệm 15 năm Ngày …": the named event inside is the EVENT, not the ceremony.
    if (scan.nested) return false;
    // "Lễ xuất phát", "Phiên khai mạc": a ceremony type alone names nothing.
    if (scan.end <= ceremonyTypeEnd(toks, head.end, ctx.noDiacritics)) return false;
  }
  if (!scan.proper && !scan.markers) {
    // Only lowercase descriptors: "Cuộc họp nhóm chuyên gia kỹ thuật" names a meeting,
    // "Hội nghị thường niên" does not; nor does a sentence that opens with a bare head.
    const quoted = toks[i - 1]?.text === '"' && toks[scan.end]?.text === '"';
    if (!quoted && scan.end - head.end < 3) return false;
    const prev = toks[i - 1];
    // A sentence may open with a bare head and its verb ("Hội nghị thảo luận …"); a ceremony
    // needs more than its type anyway, so it may open a sentence or a headline.
    if (!quoted && head.rule.kind !== "ceremony" && (toks[i]!.sentenceStart || !prev || prev.kind === "newline")) return false;
  }
  // "Diễn đàn Kinh tế Sông Hồng thành lập năm 2001": a body that is founded is an organization (RULES 23).
  if (!scan.markers && head.rule.kind === "meeting" && FOUNDED.has(toks, scan.end, ctx.noDiacritics)) return false;
  // "Diễn đàn Khu vực ASEAN" alone is the listed organization; with an edition or year it is an EVENT (RULES 23).
  if (!scan.markers && isListedOrgName(ctx, i, scan.end)) return false;
  return true;
}

/**
 * On a line in capitals, a name the punctuation shows: quoted whole
 * ('“NGÀY HỘI ĐỌC SÁCH”') or followed by its acronym ("CUỘC HỌP NHÓM CHUYÊN GIA (TEG)").
 */
function capsNameShown(ctx: Context, i: number, end: number): boolean {
  const toks = ctx.tokens;
  if (toks[i - 1]?.text === '"' && toks[end]?.text === '"') return true;
  return parenAcronymAt(toks, end) !== null;
}

/** DATE, LOC and ORG candidates indexed for the scanner. */
function scanEnv(ctx: Context): ScanEnv {
  return new CandidateIndex(ctx);
}

/** Tokens [i, end) are exactly a listed organization's name. */
function isListedOrgName(ctx: Context, i: number, end: number): boolean {
  const first = ctx.tokens[i]!;
  for (const lex of builtinOrgLexicons(ctx)) {
    if (!lex.canStartAt(first)) continue;
    const m = lex.longestAt(ctx.tokens, i);
    if (m && m.end === end) return true;
  }
  return false;
}
