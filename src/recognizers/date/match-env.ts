/**
 * What a rule's build may read around its match (rule-kit MatchEnv): the
 * words before and after, the line it stands on. Each piece is computed on
 * first read, with bounded work whatever the line length.
 */
import { foldKey, wordsOf } from "./match-text.js";
import type { MatchEnv } from "./rules.js";

/** Label words allowed before a timestamp on its line: "Xã hội 19/02/2026", "Cập nhật: 19/02/2026". */
const SHORT_LABEL = /^[\p{L} ]{0,30}[:|-]?$/u;

/** Line starts of a string, for O(log n) lookups. */
export function lineStarts(s: string): number[] {
  const out = [0];
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}

export function lineStartOf(starts: readonly number[], pos: number): number {
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
export class LineEnv implements MatchEnv {
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
