import type { EntityType } from "../doc.js";
import type { Token } from "../tokenize/token.js";
import { tokenize } from "../tokenize/tokenizer.js";
import { normalize } from "../normalize/normalize.js";
import { LONGER, ONE_WORD, TokenTrie } from "./trie.js";
import { FoldCache } from "../tokenize/fold-id.js";
import { fold } from "./fold.js";

/** One line of a dictionary file. */
export interface LexEntry {
  /** Lexicon id, e.g. "loc/provinces-2025". */
  lexicon: string;
  /** The surface form as listed (NFC, one tone placement). */
  surface: string;
  /** Canonical form (the surface itself when the file gives none). */
  canonical: string;
  /** Extra columns by name, from the file's `# columns:` header. */
  fields: Readonly<Record<string, string>>;
}

export interface LexMatch {
  entry: LexEntry;
  /** All entries with the same folded key (ambiguity: several readings), exact ones first. Shared between matches: do not modify. */
  entries: LexEntry[];
  /** First token index. */
  start: number;
  /** Token index after the match. */
  end: number;
  /** Diacritics agree with the listed form (lowercase comparison). */
  exact: boolean;
}

export interface LexiconSource {
  id: string;
  /** The type this lexicon names, if it names one directly. */
  type: EntityType | null;
  /** Column names after surface (first is the canonical form). */
  columns: string[];
  /** Parsed rows: [surface, canonical?, ...fields]. */
  rows: string[][];
  /**
   * The rows' token keys computed in advance (scripts/compile-dictionaries.mjs):
   * one line per row, the folded keys joined by spaces, then a tab and the
   * lowercase keys when they are not the surface lowercased; an empty line
   * when the row has none. Absent: computed here with `termKeys`.
   */
  keys?: string;
}

/**
 * A list of terms matched over tokens, exactly or accent-insensitively.
 * Entries are run through the same normalizer and tokenizer as the input
 * text, so "Thanh Hoá" in a file matches "Thanh Hóa" in a text. The trie is
 * built on first use, never at import.
 */
export class Lexicon {
  readonly id: string;
  readonly type: EntityType | null;
  private readonly source: LexiconSource;
  private built: { trie: TokenTrie<LexEntry>; entries: LexEntry[]; lowers: string[][]; byLower: Map<string, LexEntry[]> | null } | null = null;

  constructor(source: LexiconSource) {
    this.id = source.id;
    this.type = source.type;
    this.source = source;
  }

