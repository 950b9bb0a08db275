import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { matchAt, WordSet, type OfficialLexicons } from "./lexicons.js";
import { isShouting, nameAt, type NameMatch, type NameMode } from "./names.js";
import { rankAt, titleAt, titleStartAt, type TitleMatch } from "./titles.js";
import { slotAt, type Slot, type SlotIndex } from "./slot.js";
import type { Survey } from "./survey.js";
import type { NameMemory } from "./memory.js";
import { aliasAt } from "./alias.js";
import type { ClaimScan } from "./claim-scan.js";
import type { VersionedMemo } from "./versioned-memo.js";

/** Everything the assembly reads, built once per text. */
export interface Env {
  ctx: Context;
  lx: OfficialLexicons;
  idx: SlotIndex;
  /** What one pass over the tokens found (survey.ts). */
  sv: Survey;
  memory: NameMemory;
  /** Title groups already read, by position (the walk retries a chain at every token), per memory version. */
  groups: VersionedMemo<TitleGroup>;
  /** Names already read, by position and mode (3k + mode), per memory version. */
  persons: VersionedMemo<NameMatch>;
  /**
   * Positions where a chain of titles, read from an earlier start with no name yet, came to
   * nothing: memory version + 1 (0 when unknown). An OFFICIAL started there fails the same way.
   */
  failed: Int32Array;
  /** Scratch list of the positions one chain visited (a chain has at most 12 links), and their count. */
  visited: Int32Array;
  visitedCount: number;
  /** ORG, LOC and EVENT candidates, indexed on first use (a name they claim is theirs). */
  claims?: ClaimScan;
}

/** Token k is covered by a LOC candidate of the LOC recognizer or by a listed place (sv.places). */
export function placeAt(env: Env, k: number): boolean {
  return env.sv.places[k] !== 0;
}

/** The token after the place covering token k, or 0. */
export function placeEnd(env: Env, k: number): number {
  return env.sv.places[k]!;
}

/** Token k is inside a place listed in a dictionary (not only proposed by a rule). */
export function listedPlaceAt(env: Env, k: number): boolean {
  return env.sv.listed[k] === 1;
}

/** A title with what fills its slot. */
export interface TitleGroup {
  title: TitleMatch;
  slot: Slot | null;
  /** First token of the group, and the token after it. */
  i: number;
  end: number;
}

/** One parsed OFFICIAL: token range, rank, name and titles in text order. */
export interface OfficialParse {
  i: number;
  j: number;
  rank: TitleMatch | null;
  name: NameMatch;
  /** An alias in the parenthesis after the name, before its titles: "(tức Tài "râu", nguyên …)". */
  alias: NameMatch | null;
  groups: TitleGroup[];
}

/** Words after which a capitalized name is a place, not a person: "tỉnh Hà Giang", "đường Lê Lợi". */
const PLACE_WORDS = new WordSet(["tỉnh", "thành phố", "tp.", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "đường", "phố", "thôn", "ấp", "làng", "bản", "sông", "núi", "chùa", "đền", "cầu", "hồ", "đảo", "q."]);

/** Folded first words of the two-word place words ("thành phố", "thị xã"). */
const PLACE_PAIR_FIRST = new Set(["thanh", "thi"]);

function placeWordBefore(toks: readonly Token[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || p.kind !== "word") return false;
  if (PLACE_WORDS.has(p)) return true;
  const q = toks[k - 2];
  if (!q || q.kind !== "word" || !PLACE_PAIR_FIRST.has(q.fold)) return false;
  return PLACE_WORDS.hasPair(q, p, q.diacritics || p.diacritics);
}

