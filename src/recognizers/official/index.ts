import type { Candidate, Context, Recognizer } from "../recognizer.js";
import { candidate, originalText } from "../span-builder.js";
import type { OfficialTitle } from "../../doc.js";
import { isGivenSyllable, isWordOf, matchAt, officialLexicons, releaseMatches } from "./lexicons.js";
import { mayStartAt, wordFacts } from "./gate.js";
import { SlotIndex } from "./slot.js";
import { shrinkSurvey, survey } from "./survey.js";
import { NameMemory } from "./memory.js";
import { Scratch } from "../common/scratch.js";
import { aliasAt } from "./alias.js";
import { ClaimScan } from "./claim-scan.js";
import { officialAt, personAt, placeAt, placeEnd, skipHonorary, type Env, type OfficialParse, type TitleGroup } from "./assemble.js";
import { VersionedMemo } from "./versioned-memo.js";
import { initialsNameAt, isCapWord, isShouting, opensClause, transliterationAt, type NameMatch } from "./names.js";
import { isPluralBefore, joinedCapBefore, rankAt, titleAt } from "./titles.js";

/**
 * OFFICIAL, PERSON, RANK and TITLE. Walks the tokens once: an address word ("ông", "đồng chí")
 * or an honorary phrase is stepped over; at each position it tries an OFFICIAL (rank, name and
 * titles in apposition), then a name alone. Titles read their organization from the ORG, LOC
 * and EVENT candidates when there are any, else from a small head-noun grammar (slot.ts).
 */
export const officialRecognizer: Recognizer = {
  name: "official",
  types: ["OFFICIAL", "PERSON", "RANK", "TITLE"],
  needs: ["ORG", "LOC", "EVENT"],
  recognize(ctx) {
    try {
      return recognizeOfficials(ctx);
    } finally {
      releaseMatches();
      shrinkSurvey();
      SlotIndex.shrink();
      FAILED.shrink();
      GROUPS.release();
      PERSONS.release();
    }
  },
};

/** The `failed` marks of the walk (assemble.ts), reused from text to text. */
const FAILED = new Scratch();
/** The walk's title groups and names by position (assemble.ts), reused from text to text. */
const GROUPS = new VersionedMemo<TitleGroup>();
const PERSONS = new VersionedMemo<NameMatch>();

function makeEnv(ctx: Context): Env {
  const lx = officialLexicons(ctx);
  const sv = survey(ctx, lx);
  const n = ctx.tokens.length;
  GROUPS.start(n + 1);
  PERSONS.start(3 * (n + 1));
  return {
    ctx,
    lx,
    sv,
    idx: new SlotIndex(ctx, sv.offsets),
    memory: new NameMemory(),
    groups: GROUPS,
    failed: FAILED.take(ctx.tokens.length + 1),
    visited: new Int32Array(16),
    visitedCount: 0,
    persons: PERSONS,
  };
}

