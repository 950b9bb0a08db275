import type { Candidate, Context } from "../recognizer.js";
import { candidate } from "../span-builder.js";
import { acronymKey, parenAcronymAt } from "../../resolve/acronyms.js";
import { listedSeries, orgLexicons } from "./listed.js";

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
 */
export function eventAcronyms(ctx: Context, found: readonly Found[], starts?: readonly number[]): Found[] {
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
  const n = starts ? starts.length : toks.length;
  for (let s = 0; s < n; s++) {
    const p = starts ? starts[s]! : s;
    const t = toks[p]!;
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
 */
export function linkEvents(ctx: Context, found: readonly Found[]): void {
  const toks = ctx.tokens;
  // The accent-folded text of each mention, built once.
  const folds: string[] = new Array(found.length);
  for (let f = 0; f < found.length; f++) {
    const { startTok, endTok } = found[f]!;
    let s = toks[startTok]?.fold ?? "";
    for (let k = startTok + 1; k < endTok; k++) s += " " + toks[k]!.fold;
    folds[f] = s;
  }
  // Keys are worked out in an array and stored once: candidates come in many shapes, and their fields are slow to touch.
  const links: (string | undefined)[] = new Array(found.length);
  const byText = new Map<string, string>();
  for (let fi = 0; fi < found.length; fi++) {
    const f = found[fi]!;
    const link = f.cand.link;
    if (link) {
      links[fi] = link;
      byText.set(folds[fi]!, link);
      continue;
    }
    // "Hội nghị AMMTC 14": head, then only an acronym and its edition.
    const n = f.endTok - f.headEnd;
    const a = toks[f.headEnd];
    if (a && (n === 1 || n === 2) && a.upper && (n === 1 ? GLUED_EDITION.test(a.text) : toks[f.headEnd + 1]!.kind === "number")) {
      links[fi] = acronymKey("EVENT", n === 1 ? a.text : a.text + toks[f.headEnd + 1]!.text);
    }
  }
  let keyed = false; // some mention has a key other than its text
  for (let fi = 0; fi < found.length; fi++) {
    if (links[fi] === undefined) links[fi] = byText.get(folds[fi]!) ?? `EVENT:text:${folds[fi]!}`;
    else if (!links[fi]!.startsWith("EVENT:text:")) keyed = true;
  }
  if (keyed) {
    // The same range found twice (listed "SEA Games" and the acronym "(SEA Games)") keeps the acronym's key.
    const byRange = new Map<string, string>();
    for (let fi = 0; fi < found.length; fi++) {
      if (!links[fi]!.startsWith("EVENT:text:")) byRange.set(`${found[fi]!.cand.start}:${found[fi]!.cand.end}`, links[fi]!);
    }
    for (let fi = 0; fi < found.length; fi++) links[fi] = byRange.get(`${found[fi]!.cand.start}:${found[fi]!.cand.end}`) ?? links[fi];
  }
  for (let fi = 0; fi < found.length; fi++) found[fi]!.cand.link = links[fi];
}
