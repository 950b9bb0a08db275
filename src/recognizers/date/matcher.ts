/**
 * Runs the date rules over a text and keeps one clean, ordered set of
 * matches (longest first, then earliest, then rule order), each aligned on
 * token boundaries.
 *
 * A rule runs only where a match can begin: at the tokens its `starts`
 * names (a number, "ngày", "tháng", a weekday word …), found in one pass
 * over the tokens with Set lookups; there its pattern runs sticky. Per
 * rule, a start inside the rule's previous match is skipped, as a global
 * scan would.
 */
import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { compose, startKeys, type StartKeys } from "./grammar.js";
import { foldKey, foldPattern, foldSameLength, wordsOf, writtenWithoutDiacritics } from "./match-text.js";
import { DATE_RULES, type Built, type DateRule, type Groups, type MatchEnv } from "./rules.js";

interface Compiled {
  rule: DateRule;
  order: number;
  exact: RegExp;
  folded: RegExp;
}

/** A rule that may start at a token, and the keys the next and the previous token may have (null: any). */
interface Entry {
  c: Compiled;
  next: ReadonlySet<string> | null;
  prev: ReadonlySet<string> | null;
}

/** Entries by the key of the token a match can start at, in rule order. */
type Dispatch = Map<string, Entry[]>;

interface Table {
  rules: Compiled[];
  exact: Dispatch;
  folded: Dispatch;
}

let table: Table | null = null;

function addTo(map: Dispatch, keys: StartKeys, c: Compiled): void {
  for (const [k, { next, prev }] of keys) {
    const list = map.get(k);
    if (list) list.push({ c, next, prev });
    else map.set(k, [{ c, next, prev }]);
  }
}

/** Compile every rule once, on first use (never at import). */
function compiled(): Table {
  if (table) return table;
  const rules = DATE_RULES.map((rule, order) => {
    const src = compose(rule.pattern);
    // Written form: case-insensitive on the view itself (no lowercased copy); folded form: on the folded text.
    return { rule, order, exact: new RegExp(src, "iuy"), folded: new RegExp(foldPattern(src), "uy") };
  });
  const exact: Dispatch = new Map();
  const folded: Dispatch = new Map();
  const fold = (k: string) => (k.startsWith("#") ? k : foldKey(k));
  for (const c of rules) {
    addTo(exact, startKeys(c.rule.starts), c);
    addTo(folded, startKeys(c.rule.starts, fold), c);
  }
  table = { rules, exact, folded };
  return table;
}

/**
 * The dispatch key of a token: a number's shape (see grammar FIRST), a
 * word in lowercase (folded for `plain`), else its text.
 */
function keyOf(t: Token, plain: boolean): string {
  const text = t.text;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return numberShape(text);
  if (t.kind === "word") return plain ? t.fold : t.lower;
  return text;
}

// "2026" → #year, "19/2" → #dm, "16:38" → #time, "1895-1986" → #yx, "12" → #int.
function numberShape(text: string): string {
  let n = 1;
  while (n < text.length && isDigit(text.charCodeAt(n))) n++;
  if (n === text.length) return n <= 3 ? "#int" : n === 4 ? "#year" : "#long";
  if (n === 4) return "#yx";
  if (n > 2) return "#numx";
  const c = text[n]!;
  if (c === "/" || c === "." || c === "-") return "#dm";
  if (c === ":" || c === "h" || c === "H" || c === "g" || c === "G") return "#time";
  return "#numx";
}

const isDigit = (c: number) => c >= 48 && c <= 57;

export interface DateMatch extends Built {
  start: number;
  end: number;
  /** Token range [i, j). */
  i: number;
  j: number;
  rule: string;
  order: number;
  aloneOnLine: boolean;
}

/** Label words allowed before a timestamp on its line: "Xã hội 19/02/2026", "Cập nhật: 19/02/2026". */
const SHORT_LABEL = /^[\p{L} ]{0,30}[:|-]?$/u;

/** Line starts of a string, for O(log n) lookups. */
function lineStarts(s: string): number[] {
  const out = [0];
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}

function lineStartOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}

/**
 * What a rule's build may read around a match, each piece computed on first
 * read; bounded work, whatever the line length.
 */
class LineEnv implements MatchEnv {
  private wb?: readonly string[];
  private wa?: readonly string[];
  private alone?: boolean;