export function recognizeOfficials(ctx: Context): Candidate[] {
  const env = makeEnv(ctx);
  const toks = ctx.tokens;
  const out: Candidate[] = [];
  let afterAddress = false;
  let s = 0;
  const facts = wordFacts(env.lx);
  const { gated, gatedCount } = env.sv;
  let g = 0;
  while (s < toks.length) {
    // Go on at the next token where something may start (after an address word: right here, when it may).
    if (afterAddress && !mayStartAt(env.lx, facts, toks, s, true)) {
      afterAddress = false;
      s++;
    }
    if (!afterAddress) {
      while (g < gatedCount && gated[g]! < s) g++;
      if (g === gatedCount) break;
      s = gated[g]!;
    }
    const t = toks[s]!;
    const hon = skipHonorary(env, s);
    if (hon > s) {
      s = hon;
      continue;
    }
    const addr = matchAt(env.lx.address, toks, s);
    // A capitalized address word counts at the start of a sentence or after punctuation ("Ông X", "(Bà X)"), not inside a name ("Lê Anh Dũng").
    const lead = !t.cap || t.sentenceStart || addr?.entry.fields["kind"] === "religious" || (addr && addr.end - addr.start > 1) || toks[s - 1]?.kind === "punct";
    if (addr && lead) {
      if (isCapWord(toks[addr.end]) || toks[addr.end]?.kind === "abbr") {
        s = addr.end;
        afterAddress = true;
        continue;
      }
    }
    const plural = isPluralBefore(toks, s) || (!afterAddress && joinedCapBefore(toks, s) && !placeAt(env, s - 1));
    const off = plural ? null : officialAt(env, s, afterAddress ? "address" : "free");
    if (off) {
      const o = buildOfficial(env, off);
      out.push(o);
      s = transliteration(env, off.j, o.link!, out);
      afterAddress = false;
      continue;
    }
    const name = findName(env, s, afterAddress);
    if (name) {
      const p = personCandidate(env, name, afterAddress ? "person.address" : "person.name");
      out.push(p);
      s = transliteration(env, name.j, p.link!, out);
      // "các đồng chí A, B và C": a list of names after an address word.
      if (afterAddress) s = listAfter(env, s, out);
      afterAddress = false;
      continue;
    }
    afterAddress = false;
    s++;
  }
  out.push(...bylines(env, out));
  return out;
}

/**
 * "John Miller (Giôn Min-lơ)", "Vũ Văn Tài (tức Tài "râu")": a transliteration or an alias in
 * parentheses is a second PERSON of the same person. Returns where to go on.
 */
function transliteration(env: Env, k: number, link: string, out: Candidate[]): number {
  const m = transliterationAt(env.ctx, k);
  if (m) {
    out.push(candidate(env.ctx, "PERSON", m.i, m.j, "person.transliteration", { link }));
    return m.j + 1;
  }
  const a = aliasAt(env.ctx, k);
  if (a) {
    out.push(candidate(env.ctx, "PERSON", a.i, a.j, "person.alias", { link }));
    return a.j;
  }
  return k;
}

/** A name alone at s: after an address word, in a credit, or a listed surname with given syllables. */
function findName(env: Env, s: number, afterAddress: boolean): NameMatch | null {
  const toks = env.ctx.tokens;
  if (afterAddress) {
    // "đồng chí Bộ trưởng": a title, not a name.
    if (titleAt(env.ctx, env.lx, s) || rankAt(env.ctx, env.lx, s)) return null;
    return personAt(env, s, "address") ?? initialsNameAt(env.ctx, s);
  }
  if (toks[s - 1]?.text === ":" && isWordOf(toks[s - 2], "ảnh")) {
    const n = personAt(env, s, "context") ?? initialsNameAt(env.ctx, s) ?? creditAt(env, s);
    if (n) return n;
  }
  // "Trường Thành Vàng", "Đại Dương Câu": a run of capitals that started earlier is one name of something else.
  if (joinedCapBefore(toks, s) && !placeAt(env, s - 1)) return null;
  const n = personAt(env, s, "free");
  if (n && n.strong && n.j - n.i >= 2 && !overlapsOther(env, n)) return n;
  return null;
}

/** A name the ORG, LOC or EVENT recognizers already claim is theirs. */
function overlapsOther(env: Env, n: NameMatch): boolean {
  const { ctx } = env;
  env.claims ??= new ClaimScan([ctx.candidates("ORG"), ctx.candidates("LOC"), ctx.candidates("EVENT")]);
  return env.claims.crosses(ctx.tokens[n.i]!.start, ctx.tokens[n.j - 1]!.end);
}

function listAfter(env: Env, s: number, out: Candidate[]): number {
  const toks = env.ctx.tokens;
  for (let guard = 0; guard < 20; guard++) {
    const sep = toks[s];
    if (!sep || !(sep.text === "," || isWordOf(sep, "và"))) break;
    const n = personAt(env, s + 1, "context");
    if (!n || n.kind === "short") break;
    out.push(personCandidate(env, n, "person.list"));
    s = n.j;
  }
  return s;
}

