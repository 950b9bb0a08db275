/**
 * The rules' leading `{lb}` (grammar.ts: no letter, mark or digit just
 * before the match), tested once per position instead of once per rule:
 * the rules are compiled without it (see dispatch.ts) and the matcher asks
 * here before running any rule that starts with it.
 *
 * The answer depends only on the character before the position: it holds
 * after a code unit that is none of \p{L}, \p{M}, \p{N}, read from the
 * tokenizer's table of character classes (char-class.ts, filled already
 * for the text's characters), with no regex of its own to compile. Letters,
 * marks and numbers are closed under case folding, so the case-insensitive
 * form of the rules answers the same (word-start.test.ts compares both
 * forms' lookbehind after every BMP unit). A surrogate before the position
 * (a character outside the BMP) is asked of the lookbehind itself, on the
 * text.
 */
import { charBits, LETTER, NUMBER } from "../../tokenize/char-class.js";
import { SUB } from "./grammar.js";

export class WordStart {
  /** The lookbehind, compiled when a surrogate first comes before a start. */
  private re: RegExp | null = null;

  constructor(private readonly flags: string) {}

  /** True when the lookbehind `{lb}` holds at `pos` in `s`. */
  at(s: string, pos: number): boolean {
    if (pos === 0) return true;
    const c = s.charCodeAt(pos - 1);
    if (c >= 0xd800 && c <= 0xdfff) return this.ask(s, pos);
    return (charBits(c) & (LETTER | NUMBER)) === 0;
  }

  private ask(s: string, pos: number): boolean {
    const re = (this.re ??= new RegExp(SUB.lb!, this.flags));
    re.lastIndex = pos;
    return re.test(s);
  }
}
