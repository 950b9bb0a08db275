import type { EntityType } from "../doc.js";
import type { Token } from "../tokenize/token.js";
import { TokenTrie } from "./trie.js";
import { FoldCache } from "../tokenize/fold-id.js";
import { listRows, listText, type LexEntry, type Listing } from "./entries.js";
import { Heads } from "./heads.js";
import { firstKeyOf, givenKeys, lowerKeyOf, termKeys } from "./term-keys.js";

export type { LexEntry } from "./entries.js";
export { computeTermKeys, decodeKeys, termKeys, type TermKeys } from "./term-keys.js";

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
   * The compiled dictionary text the rows come from (header lines starting
   * with "#", then TSV rows; an empty canonical cell is the surface: see
   * scripts/compile-dictionaries.mjs), with `keys`: the lexicon then lists
   * its entries from it directly, without reading `rows` (no array per row).
   */
  text?: string;
  /**
   * The rows' token keys computed in advance (scripts/compile-dictionaries.mjs):
   * one line per row, the folded keys joined by spaces, then a tab and the
   * lowercase keys when they are not the surface lowercased; an empty line
   * when the row has none. Absent: computed here with `termKeys`.
   */
  keys?: string;
  /** `headsText(keys)` computed in advance (heads.ts); computed here when absent. */
  heads?: string;
}

/**
 * A list of terms matched over tokens, exactly or accent-insensitively.
 * Entries are run through the same normalizer and tokenizer as the input
 * text, so "Thanh Hoá" in a file matches "Thanh Hóa" in a text. Nothing is
 * built at import. The entries are listed at the first question that needs
 * them (`entries`, `size`, `lookup`, a walk), and the trie is built at the
 * first walk: many recognizers only read a lexicon's entries into tables of
 * their own, and never walk it.
 */
export class Lexicon {
  readonly id: string;
  readonly type: EntityType | null;
  private readonly source: LexiconSource;
  private listing: Listing | null = null;
  private trie: TokenTrie<LexEntry> | null = null;
  private lowerIndex: Map<string, LexEntry[]> | null = null;

  constructor(source: LexiconSource) {
    this.id = source.id;
    this.type = source.type;
    this.source = source;
  }

  private listed(): Listing {
    if (this.listing) return this.listing;
    const s = this.source;
    return (this.listing = s.text !== undefined && s.keys !== undefined ? listText(s.id, s.columns, s.text, s.keys) : listRows(s.id, s.columns, s.rows, s.keys));
  }

  /**
   * The trie of the entries' folded keys, built on the first walk. Its
   * buckets grow when first reached (see TokenTrie); the rows with
   * precomputed keys go in by their first folded key alone, and their keys
   * are decoded when their bucket grows.
   */
  private walker(): TokenTrie<LexEntry> {
    if (this.trie) return this.trie;
    const { entries, lines } = this.listed();
    if (lines) {
      const trie = new TokenTrie<LexEntry>((k) => {
        const keys = givenKeys(entries[k]!.surface, lines[k]!)!;
        return { fold: keys.fold, entry: { lower: keys.lower, value: entries[k]! } };
      });
      for (let k = 0; k < entries.length; k++) trie.addLater(firstKeyOf(lines[k]!), k);
      return (this.trie = trie);
    }
    const trie = new TokenTrie<LexEntry>();
    for (let k = 0; k < entries.length; k++) {
      const keys = termKeys(entries[k]!.surface)!;
      trie.add(keys.fold, { lower: keys.lower, value: entries[k]! });
    }
    return (this.trie = trie);
  }

  /** Entries by their lowercase keys joined by spaces (for `lookup`), built on the first look-up. */
  private byLower(): Map<string, LexEntry[]> {
    if (this.lowerIndex) return this.lowerIndex;
    const { entries, lines } = this.listed();
    const byLower = new Map<string, LexEntry[]>();
    for (let k = 0; k < entries.length; k++) {
      const surface = entries[k]!.surface;
      const key = lines ? lowerKeyOf(surface, lines[k]!) : termKeys(surface)!.lower.join(" ");
      const list = byLower.get(key);
      if (list) list.push(entries[k]!);
      else byLower.set(key, [entries[k]!]);
    }
    return (this.lowerIndex = byLower);
  }

  /** Every entry, parsed. */
  entries(): readonly LexEntry[] {
    return this.listed().entries;
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
    return (this.heads = keys === undefined ? null : new Heads(keys, this.source.heads));
  }

  private firsts: ReadonlySet<string> | null = null;

  /**
   * Folded keys of the words entries start with: `canStartAt(token)` is a
   * cheap gate before `longestAt`.
   */
  firstWords(): ReadonlySet<string> {
    const h = this.headsOf();
    return (this.firsts ??= h ? h.firsts() : this.walker().firstKeys());
  }

  private headGate: FoldCache | null = null;

  /** Can an entry start at this token? (one array read once the word was seen) */
  canStartAt(token: { readonly fid: number; readonly fold: string }): boolean {
    // Once the trie is built, its own first-word index answers (the same: test/lexicon/heads.test.ts),
    // so a gate and the walk after it read one array slot.
    const trie = this.trie;
    if (trie) return trie.startsWith(token);
    const h = this.headsOf();
    if (!h) return this.walker().startsWith(token);
    this.headGate ??= new FoldCache((f) => (h.has(f) ? 1 : 0));
    return this.headGate.get(token) === 1;
  }

  /** Entries starting with this folded word: ONE_WORD (the word alone) | LONGER (going on), or 0 (see TokenTrie). */
  startShape(fold: string): number {
    const h = this.headsOf();
    return h ? h.shape(fold) : this.walker().startShape(fold);
  }

  /** Some entry's first two folded words are `first`, `next`. */
  continues(first: string, next: string): boolean {
    const n = this.nextWords(first);
    return n !== null && n.has(next);
  }

  /** Every entry's second folded word. */
  secondWords(): ReadonlySet<string> {
    const h = this.headsOf();
    return h ? h.secondWords() : this.walker().secondWords();
  }

  /** The second folded words of the entries starting with `first` (as the keys of a map), or null. */
  nextWords(first: string): ReadonlyMap<string, unknown> | null {
    const h = this.headsOf();
    return h ? h.next(first) : this.walker().nextWords(first);
  }

  /** Number of entries. */
  get size(): number {
    return this.listed().entries.length;
  }

  /** Longest match starting at token `i`, or null. With `exactOnly`, diacritics must agree. */
  longestAt(tokens: readonly Token[], i: number, exactOnly = false): LexMatch | null {
    return this.walker().longestAtAs(tokens, i, exactOnly, lexMatch);
  }

  /**
   * `longestAt`, written into `into` (made by `reusableMatch`) instead of a
   * new object: for a caller that reads a match before its next walk and
   * keeps nothing of it (the object is refilled by the next call with it).
   */
  longestAtInto(tokens: readonly Token[], i: number, exactOnly: boolean, into: LexMatch): LexMatch | null {
    INTO = into;
    return this.walker().longestAtAs(tokens, i, exactOnly, fillInto);
  }

  /**
   * The longest match the accent rule keeps at token `i`, in one walk: the
   * folded one when some entry agrees in diacritics or the text wrote it
   * without any, else the longest exact one. What `longestAt(tokens, i)`
   * then, when that is folded and written with diacritics,
   * `longestAt(tokens, i, true)` give.
   */
  longestAsWritten(tokens: readonly Token[], i: number): LexMatch | null {
    return this.walker().longestAsWrittenAs(tokens, i, lexMatch);
  }

  /** Non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[], exactOnly = false): LexMatch[] {
    const trie = this.walker();
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