  constructor(
    private readonly view: string,
    private readonly ls: number,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get rawBefore(): string {
    return this.view.slice(Math.max(this.ls, this.start - 40), this.start);
  }

  get raw(): string {
    return this.view.slice(this.start, this.end);
  }

  // Folding keeps word boundaries (a letter stays a letter), so words are cut from the view and folded one by one.
  get wordsBefore(): readonly string[] {
    return (this.wb ??= wordsOf(this.rawBefore, 3, true).map(foldKey));
  }

  get wordsAfter(): readonly string[] {
    if (this.wa) return this.wa;
    const after = this.view.slice(this.end, this.end + 30);
    const nl = after.indexOf("\n");
    return (this.wa = wordsOf(nl < 0 ? after : after.slice(0, nl), 2, false).map(foldKey));
  }

  get aloneOnLine(): boolean {
    if (this.alone !== undefined) return this.alone;
    const { view, ls, start } = this;
    // Only spaces up to the end of the line?
    let k = this.end;
    while (k < view.length && (view[k] === " " || view[k] === "\t")) k++;
    const restEmpty = k >= view.length || view[k] === "\n";
    const label = restEmpty && start - ls <= 40 ? view.slice(ls, start).trim() : null;
    return (this.alone = label !== null && SHORT_LABEL.test(label) && label.split(" ").filter(Boolean).length <= 4);
  }

  get inParens(): boolean {
    return /^[ \t]*\)/.test(this.view.slice(this.end, this.end + 4)) && /\([ \t]*$/.test(this.rawBefore);
  }
}

/** Captured groups in lowercase, as the rules read them (the written form matches case-insensitively). */
function lowered(g: Record<string, string | undefined> | undefined): Groups {
  if (!g) return {};
  for (const k in g) {
    const v = g[k];
    if (v !== undefined) g[k] = v.toLowerCase();
  }
  return g;
}

/** A rule's match before it is built: where, which rule, what it captured. */
interface Hit {
  start: number;
  end: number;
  i: number;
  j: number;
  c: Compiled;
  groups: Record<string, string | undefined> | undefined;
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
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.c.order - b.c.order);
  const starts = lineStarts(view);
  const kept: DateMatch[] = [];
  if (used.length < view.length + 1) used = new Uint8Array(Math.max(view.length + 1, used.length * 2));
  try {
    for (const h of hits) {
      if (overlapsUsed(h.start, h.end)) continue;
      const env = new LineEnv(view, lineStartOf(starts, h.start), h.start, h.end);
      let built: Built | null = null;
      try {
        built = h.c.rule.build(lowered(h.groups), env);
      } catch {
        built = null;
      }
      if (!built) continue;
      used.fill(1, h.start, h.end);
      const m: DateMatch = { expr: built.expr, start: h.start, end: h.end, i: h.i, j: h.j, rule: h.c.rule.id, order: h.c.order, aloneOnLine: env.aloneOnLine };
      if (built.partOfDay) m.partOfDay = built.partOfDay;
      kept.push(m);
    }
  } finally {
    for (const m of kept) used.fill(0, m.start, m.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every token-aligned rule match, unbuilt. A rule runs at the tokens its
 * start keys name; per rule, a start inside its previous match is skipped.
 */
function scan(ctx: Pick<Context, "view" | "tokens" | "tokenAt">, view: string): Hit[] {
  const toks = ctx.tokens;
  const plain = writtenWithoutDiacritics(toks);
  const { rules, exact, folded } = compiled();
  const dispatch = plain ? folded : exact;
  let s: string | null = null;
  const hits: Hit[] = [];
  const lastEnd = new Int32Array(rules.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start >= view.length) break;
    const list = dispatch.get(keyOf(t, plain));
    if (list === undefined) continue;
    const start = t.start;
    let nextKey: string | null = null;
    let prevKey: string | null = null;
    for (const { c, next, prev } of list) {
      if (start < lastEnd[c.order]!) continue;
      if (next !== null) {
        const u = toks[i + 1];
        if (u === undefined) continue;
        nextKey ??= keyOf(u, plain);
        if (!next.has(nextKey)) continue;
      }
      if (prev !== null) {
        const u = toks[i - 1];
        if (u === undefined) continue;
        prevKey ??= keyOf(u, plain);
        if (!prev.has(prevKey)) continue;
      }
      s ??= plain ? foldSameLength(view) : view;
      const re = plain ? c.folded : c.exact;
      re.lastIndex = start;
      const m = re.exec(s);
      if (m === null || m[0].length === 0) continue;
      const end = start + m[0].length;
      lastEnd[c.order] = end;
      const jLast = ctx.tokenAt(end - 1);
      if (jLast < 0 || toks[jLast]!.end !== end) continue;
      hits.push({ start, end, i, j: jLast + 1, c, groups: m.groups });
    }
  }
  return hits;
}

/** Characters covered by kept matches; reused across calls and cleared after each. */
let used = new Uint8Array(1024);

/** Matches are short, so marking the characters they cover is linear overall. */
function overlapsUsed(start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (used[k]) return true;
  return false;
}
