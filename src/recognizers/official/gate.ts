import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { foldWord, isWordOf, type OfficialLexicons } from "./lexicons.js";
import { foreignNameAt, vietShaped } from "./names.js";
import type { Lookup } from "./lookup.js";
import { fold } from "../../lexicon/fold.js";
import { ONE_WORD } from "../../lexicon/trie.js";
import type { Lexicon } from "../../lexicon/lexicon.js";

/*
 * The gate of the walk over the tokens (index.ts): where can an OFFICIAL, a PERSON, an address
 * word or an honorary phrase start? Most tokens are turned away by one array read: the facts
 * about their folded word, computed once per distinct word (FoldCache by fold id) and lexicon
 * set. Every fact is a superset of an exact rule (case and diacritics are checked after it).
 */

/** First word of: an honorary phrase, an address word, a rank, a title or title modifier. */
const HONORARY = 1;
const ADDRESS = 2;
const RANK = 4;
const TITLE = 8;
const TRIGGER = HONORARY | ADDRESS | RANK | TITLE;
/** First word of a listed surname. */
const SURNAME = 16;
/** Shaped like one Vietnamese syllable (names.ts vietShaped). */
const VIET = 32;
/** Folded, a prefix particle of foreign names ("Dato", "Tan"). */
const PREFIX = 64;
/** Folded, an inner particle of foreign names ("bin", "van"). */
const INNER = 128;
/** The TRIGGER bits shifted by this: some entry of that kind is the word alone ("ông", "Trưởng"). */
const ALONE = 8;
/**
 * From this bit on, two per place lexicon l (placeLexicons): bit 2l, some entry is the word
 * alone; bit 2l + 1, some entry goes on after it (lexicon/trie.ts ONE_WORD, LONGER).
 */
const PLACE_START = 12;
/** In `second`, from this bit on, one per place lexicon: the second word of one of its entries. */
const PLACE_SECOND = 4;

/**
 * The per-word facts of one set of lexicons: `first` (the bits above) and `second`: for each
 * kind of TRIGGER and each place lexicon, whether the word is the second word of some entry of
 * it. A word that starts only longer entries ("bộ" of "Bộ trưởng") starts one only before such
 * a word. One array read per token answers for the walk's gate and the place scan together.
 */
export interface WordFacts {
  readonly first: FoldCache;
  readonly second: FoldCache;
}

const FACTS = new WeakMap<OfficialLexicons, WordFacts>();

/** The lexicons behind each TRIGGER bit. */
function kinds(lx: OfficialLexicons): [number, (Lookup | undefined)[]][] {
  return [
    [HONORARY, [lx.honorary]],
    [ADDRESS, [lx.address]],
    [RANK, [lx.ranks]],
    [TITLE, [lx.titles, lx.modifiers]],
  ];
}

/** The place lists of the survey's scan (survey.ts): at most eight, for the bits above. */
export function placeLexicons(lx: OfficialLexicons): Lexicon[] {
  const lists = lx.places ? [lx.places.lex, ...lx.locLexicons] : lx.locLexicons;
  return lists.slice(0, 8);
}

/** The place-start bits of `first` facts: two per place lexicon, as above. */
export function placeStarts(firstBits: number): number {
  return firstBits >>> PLACE_START;
}

/** The place bits of `second` facts: one per place lexicon. */
export function placeSeconds(secondBits: number): number {
  return secondBits >>> PLACE_SECOND;
}

/** The word facts for one set of lexicons (custom terms make another set, with its own facts). */
export function wordFacts(lx: OfficialLexicons): WordFacts {
  let facts = FACTS.get(lx);
  if (facts) return facts;
  const prefixes = new Set([...lx.prefixParticles].map(foldWord));
  // A token whose lowercase is a particle has the tokenizer's fold of it (lexicon/fold.ts).
  const inner = new Set([...lx.innerParticles].map(fold));
  const byKind = kinds(lx);
  const places = placeLexicons(lx);
  const first = new FoldCache((f) => {
    let bits = 0;
    for (const [bit, lks] of byKind) {
      for (const lk of lks) {
        if (!lk) continue;
        const shape = lk.lex.startShape(f);
        if (shape !== 0) bits |= bit;
        if (shape & ONE_WORD) bits |= bit << ALONE;
      }
    }
    if (lx.surnames && lx.surnames.lex.firstWords().has(f)) bits |= SURNAME;
    if (vietShaped(f)) bits |= VIET;
    if (prefixes.has(f)) bits |= PREFIX;
    if (inner.has(f)) bits |= INNER;
    places.forEach((lex, l) => (bits |= lex.startShape(f) << (PLACE_START + 2 * l)));
    return bits;
  });
  const second = new FoldCache((f) => {
    let bits = 0;
    for (const [bit, lks] of byKind) for (const lk of lks) if (lk && lk.lex.secondWords().has(f)) bits |= bit;
    places.forEach((lex, l) => (bits |= lex.secondWords().has(f) ? 1 << (PLACE_SECOND + l) : 0));
    return bits;
  });
  facts = { first, second };
  FACTS.set(lx, facts);
  return facts;
}

