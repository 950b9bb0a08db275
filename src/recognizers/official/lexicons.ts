import type { Context } from "../recognizer.js";
import type { Lexicon, LexMatch } from "../../lexicon/lexicon.js";
import type { LexiconRegistry } from "../../lexicon/registry.js";
import type { Token } from "../../tokenize/token.js";
import { Lookup, LookupSet } from "./lookup.js";
import { foldWord, WordSet } from "./word-set.js";

export { foldWord, isWordOf, WordSet } from "./word-set.js";

/**
 * The dictionaries this recognizer reads (dictionaries/official/*, dictionaries/person/*),
 * each behind a memoized Lookup, with the single-syllable ones also as folded sets for O(1)
 * look-ups. Built once per registry (custom terms make a new registry, hence new ones).
 */
export interface OfficialLexicons {
  ranks: Lookup | undefined;
  titles: Lookup | undefined;
  modifiers: Lookup | undefined;
  honorary: Lookup | undefined;
  address: Lookup | undefined;
  heads: Lookup | undefined;
  bodies: Lookup | undefined;
  places: Lookup | undefined;
  fields: Lookup | undefined;
  surnames: Lookup | undefined;
  /** Lexicons of the LOC recognizer naming countries, capitals and provinces, when present. */
  locLexicons: Lexicon[];
  /** Given-name syllables (as written, or folded where the token has none: see isGivenSyllable). */
  given: WordSet;
  /** Lowercase syllables that occur inside body names. */
  orgWords: WordSet;
  /** Lowercased name particles by kind. */
  innerParticles: ReadonlySet<string>;
  prefixParticles: ReadonlySet<string>;
}

const CACHE = new WeakMap<LexiconRegistry, OfficialLexicons>();

function foldSet(lex: Lexicon | undefined, key: "fold" | "lower" = "fold", kind?: string): Set<string> {
  const out = new Set<string>();
  if (!lex) return out;
  for (const e of lex.entries()) {
    if (kind && e.fields["kind"] !== kind) continue;
    const s = e.surface.normalize("NFC");
    out.add(key === "fold" ? foldWord(s) : s.toLowerCase());
  }
  return out;
}

export function officialLexicons(ctx: Context): OfficialLexicons {
  const reg = ctx.lexicons;
  let lx = CACHE.get(reg);
  if (lx) return lx;
  const particles = reg.find("person/particles");
  // One set for all: the questions asked at one token read one row of its tables (lookup.ts).
  const set = new LookupSet();
  const lookup = (id: string) => {
    const lex = reg.find(id);
    return lex ? new Lookup(lex, set) : undefined;
  };
  lx = {
    ranks: lookup("official/ranks"),
    titles: lookup("official/titles"),
    modifiers: lookup("official/title-modifiers"),
    honorary: lookup("official/honorary"),
    address: lookup("person/address"),
    heads: lookup("official/org-heads"),
    bodies: lookup("official/bodies"),
    places: lookup("official/places"),
    fields: lookup("official/ministry-fields"),
    surnames: lookup("person/surnames"),
    locLexicons: ["loc/countries", "loc/capitals", "loc/vn-provinces"].flatMap((id) => reg.find(id) ?? []),
    // The dictionaries below are parsed at their first question (a text may never ask one).
    given: new WordSet(() => foldSet(reg.find("person/given-syllables"), "lower")),
    orgWords: new WordSet(() => foldSet(reg.find("official/org-words"), "lower")),
    innerParticles: foldSet(particles, "lower", "inner"),
    prefixParticles: foldSet(particles, "lower", "prefix"),
  };
  CACHE.set(reg, lx);
  return lx;
}

/** Forget the memos of the look-ups (call when a text is done: they hold its tokens). */
export function releaseMatches(): void {
  Lookup.releaseAll();
}

/** Longest match of a lexicon at token i, memoized per position (see Lookup.at). */
export function matchAt(lk: Lookup | undefined, tokens: readonly Token[], i: number): LexMatch | null {
  return lk ? lk.at(tokens, i) : null;
}

/** A listed given-name syllable: with its diacritics, or folded when the text has none. */
export function isGivenSyllable(lx: OfficialLexicons, t: Token): boolean {
  return lx.given.has(t);
}

