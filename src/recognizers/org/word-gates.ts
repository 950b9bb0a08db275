import { termKeys, type LexEntry, type Lexicon } from "../../lexicon/lexicon.js";
import type { LexiconRegistry } from "../../lexicon/registry.js";
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { ONE_WORD } from "../../lexicon/trie.js";
import { fold } from "../../lexicon/fold.js";
import { groupKeys, type FirstKeys } from "../common/proper-name-run.js";
import { classNounFirsts, headWordBits, LONG_NOUN_FIRSTS, lowerHeadFirsts } from "./heads.js";

/**
 * Per-word gates of the ORG rules. Every rule starts with a word from a
 * table or a list: a head noun ("Bộ", "Sở", "Ủy ban"), the first word of a
 * listed body, outlet or company, a lowercase head or class noun. Which of
 * these a word can start depends on its folded key only, so it is computed
 * once per distinct word (a FoldCache) and then read as one array element
 * per token; tokens that start nothing (most of them) stop there.
 *
 * The bits are supersets: a bit set means "may start", and the rule still
 * checks the exact form (case, diacritics, the following words). A bit
 * clear means the rule cannot match, so skipping it changes nothing.
 */

/** First word of a head noun (ORG_HEADS), in any accent form. */
export const HEAD = 1;
/** First word of a listed body (org/vn-bodies, org/intl-orgs). */
export const BODY = 2;
/** First word of a listed outlet or company (org/media, org/companies). */
export const MEDIA = 4;
/** First word of a lowercase head in a title's slot (LOWER_HEADS: "đảng ủy", "ban"). */
export const LOWER_HEAD = 8;
/** First word of a lowercase class noun (CLASS_NOUNS: "tiệm vàng", "báo"). */
export const CLASS_NOUN = 16;
/**
 * First word of an entry the listed-acronym rule reports (`reportsAcronym`): an acronym of
 * org/intl-orgs or org/vn-bodies, or an outlet of org/media. A match that has no such entry
 * reports nothing, and all its entries share their first word, so a word without this bit
 * starts no report ("Bộ" starts bodies, none of them an acronym).
 */
export const ACRONYM_LIST = 32;
/** First word of such an entry written lowercase-first (a listed outlet in lowercase). */
export const ACRONYM_LOWER_LED = 64;
/** The word ends with a one-word outlet after other letters: "sẻFacebook" (see `gluedPlatform`). */
export const GLUED_MEDIA = 128;
/** A listed body of this one word ("Interpol"). */
export const BODY_ONE = 256;
/** The second word of a listed body ("Công" of "Bộ Công an"): a body of two words or more starts only before one. */
export const BODY_SECOND = 512;
/** A listed outlet or company of this one word; the second word of a longer one (as BODY_ONE, BODY_SECOND). */
export const MEDIA_ONE = 1024;
export const MEDIA_SECOND = 2048;
/** The word folds to "(" (then `isOpenParen` checks the token's length). */
export const PAREN = 4096;
/** An entry of the acronym lists of this one word; the second word of a longer one (as BODY_ONE, BODY_SECOND). */
export const ACRONYM_ONE = 8192;
export const ACRONYM_SECOND = 16384;
/**
 * The folded word is plain letters a-z. A word token of it written in
 * capitals throughout is `upper`: every capital that folds to a-z has a
 * lowercase form, so each counts as a letter (tokenize/shapes.ts). An
 * acronym has no lowercase letter and no digit in such a word, so a word
 * token with this bit that is not `upper` is no acronym, and its text need
 * not be read (see `mayTakeAcronymRule`).
 */
export const PLAIN_WORD = 32768;
/**
 * The second word of a listed body of two words; the third word of a longer
 * one. With BODY_SECOND they tell, from three words, whether a body may start:
 * "Công an" begins only "Công an nhân dân", so "Công an tỉnh" starts none
 * (see `mayContinue`). MEDIA_PAIR_END, MEDIA_THIRD: the same for outlets and companies.
 */