/**
 * Something of this recognizer may start at token s: a listed rank, title, address word or
 * honorary phrase; after an address word, any capital or initials; else a name (nameMayStart).
 * False means the walk's rules all fail at s, so it can step over it.
 */
export function mayStartAt(lx: OfficialLexicons, facts: WordFacts, toks: readonly Token[], s: number, afterAddress: boolean): boolean {
  return mayStartWith(lx, facts, toks, s, facts.first.get(toks[s]!), afterAddress);
}

/** `mayStartAt` given the token's `first` facts (the survey reads them once for its two questions). */
export function mayStartWith(lx: OfficialLexicons, facts: WordFacts, toks: readonly Token[], s: number, bits: number, afterAddress: boolean): boolean {
  const t = toks[s]!;
  const trigger = bits & TRIGGER;
  if (trigger !== 0) {
    // The kinds with an entry of this word alone, or with an entry whose second word comes next.
    const next = toks[s + 1];
    const kinds = ((bits >> ALONE) & trigger) | (next === undefined ? 0 : facts.second.get(next) & trigger);
    if (kinds !== 0 && listedAt(lx, toks, s, kinds)) return true;
  }
  if (afterAddress) return t.cap || t.kind === "abbr";
  return nameMayStart(lx, facts, toks, s, bits);
}

/** A rank, a title (or a modifier before one), an address word or an honorary phrase (of the kinds in `bits`) is listed at token s. */
function listedAt(lx: OfficialLexicons, toks: readonly Token[], s: number, bits: number): boolean {
  return (
    ((bits & TITLE) !== 0 && (listed(lx.titles, toks, s) || listed(lx.modifiers, toks, s))) ||
    ((bits & ADDRESS) !== 0 && listed(lx.address, toks, s)) ||
    ((bits & RANK) !== 0 && listed(lx.ranks, toks, s)) ||
    ((bits & HONORARY) !== 0 && listed(lx.honorary, toks, s))
  );
}

/**
 * The lexicon has a match at token s (the memoized look-up the walk reads again). The word facts
 * only tell that some entry of the kind starts with this word and some has the next word second
 * ("Bộ" of "Bộ trưởng", "Công" of another title): the look-up's own pair check spares the trie.
 */
function listed(lk: Lookup | undefined, toks: readonly Token[], s: number): boolean {
  return lk !== undefined && lk.at(toks, s) !== null;
}

/**
 * A name may start at token s, with no address word before it: in a photo credit, or as a free
 * name (findName, readOfficial), which needs a capital or a particle next (names.ts nameAt) and
 * then either a listed surname (vietNameAt) or a foreign name (foreignNameAt, asked here as is).
 * A superset of those rules: false means none of them can succeed.
 */
function nameMayStart(lx: OfficialLexicons, facts: WordFacts, toks: readonly Token[], s: number, bits: number): boolean {
  const t = toks[s]!;
  if (!t.cap && t.kind !== "abbr") return false;
  // e.g. "Ảnh: MINH KHÔI"
  // (A word is never ":": its kind, read with the token, spares reading most texts.)
  const p = toks[s - 1];
  if (p !== undefined && p.kind !== "word" && p.text === ":" && isWordOf(toks[s - 2], "ảnh")) return true;
  if (t.kind !== "word") return false;
  const next = toks[s + 1];
  if (!next || !next.spaceBefore || next.kind !== "word" || !(next.cap || ((facts.first.get(next) & INNER) !== 0 && lx.innerParticles.has(next.lower)))) return false;
  // Vietnamese, a listed surname first (the look-up is memoized: the walk asks it again).
  if ((bits & (SURNAME | VIET)) === (SURNAME | VIET) && listed(lx.surnames, toks, s)) return true;
  // Foreign: a Vietnamese syllable with its diacritics never starts one.
  if ((bits & VIET) !== 0 && (bits & PREFIX) === 0 && t.diacritics) return false;
  return foreignNameAt(toks, lx, s) !== null;
}
