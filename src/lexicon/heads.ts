import { LONGER, ONE_WORD } from "./trie.js";

/**
 * First words of a lexicon's entries, read from its precomputed keys
 * (`LexiconSource.keys`, one line per row) without listing its rows or
 * building its trie: per first folded key, ONE_WORD / LONGER as the trie
 * would say, and the second keys.
 *
 * The recognizers' gates ask every lexicon about the words of each text,
 * lists of thousands of places (the world's subdivisions) included, so the
 * answers must come without a loop over the rows: the words are read from
 * `headsText` (precomputed with the keys by scripts/compile-dictionaries.mjs)
 * into sets by `split`, and the second words of one first word are found by
 * searching the keys text for the lines that start with it, when asked.
 */
export class Heads {
  /** First words of entries that are that word alone, and of entries that go on. */
  private readonly one: ReadonlySet<string>;
  private readonly longer: ReadonlySet<string>;
  /** The third line of the heads text (every second word), read into a set when asked. */
  private secondsText: string;
  private seconds: Set<string> | null = null;
  private readonly nexts = new Map<string, Map<string, true>>();

  /** `heads`: `headsText(keys)`, given when precomputed. */
  constructor(
    private readonly keys: string,
    heads: string = headsText(keys),
  ) {
    const a = heads.indexOf("\n");
    const b = heads.indexOf("\n", a + 1);
    this.one = words(heads.slice(0, a));
    this.longer = words(heads.slice(a + 1, b));
    this.secondsText = heads.slice(b + 1);
  }

  /** A new set of the first folded keys (those of one-word entries, then the others). */
  firsts(): Set<string> {
    const out = new Set(this.one);
    for (const w of this.longer) out.add(w);
    return out;
  }

  has(first: string): boolean {
    return this.one.has(first) || this.longer.has(first);
  }

  /** ONE_WORD | LONGER for the entries starting with `first`, or 0. */
  shape(first: string): number {
    return (this.one.has(first) ? ONE_WORD : 0) | (this.longer.has(first) ? LONGER : 0);
  }

  /** The second folded keys of the entries starting with `first` (as the keys of a map, in line order), or null. */
  next(first: string): ReadonlyMap<string, true> | null {
    if (!this.longer.has(first)) return null;
    let map = this.nexts.get(first);
    if (!map) this.nexts.set(first, (map = secondsAfter(this.keys, first)));
    return map;
  }

  /** Every entry's second folded key. */
  secondWords(): ReadonlySet<string> {
    if (!this.seconds) {
      this.seconds = words(this.secondsText);
      this.secondsText = "";
    }
    return this.seconds;
  }
}

/**
 * The heads of a keys text, three lines of words separated by spaces: the
 * distinct first words of one-word entries, those of longer entries, and
 * the distinct second words (each in the order it first comes).
 */
export function headsText(keys: string): string {
  // A keys line: "fold keys" or "fold keys\tlower keys", or "" (no keys); its first word ends at a space, a tab or the line's end.
  const one = keys.match(/^[^ \t\n]+(?=\t|\n|$)/gm) ?? [];
  const longer = keys.match(/^[^ \t\n]+(?= )/gm) ?? [];
  const seconds = keys.replace(/^[^ \t\n]+ ([^ \t\n]+)[^\n]*|^[^\n]*/gm, "$1").split("\n");
  const line = (list: string[]) => [...new Set(list)].filter((w) => w !== "").join(" ");
  return `${line(one)}\n${line(longer)}\n${line(seconds)}`;
}

function words(line: string): Set<string> {
  return line === "" ? new Set() : new Set(line.split(" "));
}

/** The second words of the lines of `keys` that start with `first` and a space, in line order. */
function secondsAfter(keys: string, first: string): Map<string, true> {
  const map = new Map<string, true>();
  const needle = "\n" + first + " ";
  let at = keys.startsWith(first + " ") ? 0 : lineAfter(keys.indexOf(needle));
  while (at >= 0) {
    const start = at + first.length + 1;
    let end = start;
    for (; end < keys.length; end++) {
      const c = keys.charCodeAt(end);
      if (c === 32 || c === 9 || c === 10) break;
    }
    map.set(keys.slice(start, end), true);
    at = lineAfter(keys.indexOf(needle, end));
  }
  return map;
}

const lineAfter = (newline: number) => (newline < 0 ? -1 : newline + 1);