/** After a title, the given name of a person met before: "Giám đốc Hùng" after "Lê Quốc Hùng". */
function knownGivenAt(env: Env, k: number, mode: NameMode): NameMatch | null {
  const toks = env.ctx.tokens;
  const t = toks[k];
  const next = toks[k + 1];
  if (mode !== "context" || !t || t.kind !== "word" || !t.cap || !env.memory.knowsGiven(t.fold)) return null;
  if (next && next.kind === "word" && next.cap && next.spaceBefore) return null;
  return { i: k, j: k + 1, kind: "short", strong: false };
}

/** Three or more syllables starting with a listed surname: "Đỗ Văn Chiến". */
function fullListedName(env: Env, k: number): boolean {
  const m = nameAt(env.ctx, env.lx, k, "free");
  return !!m && m.j - m.i >= 3 && !listedPlaceAt(env, k);
}

/**
 * A person's name at token k, cut where a place starts inside it or where a known name
 * ran on into the next word ("Lê Hòa Huân chương …" after "Lê Hòa").
 */
export function personAt(env: Env, k: number, mode: NameMode): NameMatch | null {
  // Every name starts with a capitalized word.
  const t = env.ctx.tokens[k];
  if (!t || t.kind !== "word" || !t.cap) return null;
  const key = k * 3 + (mode === "free" ? 0 : mode === "context" ? 1 : 2);
  const version = env.memory.version;
  const hit = env.persons.get(key, version);
  if (hit !== undefined) return hit;
  return env.persons.set(key, version, readPerson(env, k, mode));
}

function readPerson(env: Env, k: number, mode: NameMode): NameMatch | null {
  const toks = env.ctx.tokens;
  // "tỉnh Hà Giang", "đường Lê Lợi"; after a title's unit, a full listed name may still follow ("HĐND tỉnh Đỗ Văn Chiến").
  if (placeWordBefore(toks, k) && !listedPlaceAt(env, k - 1) && !(mode === "context" && fullListedName(env, k))) return null;
  if (mode === "free" && PLACE_WORDS.has(toks[k])) return null;
  // A place where the name would start: "Chile Ana Ruiz" is a place, then a name.
  // After a title only a listed place blocks a name: the LOC rules' guesses ("Bản Sato …") do not.
  const place = mode === "context" ? listedPlaceAt(env, k) : placeAt(env, k);
  const m = nameAt(env.ctx, env.lx, k, mode) ?? knownGivenAt(env, k, mode);
  if (!m) return null;
  // Unless a surname starts a name that runs past the place: "Viên Gia Hòa", "Hà Lan Anh".
  const startsPlace = !placeAt(env, k - 1) || placeEnd(env, k - 1) !== placeEnd(env, k);
  if (place && !(startsPlace && matchAt(env.lx.surnames, toks, k) && m.j > placeEnd(env, k))) return null;
  let j = m.j;
  // "Đoàn Ủy ban …": a body's head noun inside the run ends the name.
  for (let p = k + 1; p < j; p++) {
    const h = matchAt(env.lx.heads, toks, p) ?? matchAt(env.lx.titles, toks, p);
    if (h && h.end > j) {
      j = p;
      break;
    }
  }
  const next = toks[j];
  if (j === m.j && next && next.kind === "word" && (!next.cap || isShouting(toks, j)) && j - k > 2) {
    const known = env.memory.knownPrefix(toks, k, j);
    if (known >= 2) j = k + known;
  }
  if (j - k === 1 && m.kind !== "short" && !(mode === "address" || env.memory.knowsGiven(toks[k]!.fold))) return null;
  if (j - k === 1) return { i: k, j, kind: "short", strong: false };
  return { ...m, j };
}

/**
 * A title at k with its slot, lowercase titles included ("thứ trưởng Lê Văn Hòa"). When the
 * slot's name ran into a person's name, the name is split off. The group is shared by every
 * caller asking again: only readTitleGroup changes it, before it is kept.
 */
