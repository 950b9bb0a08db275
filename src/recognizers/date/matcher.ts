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
import { foldKey, foldPattern, foldSameLength, lowerSameLength, writtenWithoutDiacritics } from "./match-text.js";
import { DATE_RULES, type Built, type DateRule, type MatchEnv } from "./rules.js";

interface Compiled {
  rule: DateRule;
  order: number;
  exact: RegExp;
  folded: RegExp;
}

/** A rule that may start at a token, and the keys the next token may have (null: any). */
interface Entry {
  c: Compiled;
  next: ReadonlySet<string> | null;
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
  for (const [k, next] of keys) {
    const list = map.get(k);
    if (list) list.push({ c, next });
    else map.set(k, [{ c, next }]);
  }
}

/** Compile every rule once, on first use (never at import). */
function compiled(): Table {
  if (table) return table;
  const rules = DATE_RULES.map((rule, order) => {
    const src = compose(rule.pattern);
    return { rule, order, exact: new RegExp(src, "uy"), folded: new RegExp(foldPattern(src), "uy") };
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

/** The dispatch key of a token: "#int" (digits), "#numx" (digits and more), a word in lowercase (folded for `plain`), else its text. */
function keyOf(t: Token, plain: boolean): string {
  const text = t.text;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    for (let k = 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c < 48 || c > 57) return "#numx";
    }
    return "#int";
  }
  if (t.kind === "word") return plain ? t.fold : t.lower;
  return text;
}

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

/** A match before overlaps are resolved: its environment still at hand. */
interface Found extends Omit<DateMatch, "aloneOnLine"> {
  env: MatchEnv;
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
  private before?: string;
  private wb?: readonly string[];
  private wa?: readonly string[];
  private alone?: boolean;

  constructor(
    private readonly view: string,
    private readonly ls: number,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Up to 40 characters before the match on its line, folded. */
  private foldedBefore(): string {
    return (this.before ??= foldSameLength(this.rawBefore));
  }

  get rawBefore(): string {
    return this.view.slice(Math.max(this.ls, this.start - 40), this.start);
  }

  get raw(): string {
    return this.view.slice(this.start, this.end);
  }

  get wordsBefore(): readonly string[] {
    return (this.wb ??= this.foldedBefore().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3));
  }

  get wordsAfter(): readonly string[] {
    if (this.wa) return this.wa;
    const afterText = foldSameLength(this.view.slice(this.end, this.end + 30)).split("\n", 1)[0]!;
    return (this.wa = afterText.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 2));
  }

  get aloneOnLine(): boolean {
    if (this.alone !== undefined) return this.alone;
    const { view, ls, start } = this;
    // Only spaces up to the end of the line?
    let k = this.end;
    while (k < view.length && (view[k] === " " || view[k] === "\t")) k++;
    const restEmpty = k >= view.length || view[k] === "\n";
    const label = restEmpty && start - ls <= 40 ? foldSameLength(view.slice(ls, start)).trim() : null;
    return (this.alone = label !== null && SHORT_LABEL.test(label) && label.split(" ").filter(Boolean).length <= 4);
  }

  get inParens(): boolean {
    return /^[ \t]*\)/.test(this.view.slice(this.end, this.end + 4)) && /\([ \t]*$/.test(this.foldedBefore());
  }
}

/**
 * All rule matches in `ctx.view`, overlaps resolved, in text order.
 * `limit` bounds the scanned prefix (the dateline search reads only the top).
 */
export function findDates(ctx: Pick<Context, "view" | "tokens" | "tokenAt">, limit = Infinity): DateMatch[] {
  const view = limit < ctx.view.length ? ctx.view.slice(0, limit) : ctx.view;
  const toks = ctx.tokens;
  const plain = writtenWithoutDiacritics(toks);
  const { rules, exact, folded } = compiled();
  const dispatch = plain ? folded : exact;
  let s: string | null = null;
  let starts: number[] | null = null;
  const found: Found[] = [];
  // Per rule, the end of its last match: a start before it is inside that match.
  const lastEnd = new Int32Array(rules.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start >= view.length) break;
    const list = dispatch.get(keyOf(t, plain));
    if (list === undefined) continue;
    const start = t.start;
    let nextKey: string | null = null;
    for (const { c, next } of list) {
      if (start < lastEnd[c.order]!) continue;
      if (next !== null) {
        const u = toks[i + 1];
        if (u === undefined) continue;
        nextKey ??= keyOf(u, plain);
        if (!next.has(nextKey)) continue;
      }
      s ??= plain ? foldSameLength(view) : lowerSameLength(view);
      const re = plain ? c.folded : c.exact;
      re.lastIndex = start;
      const m = re.exec(s);
      if (m === null || m[0].length === 0) continue;
      const end = start + m[0].length;
      lastEnd[c.order] = end;
      const jLast = ctx.tokenAt(end - 1);
      if (jLast < 0 || toks[jLast]!.end !== end) continue;
      starts ??= lineStarts(view);
      const env = new LineEnv(view, lineStartOf(starts, start), start, end);
      let built: Built | null = null;
      try {
        built = c.rule.build(m.groups ?? {}, env);
      } catch {
        built = null;
      }
      if (!built) continue;
      found.push({ ...built, start, end, i, j: jLast + 1, rule: c.rule.id, order: c.order, env });
    }
  }
  // Longest first, then earliest, then rule order; keep the non-overlapping ones.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  return keepDisjoint(found, view.length).map(({ env, ...d }) => ({ ...d, aloneOnLine: env.aloneOnLine }));
}

/** Keep, in the given order of preference, the matches that overlap none kept before; return them in text order. */
function keepDisjoint<T extends { start: number; end: number }>(sorted: readonly T[], length: number): T[] {
  const kept: T[] = [];
  // Matches are short, so marking the characters they cover is linear overall.
  const used = new Uint8Array(length + 1);
  for (const d of sorted) {
    let free = true;
    for (let k = d.start; k < d.end; k++) {
      if (used[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    used.fill(1, d.start, d.end);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
