/**
 * The rules' leading `{lb}` (grammar.ts: no letter, mark or digit just
 * before the match), tested once per position instead of once per rule:
 * the rules are compiled without it (see dispatch.ts) and the matcher asks
 * here before running any rule that starts with it.
 *
 * The answer depends only on the character before the position and on the
 * regex flags, so it is kept per UTF-16 unit, for each compiled form. It is
 * computed by the very lookbehind the rules used, so it says what they
 * said; a surrogate before the position (a character outside the BMP) is
 * asked of the lookbehind on the text itself.
 */
import { SUB } from "./grammar.js";

export class WordStart {
  private readonly re: RegExp;
  /** By code unit: 0 not computed, 1 a word may start after it, 2 not. */
  private readonly known = new Uint8Array(0x10000);

  constructor(flags: string) {
    this.re = new RegExp(SUB.lb!, flags);
  }

  /** True when the lookbehind `{lb}` holds at `pos` in `s`. */
  at(s: string, pos: number): boolean {
    if (pos === 0) return true;
    const c = s.charCodeAt(pos - 1);
    if (c >= 0xd800 && c <= 0xdfff) return this.ask(s, pos);
    let v = this.known[c]!;
    if (v === 0) this.known[c] = v = this.ask(String.fromCharCode(c) + " ", 1) ? 1 : 2;
    return v === 1;
  }

  private ask(s: string, pos: number): boolean {
    this.re.lastIndex = pos;
    return this.re.test(s);
  }
}