  private build() {
    if (this.built) return this.built;
    const trie = new TokenTrie<LexEntry>();
    const entries: LexEntry[] = [];
    const lowers: string[][] = [];
    const cols = this.source.columns;
    const rows = this.source.rows;
    const given = this.source.keys?.split("\n");
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const surface = row[0]!;
      if (!surface) continue;
      const keys = given ? givenKeys(surface, given[r]!) : termKeys(surface);
      if (!keys) continue;
      const fields: Record<string, string> = {};
      for (let c = 0; c < cols.length; c++) fields[cols[c]!] = row[c + 1] ?? "";
      const entry: LexEntry = { lexicon: this.id, surface, canonical: row[1] || surface, fields };
      trie.add(keys.fold, { lower: keys.lower, value: entry });
      entries.push(entry);
      lowers.push(keys.lower);
    }
    this.built = { trie, entries, lowers, byLower: null };
    return this.built;
  }

  /** Entries by their lowercase keys joined by spaces (for `lookup`), built on the first look-up. */
  private byLower(): Map<string, LexEntry[]> {
    const b = this.build();
    if (b.byLower) return b.byLower;
    const byLower = new Map<string, LexEntry[]>();
    for (let k = 0; k < b.entries.length; k++) {
      const key = b.lowers[k]!.join(" ");
      const list = byLower.get(key);
      if (list) list.push(b.entries[k]!);
      else byLower.set(key, [b.entries[k]!]);
    }
    return (b.byLower = byLower);
  }

  /** Every entry, parsed. */
  entries(): readonly LexEntry[] {
    return this.build().entries;
  }

  /**
   * First-word facts of a bundled lexicon, read from its precomputed keys
   * (`LexiconSource.keys`) without parsing rows or building the trie: the
   * recognizers' gates ask every lexicon about every new word, and a list of
   * thousands of entries (the world's subdivisions) is then built only when
   * a text has a word that starts one of its entries and a second word that
   * goes on with it. Null for lexicons without precomputed keys.
   */
  private heads: Heads | null | undefined = undefined;
  private headsOf(): Heads | null {
    if (this.heads !== undefined) return this.heads;
    const keys = this.source.keys;
    return (this.heads = keys === undefined ? null : readHeads(keys));
  }

  private firsts: ReadonlySet<string> | null = null;

  /**
   * Folded keys of the words entries start with: `canStartAt(token)` is a
   * cheap gate before `longestAt`.
   */
  firstWords(): ReadonlySet<string> {
    const h = this.headsOf();
    return (this.firsts ??= h ? new Set(h.byFirst.keys()) : this.build().trie.firstKeys());
  }

  private headGate: FoldCache | null = null;

  /** Can an entry start at this token? (one array read once the word was seen) */
  canStartAt(token: { readonly fid: number; readonly fold: string }): boolean {
    // Once the trie is built, its own first-word index answers (the same: test/lexicon/heads.test.ts),
    // so a gate and the walk after it read one array slot.
    const b = this.built;
    if (b) return b.trie.startsWith(token);
    const h = this.headsOf();
    if (!h) return this.build().trie.startsWith(token);
    this.headGate ??= new FoldCache((f) => (h.byFirst.has(f) ? 1 : 0));
    return this.headGate.get(token) === 1;
  }

  /** Entries starting with this folded word: ONE_WORD (the word alone) | LONGER (going on), or 0 (see TokenTrie). */
  startShape(fold: string): number {
    const h = this.headsOf();
    return h ? h.byFirst.get(fold)?.shape ?? 0 : this.build().trie.startShape(fold);
  }

  /** Some entry's first two folded words are `first`, `next`. */
  continues(first: string, next: string): boolean {
    const n = this.nextWords(first);
    return n !== null && n.has(next);
  }

  /** Every entry's second folded word. */
  secondWords(): ReadonlySet<string> {
    const h = this.headsOf();
    if (!h) return this.build().trie.secondWords();
    if (!h.seconds) {
      const out = new Set<string>();
      for (const head of h.byFirst.values()) if (head.next) for (const k of head.next.keys()) out.add(k);
      h.seconds = out;
    }
    return h.seconds;
  }

  /** The second folded words of the entries starting with `first` (as the keys of a map), or null. */
  nextWords(first: string): ReadonlyMap<string, unknown> | null {
    const h = this.headsOf();
    return h ? h.byFirst.get(first)?.next ?? null : this.build().trie.nextWords(first);
  }

  /** Number of entries. */
  get size(): number {
    return this.build().entries.length;
  }

  /** Longest match starting at token `i`, or null. With `exactOnly`, diacritics must agree. */
  longestAt(tokens: readonly Token[], i: number, exactOnly = false): LexMatch | null {
    return this.build().trie.longestAtAs(tokens, i, exactOnly, lexMatch);
  }

  /**
   * `longestAt`, written into `into` (made by `reusableMatch`) instead of a
   * new object: for a caller that reads a match before its next walk and
   * keeps nothing of it (the object is refilled by the next call with it).
   */
  longestAtInto(tokens: readonly Token[], i: number, exactOnly: boolean, into: LexMatch): LexMatch | null {
    INTO = into;
    return this.build().trie.longestAtAs(tokens, i, exactOnly, fillInto);
  }

  /**
   * The longest match the accent rule keeps at token `i`, in one walk: the
   * folded one when some entry agrees in diacritics or the text wrote it
   * without any, else the longest exact one. What `longestAt(tokens, i)`
   * then, when that is folded and written with diacritics,
   * `longestAt(tokens, i, true)` give.
   */
  longestAsWritten(tokens: readonly Token[], i: number): LexMatch | null {
    return this.build().trie.longestAsWrittenAs(tokens, i, lexMatch);
  }

  /** Non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[], exactOnly = false): LexMatch[] {
    const trie = this.build().trie;
    const out: LexMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = trie.startsWith(tokens[i]!) ? trie.longestAtAs(tokens, i, exactOnly, lexMatch) : null;
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /**
   * Entries listed under this surface (compared lowercase, after
   * normalization), or []. Shared between calls: do not modify. Answers are
   * kept by surface: recognizers ask about the same token texts again and again.
   */
  lookup(surface: string): LexEntry[] {
    let found = this.looked.get(surface);
    if (found === undefined) {
      const keys = termKeys(surface);
      found = (keys && this.byLower().get(keys.lower.join(" "))) || NONE;
      if (this.looked.size >= 20_000) this.looked.clear();
      this.looked.set(surface, found);
    }
    return found;
  }
  private readonly looked = new Map<string, LexEntry[]>();
}

const NONE: LexEntry[] = Object.freeze([]) as unknown as LexEntry[];

