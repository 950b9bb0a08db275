import { termKeys, type LexMatch, type Lexicon } from "../../lexicon/lexicon.js";
import type { LexiconRegistry } from "../../lexicon/registry.js";
import type { Token } from "../../tokenize/token.js";
import { fold } from "../../lexicon/fold.js";
import { ONE_WORD } from "../../lexicon/trie.js";
import { FoldCache, foldId } from "../../tokenize/fold-id.js";
import { LEVEL_PHRASES } from "./level-words.js";
import { firstWords } from "../common/phrase-table.js";
import { AREA_FIRST_WORDS, AREA_PHRASES } from "./areas.js";
import { FORMAL_FIRST_WORDS, STATE_FORM_PHRASES } from "./formal-names.js";
import { ADDRESS_BEFORE_FIRST_WORDS } from "./addresses.js";
import { PairTable } from "./pair-table.js";
import { KeptWalks } from "./kept-walks.js";

/**
 * Per-word gates of the LOC rules. Every LOC rule starts at a phrase from a
 * short list (a level word, an area head, a state form), at a name listed in
 * a place lexicon, or at a house number after "tại", "số" …. Each of these
 * is a "group": the three phrase lists, and the eight place lists. For each
 * distinct folded word one bit mask is computed once and then read by array
 * index (FoldCache): per group, whether an entry starts with the word
 * (START) and whether one is that word alone (ALONE).
 *
 * A group is "open" at token i when START(i), and ALONE(i) or some entry's
 * first two words are tokens i and i + 1. A second array read, on token
 * i + 1, gives the groups in which that word is some entry's second word:
 * most words are none, and the pair is settled. Otherwise, for the words
 * that start entries of two words or more, a map (built on the first sight
 * of the word) gives per second word the groups having such an entry, so
 * one look-up settles all groups (districts and communes, asked only after
 * a level word, ask their lexicon instead). No entry of a closed group can match at i,
 * whatever its diacritics: the rules match a word as written or, in
 * unaccented text, folded, and both fold to the key. So the scan reads
 * one array slot per token and looks further only for the open groups it
 * wants (a lowercase word cannot start a standalone name); the rules still
 * decide.
 *
 * The list bits depend on the lexicon objects, so the gates are kept per
 * registry (an extractor with custom terms has its own registry).
 */

/** Group bits (the same bit in START and ALONE). */
export const LEVEL = 1 << 0; // "tỉnh", "thành phố", "tp.", "quận", "thị xã" …
export const AREA = 1 << 1; // "khu công nghiệp", "sông", "quảng trường", "tiểu vùng" …
export const FORMAL = 1 << 2; // "cộng hòa", "vương quốc" …
/** The three phrase-list groups: the words the trigger rules start at. */
export const TRIGGER = LEVEL | AREA | FORMAL;

/**
 * The place lists; the bit of LISTS[k] is 1 << (LIST_SHIFT + k). The scan
 * asks the first SCAN_LISTS at every token; the others (districts,
 * communes) only after a level word, so their bits are kept apart
 * (`levelFirst`): their many first words would open no rule elsewhere, and
 * the lexicons build each first word's entries on demand.
 */
const LISTS = [
  "loc/countries", "loc/vn-provinces", "loc/capitals", "loc/world-cities", "loc/features", "loc/world-subdivisions",
  "loc/vn-districts", "loc/vn-communes",
];
const SCAN_LISTS = 6;
const LIST_SHIFT = 3;
const GROUPS = LIST_SHIFT + LISTS.length;
/** The groups whose first-two-word pairs are read from `pairs`: the phrase lists and the scan's lists. */
const PAIRED = (1 << (LIST_SHIFT + SCAN_LISTS)) - 1;
/** A word before a house number: "tại", "số", "địa" (chỉ) … (read on the token before a number). */
export const ADDRESS_BEFORE = 1 << (2 * GROUPS);
/** A lowercase-led listed name may start here: "châu" (Á), "sông" (Mê Công), "miền" (Tây). */
export const LOWER_LED = 1 << (2 * GROUPS + 1);
/**
 * The folded word is itself a trigger word ("khu", "ga", "tp."): a word
 * without diacritics is a trigger as written only then, so the scan reads
 * its lowercase form only then.
 */
