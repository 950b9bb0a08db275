/**
 * Runs the date rules over a text and keeps one clean, ordered set of
 * matches (longest first, then earliest, then rule order), each aligned on
 * token boundaries.
 *
 * A rule runs only where a match can begin: at the tokens its `starts`
 * names (a number, "ngày", "tháng", a weekday word …), found in one pass
 * over the tokens by key ids; there its pattern runs sticky. Per
 * rule, a start inside the rule's previous match is skipped, as a global
 * scan would. The scan keeps each match's captures (exec: a failing
 * attempt allocates nothing, and a kept match is not run a second time for
 * its groups); they are read into groups when no longer match kept before
 * covers it.
 */
import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { foldSameLength, plainLineAt, writtenWithoutDiacritics } from "./match-text.js";
import { EXACT_FLAGS, FOLDED_FLAGS, ruleTable, type Compiled } from "./dispatch.js";
import { WordStart } from "./word-start.js";
import { foldClass, keyIdFrom, keyIdOf, NEWLINE, START } from "./key-index.js";
import { LineEnv } from "./match-env.js";
import type { Built } from "./rules.js";

export interface DateMatch extends Built {
  start: number;
  end: number;
  /** Token range [i, j). */
  i: number;
  j: number;
  rule: string;
  order: number;
  /** What the build read around the match (its line); null for a match made of two (a restatement). */
  line: LineEnv | null;
}

/** The match is alone on its line, or only a short label precedes it (read only when asked: it scans the line). */
export function aloneOnLine(m: DateMatch): boolean {
  return m.line !== null && m.line.aloneOnLine;
}

/** A rule's match before it is built: where, which rule, what it captured. */
interface Hit {
  start: number;
  end: number;
  i: number;
  j: number;
  c: Compiled;
  /** Matched on the folded text (a text or line written without diacritics). */
  plain: boolean;
  /** The match, with its captures by number. */
  m: RegExpExecArray;
}

/**
 * All rule matches in `ctx.view`, overlaps resolved, in text order.
 * `limit` bounds the scanned prefix (the dateline search reads only the top).
 */
export function findDates(ctx: Pick<Context, "view" | "tokens" | "tokenAt">, limit = Infinity): DateMatch[] {
  const view = limit < ctx.view.length ? ctx.view.slice(0, limit) : ctx.view;
  const hits = scan(ctx, view);
  if (hits.length === 0) return [];
  // Longest first, then earliest, then rule order: a match is built only when no match kept
  // before overlaps it, and kept when it builds (the same as building all, then keeping).
  const sorted = longestFirst(hits);
  // Kept matches by hit index: hits are in text order, so these are too (kept ones never share a start).
  const byHit: (DateMatch | null)[] = new Array<DateMatch | null>(hits.length).fill(null);
  if (used.length < view.length + 1) used = new Uint8Array(Math.max(view.length + 1, used.length * 2));
  try {
    for (let k = 0; k < hits.length; k++) {
      const hit = sorted[k]! % HIT_SLOTS;
      const h = hits[hit]!;
      if (overlapsUsed(h.start, h.end)) continue;
      const groups = h.c.read(h.m, h.plain);
      const env = new LineEnv(view, h.start, h.end);
      let built: Built | null = null;
      try {
        built = h.c.rule.build(groups, env);
      } catch {
        built = null;
      }
      if (!built) continue;
      used.fill(1, h.start, h.end);
      const m: DateMatch = { expr: built.expr, start: h.start, end: h.end, i: h.i, j: h.j, rule: h.c.rule.id, order: h.c.order, line: env };
      if (built.partOfDay) m.partOfDay = built.partOfDay;
      byHit[hit] = m;
    }
  } finally {
    for (const m of byHit) if (m !== null) used.fill(0, m.start, m.end);
  }
  const kept: DateMatch[] = [];
  for (const m of byHit) if (m !== null) kept.push(m);
  return kept;
}

/**
 * Every token-aligned rule match, unbuilt. A rule runs at the tokens its
 * start keys name; per rule, a start inside its previous match is skipped.
 * A token is keyed by id (key-index keyIdOf): most fail the per-word gate
 * with one array read, most of the rest fail their next word's fold class
 * (start-table FoldNext), and a neighbour's key is read only when an entry
 * asks for it. A rule's quick test (quick.ts), when it has one, is asked
 * before its pattern runs.
 */
