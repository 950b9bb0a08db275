/**
 * A rule's captured groups without the regex's `groups` object. A named
 * group is also numbered (JavaScript numbers every capturing group, named
 * or not, by its opening parenthesis), and names change nothing in how a
 * pattern without back-references matches. So each rule is compiled with
 * its names taken out, and its groups are read from the match array by
 * number into an object of the rule's own shape: `exec` then builds no
 * dictionary of names per match, and the builds read their groups from
 * one object shape per rule.
 */
import type { Groups } from "./rules.js";

export interface Captures {
  /** The pattern with `?<name>` taken out of each named group (each still captures). */
  source: string;
  /** The names of the named groups, in order. */
  names: readonly string[];
  /** The number of each named group in the match array, in the order of `names`. */
  slots: readonly number[];
}

/**
 * Number the capturing groups of a regex source: a "(" not escaped, not in
 * a class, and not followed by "?" (or followed by "?<" and a name).
 */
export function captures(src: string): Captures {
  if (/\\k</.test(src)) throw new Error(`date rule: a back-reference by name needs the names: ${src}`);
  const names: string[] = [];
  const slots: number[] = [];
  let out = "";
  let from = 0;
  let count = 0;
  for (let i = nextSyntax(src, 0); i < src.length; i = nextSyntax(src, i + 1)) {
    if (i < from || src.charCodeAt(i) !== 40) continue; // ( (i < from: inside a group name already taken out)
    if (src[i + 1] !== "?") count++;
    else if (src[i + 2] === "<" && src[i + 3] !== "=" && src[i + 3] !== "!") {
      const close = src.indexOf(">", i + 3);
      if (close < 0) throw new Error(`date rule: an unclosed group name in ${src}`);
      count++;
      names.push(src.slice(i + 3, close));
      slots.push(count);
      out += src.slice(from, i + 1);
      from = close + 1;
    }
  }
  return { source: out + src.slice(from), names, slots };
}

/**
 * The offset of the first syntax character of a regex source at or after
 * `from` (outside any class), else the source's length: a character not
 * escaped by a backslash and not inside a character class (its brackets
 * excluded). Where its groups open and close, and where it alternates, are
 * among them.
 */
export function nextSyntax(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) i++; // \: the next character is escaped
    else if (c === 91) {
      // [: past the class, escapes inside it included, to its "]"
      for (i++; i < src.length && src.charCodeAt(i) !== 93; i++) if (src.charCodeAt(i) === 92) i++;
    } else return i;
  }
  return src.length;
}

/**
 * The groups of a match as the rules read them: by name, undefined when
 * not captured, in lowercase when `lower` (text matched case-insensitively).
 * `template` holds every name (undefined), so each rule's groups share one
 * object shape.
 */
export function readGroups(m: RegExpExecArray | null, c: Captures, template: Groups, lower: boolean): Groups {
  if (m === null || c.names.length === 0) return {};
  const g: Record<string, string | undefined> = { ...template };
  const { names, slots } = c;
  for (let k = 0; k < names.length; k++) {
    const v = m[slots[k]!];
    if (v !== undefined) g[names[k]!] = lower ? lowercase(v) : v;
  }
  return g;
}

/** By UTF-16 unit: 0 not asked yet, 1 lowercasing leaves it as it is, 2 it does not (or a surrogate). */
const KEEPS = new Uint8Array(0x10000);

/**
 * `v.toLowerCase()`, without the call when every unit of `v` is its own
 * lowercase (most groups: "19/2", "ngày", "tháng 3"). A string of such
 * units is its own lowercase: the full and contextual mappings (İ, final
 * sigma) start from units that change alone, and surrogates are asked of
 * the string.
 */
function lowercase(v: string): string {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    let keeps = KEEPS[c]!;
    if (keeps === 0) {
      const ch = String.fromCharCode(c);
      KEEPS[c] = keeps = (c < 0xd800 || c > 0xdfff) && ch.toLowerCase() === ch ? 1 : 2;
    }
    if (keeps === 2) return v.toLowerCase();
  }
  return v;
}