export const BARE_TRIGGER = 1 << (2 * GROUPS + 2);

/** Words that may start a level, area or formal-name rule ("tỉnh", "khu", "cộng"), lowercase as listed. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set([...firstWords(LEVEL_PHRASES), ...AREA_FIRST_WORDS, ...FORMAL_FIRST_WORDS]);

/** An ordered choice of place lists, as the rules look them up (the first of the longest matches wins), and their bits. */
export interface ListOrder {
  readonly order: readonly number[];
  readonly bits: number;
}
function order(ids: readonly string[]): ListOrder {
  const order = ids.map((id) => LISTS.indexOf(id));
  return { order, bits: order.reduce((b, k) => b | (1 << (LIST_SHIFT + k)), 0) };
}
/** Lists whose entries stand alone as places. */
export const STANDALONE: ListOrder = order(["loc/countries", "loc/vn-provinces", "loc/capitals", "loc/world-cities", "loc/features", "loc/world-subdivisions"]);
/** Lists whose entries may be written lowercase-first ("châu Á"). */
export const LOWER: ListOrder = order(["loc/features", "loc/countries"]);
/** Lists by what may follow a level word. */
export const PROVINCE: ListOrder = order(["loc/vn-provinces", "loc/world-subdivisions", "loc/world-cities", "loc/capitals"]);
export const DISTRICT: ListOrder = order(["loc/vn-districts", "loc/vn-provinces", "loc/world-subdivisions", "loc/world-cities"]);
export const COMMUNE: ListOrder = order(["loc/vn-communes", "loc/vn-districts"]);
export const COUNTRY: ListOrder = order(["loc/countries"]);
export const SUBDIVISIONS: ListOrder = order(["loc/world-subdivisions"]);
export const FEATURES: ListOrder = order(["loc/features"]);

/** What the LOC scan needs of one registry, built once (see `locLexicons`). */
export class LocLexicons {
  /** START | ALONE << GROUPS | ADDRESS_BEFORE | LOWER_LED | BARE_TRIGGER, per folded word (the scan's groups only). */
  readonly first: FoldCache;
  /** START | ALONE << GROUPS of the lists after SCAN_LISTS, per folded word. */
  private readonly levelFirst: FoldCache;
  /** Per first word, 1 + its index in `pairs` (0: no group has an entry of two words or more starting with it). */
  private readonly pairIndex: FoldCache;
  /** Per first word: second word → the groups having an entry that starts with the two. */
  private readonly pairs: Map<string, number>[] = [];
  /**
   * The same by (1 + index in `pairs`, the second word's fold id): the scan
   * reads the next token's id, not its string. A word the id table had no
   * room for has id 0, in the text too, and is read from `pairs`.
   */
  private readonly pairsById = new PairTable();
  /** START bits of the PAIRED groups having an entry whose second word is this folded word (a gate before `pairs`). */
  private readonly second: FoldCache;
  /** The same for the lists after SCAN_LISTS (their second words are read only when a level word asks). */
  private readonly levelSecond: FoldCache;
  /**
   * Per list after SCAN_LISTS (districts, communes): per first word, 1 + its
   * number (0: no entry of two words or more starts with it), and its second
   * words by (that number, their fold id). Built per first word when a level
   * word first asks about it, from the lexicon's own second words (so no
   * more of the lexicon is built than `continues` would build); then a pair
   * is one probe in a compact table instead of two string-keyed look-ups.
   */
  private readonly levelPairs: { readonly index: FoldCache; readonly table: PairTable }[] = [];
  /** LISTS, in this registry. */
  private readonly lists: readonly (Lexicon | undefined)[];
  /** Their walks at the last few positions (kept-walks.ts). */
  private readonly walks: KeptWalks;
  readonly givenSyllables: Lexicon | undefined;
  readonly surnames: Lexicon | undefined;