export function titleGroupAt(env: Env, k: number): TitleGroup | null {
  if (!titleStartAt(env.lx, env.ctx.tokens, k)) return null;
  const version = env.memory.version;
  const hit = env.groups.get(k, version);
  if (hit !== undefined) return hit;
  // Most listed first words ("bộ", "chủ") start no title here: answered by the memoized look-ups, nothing cached.
  const t = titleAt(env.ctx, env.lx, k, true);
  if (!t) return null;
  return env.groups.set(k, version, readTitleGroup(env, k, t));
}

function readTitleGroup(env: Env, k: number, found: NonNullable<ReturnType<typeof titleAt>>): TitleGroup | null {
  const { ctx, lx, idx } = env;
  let t = found;
  if (t.kind === "committee") {
    // "Trưởng Ban Tổ chức Liên hoan …" keeps the committee; "Trưởng Ban Tổ chức Trung ương" is a role and a body.
    const s = slotAt(ctx, lx, idx, t.j);
    if (s && s.parts[0]!.type === "EVENT") t = { ...t, kind: "role" };
    else t = { i: t.i, j: t.roleStart! + 1, kind: "role", orgStart: t.roleStart! + 1 };
  }
  const slotStart = t.orgStart ?? t.j;
  let slot = t.kind === "role" ? slotAt(ctx, lx, idx, slotStart) : null;
  // Another recognizer's guess that is all a person's name ("Thu truong Le Van Hoa") is no slot.
  if (slot && !listedPlaceAt(env, slotStart)) {
    const m = personAt(env, slotStart, "context");
    if (m && m.strong && m.j - m.i >= 2 && m.j >= slot.parts[0]!.j) slot = null;
  }
  // "Bộ trưởng Ngoại giao Trung Quốc …": a fixed office may still name its country.
  if (t.kind === "fixed") {
    const s = slotAt(ctx, lx, idx, slotStart);
    if (s && s.parts.length === 1 && s.parts[0]!.type === "LOC") slot = s;
  }
  if (t.orgStart !== undefined && !slot) return null;
  // A lowercase title ("…, người phát ngôn Bộ Công an", "thứ trưởng Lê Văn Hòa") needs its organization or a full name.
  if (t.lower && !slot) {
    const n = personAt(env, t.j, "context");
    if (!n || !n.strong) return null;
  }
  const group: TitleGroup = { title: { i: t.i, j: t.j, kind: t.kind }, slot, i: k, end: slot ? slot.end : t.j };
  if (slot) {
    splitName(env, group);
    placeAfterComma(env, group);
  } else if (t.kind === "role") group.end = genericUnitEnd(env, t.j);
  return group;
}

/** "…, Giám đốc bệnh viện, cho biết": a generic lowercase unit closed by punctuation stays in the title's text, in no span. */
function genericUnitEnd(env: Env, j: number): number {
  const toks = env.ctx.tokens;
  let k = j;
  while (k < toks.length && k - j < 3 && toks[k]!.kind === "word" && !toks[k]!.cap && toks[k]!.spaceBefore && !GENERIC_STOP.has(toks[k])) k++;
  if (k === j) return j;
  const after = toks[k];
  // e.g. "bệnh viện," / "bệnh viện." / "công ty cho biết" / "bệnh viện Lê Văn A"
  if (!after || (after.kind === "punct" && /^[,.;)]$/.test(after.text)) || after.kind === "newline" || GENERIC_STOP.has(after)) return k;
  const n = personAt(env, k, "context");
  return n && n.strong ? k : j;
}

/** Words that cannot be part of a generic unit after a title: the clause goes on. */
const GENERIC_STOP = new WordSet(["của", "cho", "với", "tại", "là", "đã", "về", "do", "từ", "theo", "có", "được", "và", "sẽ", "đang", "vừa", "cũng", "nói", "biết", "hay", "này", "đó", "kiêm", "các", "những", "một"]);

