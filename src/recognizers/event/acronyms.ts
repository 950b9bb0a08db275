import type { Candidate, Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { candidate } from "../span-builder.js";
import { acronymKey, parenAcronymAt } from "../../resolve/acronyms.js";
import { listedSeries, orgLexicons } from "./listed.js";
import { SERIES } from "./gate.js";
import type { FoldCache } from "../../tokenize/fold-id.js";
import { foldedKey, TEXT_KEY } from "./text-keys.js";

/** An EVENT candidate with the token range it was built from. */
export interface Found {
  cand: Candidate;
  startTok: number;
  /** Token index after the name. */
  endTok: number;
  /** Token index after the head noun (or the listed name, or the acronym). */
  headEnd: number;
}

/** "AMMTC15", "IMM6", "COP28": letters glued to an edition number. */
// example: IMM6 → base "IMM", edition "6"
const GLUED_EDITION = /^([A-ZĐ]{2,})(\d{1,3})$/u;

/**
 * Acronym EVENT spans (RULES 30, NOTES E1, E4, E7):
 *  - in parentheses after an event's long form: "(AMMTC 15)", "(RTF)",
 *    "(WEF 16 Thiên Tân)", linked to the long form. A bare acronym that is
 *    a listed organization ("(UNDP)" after "… của Chương trình Phát triển Liên hợp quốc")
 *    is left to the ORG recognizer;
 *  - elsewhere, an acronym of a series with its edition: "AMMTC 14", "IMM6",
 *    when the series was introduced in the text or is listed. A bare
 *    series acronym ("trong khuôn khổ SOMTC") is not an event.
 *
 * `starts` (with `gate`, from eventStarts): the tokens whose word has the
 * gate's SERIES bit, the only ones read when the text introduces no acronym;
 * `capitals`: its words in capitals and codes, the only ones read when it does.
 */
export function eventAcronyms(ctx: Context, found: readonly Found[], starts?: readonly number[], gate?: FoldCache, capitals?: readonly number[]): Found[] {
  const toks = ctx.tokens;
  const out: Found[] = [];
  // Series acronyms: the listed ones, and those the text introduces in parentheses (a set of its own, made when one comes).
  const listed = listedSeries(ctx);
  let introduced: Set<string> | null = null;
  const seen = new Set<number>();
  for (const f of found) {
    const pa = parenAcronymAt(toks, f.endTok);
    if (!pa) continue;
    const longText = ctx.view.slice(f.cand.start, f.cand.end);
    if (!pa.numbered && pa.end - pa.start === 1 && (isListedOrg(ctx, pa.start) || /\scủa\s/u.test(longText))) continue;
    const acr = candidate(ctx, "EVENT", pa.start, pa.end, "event.acronym.paren");
    const key = acronymKey("EVENT", ctx.view.slice(acr.start, acr.end));
    f.cand.link = key;
    (introduced ??= new Set()).add(pa.base);
    if (seen.has(pa.start)) continue;
    seen.add(pa.start);
    acr.link = key;
    out.push({ cand: acr, startTok: pa.start, endTok: pa.end, headEnd: pa.end });
  }
  // With no acronym introduced by the text, only a listed series' acronym counts: the gate's SERIES bit (an array read)
  // says where, and `starts` are those tokens. Otherwise any word in capitals or code may be one: `capitals`, or every token.
  const seriesOnly = introduced === null && gate !== undefined;
  const list = introduced === null ? starts : capitals;
  const n = list ? list.length : toks.length;
  for (let s = 0; s < n; s++) {
    const p = list ? list[s]! : s;
    const t = toks[p]!;
    if (seriesOnly && !(gate.get(t) & SERIES)) continue;
    // Only a word in capitals or a code can be a series acronym: one or two cheap tests at every token.
    let end = 0;
    if (t.kind === "word") {
      if (!t.upper || !(listed.has(t.text) || introduced?.has(t.text))) continue;
      const n = toks[p + 1];
      if (n && n.kind === "number" && n.spaceBefore && /^\d{1,4}$/.test(n.text)) end = p + 2;
    } else if (t.kind === "code") {
      const m = GLUED_EDITION.exec(t.text);
      if (m && (listed.has(m[1]!) || introduced?.has(m[1]!))) end = p + 1;
    }
    if (!end || seen.has(p)) continue;
    const c = candidate(ctx, "EVENT", p, end, "event.acronym.edition");
    c.link = acronymKey("EVENT", ctx.view.slice(c.start, c.end));
    out.push({ cand: c, startTok: p, endTok: end, headEnd: end });
  }
  return out;
}

/** Is the token at `i` alone a listed organization ("WEF", "ASEAN")? */
function isListedOrg(ctx: Context, i: number): boolean {
  const first = ctx.tokens[i]!;
  for (const lex of orgLexicons(ctx)) {
    if (!lex.canStartAt(first)) continue;
    const m = lex.longestAt(ctx.tokens, i, true);
    if (m && m.end === i + 1) return true;
  }
  return false;
}

/**
 * Link keys, so every mention of one event gets one entityId: an acronym
 * and its long form share the acronym's key; "Hội nghị AMMTC 14" shares
 * "AMMTC 14"'s; other mentions are keyed by their accent-folded text, and a
 * long form seen once with its acronym takes the acronym's key everywhere.
 *
 * Most texts have no acronym: then every mention is keyed by its text, and
 * the keys are written in one pass with no map. Keys are stored on the
 * candidates as they are worked out (each candidate's `link` is written at
 * most twice; candidates come in many shapes, and their fields are slow to
 * touch); no array is made per call.
 */
export function linkEvents(ctx: Context, found: readonly Found[]): void {
  const toks = ctx.tokens;
  // Mentions that came with a key (an acronym, a long form before its acronym): their text takes it.
  let byText: Map<string, string> | null = null;
  for (let fi = 0; fi < found.length; fi++) {
    const f = found[fi]!;
    const link = f.cand.link;
    if (link) (byText ??= new Map()).set(foldedKey(toks, f.startTok, f.endTok, false), link);
  }
  let keyed = byText !== null; // some mention has a key other than its text
  for (let fi = 0; fi < found.length; fi++) {
    const f = found[fi]!;
    if (f.cand.link) continue;
    const key = editionAcronymKey(toks, f);
    if (key !== null) {
      f.cand.link = key;
      keyed = true;
    } else if (byText === null) {
      f.cand.link = foldedKey(toks, f.startTok, f.endTok, true);
    } else {
      const text = foldedKey(toks, f.startTok, f.endTok, false);
      f.cand.link = byText.get(text) ?? TEXT_KEY + text;
    }
  }
  if (!keyed) return;
  // The same range found twice (listed "SEA Games" and the acronym "(SEA Games)") keeps the acronym's key.
  const width = ctx.view.length + 1;
  const byRange = new Map<number | string, string>();
  for (let fi = 0; fi < found.length; fi++) {
    const c = found[fi]!.cand;
    if (!c.link!.startsWith(TEXT_KEY)) byRange.set(rangeKey(c, width), c.link!);
  }
  for (let fi = 0; fi < found.length; fi++) {
    const c = found[fi]!.cand;
    const link = byRange.get(rangeKey(c, width));
    if (link !== undefined) c.link = link;
  }
}

/**
 * A candidate's range as one map key: the number start * width + end (width
 * = text length + 1), exact while it stays under 2^53, i.e. for texts under
 * 67 million characters; a string beyond.
 */
function rangeKey(c: Candidate, width: number): number | string {
  return width <= 1 << 26 ? c.start * width + c.end : `${c.start}:${c.end}`;
}

/** "Hội nghị AMMTC 14": a head, then only an acronym and its edition; the key of "AMMTC 14", or null. */
function editionAcronymKey(toks: readonly Token[], f: Found): string | null {
  const n = f.endTok - f.headEnd;
  const a = toks[f.headEnd];
  if (!a || (n !== 1 && n !== 2) || !a.upper) return null;
  if (n === 1) return GLUED_EDITION.test(a.text) ? acronymKey("EVENT", a.text) : null;
  const e = toks[f.headEnd + 1]!;
  return e.kind === "number" ? acronymKey("EVENT", a.text + e.text) : null;
}