  constructor(registry: LexiconRegistry) {
    const lists = (this.lists = LISTS.map((id) => registry.find(id)));
    this.walks = new KeptWalks(lists);
    this.givenSyllables = registry.find("person/given-syllables");
    this.surnames = registry.find("person/surnames");
    const phrases = [phraseWords(LEVEL_PHRASES), phraseWords(AREA_PHRASES), phraseWords(STATE_FORM_PHRASES)];
    const addressBefore = new Set(ADDRESS_BEFORE_FIRST_WORDS.map(fold));
    const lowerLed = lowerLedFirsts(LOWER.order.map((k) => lists[k]));
    const listBits = (f: string, from: number, to: number) => {
      let bits = 0;
      for (let k = from; k < to; k++) {
        const shape = lists[k]?.startShape(f) ?? 0;
        if (shape !== 0) bits |= 1 << (LIST_SHIFT + k);
        if ((shape & ONE_WORD) !== 0) bits |= 1 << (GROUPS + LIST_SHIFT + k);
      }
      return bits;
    };
    this.first = new FoldCache((f) => {
      let bits = listBits(f, 0, SCAN_LISTS);
      for (let g = 0; g < phrases.length; g++) {
        if (phrases[g]!.start.has(f)) bits |= 1 << g;
        if (phrases[g]!.alone.has(f)) bits |= 1 << (GROUPS + g);
      }
      if (addressBefore.has(f)) bits |= ADDRESS_BEFORE;
      if (lowerLed.has(f)) bits |= LOWER_LED;
      if (TRIGGER_WORDS.has(f)) bits |= BARE_TRIGGER;
      return bits;
    });
    this.levelFirst = new FoldCache((f) => listBits(f, SCAN_LISTS, lists.length));
    const phraseSeconds = phrases.map((p) => new Set([...p.next.values()].flatMap((s) => [...s])));
    const secondBits = (f: string, from: number, to: number) => {
      let bits = 0;
      for (let g = from; g < to; g++) {
        const seconds = g < LIST_SHIFT ? phraseSeconds[g] : lists[g - LIST_SHIFT]?.secondWords();
        if (seconds?.has(f)) bits |= 1 << g;
      }
      return bits;
    };
    this.second = new FoldCache((f) => secondBits(f, 0, LIST_SHIFT + SCAN_LISTS));
    this.levelSecond = new FoldCache((f) => secondBits(f, LIST_SHIFT + SCAN_LISTS, GROUPS));
    for (let k = SCAN_LISTS; k < lists.length; k++) this.levelPairs.push(levelPairsOf(lists[k]));
    // By string too: FoldCache asks again for words without an id, and `pairs` must not grow.
    const byFold = new Map<string, number>();
    this.pairIndex = new FoldCache((f) => {
      let index = byFold.get(f);
      if (index === undefined) {
        const next = new Map<string, number>();
        const add = (w: string, bit: number) => next.set(w, (next.get(w) ?? 0) | bit);
        for (let g = 0; g < phrases.length; g++) for (const w of phrases[g]!.next.get(f) ?? []) add(w, 1 << g);
        for (let k = 0; k < SCAN_LISTS; k++) for (const w of lists[k]?.nextWords(f)?.keys() ?? []) add(w, 1 << (LIST_SHIFT + k));
        index = next.size === 0 ? 0 : this.pairs.push(next);
        for (const [w, bits] of next) {
          const id = foldId(w);
          if (id !== 0) this.pairsById.set(index, id, bits);
        }
        byFold.set(f, index);
      }
      return index;
    });
  }

