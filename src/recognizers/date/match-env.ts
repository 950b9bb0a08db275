/**
 * What a rule's build may read around its match (rule-kit MatchEnv): the
 * words before and after, the line it stands on. Each piece is computed on
 * first read, with bounded work whatever the line length.
 */
import { foldKey, isWordChar, wordsOf } from "./match-text.js";
import { RECURRING } from "./rule-kit.js";
import type { MatchEnv } from "./rules.js";

/** Label words allowed before a timestamp on its line: "Xã hội 19/02/2026", "Cập nhật: 19/02/2026". */
const SHORT_LABEL = /^[\p{L} ]{0,30}[:|-]?$/u;

/** How far before a match its line start matters: rawBefore reads 40 characters, a label is at most 40. */
const NEAR = 40;

/** How far after a match wordsAfter reads. */
const AFTER = 30;

/** The pieces of `s` between single spaces, empty ones left out: `s.split(" ").filter(Boolean).length`. */
function wordCount(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== 32 && (k === 0 || s.charCodeAt(k - 1) === 32)) n++;
  return n;
}

/**
 * What a rule's build may read around a match, each piece computed on first
 * read; bounded work, whatever the line length.
 */
export class LineEnv implements MatchEnv {
  private wb?: readonly string[];
  private wb1?: string;
  private wa?: readonly string[];
  private alone?: boolean;
  private rec?: boolean;
  /** The line's start when at most NEAR + 1 characters before the match, -1 when further; -2 until read. */
  private ls = -2;

  constructor(
    private readonly view: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Looks back NEAR + 1 characters at most: further than that, no reader needs where the line starts. */
  private nearLineStart(): number {
    if (this.ls !== -2) return this.ls;
    const { view, start } = this;
    const stop = Math.max(0, start - NEAR - 1);
    for (let k = start - 1; k >= stop; k--) if (view.charCodeAt(k) === 10) return (this.ls = k + 1);
    return (this.ls = stop === 0 ? 0 : -1);
  }

  get rawBefore(): string {
    return this.view.slice(Math.max(this.nearLineStart(), this.start - NEAR), this.start);
  }

  get raw(): string {
    return this.view.slice(this.start, this.end);
  }

  // Folding keeps word boundaries (a letter stays a letter), so words are cut from the view and folded one by one.
  get wordsBefore(): readonly string[] {
    return (this.wb ??= wordsOf(this.rawBefore, 3, true).map(foldKey));
  }

  /**
   * The last of wordsBefore, or "": what every rule asks. Read backwards in
   * the view within rawBefore's bounds, without cutting rawBefore or its
   * other words.
   */
  get wordBefore(): string {
    if (this.wb !== undefined) return this.wb.at(-1) ?? "";
    if (this.wb1 !== undefined) return this.wb1;
    const { view, start } = this;
    const lo = Math.max(this.nearLineStart(), start - NEAR);
    let e = start;
    while (e > lo && !isWordChar(view, e - 1)) e--;
    let b = e;
    while (b > lo && isWordChar(view, b - 1)) b--;
    return (this.wb1 = b < e ? foldKey(view.slice(b, e)) : "");
  }

  get wordsAfter(): readonly string[] {
    if (this.wa) return this.wa;
    const after = this.view.slice(this.end, this.end + AFTER);
    const nl = after.indexOf("\n");
    return (this.wa = wordsOf(nl < 0 ? after : after.slice(0, nl), 2, false).map(foldKey));
  }

  get recurring(): boolean {
    if (this.rec !== undefined) return this.rec;
    return (this.rec = this.firstAfterMayRecur() && RECURRING.test(this.wordsAfter.join(" ")));
  }

  /**
   * False when the first word after the match (wordsAfter's first) cannot
   * fold to "hang" or "moi": it starts with another ASCII character, or
   * there is none on the line within wordsAfter's reach. Most matches stop
   * here, before their words are cut and folded.
   */
  private firstAfterMayRecur(): boolean {
    const { view, end } = this;
    const stop = Math.min(view.length, end + AFTER);
    for (let k = end; k < stop; k++) {
      const c = view.charCodeAt(k);
      if (c === 10) return false;
      if (!isWordChar(view, k)) continue;
      return c >= 0x80 || c === 104 || c === 72 || c === 109 || c === 77; // h H m M
    }
    return false;
  }

  get aloneOnLine(): boolean {
    if (this.alone !== undefined) return this.alone;
    const { view, start } = this;
    // Only spaces up to the end of the line?
    let k = this.end;
    while (k < view.length && (view.charCodeAt(k) === 32 || view.charCodeAt(k) === 9)) k++;
    const restEmpty = k >= view.length || view.charCodeAt(k) === 10;
    const ls = restEmpty ? this.nearLineStart() : -1;
    const label = ls >= 0 && start - ls <= NEAR ? view.slice(ls, start).trim() : null;
    return (this.alone = label !== null && (label === "" || (SHORT_LABEL.test(label) && wordCount(label) <= 4)));
  }

  get inParens(): boolean {
    return /^[ \t]*\)/.test(this.view.slice(this.end, this.end + 4)) && /\([ \t]*$/.test(this.rawBefore);
  }
}
