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

/** Label words allowed before a timestamp on its line: "Xã hội 19/02/2026". */
const SHORT_LABEL = /^[\p{L} ]{0,30}$/u;

function lineEnv(s: string, start: number, end: number): MatchEnv {
  const ls = s.lastIndexOf("\n", start - 1) + 1;
  let le = s.indexOf("\n", end);
  if (le < 0) le = s.length;
  const before = s.slice(ls, start);
  const after = s.slice(end, le);
  const wordsBefore = before.slice(-40).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3);
  const label = before.trim();
  return {
    wordsBefore,
    aloneOnLine: after.trim() === "" && SHORT_LABEL.test(label) && label.split(" ").filter(Boolean).length <= 3,
    inParens: /^[ \t]*\)/.test(after) && /\([ \t]*$/.test(before),
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
      const env = lineEnv(f, start, end);
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
  const kept: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  for (const d of found) {
    if (taken.some(([a, b]) => d.start < b && a < d.end)) continue;
    taken.push([d.start, d.end]);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