export const BODY_PAIR_END = 1 << 16;
export const BODY_THIRD = 1 << 17;
export const MEDIA_PAIR_END = 1 << 18;
export const MEDIA_THIRD = 1 << 19;
/** The same for the acronym lists (ACRONYM_ONE, ACRONYM_SECOND). */
export const ACRONYM_PAIR_END = 1 << 20;
export const ACRONYM_THIRD = 1 << 21;
/** The first word of a lowercase head or class noun of two words or more (LONG_NOUN_FIRSTS): without it, the name after one is the next token. */
export const NOUN_LONGER = 1 << 22;
/** A head of one word; the first word of a longer head; the second word of one (heads.ts `headWordBits`). */
export const HEAD_ONE = 1 << 23;
export const HEAD_FIRST = 1 << 24;
export const HEAD_SECOND = 1 << 25;
/**
 * The bits a rule can start from on a lowercase word (the others are read
 * only for a capitalized word, or ask about the word after a first one):
 * a lowercase word without them is skipped by one test. Common words such
 * as "an", "tế" carry a second-word bit, so `bits !== 0` alone lets through
 * three times as many words.
 */
export const LOWER_START = PAREN | ACRONYM_LOWER_LED | GLUED_MEDIA | LOWER_HEAD | CLASS_NOUN;

/**
 * An entry of two words or more may go on from a first word at `k - 1`,
 * given the bits of token k (`nextBits`) and, when needed, of token k + 1:
 * the next word is some entry's second word (`second`), and either ends an
 * entry of two words (`pairEnd`) or is followed by some entry's third word
 * (`third`). False means no such entry matches there.
 */
export function mayContinue(gates: FoldCache, toks: readonly Token[], k: number, nextBits: number, second: number, pairEnd: number, third: number): boolean {
  if ((nextBits & second) === 0) return false;
  if ((nextBits & pairEnd) !== 0) return true;
  const t = toks[k + 1];
  return t !== undefined && (gates.get(t) & third) !== 0;
}

/** The listed-acronym rule may find an entry at token `i`, whose bits are `bits` (see `mayContinue`). */
export function mayListAcronym(gates: FoldCache, toks: readonly Token[], i: number, bits: number): boolean {
  if ((bits & ACRONYM_LIST) === 0) return false;
  if ((bits & ACRONYM_ONE) !== 0) return true;
  const next = toks[i + 1];
  return next !== undefined && mayContinue(gates, toks, i + 1, gates.get(next), ACRONYM_SECOND, ACRONYM_PAIR_END, ACRONYM_THIRD);
}

/** The lexicons the ORG rules read, and the per-word gates over them. */
export interface OrgLists {
  /** Listed bodies: org/vn-bodies, org/intl-orgs. */
  readonly bodies: (Lexicon | undefined)[];
  readonly media: Lexicon | undefined;
  readonly companies: Lexicon | undefined;
  /** org/media, org/companies: outlets and companies matched with their exact case. */
  readonly mediaLists: (Lexicon | undefined)[];
  /** Where acronyms are listed: org/intl-orgs, org/vn-bodies, org/media. */
  readonly acronymLists: (Lexicon | undefined)[];
  /** Places that end a name: loc/countries, loc/vn-provinces. */
  readonly places: (Lexicon | undefined)[];
  readonly countries: (Lexicon | undefined)[];
  readonly vnBodiesOnly: (Lexicon | undefined)[];
  /** First keys of the acronym lists. */
  readonly acronymKeys: FirstKeys;
  /** Bits above for a token (by its folded key). */
  bits(t: Token): number;
  /** The same bits, read straight from the cache (`gates.get(t)`): the hot loops skip a call. */
  readonly gates: FoldCache;
}

/* A registry's lexicons never change after it is built (custom terms make a new registry). */
const BY_REGISTRY = new WeakMap<LexiconRegistry, OrgLists>();

/** The ORG lexicons of a registry, with their word gates; built once per registry. */
export function orgLists(registry: LexiconRegistry): OrgLists {
  let s = BY_REGISTRY.get(registry);
  if (!s) BY_REGISTRY.set(registry, (s = build(registry)));
  return s;
}

