/**
 * Runs the date rules over a text and keeps one clean, ordered set of
 * matches (longest first, then earliest, then rule order), each aligned on
 * token boundaries.
 */
import type { Context } from "../recognizer.js";
import { compose } from "./grammar.js";
import { foldPattern, foldSameLength, lowerSameLength, writtenWithoutDiacritics } from "./match-text.js";
import { DATE_RULES, type Built, type DateRule, type MatchEnv } from "./rules.js";

interface Compiled {
  rule: DateRule;
  order: number;
  exact: RegExp;
  folded: RegExp;
}

let compiled: Compiled[] | null = null;

/** Compile every rule once, on first use (never at import). */
function rules(): Compiled[] {
  compiled ??= DATE_RULES.map((rule, order) => {
    const src = compose(rule.pattern);
    return { rule, order, exact: new RegExp(src, "gu"), folded: new RegExp(foldPattern(src), "gu") };
  });
  return compiled;
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

/** What a rule's build may read around a match; bounded work, whatever the line length. */
function lineEnv(s: string, view: string, starts: readonly number[], start: number, end: number): MatchEnv {
  const ls = lineStartOf(starts, start);
  const before = s.slice(Math.max(ls, start - 40), start);
  const wordsBefore = before.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3);
  const afterText = s.slice(end, end + 30).split("\n", 1)[0]!;
  const wordsAfter = afterText.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 2);
  // Only spaces up to the end of the line?
  let k = end;
  while (k < s.length && (s[k] === " " || s[k] === "\t")) k++;
  const restEmpty = k >= s.length || s[k] === "\n";
  const label = start - ls <= 40 ? s.slice(ls, start).trim() : null;
  return {
    wordsBefore,
    wordsAfter,
    rawBefore: view.slice(Math.max(ls, start - 40), start),
    raw: view.slice(start, end),
    aloneOnLine: restEmpty && label !== null && SHORT_LABEL.test(label) && label.split(" ").filter(Boolean).length <= 4,
    inParens: /^[ \t]*\)/.test(s.slice(end, end + 4)) && /\([ \t]*$/.test(before),
  };
}

/**
 * All rule matches in `ctx.view`, overlaps resolved, in text order.
 * `limit` bounds the scanned prefix (the dateline search reads only the top).
 */
export function findDates(ctx: Pick<Context, "view" | "tokens" | "tokenAt">, limit = Infinity): DateMatch[] {
  const view = limit < ctx.view.length ? ctx.view.slice(0, limit) : ctx.view;
  const plain = writtenWithoutDiacritics(ctx.tokens);
  const s = plain ? foldSameLength(view) : lowerSameLength(view);
  // The words before a match are read folded, whichever string is matched.
  const f = plain ? s : foldSameLength(view);
  const found: DateMatch[] = [];
  const starts = lineStarts(f);
  for (const c of rules()) {
    const re = plain ? c.folded : c.exact;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const i = ctx.tokenAt(start);
      const jLast = ctx.tokenAt(end - 1);
      if (i < 0 || jLast < 0 || ctx.tokens[i]!.start !== start || ctx.tokens[jLast]!.end !== end) continue;
      const env = lineEnv(f, view, starts, start, end);
      let built: Built | null = null;
      try {
        built = c.rule.build(m.groups ?? {}, env);
      } catch {
        built = null;
      }
      if (!built) continue;
      found.push({ ...built, start, end, i, j: jLast + 1, rule: c.rule.id, order: c.order, aloneOnLine: env.aloneOnLine });
    }
  }
  // Longest first, then earliest, then rule order; keep the non-overlapping ones.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  return keepDisjoint(found, s.length);
}

/** Keep, in the given order of preference, the matches that overlap none kept before; return them in text order. */
function keepDisjoint(sorted: readonly DateMatch[], length: number): DateMatch[] {
  const kept: DateMatch[] = [];
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