function scan(ctx: Pick<Context, "view" | "tokens" | "tokenAt">, view: string): Hit[] {
  const toks = ctx.tokens;
  const docPlain = writtenWithoutDiacritics(toks);
  const { rules, index } = ruleTable();
  let foldedView: string | null = null;
  // A line written without diacritics in a text that has them ("Hop bao ngay 19/2") is read folded too.
  let plain = docPlain;
  let dispatch = plain ? index.folded : index.exact;
  // The first token of a line whose reading (folded or not) is not known yet; -1: known. It is asked
  // at the line's first start token: a line with none needs no answer.
  let lineFirst = docPlain ? -1 : 0;
  const hits: Hit[] = [];
  if (lastEnd.length < rules.length) lastEnd = new Int32Array(rules.length);
  else lastEnd.fill(0);
  // The tokens that start inside the (possibly cut) view.
  const n = view.length === ctx.view.length ? toks.length : tokensBefore(toks, view.length);
  const gate = index.gate;
  const foldNext = index.foldNext;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    // One array read: most tokens neither start a rule nor break a line.
    const g = gate.get(t);
    if ((g & START) === 0) {
      if ((g & NEWLINE) !== 0 && !docPlain) lineFirst = i + 1;
      continue;
    }
    const folds = foldNext.at(foldClass(g));
    if (folds !== null) {
      // Every rule at this word needs a certain next word: most stop here, before any key is read.
      const u = toks[i + 1];
      if (u === undefined || folds[foldClass(gate.get(u))] === 0) continue;
    }
    if (lineFirst >= 0) {
      plain = plainLineAt(toks, lineFirst);
      dispatch = plain ? index.folded : index.exact;
      lineFirst = -1;
    }
    const id = keyIdFrom(t, g, plain, index);
    if (id === 0) continue;
    const at = dispatch.at(id);
    if (at === undefined) continue;
    let nextId = -1;
    if (at.next !== null) {
      // Every rule here needs a certain next token: most positions stop at this one read.
      const u = toks[i + 1];
      if (u === undefined) continue;
      nextId = keyIdOf(u, plain, index);
      if (at.next[nextId] === 0) continue;
    }
    const start = t.start;
    let prevId = -1;
    // The rules' shared {lb} at this position: 0 not asked yet, 1 holds, 2 fails.
    let wordStart = 0;
    const list = at.entries;
    for (let e = 0; e < list.length; e++) {
      const { c, next, prev } = list[e]!;
      if (start < lastEnd[c.order]!) continue;
      if (next !== null) {
        const u = toks[i + 1];
        if (u === undefined) continue;
        if (nextId < 0) nextId = keyIdOf(u, plain, index);
        if (next[nextId] === 0) continue;
      }
      if (prev !== null) {
        const u = toks[i - 1];
        if (u === undefined) continue;
        if (prevId < 0) prevId = keyIdOf(u, plain, index);
        if (prev[prevId] === 0) continue;
      }
      const subject = plain ? (foldedView ??= foldSameLength(view)) : view;
      // The quick test first: reading `lb` composes the rule's pattern, which a text may never need.
      const quick = c.rule.quick;
      if (quick !== undefined && !quick(subject, start)) continue;
      if (c.lb) {
        if (wordStart === 0) wordStart = (plain ? FOLDED_WORD_START : EXACT_WORD_START).at(subject, start) ? 1 : 2;
        if (wordStart === 2) continue;
      }
      const re = plain ? c.folded : c.exact;
      re.lastIndex = start;
      // A sticky match ends at lastIndex.
      const m = re.exec(subject);
      if (m === null) continue;
      const end = re.lastIndex;
      if (end === start) continue;
      lastEnd[c.order] = end;
      // The token holding the match's last character: a few tokens on (a match is short).
      let jLast = i;
      while (jLast + 1 < n && toks[jLast + 1]!.start < end) jLast++;
      if (toks[jLast]!.end !== end) continue;
      hits.push({ start, end, i, j: jLast + 1, c, plain, m });
    }
  }
  return hits;
}

/** Sort keys hold a hit's index below this, its length above. */
const HIT_SLOTS = 2 ** 32;
/** Lengths up to this fit in a sort key (2^20 · 2^32 < 2^53, exact in a double). */
const MAX_KEYED_LENGTH = 2 ** 20;

/**
 * The hits' indexes, longest first, then earliest, then rule order, each
 * as `key % HIT_SLOTS`, in the first hits.length places of the array
 * returned (reused across calls). The scan finds hits earliest first, and
 * at one start in rule order, so a hit's index already orders ties of
 * length: one number per hit (length descending, then index), sorted by
 * insertion (a text has a few dozen hits) or natively, no comparator
 * called per pair.
 */
function longestFirst(hits: readonly Hit[]): Float64Array {
  const n = hits.length;
  if (order.length < n) order = new Float64Array(Math.max(n, order.length * 2));
  const keys = order;
  for (let k = 0; k < n; k++) {
    const len = hits[k]!.end - hits[k]!.start;
    if (len >= MAX_KEYED_LENGTH || n >= HIT_SLOTS) return sortedByComparison(hits);
    const key = (MAX_KEYED_LENGTH - len) * HIT_SLOTS + k;
    if (n > INSERTION_MAX) {
      keys[k] = key;
      continue;
    }
    let at = k;
    while (at > 0 && keys[at - 1]! > key) {
      keys[at] = keys[at - 1]!;
      at--;
    }
    keys[at] = key;
  }
  if (n > INSERTION_MAX) keys.subarray(0, n).sort();
  return keys;
}

/** Sort keys of the current text (see longestFirst); reused across calls. */
let order = new Float64Array(64);

/** Up to this many hits, sorting by insertion is the cheaper. */
const INSERTION_MAX = 64;

/** longestFirst for hits too long for a key (a match across a megabyte of spaces). */
function sortedByComparison(hits: readonly Hit[]): Float64Array {
  const idx = hits.map((_, k) => k);
  idx.sort((a, b) => hits[b]!.end - hits[b]!.start - (hits[a]!.end - hits[a]!.start) || a - b);
  return Float64Array.from(idx);
}

/** How many tokens start before `pos`. */
function tokensBefore(toks: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rules' leading {lb}, asked once per position, for each compiled form. */
const EXACT_WORD_START = new WordStart(EXACT_FLAGS);
const FOLDED_WORD_START = new WordStart(FOLDED_FLAGS);

/** Per rule, where its last match ended; reused across calls. */
let lastEnd = new Int32Array(0);

/** Characters covered by kept matches; reused across calls and cleared after each. */
let used = new Uint8Array(1024);

/** Matches are short, so marking the characters they cover is linear overall. */
function overlapsUsed(start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (used[k]) return true;
  return false;
}