function build(registry: LexiconRegistry): OrgLists {
  const vnBodies = registry.find("org/vn-bodies");
  const intl = registry.find("org/intl-orgs");
  const media = registry.find("org/media");
  const companies = registry.find("org/companies");
  const bodies = [vnBodies, intl];
  const mediaLists = [media, companies];
  const acronymLists = [intl, vnBodies, media];

  // First words read from the phrase lists: the tables are made only when a text has a word that may start one.
  const lowerHead = lowerHeadFirsts();
  const classNoun = classNounFirsts();
  const bodyLexicons = bodies.filter((l): l is Lexicon => l !== undefined);
  const mediaLexicons = mediaLists.filter((l): l is Lexicon => l !== undefined);
  const acronymLexicons = acronymLists.filter((l): l is Lexicon => l !== undefined);
  // The facts read from the entries themselves, one pass per lexicon (vn-bodies is in two groups).
  const bodyFacts = groupFacts(bodyLexicons);
  const mediaFacts = groupFacts(mediaLexicons);
  const acronymFacts = groupFacts(acronymLexicons);
  const gluedMedia = media ? entryFacts(media).glued : NO_WORDS;
  const bodySeconds = secondWords(bodyLexicons);
  const mediaSeconds = secondWords(mediaLexicons);
  const acronymSeconds = secondWords(acronymLexicons);

  const cache = new FoldCache(
    (f) =>
      // A head's first word is a head of one word or starts a longer one.
      (headWordBits(f, HEAD, HEAD, 0) !== 0 ? HEAD : 0) |
      (bodyLexicons.some((l) => l.startShape(f) !== 0) ? BODY : 0) |
      (mediaLexicons.some((l) => l.startShape(f) !== 0) ? MEDIA : 0) |
      (lowerHead.has(f) ? LOWER_HEAD : 0) |
      (classNoun.has(f) ? CLASS_NOUN : 0) |
      (acronymFacts.reported.has(f) ? ACRONYM_LIST : 0) |
      (acronymFacts.lowerLed.has(f) ? ACRONYM_LOWER_LED : 0) |
      (endsWithOneOf(f, gluedMedia) ? GLUED_MEDIA : 0) |
      (bodyLexicons.some((l) => l.startShape(f) & ONE_WORD) ? BODY_ONE : 0) |
      (bodySeconds.has(f) ? BODY_SECOND : 0) |
      (mediaLexicons.some((l) => l.startShape(f) & ONE_WORD) ? MEDIA_ONE : 0) |
      (mediaSeconds.has(f) ? MEDIA_SECOND : 0) |
      (f === "(" ? PAREN : 0) |
      (acronymLexicons.some((l) => l.startShape(f) & ONE_WORD) ? ACRONYM_ONE : 0) |
      (acronymSeconds.has(f) ? ACRONYM_SECOND : 0) |
      (plainLetters(f) ? PLAIN_WORD : 0) |
      (bodyFacts.pairEnds.has(f) ? BODY_PAIR_END : 0) |
      (bodyFacts.thirds.has(f) ? BODY_THIRD : 0) |
      (mediaFacts.pairEnds.has(f) ? MEDIA_PAIR_END : 0) |
      (mediaFacts.thirds.has(f) ? MEDIA_THIRD : 0) |
      (acronymFacts.pairEnds.has(f) ? ACRONYM_PAIR_END : 0) |
      (acronymFacts.thirds.has(f) ? ACRONYM_THIRD : 0) |
      (LONG_NOUN_FIRSTS.has(f) ? NOUN_LONGER : 0) |
      headWordBits(f, HEAD_ONE, HEAD_FIRST, HEAD_SECOND),
  );
  return {
    bodies,
    media,
    companies,
    mediaLists,
    acronymLists,
    places: [registry.find("loc/countries"), registry.find("loc/vn-provinces")],
    countries: [registry.find("loc/countries")],
    vnBodiesOnly: [vnBodies],
    acronymKeys: groupKeys(acronymLists),
    bits: (t) => cache.get(t),
    gates: cache,
  };
}