/** "(Ảnh: MINH KHÔI)", "Ảnh: Hà Anh/TTXVN": the capitals of a photo credit up to its end. */
function creditAt(env: Env, s: number): NameMatch | null {
  const toks = env.ctx.tokens;
  if (opensClause(toks, s, env.lx)) return null;
  let j = s;
  while (j < toks.length && j - s < 4 && isCapWord(toks[j]) && (j === s || toks[j]!.spaceBefore)) j++;
  const end = toks[j];
  // e.g. ")" / "/" / end of line
  const closed = !end || end.kind === "newline" || /^[)/\]|-]$/.test(end.text);
  return j - s >= 2 && closed ? { i: s, j, kind: "vi", strong: true } : null;
}

/** A byline: a name alone on its own line ("Thành Luân" above the share buttons). */
function bylines(env: Env, found: readonly Candidate[]): Candidate[] {
  const toks = env.ctx.tokens;
  const out: Candidate[] = [];
  // The starts of what the walk found, collected when a line first looks like a byline.
  let taken: Set<number> | null = null;
  const { lines, lineCount } = env.sv;
  for (let line = 0; line < lineCount; line++) {
    const s = lines[line]!;
    let j = s;
    while (j < toks.length && isCapWord(toks[j]) && j - s < 4) j++;
    const n = j - s;
    if (n < 2 || n > 3 || (toks[j] && toks[j]!.kind !== "newline") || isShouting(toks, s) || opensClause(toks, s, env.lx)) continue;
    taken ??= new Set(found.map((c) => c.start));
    if (taken.has(toks[s]!.start)) continue;
    let ok = true;
    // Every word a given-name syllable, and no place of several words ("Hà Nội"); "Anh" alone may be a name.
    for (let k = s; k < j; k++) if (!isGivenSyllable(env.lx, toks[k]!) || (placeAt(env, k) && placeEnd(env, k) - k > 1)) ok = false;
    if (!ok) continue;
    out.push(personCandidate(env, { i: s, j, kind: "vi", strong: false }, "person.byline"));
  }
  return out;
}

function nameLink(env: Env, n: NameMatch): string {
  return env.memory.add(env.ctx.tokens, n.i, n.j);
}

function personCandidate(env: Env, n: NameMatch, source: string): Candidate {
  return candidate(env.ctx, "PERSON", n.i, n.j, source, { link: nameLink(env, n), confidence: n.strong ? 1 : 0.8 });
}

/** The original text of tokens [i, j). */
function textOf(ctx: Context, i: number, j: number): string {
  return originalText(ctx, { start: ctx.tokens[i]!.start, end: ctx.tokens[j - 1]!.end });
}

function buildOfficial(env: Env, p: OfficialParse): Candidate {
  const { ctx } = env;
  const link = nameLink(env, p.name);
  const parts: Candidate[] = [candidate(ctx, "PERSON", p.name.i, p.name.j, "official.person", { link })];
  if (p.alias) parts.push(candidate(ctx, "PERSON", p.alias.i, p.alias.j, "official.alias", { link }));
  if (p.rank) parts.push(candidate(ctx, "RANK", p.rank.i, p.rank.j, "official.rank"));
  const titles: OfficialTitle[] = [];
  for (const g of p.groups) {
    parts.push(candidate(ctx, "TITLE", g.title.i, g.title.j, "official.title"));
    let org: string | null = null;
    if (g.slot) {
      for (const sp of g.slot.parts) {
        parts.push(candidate(ctx, sp.type, sp.i, sp.j, sp.source, sp.canonical ? { canonical: sp.canonical } : {}));
      }
      org = textOf(ctx, g.slot.parts[0]!.i, g.slot.end);
    }
    titles.push({ title: textOf(ctx, g.title.i, g.title.j), org, text: textOf(ctx, g.title.i, g.end) });
  }
  return candidate(ctx, "OFFICIAL", p.i, p.j, "official.apposition", {
    person: textOf(ctx, p.name.i, p.name.j),
    rank: p.rank ? textOf(ctx, p.rank.i, p.rank.j) : null,
    titles,
    parts,
    link,
  });
}
