import type { Context } from "../recognizer.js";
import { termKeys, type Lexicon, type LexMatch } from "../../lexicon/lexicon.js";
import type { LexiconRegistry } from "../../lexicon/registry.js";
import type { Token } from "../../tokenize/token.js";

/**
 * The dictionaries this recognizer reads (dictionaries/official/*, dictionaries/person/*),
 * with the single-syllable ones also as folded sets for O(1) look-ups. Built once per registry.
 */
export interface OfficialLexicons {
  ranks: Lexicon | undefined;
  titles: Lexicon | undefined;
  modifiers: Lexicon | undefined;
  honorary: Lexicon | undefined;
  address: Lexicon | undefined;
  heads: Lexicon | undefined;
  bodies: Lexicon | undefined;
  places: Lexicon | undefined;
  fields: Lexicon | undefined;
  surnames: Lexicon | undefined;
  /** Lexicons of the LOC recognizer naming countries, capitals and provinces, when present. */
  locLexicons: Lexicon[];
  /** Given-name syllables, lowercased and folded. */
  given: ReadonlySet<string>;
  givenFolded: ReadonlySet<string>;
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
  lx = {
    ranks: reg.find("official/ranks"),
    titles: reg.find("official/titles"),
    modifiers: reg.find("official/title-modifiers"),
    honorary: reg.find("official/honorary"),
    address: reg.find("person/address"),
    heads: reg.find("official/org-heads"),
    bodies: reg.find("official/bodies"),
    places: reg.find("official/places"),
    fields: reg.find("official/ministry-fields"),
    surnames: reg.find("person/surnames"),
    locLexicons: ["loc/countries", "loc/capitals", "loc/vn-provinces"].flatMap((id) => reg.find(id) ?? []),
    given: foldSet(reg.find("person/given-syllables"), "lower"),
    givenFolded: foldSet(reg.find("person/given-syllables")),
    orgWords: new WordSet(foldSet(reg.find("official/org-words"), "lower")),
    innerParticles: foldSet(particles, "lower", "inner"),
    prefixParticles: foldSet(particles, "lower", "prefix"),
  };
  CACHE.set(reg, lx);
  return lx;
}

/** Per lexicon: folded first token keys of its entries (a token not among them starts no match), and the memo of matchAt for one token array. */
interface LexState {
  keys: ReadonlySet<string>;
  tokens: readonly Token[] | null;
  /** By token index: 0 not looked up yet, 1 no match, k + 2 the match found[k]. */
  memo: Int32Array;
  found: LexMatch[];
}
const STATES = new WeakMap<Lexicon, LexState>();
const EMPTY = new Int32Array(0);

function stateOf(lex: Lexicon): LexState {
  let st = STATES.get(lex);
  if (st) return st;
  const keys = new Set<string>();
  for (const e of lex.entries()) {
    const k = termKeys(e.surface);
    if (k && k.fold.length) keys.add(k.fold[0]!);
  }
  st = { keys, tokens: null, memo: EMPTY, found: [] };
  STATES.set(lex, st);
  return st;
}

/** Folded first token keys of a lexicon's entries. Built once per lexicon. */
export function firstKeys(lex: Lexicon): ReadonlySet<string> {
  return stateOf(lex).keys;
}

/**
 * Folded first words of every rank, title, pre-modifier, address word and honorary phrase:
 * an OFFICIAL or a PERSON can start at a lowercase token only when its fold is here.
 */
const TRIGGERS = new WeakMap<OfficialLexicons, ReadonlySet<string>>();
export function triggerWords(lx: OfficialLexicons): ReadonlySet<string> {
  let set = TRIGGERS.get(lx) as Set<string> | undefined;
  if (set) return set;
  set = new Set<string>();
  for (const lex of [lx.ranks, lx.titles, lx.modifiers, lx.honorary, lx.address]) if (lex) for (const k of firstKeys(lex)) set.add(k);
  TRIGGERS.set(lx, set);
  return set;
}