/** First words of a lexicon's entries, read from its precomputed keys. */
interface Heads {
  byFirst: Map<string, { shape: number; next: Map<string, true> | null }>;
  seconds: Set<string> | null;
}

/** Per first folded key: ONE_WORD / LONGER as the trie would say, and the second keys. */
function readHeads(keys: string): Heads {
  const byFirst = new Map<string, { shape: number; next: Map<string, true> | null }>();
  let at = 0;
  while (at <= keys.length) {
    let end = keys.indexOf("\n", at);
    if (end < 0) end = keys.length;
    // A line: "fold keys" or "fold keys\tlower keys"; "" for a row with no keys.
    if (end > at) {
      let foldEnd = keys.indexOf("\t", at);
      if (foldEnd < 0 || foldEnd > end) foldEnd = end;
      let sp = keys.indexOf(" ", at);
      if (sp < 0 || sp > foldEnd) sp = foldEnd;
      const first = keys.slice(at, sp);
      let head = byFirst.get(first);
      if (!head) byFirst.set(first, (head = { shape: 0, next: null }));
      if (sp === foldEnd) head.shape |= ONE_WORD;
      else {
        head.shape |= LONGER;
        let sp2 = keys.indexOf(" ", sp + 1);
        if (sp2 < 0 || sp2 > foldEnd) sp2 = foldEnd;
        (head.next ??= new Map()).set(keys.slice(sp + 1, sp2), true);
      }
    }
    at = end + 1;
  }
  return { byFirst, seconds: null };
}

/* Words of letters and marks separated by single spaces. */
const PLAIN_WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

/**
 * The token keys of a term, exactly as the tokenizer would give them for the
 * same words in a text. Plain words skip the tokenizer (most entries: this
 * keeps building the lexicons cheap at the first extract).
 */
export function termKeys(surface: string): { fold: string[]; lower: string[] } | null {
  let keys = KEYS.get(surface);
  if (keys === undefined) {
    keys = computeTermKeys(surface);
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(surface, keys);
  }
  return keys;
}

/* Term keys by surface: recognizers look the same token texts up again and again. */
const KEYS = new Map<string, { fold: string[]; lower: string[] } | null>();

/**
 * A row's keys from its precomputed line (see `LexiconSource.keys`). They
 * also go into the `termKeys` cache, since recognizers ask `termKeys` about
 * the entries of the lexicons they use.
 */
function givenKeys(surface: string, line: string): { fold: string[]; lower: string[] } | null {
  let keys = KEYS.get(surface);
  if (keys !== undefined) return keys;
  keys = decodeKeys(surface, line);
  if (KEYS.size > 50_000) KEYS.clear();
  KEYS.set(surface, keys);
  return keys;
}

/** The keys a precomputed line gives for this surface (see `LexiconSource.keys`). */
export function decodeKeys(surface: string, line: string): { fold: string[]; lower: string[] } | null {
  if (line === "") return null;
  const tab = line.indexOf("\t");
  if (tab < 0) return { fold: line.split(" "), lower: surface.toLowerCase().split(" ") };
  return { fold: line.slice(0, tab).split(" "), lower: line.slice(tab + 1).split(" ") };
}

/** `termKeys` without the cache (what the dictionary compiler stores). */
export function computeTermKeys(surface: string): { fold: string[]; lower: string[] } | null {
  const view = normalize(surface).view;
  if (PLAIN_WORDS.test(view)) {
    const words = view.split(" ");
    return { fold: words.map(fold), lower: words.map((w) => w.toLowerCase()) };
  }
  const toks = tokenize(view).filter((t) => t.kind !== "newline");
  if (toks.length === 0) return null;
  return { fold: toks.map((t) => t.fold), lower: toks.map((t) => t.lower) };
}

function lexMatch(start: number, end: number, _entries: unknown, values: LexEntry[], exact: boolean): LexMatch {
  return { entry: values[0]!, entries: values, start, end, exact };
}

/** A match object for `longestAtInto` to fill (the same shape as the matches `longestAt` makes). */
export function reusableMatch(): LexMatch {
  return lexMatch(0, 0, null, [NO_ENTRY], false);
}
const NO_ENTRY: LexEntry = { lexicon: "", surface: "", canonical: "", fields: {} };

/** The object `fillInto` writes (set by `longestAtInto` just before its walk: a walk calls no other). */
let INTO: LexMatch = reusableMatch();

function fillInto(start: number, end: number, _entries: unknown, values: LexEntry[], exact: boolean): LexMatch {
  const m = INTO;
  m.entry = values[0]!;
  m.entries = values;
  m.start = start;
  m.end = end;
  m.exact = exact;
  return m;
}
