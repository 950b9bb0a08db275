import type { Lexicon } from "../../lexicon/lexicon.js";
import type { LexiconRegistry } from "../../lexicon/registry.js";
import type { Token } from "../../tokenize/token.js";
import { fold } from "../../lexicon/fold.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { firstKeys, lowerLedKeys } from "../common/proper-name-run.js";
import { LEVEL_PHRASES } from "./level-words.js";
import { AREA_PHRASES } from "./areas.js";
import { STATE_FORM_PHRASES } from "./formal-names.js";
import { ADDRESS_BEFORE_FIRST_WORDS } from "./addresses.js";

/**
 * Per-word gates of the LOC rules. Every LOC rule starts at a phrase from a
 * short list (a level word, an area head, a state form), at a name listed in
 * a lexicon, or at a house number after "tại", "số" …. For each distinct
 * folded word two bit masks are computed once and then read by array index
 * (FoldCache), one bit per "group" (the three phrase lists and the six
 * standalone lexicons):
 *  - as a first word: the group has an entry starting with it (START), and
 *    one made of it alone (ALONE);
 *  - as a second word: the group has an entry of two words or more whose
 *    second word it is (NEXT).
 * A group is "open" at token i when START(i) and (ALONE(i) or NEXT(i + 1)):
 * no entry of a closed group can match there, whatever its diacritics (the
 * rules match a word as written or, in unaccented text, folded; both fold
 * to the key). So the scan reads one or two array slots per token and calls
 * a rule or walks a lexicon only for the open groups. The rules still decide.
 *
 * The lexicon bits depend on the lexicon objects, so the gates are kept per
 * registry (an extractor with custom terms has its own registry).
 */

/** Group bits (the same bit in START, ALONE and NEXT). */
export const LEVEL = 1 << 0; // "tỉnh", "thành phố", "tp.", "quận", "thị xã" …
export const AREA = 1 << 1; // "khu công nghiệp", "sông", "quảng trường", "tiểu vùng" …
export const FORMAL = 1 << 2; // "cộng hòa", "vương quốc" …
/** The three phrase-list groups: the words the trigger rules start at. */
export const TRIGGER = LEVEL | AREA | FORMAL;
/** Bit of STANDALONE_LISTS[k] is 1 << (LIST_SHIFT + k). */
const LIST_SHIFT = 3;
const GROUPS = 9;
const GROUP_MASK = (1 << GROUPS) - 1;
/** Extra first-word bits, above the ALONE field. */
/** A word before a house number: "tại", "số", "địa" (chỉ) … (read on the token before a number). */
export const ADDRESS_BEFORE = 1 << (2 * GROUPS);
/** A lowercase-led listed name may start here: "châu" (Á), "sông" (Mê Công), "miền" (Tây). */
export const LOWER_LED = 1 << (2 * GROUPS + 1);

/** Lexicon ids, by what may follow a level word. */
const PROVINCE_LISTS = ["loc/vn-provinces", "loc/world-subdivisions", "loc/world-cities", "loc/capitals"];
const DISTRICT_LISTS = ["loc/vn-districts", "loc/vn-provinces", "loc/world-subdivisions", "loc/world-cities"];
const COMMUNE_LISTS = ["loc/vn-communes", "loc/vn-districts"];
/** Lists whose entries stand alone as places. */
const STANDALONE_LISTS = ["loc/countries", "loc/vn-provinces", "loc/capitals", "loc/world-cities", "loc/features", "loc/world-subdivisions"];
/** Lists whose entries may be written lowercase-first ("châu Á"), in look-up order; both are standalone lists. */
const LOWER_LISTS = ["loc/features", "loc/countries"];
const LOWER_LIST_BITS = LOWER_LISTS.reduce((b, id) => b | (1 << (LIST_SHIFT + STANDALONE_LISTS.indexOf(id))), 0);

/** What the LOC scan needs of one registry, built once. */
export interface LocLexicons {
  /** START | ALONE << GROUPS | ADDRESS_BEFORE | LOWER_LED, per folded word. */
  readonly first: FoldCache;
  /** NEXT, per folded word. */
  readonly second: FoldCache;
  /** By mask of open standalone lists (bits >>> LIST_SHIFT): those lists, in STANDALONE_LISTS order. */
  readonly subsets: readonly (readonly Lexicon[])[];
  /** The lists lowercase-led names are looked up in, in order. */
  readonly lowerLists: readonly (Lexicon | undefined)[];
  /** Level lists by tier. */
  readonly provinceLists: readonly (Lexicon | undefined)[];
  readonly districtLists: readonly (Lexicon | undefined)[];
  readonly communeLists: readonly (Lexicon | undefined)[];
  /** [loc/countries], for one-list look-ups. */
  readonly countryList: readonly (Lexicon | undefined)[];
  readonly givenSyllables: Lexicon | undefined;
  readonly surnames: Lexicon | undefined;
}