/** "Chủ tịch UBND huyện Tam Hà, tỉnh Bình An Lê Văn A": the parent place after a comma is a part when the name follows it. */
function placeAfterComma(env: Env, g: TitleGroup): void {
  const toks = env.ctx.tokens;
  const slot = g.slot!;
  if (toks[slot.end]?.text !== ",") return;
  const at = slot.end + 1;
  let e = -1;
  for (let c = env.idx.first(at); c >= 0; c = env.idx.next(c)) {
    if (env.idx.cand(c).type !== "LOC") continue;
    const after = env.idx.end(c);
    if (after > at) e = Math.max(e, after);
  }
  if (e < 0) {
    // Fallback: "tỉnh Bình An", "thành phố Cần Thơ".
    let p = at;
    if (PROVINCE_WORDS.has(toks[p])) p++;
    else if (toks[p] && toks[p + 1] && PROVINCE_WORDS.hasPair(toks[p]!, toks[p + 1]!, true)) p += 2;
    if (p === at) return;
    let q = p;
    while (q < toks.length && toks[q]!.kind === "word" && toks[q]!.cap && toks[q]!.spaceBefore && q - p < 8) q++;
    if (q === p) return;
    e = q;
  }
  // The place may have swallowed the name: keep a strong name at its end.
  let nameAtEnd: NameMatch | null = personAt(env, e, "context");
  if (!nameAtEnd) {
    nameAtEnd = nameEndingAt(env, at + 2, e);
    if (nameAtEnd) e = nameAtEnd.i;
  }
  if (!nameAtEnd) return;
  slot.parts.push({ type: "LOC", i: at, j: e, source: "official.slot.parent-place" });
  slot.end = e;
  g.end = e;
}

const PROVINCE_WORDS = new WordSet(["tỉnh", "thành phố", "tp.", "huyện", "quận", "thị xã"]);

/** "Bộ Nội vụ Lào Lý Minh Hải": the slot ends where a strong name takes the rest. */
function splitName(env: Env, g: TitleGroup): void {
  const slot = g.slot!;
  const last = slot.parts[slot.parts.length - 1]!;
  if (last.j !== slot.end || last.j - last.i < 3) return;
  const toks = env.ctx.tokens;
  // The unit's name may have run on past the person into the clause: "… Lê Văn Hải phát biểu".
  let to = last.j;
  while (to > last.i && toks[to - 1]!.kind === "word" && !toks[to - 1]!.cap && !isShouting(toks, to - 1)) to--;
  const m = nameEndingAt(env, last.i + 1, to);
  if (!m) return;
  last.j = m.i;
  slot.end = m.i;
  g.end = m.i;
}

/**
 * A strong name that ends exactly at token `to` and starts at `from` or later. Three syllables
 * are tried first, then four, then two: "Bình An Lê Văn Tám" gives "Lê Văn Tám",
 * "Nguyễn Thị Hồng Nhung" stays whole, "Bộ Y tế Lê Hòa" gives "Lê Hòa".
 */
function nameEndingAt(env: Env, from: number, to: number): NameMatch | null {
  for (const len of [3, 4, 2]) {
    const s = to - len;
    if (s < from) continue;
    const m = personAt(env, s, "context");
    if (m && m.strong && m.j === to) return m;
  }
  return null;
}

const SEPARATORS = new WordSet([",", "-", "kiêm"]);

/**
 * The start of a rank or title that continues an apposition. (A capitalized title is read the
 * same whether lowercase ones are allowed or not, so asking with them allowed answers both.)
 */
function continuesAt(env: Env, k: number): boolean {
  return rankAt(env.ctx, env.lx, k) !== null || titleGroupAt(env, k) !== null;
}

/** An OFFICIAL at s: null when a chain that passed s with no name already failed. */
export function officialAt(env: Env, s: number, nameMode: NameMode | null): OfficialParse | null {
  const version = env.memory.version + 1;
  if (env.failed[s] === version) return null;
  env.visitedCount = 0;
  const p = readOfficial(env, s, nameMode);
  // Every position the chain reached with neither name nor rank yet leads to the same failure.
  if (!p && env.memory.version + 1 === version) for (let v = 0; v < env.visitedCount; v++) env.failed[env.visited[v]!] = version;
  return p;
}