/** An entry the listed-acronym rule reports when the longest match has it (acronyms.ts). */
export function reportsAcronym(e: LexEntry): boolean {
  return e.fields.form === "acronym" || e.lexicon === "org/media";
}

/**
 * What the word gates need of a lexicon's entries, from their keys as the
 * trie holds them (`termKeys`, which the bundled keys were compiled with):
 *  - `reported`: the first words of the entries `reportsAcronym` accepts;
 *  - `lowerLed`: the first words of the entries written lowercase-first;
 *  - `pairEnds`, `thirds`: the second word of each two-word entry, the third of each longer one;
 *  - `glued`: one-word names written capitalized, letters only ("Facebook", "TikTok"), folded:
 *    what `gluedPlatform` can find after other letters.
 * One pass over the entries, kept per lexicon (a lexicon is in several groups).
 */
interface EntryFacts {
  readonly reported: ReadonlySet<string>;
  readonly lowerLed: ReadonlySet<string>;
  readonly pairEnds: ReadonlySet<string>;
  readonly thirds: ReadonlySet<string>;
  readonly glued: ReadonlySet<string>;
}
const FACTS = new WeakMap<Lexicon, EntryFacts>();
function entryFacts(lex: Lexicon): EntryFacts {
  let x = FACTS.get(lex);
  if (x) return x;
  const reported = new Set<string>();
  const lowerLed = new Set<string>();
  const pairEnds = new Set<string>();
  const thirds = new Set<string>();
  const glued = new Set<string>();
  const entries = lex.entries();
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const keys = termKeys(e.surface)?.fold;
    if (keys === undefined || keys.length === 0) continue;
    if (reportsAcronym(e)) reported.add(keys[0]!);
    const c = e.surface[0]!;
    if (c === c.toLowerCase()) lowerLed.add(keys[0]!);
    // A word of letters only is one key: the pattern is tested on those only.
    if (keys.length === 1 && CAPITALIZED_WORD.test(e.surface)) glued.add(sigma(fold(e.surface)));
    if (keys.length === 2) pairEnds.add(keys[1]!);
    else if (keys.length > 2) thirds.add(keys[2]!);
  }
  FACTS.set(lex, (x = { reported, lowerLed, pairEnds, thirds, glued }));
  return x;
}
const CAPITALIZED_WORD = /^\p{Lu}\p{L}+$/u;

/** The entry facts of a group of lexicons: each set the union of theirs (one lexicon's serve as they are). */
function groupFacts(lexicons: readonly Lexicon[]): EntryFacts {
  const parts = lexicons.map(entryFacts);
  if (parts.length === 1) return parts[0]!;
  const union = (pick: (x: EntryFacts) => ReadonlySet<string>) => {
    const out = new Set<string>();
    for (const x of parts) for (const w of pick(x)) out.add(w);
    return out;
  };
  return { reported: union((x) => x.reported), lowerLed: union((x) => x.lowerLed), pairEnds: union((x) => x.pairEnds), thirds: union((x) => x.thirds), glued: union((x) => x.glued) };
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** `f` is plain letters a-z (PLAIN_WORD): a char-code test, no regex. */
function plainLetters(f: string): boolean {
  if (f.length === 0) return false;
  for (let k = 0; k < f.length; k++) {
    const c = f.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The second folded words of the lexicons' entries, as their tries hold them. */
function secondWords(lexicons: readonly Lexicon[]): ReadonlySet<string> {
  if (lexicons.length === 1) return lexicons[0]!.secondWords();
  const out = new Set<string>();
  for (const l of lexicons) for (const w of l.secondWords()) out.add(w);
  return out;
}

/* Lowercasing turns a final capital sigma into "ς" in a whole word and into "σ" alone: compare them as one. */
const sigma = (f: string) => f.replace(/ς/g, "σ");

/** `f` is some word of `set` after at least one more character. */
function endsWithOneOf(f: string, set: ReadonlySet<string>): boolean {
  if (set.size === 0) return false;
  f = sigma(f);
  for (let k = 1; k < f.length; k++) if (set.has(f.slice(k))) return true;
  return false;
}