/**
 * Longest match of `lex` at token i, never crossing a line break. The diacritics must agree
 * ("Vũ" is not "Vụ"), except where the text has none at all (then `exact` is false).
 * Looked up once per position and text: later calls read the memo. Callers must not change the match.
 */
export function matchAt(lex: Lexicon | undefined, tokens: readonly Token[], i: number): LexMatch | null {
  if (!lex || i < 0 || i >= tokens.length) return null;
  const st = stateOf(lex);
  if (!st.keys.has(tokens[i]!.fold)) return null;
  if (st.tokens !== tokens) {
    if (st.tokens === null) TOUCHED.push(st);
    st.tokens = tokens;
    st.memo = new Int32Array(tokens.length);
    st.found = [];
  }
  const hit = st.memo[i]!;
  if (hit === 1) return null;
  if (hit > 1) return st.found[hit - 2]!;
  const m = lookupAt(lex, tokens, i);
  if (m) {
    st.found.push(m);
    st.memo[i] = st.found.length + 1;
  } else st.memo[i] = 1;
  return m;
}

/** States holding a memo, to let go of the text's tokens when the recognizer is done. */
const TOUCHED: LexState[] = [];

/** Forget the memos of matchAt (call when a text is done: they hold its tokens). */
export function releaseMatches(): void {
  for (const st of TOUCHED) {
    st.tokens = null;
    st.memo = EMPTY;
    st.found = [];
  }
  TOUCHED.length = 0;
}

function lookupAt(lex: Lexicon, tokens: readonly Token[], i: number): LexMatch | null {
  let m = lex.longestAt(tokens, i);
  if (!m) return null;
  // A folded match may hide an exact one of another length ("Lương" besides "Lường").
  if (!m.exact) m = lex.longestAt(tokens, i, true) ?? m;
  for (let k = m.start; k < m.end; k++) {
    if (tokens[k]!.kind === "newline") return null;
    if (!m.exact && tokens[k]!.diacritics) return null;
  }
  return m;
}

/**
 * For each lexicon, its non-overlapping longest matches left to right that start with a capital,
 * in one pass over the tokens, looking up only where a listed first word stands.
 */
export function scanCapitalized(lexicons: readonly Lexicon[], tokens: readonly Token[], exactOnly: boolean, visit: (m: LexMatch) => void): void {
  const keys = lexicons.map(firstKeys);
  const next = new Int32Array(lexicons.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    for (let l = 0; l < lexicons.length; l++) {
      if (i < next[l]! || !keys[l]!.has(t.fold)) continue;
      const m = lexicons[l]!.longestAt(tokens, i, exactOnly);
      if (!m) continue;
      next[l] = m.end;
      visit(m);
    }
  }
}

/** A listed given-name syllable: with its diacritics, or folded when the text has none. */
export function isGivenSyllable(lx: OfficialLexicons, t: Token): boolean {
  return t.diacritics ? lx.given.has(t.lower) : lx.givenFolded.has(t.fold);
}

/**
 * A set of lowercase words matched on tokens: with diacritics as written, or folded when the
 * token has none ("va" in a text typed without diacritics is "và").
 */
export class WordSet {
  private readonly lower: Set<string>;
  private readonly folded: Set<string>;
  constructor(words: Iterable<string>) {
    this.lower = new Set([...words].map((w) => w.toLowerCase()));
    this.folded = new Set([...this.lower].map(foldWord));
  }
  has(t: Token | undefined): boolean {
    if (!t) return false;
    return this.lower.has(t.lower) || (!t.diacritics && this.folded.has(t.fold));
  }
  hasText(s: string): boolean {
    return this.lower.has(s) || this.folded.has(foldWord(s));
  }
}

/** Token `t` is the word `w` (folded when the token has no diacritics). */
export function isWordOf(t: Token | undefined, w: string): boolean {
  return !!t && (t.lower === w || (!t.diacritics && t.fold === foldWord(w)));
}