/**
 * An OFFICIAL starting at token s: a rank, a name and titles in apposition, in any order
 * ("Thượng tướng A, Ủy viên …, Thứ trưởng …"; "A, Thứ trưởng …"; "Bộ trưởng … A"), joined by
 * ", ", " - ", "kiêm" or a parenthesis. It stops where the clause goes on.
 * `nameMode` is how the name may be read when the OFFICIAL starts with it.
 */
function readOfficial(env: Env, s: number, nameMode: NameMode | null): OfficialParse | null {
  const { ctx, lx } = env;
  const toks = ctx.tokens;
  let rank: TitleMatch | null = null;
  let name: NameMatch | null = null;
  const groups: TitleGroup[] = [];
  let pos = s;
  let end = s;
  // Where the OFFICIAL ended before an opening parenthesis, in case the parenthesis does not close on titles.
  let beforeParen: { end: number; groups: number } | null = null;
  let alias: NameMatch | null = null;
  for (let guard = 0; guard < 12; guard++) {
    const r = rankAt(ctx, lx, pos);
    if (r) {
      if (rank) break;
      // A rank attaches only to the name right after it.
      const n: NameMatch | null = name ? null : personAt(env, r.j, "context");
      if (!n) break;
      rank = r;
      name = n;
      end = n.j;
    } else {
      const g = titleGroupAt(env, pos);
      if (g) {
        const n: NameMatch | null = personAt(env, g.end, "context");
        if (name && n) break; // another person's title
        groups.push(g);
        end = g.end;
        if (n) {
          name = n;
          end = n.j;
        }
      } else if (pos === s && nameMode) {
        const n: NameMatch | null = personAt(env, pos, nameMode);
        if (!n || (nameMode === "free" && !n.strong)) return null;
        name = n;
        end = n.j;
      } else break;
    }
    if (beforeParen && toks[end]?.text === ")") {
      end++;
      beforeParen = null;
      break;
    }
    // Separator, then another rank or title.
    const sep = toks[end];
    if (!sep || !SEPARATORS.has(sep)) {
      // "Trần Minh Đức (nguyên Giám đốc Sở Xây dựng)": titles in parentheses after the name.
      if (sep?.text === "(" && !beforeParen && name && groups.length === 0 && continuesAt(env, end + 1)) {
        beforeParen = { end, groups: groups.length };
        pos = end + 1;
        continue;
      }
      // "Vũ Văn Tài (tức Tài "râu", nguyên …)": an alias, then the titles.
      const a = sep?.text === "(" && !beforeParen && name && groups.length === 0 ? aliasAt(ctx, end) : null;
      if (a && toks[a.j]?.text === "," && continuesAt(env, a.j + 1)) {
        beforeParen = { end, groups: groups.length };
        alias = a;
        pos = a.j + 1;
        continue;
      }
      break;
    }
    const after = sep.text === "-" && toks[end + 1]?.text === "-" ? end + 2 : end + 1;
    if (!continuesAt(env, after)) break;
    pos = after;
    if (!name && !rank && !beforeParen && env.visitedCount < env.visited.length) env.visited[env.visitedCount++] = pos;
  }
  if (beforeParen) {
    // The parenthesis held more than titles: the OFFICIAL ends before it.
    end = beforeParen.end;
    groups.length = beforeParen.groups;
    alias = null;
  }
  if (!name || (!rank && groups.length === 0)) return null;
  return { i: s, j: end, rank, name, alias, groups };
}

/** The honorary phrase at k ("Anh hùng Lao động", "Nhà giáo Ưu tú"), or k itself. */
export function skipHonorary(env: Env, k: number): number {
  const m = matchAt(env.lx.honorary, env.ctx.tokens, k);
  return m ? m.end : k;
}
