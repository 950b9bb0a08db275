import { tokenize } from "../tokenize/tokenizer.js";
import { normalize } from "../normalize/normalize.js";
import { fold } from "./fold.js";

/** A term's token keys: folded ("thanh", "hoa") and lowercase ("thanh", "hóa"). Shared: do not modify. */
export interface TermKeys {
  readonly fold: string[];
  readonly lower: string[];
}

/* Words of letters and marks separated by single spaces. */
const PLAIN_WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

/**
 * `PLAIN_WORDS.test(s)`, reading the characters of Latin script (all of
 * Vietnamese) itself: the regular expression's Unicode classes take about
 * 3 ms to compile, at the first extract. Any other character asks it.
 */
export function plainWords(s: string): boolean {
  if (s.length === 0) return false;
  let space = true; // before the first word, as after a space
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (latinLetterOrMark(c)) continue;
    return PLAIN_WORDS.test(s);
  }
  return !space;
}

/** `c` is in a block of Latin letters (or combining marks) where every code point is \p{L} or \p{M}. */
export function latinLetterOrMark(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * Term keys by surface: recognizers look the same token texts up again and
 * again. A value may still be a precomputed line (see `LexiconSource.keys`
 * in lexicon.ts), put there by `pendingKeys` when a bundled lexicon lists
 * its rows, and decoded on the first `termKeys` question about it: most
 * listed terms are never asked about, so their keys are never split.
 */
const KEYS = new Map<string, TermKeys | string | null>();

/**
 * The token keys of a term, exactly as the tokenizer would give them for the
 * same words in a text. Plain words skip the tokenizer (most entries: this
 * keeps building the lexicons cheap at the first extract).
 */
export function termKeys(surface: string): TermKeys | null {
  let keys = KEYS.get(surface);
  if (typeof keys === "string") {
    keys = decodeKeys(surface, keys);
    KEYS.set(surface, keys);
  } else if (keys === undefined) {
    keys = computeTermKeys(surface);
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(surface, keys);
  }
  return keys;
}

/**
 * A row's keys from its precomputed line. They also go into the `termKeys`
 * cache, since recognizers ask `termKeys` about the entries of the lexicons
 * they use.
 */
export function givenKeys(surface: string, line: string): TermKeys | null {
  let keys = KEYS.get(surface);
  if (keys !== undefined && typeof keys !== "string") return keys;
  keys = decodeKeys(surface, line);
  if (KEYS.size > 50_000) KEYS.clear();
  KEYS.set(surface, keys);
  return keys;
}

/** Remember a listed row's precomputed line for `termKeys`, undecoded (nothing when the surface is known). */
export function pendingKeys(surface: string, line: string): void {
  if (KEYS.has(surface)) return;
  if (KEYS.size > 50_000) KEYS.clear();
  KEYS.set(surface, line);
}

/** The keys a precomputed line gives for this surface (see `LexiconSource.keys`). */
export function decodeKeys(surface: string, line: string): TermKeys | null {
  return line === "" ? null : new LineKeys(surface, line);
}

/**
 * Keys read from a precomputed line: the folded keys at once, the lowercase
 * ones when first asked (most callers read only the folded keys of a
 * lexicon's entries, to gate on their first words).
 */
class LineKeys implements TermKeys {
  // Set in the constructor only (no field initializer to run per object: see ListedEntry in entries.ts).
  declare readonly fold: string[];
  private declare readonly surface: string;
  private declare readonly line: string;
  private declare readonly tab: number;
  private declare low: string[] | null;

  constructor(surface: string, line: string) {
    this.surface = surface;
    this.line = line;
    const tab = (this.tab = line.indexOf("\t"));
    this.fold = (tab < 0 ? line : line.slice(0, tab)).split(" ");
    this.low = null;
  }

  get lower(): string[] {
    return (this.low ??= (this.tab < 0 ? this.surface.toLowerCase() : this.line.slice(this.tab + 1)).split(" "));
  }
}

/** The first folded key of a non-empty precomputed line (`decodeKeys(…).fold[0]`, without splitting). */
export function firstKeyOf(line: string): string {
  let end = 0;
  while (end < line.length) {
    const c = line.charCodeAt(end);
    if (c === 32 || c === 9) break;
    end++;
  }
  return line.slice(0, end);
}

/** The lowercase keys a non-empty precomputed line gives, joined by spaces (`decodeKeys(…).lower.join(" ")`, without splitting). */
export function lowerKeyOf(surface: string, line: string): string {
  const tab = line.indexOf("\t");
  return tab < 0 ? surface.toLowerCase() : line.slice(tab + 1);
}

/** `termKeys` without the cache (what the dictionary compiler stores). */
export function computeTermKeys(surface: string): TermKeys | null {
  const view = normalize(surface).view;
  if (plainWords(view)) {
    const words = view.split(" ");
    return { fold: words.map(fold), lower: words.map((w) => w.toLowerCase()) };
  }
  const toks = tokenize(view).filter((t) => t.kind !== "newline");
  if (toks.length === 0) return null;
  return { fold: toks.map((t) => t.fold), lower: toks.map((t) => t.lower) };
}