  /**
   * The groups of `want` open at token `i` (see above), given `first`, the
   * non-zero first-word bits of token `i`.
   */
  open(tokens: readonly Token[], i: number, first: number, want: number): number {
    const start = first & want;
    let open = (first >>> GROUPS) & start;
    const need = start & ~open;
    if (need === 0) return start;
    const n = tokens[i + 1];
    if (n === undefined) return open;
    // Of the groups needing a pair, those in which the next word is some entry's second word: most words are in none.
    const paired = (this.second.get(n) | ((need & ~PAIRED) !== 0 ? this.levelSecond.get(n) : 0)) & need;
    if (paired === 0) return open;
    const t = tokens[i]!;
    if ((paired & PAIRED) !== 0) open |= this.pairOf(t, n) & paired;
    // Districts, communes: asked of the lexicon (only after a level word).
    for (let k = SCAN_LISTS; k < LISTS.length; k++) {
      const bit = 1 << (LIST_SHIFT + k);
      if ((paired & bit) !== 0 && this.levelContinues(t, n, k)) open |= bit;
    }
    return open;
  }

  /** The PAIRED groups having an entry whose first two words are `t`, `n`. */
  private pairOf(t: Token, n: Token): number {
    const p = this.pairIndex.get(t);
    if (p === 0) return 0;
    return n.fid !== 0 ? this.pairsById.get(p, n.fid) : (this.pairs[p - 1]!.get(n.fold) ?? 0);
  }

  /** Some entry of list `k` (after SCAN_LISTS) starts with the words of `t` and `n`: the lexicon's `continues`, read from `levelPairs`. */
  private levelContinues(t: Token, n: Token, k: number): boolean {
    if (t.fid === 0 || n.fid === 0) return this.lists[k]!.continues(t.fold, n.fold);
    const pairs = this.levelPairs[k - SCAN_LISTS]!;
    const p = pairs.index.get(t);
    return p !== 0 && pairs.table.get(p, n.fid) !== 0;
  }

  /** Some entry of list `k` starts with tokens `i` and `i + 1` (the scan's lists read `pairs`, not the lexicon). */
  private continuesAt(tokens: readonly Token[], i: number, k: number): boolean {
    const n = tokens[i + 1];
    if (n === undefined) return false;
    const bit = 1 << (LIST_SHIFT + k);
    if (k >= SCAN_LISTS) return this.levelContinues(tokens[i]!, n, k);
    return (this.second.get(n) & bit) !== 0 && (this.pairOf(tokens[i]!, n) & bit) !== 0;
  }

  /**
   * The trigger groups of `groups` (LEVEL, AREA, FORMAL) having a phrase
   * that starts with the folded words of tokens `i` and `i + 1`. In the
   * others a phrase at `i` is one word, and a rule that needs a name right
   * after its phrase needs it at `i + 1`.
   */
  twoWordPhrases(tokens: readonly Token[], i: number, groups: number): number {
    const n = tokens[i + 1];
    if (n === undefined) return 0;
    const seconds = this.second.get(n) & groups;
    return seconds === 0 ? 0 : this.pairOf(tokens[i]!, n) & seconds;
  }

  /** The groups of `want` open at token `i` (0 when there is no such token). */
  openAt(tokens: readonly Token[], i: number, want: number): number {
    const t = tokens[i];
    if (t === undefined) return 0;
    let bits = this.first.get(t);
    if ((want & ~PAIRED) !== 0) bits |= this.levelFirst.get(t);
    return bits === 0 ? 0 : this.open(tokens, i, bits, want);
  }

  /** `listed` of loc/features alone at token `i`: what `longestOf` gives for that list (a river after "Tiểu vùng"). */
  featureAt(tokens: readonly Token[], i: number): LexMatch | null {
    return this.listed(tokens, i, this.openAt(tokens, i, FEATURES.bits), FEATURES);
  }

  /** `listed` of loc/countries alone at token `i` (the country after a state form, or next to another). */
  countryAt(tokens: readonly Token[], i: number): LexMatch | null {
    return this.listed(tokens, i, this.openAt(tokens, i, COUNTRY.bits), COUNTRY);
  }

