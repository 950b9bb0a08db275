import type { Context } from "../recognizer.js";
import { termKeys, type Lexicon, type LexMatch } from "../../lexicon/lexicon.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import type { LexiconRegistry } from "../../lexicon/registry.js";
import type { Token } from "../../tokenize/token.js";
import { Lookup, LookupSet } from "./lookup.js";

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

/** Lowercase without diacritics, đ→d (same as token.fold). */
const FOLDED = new Map<string, string>();
export function foldWord(s: string): string {
  let f = FOLDED.get(s);
  if (f !== undefined) return f;
  // e.g. "Thượng" → "thuong", "Đảng" → "dang"
  f = s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
  if (FOLDED.size > 50_000) FOLDED.clear();
  FOLDED.set(s, f);
  return f;
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
    given: new WordSet(foldSet(reg.find("person/given-syllables"), "lower")),
    orgWords: new WordSet(foldSet(reg.find("official/org-words"), "lower")),
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

/**
 * A set of lowercase words matched on tokens: with diacritics as written, or folded when the
 * token has none ("va" in a text typed without diacritics is "và").
 */
export class WordSet {
  private readonly lower: Set<string>;
  private readonly folded: Set<string>;
  /** The folded entries of two words, as first word → second words (for `hasPair`). */
  private readonly pairs = new Map<string, Set<string>>();
  /**
   * Per folded word (by fold id): 0 when no token with that fold is in the set, so most tokens
   * are answered by one array read; else bit 0, the fold is a folded entry, and from bit 1,
   * 1 + the index in `forms` of the entries filed under it. An entry is filed under its fold
   * taken both ways (foldWord and the tokenizer's, via termKeys), so a token whose lowercase is
   * an entry finds it under its own fold, with no string hashed.
   */
  private readonly facts: FoldCache;
  private readonly forms: string[][] = [];
  /** Per entry of `forms`: the lowercase asked last and the answer. */
  private readonly lastLower: string[] = [];
  private readonly lastAnswer: boolean[] = [];
  constructor(words: Iterable<string>) {
    this.lower = new Set([...words].map((w) => w.toLowerCase()));
    this.folded = new Set([...this.lower].map(foldWord));
    for (const f of this.folded) {
      const words = f.split(" ");
      if (words.length !== 2) continue;
      let seconds = this.pairs.get(words[0]!);
      if (!seconds) this.pairs.set(words[0]!, (seconds = new Set()));
      seconds.add(words[1]!);
    }
    const byFold = new Map<string, string[]>();
    const file = (f: string, w: string) => {
      const list = byFold.get(f);
      if (!list) byFold.set(f, [w]);
      else if (!list.includes(w)) list.push(w);
    };
    for (const w of this.lower) {
      file(foldWord(w), w);
      const keys = termKeys(w);
      if (keys && keys.fold.length === 1) file(keys.fold[0]!, w);
    }
    // By string too: FoldCache asks again for words without an id, and `forms` must not grow.
    const seen = new Map<string, number>();
    this.facts = new FoldCache((f) => {
      let k = seen.get(f);
      if (k === undefined) {
        const list = byFold.get(f);
        k = list ? this.forms.push(list) : 0;
        if (list) {
          this.lastLower.push("");
          this.lastAnswer.push(false);
        }
        seen.set(f, k);
      }
      return k === 0 && !this.folded.has(f) ? 0 : (k << 1) | (this.folded.has(f) ? 1 : 0);
    });
  }
  has(t: Token | undefined): boolean {
    if (!t) return false;
    const v = this.facts.get(t);
    if (v === 0) return false;
    // Folded, when the text has no diacritics; else as written.
    if ((v & 1) !== 0 && !t.diacritics) return true;
    const k = v >> 1;
    if (k === 0) return false;
    const lower = t.lower;
    // Tokens of one shape share their strings (tokenize/shape-table.ts): the same string object
    // as last time compares by reference, without reading either string.
    if (this.lastLower[k - 1] === lower) return this.lastAnswer[k - 1]!;
    const forms = this.forms[k - 1]!;
    let found = false;
    for (let f = 0; f < forms.length; f++) if (forms[f] === lower) found = true;
    this.lastLower[k - 1] = lower;
    this.lastAnswer[k - 1] = found;
    return found;
  }
  hasText(s: string): boolean {
    return this.lower.has(s) || this.folded.has(foldWord(s));
  }
  /**
   * `hasText` of two tokens' words joined by a space, each as written (lowercase) or folded,
   * without building the string: every entry is in `folded`, and folding two words folds each.
   */
  hasPair(a: Token, b: Token, asWritten: boolean): boolean {
    const seconds = this.pairs.get(wordFold(a, asWritten));
    return seconds !== undefined && seconds.has(wordFold(b, asWritten));
  }
}

/**
 * foldWord of a token's lowercase (asWritten) or of its fold, which is its fold: the tokenizer's
 * fold is foldWord's but for "ð", which it also turns into "d" (a word without diacritics has none).
 */
function wordFold(t: Token, asWritten: boolean): string {
  return asWritten && t.diacritics && t.lower.includes("ð") ? foldWord(t.lower) : t.fold;
}

/** Token `t` is the word `w` (folded when the token has no diacritics). `w` is a word of the rules, not of the text. */
export function isWordOf(t: Token | undefined, w: string): boolean {
  if (!t) return false;
  if (t.lower === w) return true;
  if (t.diacritics) return false;
  let f = WORD_FOLDS.get(w);
  if (f === undefined) WORD_FOLDS.set(w, (f = foldWord(w)));
  return t.fold === f;
}

/** The folds of the words `isWordOf` is asked about: a few constants, kept apart from the folds of the text's words. */
const WORD_FOLDS = new Map<string, string>();
