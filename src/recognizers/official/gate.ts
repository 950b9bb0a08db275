import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { foldWord, isWordOf, matchAt, type OfficialLexicons } from "./lexicons.js";
import { foreignNameAt, vietShaped } from "./names.js";
import type { Lookup } from "./lookup.js";

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

const FACTS = new WeakMap<OfficialLexicons, FoldCache>();

/** The word facts for one set of lexicons (custom terms make another set, with its own facts). */
export function wordFacts(lx: OfficialLexicons): FoldCache {
  let facts = FACTS.get(lx);
  if (facts) return facts;
  const starts = (lk: Lookup | undefined, fold: string) => !!lk && lk.lex.firstWords().has(fold);
  const prefixes = new Set([...lx.prefixParticles].map(foldWord));
  facts = new FoldCache((fold) => {
    let bits = 0;
    if (starts(lx.honorary, fold)) bits |= HONORARY;
    if (starts(lx.address, fold)) bits |= ADDRESS;
    if (starts(lx.ranks, fold)) bits |= RANK;
    if (starts(lx.titles, fold) || starts(lx.modifiers, fold)) bits |= TITLE;
    if (starts(lx.surnames, fold)) bits |= SURNAME;
    if (vietShaped(fold)) bits |= VIET;
    if (prefixes.has(fold)) bits |= PREFIX;
    return bits;
  });
  FACTS.set(lx, facts);
  return facts;
}

/**
 * Something of this recognizer may start at token s: a listed rank, title, address word or
 * honorary phrase; after an address word, any capital or initials; else a name (nameMayStart).
 * False means the walk's rules all fail at s, so it can step over it.
 */
export function mayStartAt(lx: OfficialLexicons, facts: FoldCache, toks: readonly Token[], s: number, afterAddress: boolean): boolean {
  const t = toks[s]!;
  const bits = facts.get(t);
  if ((bits & TRIGGER) !== 0 && listedAt(lx, toks, s, bits)) return true;
  if (afterAddress) return t.cap || t.kind === "abbr";
  return nameMayStart(lx, toks, s, bits);
}

/** A rank, a title (or a modifier before one), an address word or an honorary phrase is listed at token s. */
function listedAt(lx: OfficialLexicons, toks: readonly Token[], s: number, bits: number): boolean {
  return (
    ((bits & TITLE) !== 0 && (matchAt(lx.titles, toks, s) !== null || matchAt(lx.modifiers, toks, s) !== null)) ||
    ((bits & ADDRESS) !== 0 && matchAt(lx.address, toks, s) !== null) ||
    ((bits & RANK) !== 0 && matchAt(lx.ranks, toks, s) !== null) ||
    ((bits & HONORARY) !== 0 && matchAt(lx.honorary, toks, s) !== null)
  );
}

/**
 * A name may start at token s, with no address word before it: in a photo credit, or as a free
 * name (findName, readOfficial), which needs a capital or a particle next (names.ts nameAt) and
 * then either a listed surname (vietNameAt) or a foreign name (foreignNameAt, asked here as is).
 * A superset of those rules: false means none of them can succeed.
 */
function nameMayStart(lx: OfficialLexicons, toks: readonly Token[], s: number, bits: number): boolean {
  const t = toks[s]!;
  if (!t.cap && t.kind !== "abbr") return false;
  // e.g. "Ảnh: MINH KHÔI"
  if (toks[s - 1]?.text === ":" && isWordOf(toks[s - 2], "ảnh")) return true;
  if (t.kind !== "word") return false;
  const next = toks[s + 1];
  if (!next || !next.spaceBefore || next.kind !== "word" || !(next.cap || lx.innerParticles.has(next.lower))) return false;
  // Vietnamese, a listed surname first (the look-up is memoized: the walk asks it again).
  if ((bits & (SURNAME | VIET)) === (SURNAME | VIET) && matchAt(lx.surnames, toks, s) !== null) return true;
  // Foreign: a Vietnamese syllable with its diacritics never starts one.
  if ((bits & VIET) !== 0 && (bits & PREFIX) === 0 && t.diacritics) return false;
  return foreignNameAt(toks, lx, s) !== null;
}