  /** The (first) lexicon of `list` in this registry. */
  lexicon(list: ListOrder): Lexicon | undefined {
    return this.lists[list.order[0]!];
  }

  /** Some entry of the (first) list of `list` starts with tokens `i` and `i + 1`. */
  goesOn(tokens: readonly Token[], i: number, list: ListOrder): boolean {
    return this.continuesAt(tokens, i, list.order[0]!);
  }

  /**
   * The longest match at token `i` of the lists of `lists` open there, the
   * first one at equal length, with the accent rule (`accentOk`): what
   * `longestOf` gives for those lexicons. Walks only the open lists.
   */
  listed(tokens: readonly Token[], i: number, open: number, lists: ListOrder): LexMatch | null {
    let best: LexMatch | null = null;
    for (const k of lists.order) {
      if ((open & (1 << (LIST_SHIFT + k))) === 0) continue;
      // Only a longer match replaces the best one: skip a list whose entries here are one word.
      if (best !== null && !this.continuesAt(tokens, i, k)) continue;
      const m = this.walks.walk(tokens, i, k);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Let go of the last text's tokens and matches (the scan calls it when it is done). */
  release(): void {
    this.walks.release();
  }
}

const states = new WeakMap<LexiconRegistry, LocLexicons>();

/** The LOC lexicons and word gates of a registry (built on first use). */
export function locLexicons(registry: LexiconRegistry): LocLexicons {
  let s = states.get(registry);
  if (!s) states.set(registry, (s = new LocLexicons(registry)));
  return s;
}

/** `LocLexicons.levelPairs` of one lexicon: first words numbered on demand, their second words in a PairTable. */
function levelPairsOf(lex: Lexicon | undefined): { index: FoldCache; table: PairTable } {
  const table = new PairTable();
  // By string too: FoldCache asks again for words without an id, and the numbers must not grow.
  const byFold = new Map<string, number>();
  const index = new FoldCache((f) => {
    let p = byFold.get(f);
    if (p === undefined) {
      const next = lex?.nextWords(f) ?? null;
      p = next === null || next.size === 0 ? 0 : byFold.size + 1;
      if (p !== 0) {
        for (const w of next!.keys()) {
          const id = foldId(w);
          if (id !== 0) table.set(p, id, 1);
        }
      }
      byFold.set(f, p);
    }
    return p;
  });
  return { index, table };
}

/**
 * The folded first words of the lists' entries written lowercase-first
 * ("châu Á", "sông Mê Công"): what `lowerLedKeys` gives, read in one pass
 * over the entries without the other key sets it makes, and the keys looked
 * up for those entries only (a few dozen of some five hundred).
 */
function lowerLedFirsts(lists: readonly (Lexicon | undefined)[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const lex of lists) {
    const entries = lex?.entries() ?? [];
    for (let k = 0; k < entries.length; k++) {
      const surface = entries[k]!.surface;
      const c = surface[0];
      if (c === undefined || c !== c.toLowerCase()) continue;
      const f = termKeys(surface)?.fold[0];
      if (f !== undefined) out.add(f);
    }
  }
  return out;
}

/** The folded first words, one-word phrases, and second words by first word of a phrase list. */
function phraseWords(phrases: readonly string[]): { start: Set<string>; alone: Set<string>; next: Map<string, Set<string>> } {
  const start = new Set<string>();
  const alone = new Set<string>();
  const next = new Map<string, Set<string>>();
  for (const p of phrases) {
    const words = fold(p.normalize("NFC").toLowerCase()).split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    start.add(words[0]!);
    if (words.length === 1) alone.add(words[0]!);
    else {
      let s = next.get(words[0]!);
      if (!s) next.set(words[0]!, (s = new Set()));
      s.add(words[1]!);
    }
  }
  return { start, alone, next };
}