/**
 * The groups open at token `i` (see above), given `first`, the first-word
 * bits of token `i` (non-zero).
 */
export function openGroups(lx: LocLexicons, tokens: readonly Token[], i: number, first: number): number {
  const start = first & GROUP_MASK;
  const alone = (first >>> GROUPS) & GROUP_MASK;
  if ((start & ~alone) === 0) return start;
  const n = tokens[i + 1];
  return start & (n === undefined ? alone : alone | lx.second.get(n));
}

/** The standalone lists open in `groups`, in order ([] for none). */
export function standaloneListsFor(lx: LocLexicons, groups: number): readonly Lexicon[] {
  return lx.subsets[groups >>> LIST_SHIFT]!;
}

/** Some list a lowercase-led name is looked up in is open in `groups`. */
export function lowerListOpen(groups: number): boolean {
  return (groups & LOWER_LIST_BITS) !== 0;
}

const states = new WeakMap<LexiconRegistry, LocLexicons>();

/** The LOC lexicons and word gates of a registry (built on first use). */
export function locLexicons(registry: LexiconRegistry): LocLexicons {
  let s = states.get(registry);
  if (!s) states.set(registry, (s = build(registry)));
  return s;
}

/** The folded first words, one-word entries and second words of a group. */
interface GroupWords {
  start: ReadonlySet<string>;
  alone: ReadonlySet<string>;
  next: ReadonlySet<string>;
}

function phraseWords(phrases: readonly string[]): GroupWords {
  const start = new Set<string>();
  const alone = new Set<string>();
  const next = new Set<string>();
  for (const p of phrases) {
    const words = fold(p.normalize("NFC").toLowerCase()).split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    start.add(words[0]!);
    if (words.length === 1) alone.add(words[0]!);
    else next.add(words[1]!);
  }
  return { start, alone, next };
}

function lexiconWords(lex: Lexicon | undefined): GroupWords {
  if (!lex) return { start: new Set(), alone: new Set(), next: new Set() };
  const k = firstKeys(lex);
  const next = new Set<string>();
  for (const s of k.second.values()) for (const w of s) next.add(w);
  return { start: k.any, alone: k.single, next };
}

function build(registry: LexiconRegistry): LocLexicons {
  const lex = (id: string) => registry.find(id);
  const standalone = STANDALONE_LISTS.map(lex);
  const groups = [phraseWords(LEVEL_PHRASES), phraseWords(AREA_PHRASES), phraseWords(STATE_FORM_PHRASES), ...standalone.map(lexiconWords)];
  const addressBefore = new Set(ADDRESS_BEFORE_FIRST_WORDS.map(fold));
  const lowerLists = LOWER_LISTS.map(lex);
  const lowerLed = lowerLedKeys(lowerLists);
  const first = new FoldCache((f) => {
    let bits = 0;
    for (let g = 0; g < GROUPS; g++) {
      if (groups[g]!.start.has(f)) bits |= 1 << g;
      if (groups[g]!.alone.has(f)) bits |= 1 << (GROUPS + g);
    }
    if (addressBefore.has(f)) bits |= ADDRESS_BEFORE;
    if (lowerLed.has(f)) bits |= LOWER_LED;
    return bits;
  });
  const second = new FoldCache((f) => {
    let bits = 0;
    for (let g = 0; g < GROUPS; g++) if (groups[g]!.next.has(f)) bits |= 1 << g;
    return bits;
  });
  const subsets: Lexicon[][] = [];
  for (let mask = 0; mask < 1 << standalone.length; mask++) {
    subsets.push(standalone.filter((l, k): l is Lexicon => l !== undefined && (mask & (1 << k)) !== 0));
  }
  return {
    first,
    second,
    subsets,
    lowerLists,
    provinceLists: PROVINCE_LISTS.map(lex),
    districtLists: DISTRICT_LISTS.map(lex),
    communeLists: COMMUNE_LISTS.map(lex),
    countryList: [lex("loc/countries")],
    givenSyllables: lex("person/given-syllables"),
    surnames: lex("person/surnames"),
  };
}
