import type { EntityType, OfficialTitle, PartOfDay } from "../doc.js";
import type { Token } from "../tokenize/token.js";
import type { LexiconRegistry } from "../lexicon/registry.js";
import type { OffsetMap } from "../normalize/offset-map.js";

/**
 * A candidate span as a recognizer proposes it. `start`/`end` are offsets
 * into the normalized view (`ctx.view`), never into the caller's text: the
 * span builder maps them back. Use `tokenRange(ctx, i, j)` from
 * `span-builder.ts` to get them from a token range.
 */
export interface Candidate {
  type: EntityType;
  /** View offset, inclusive. */
  start: number;
  /** View offset, exclusive. */
  end: number;
  /** Rule that produced it, e.g. "date.range.tu-den". */
  source: string;
  /** 0..1, default 1. */
  confidence?: number;
  /** Link key: candidates with the same key in one document get the same entityId. */
  link?: string;
  /** Canonical form (gazetteer entries). */
  canonical?: string;
  /** Tie-break between candidates of equal length: higher wins (custom terms use 10). Default 0. */
  priority?: number;
  /** Edit distance of a fuzzy match. */
  distance?: number;
  // DATE
  value?: string | null;
  partOfDay?: PartOfDay;
  // OFFICIAL
  person?: string | null;
  rank?: string | null;
  titles?: OfficialTitle[];
  /** OFFICIAL only: its nested PERSON, RANK, TITLE, ORG, LOC, EVENT parts. */
  parts?: Candidate[];
  // DOCUMENT
  number?: string;
  kind?: string;
}

/** What every recognizer sees. Built once per text. */
export interface Context {
  /** The caller's text, unchanged. */
  readonly text: string;
  /** The normalized view the recognizers match on (see src/normalize). */
  readonly view: string;
  /** Maps view offsets back to `text` (the span builder uses it; recognizers rarely need to). */
  readonly map: OffsetMap;
  /** Tokens of the view, in order. */
  readonly tokens: readonly Token[];
  /**
   * The text is written without diacritics (chat, SMS, old systems: "Thu truong
   * Bo Cong an"): fewer than one word in twenty carries a mark. Recognizers then
   * match on `token.fold` and lower their confidence where folding is ambiguous.
   */
  readonly noDiacritics: boolean;
  /**
   * The text is written all in lowercase (chat, search queries): fewer than one
   * word in fifty starts with a capital, so case says nothing about names.
   */
  readonly lowercase: boolean;
  /** The reference date (YYYY-MM-DD) or null. Recognizers that find a dateline may not change it. */
  readonly refDate: string | null;
  /** Lexicons (built-in plus the caller's custom terms). */
  readonly lexicons: LexiconRegistry;
  /** The types the caller asked for. */
  readonly types: ReadonlySet<EntityType>;
  /**
   * Candidates produced so far by earlier recognizers, by type. A recognizer
   * that needs another type (OFFICIAL needs ORG, LOC, EVENT for its title
   * slots) reads them here and must work, less well, when there are none.
   */
  candidates(type: EntityType): readonly Candidate[];
  /** Index of the token starting at or containing view offset `pos`, or -1. */
  tokenAt(pos: number): number;
}

/**
 * A recognizer: one module, one small interface. It proposes candidates;
 * the resolver decides overlaps afterwards.
 */
export interface Recognizer {
  /** Unique name, e.g. "date". */
  readonly name: string;
  /** Types it can produce; skipped when the caller asked for none of them. */
  readonly types: readonly EntityType[];
  /** Types whose candidates it reads (it runs after the recognizers producing them). */
  readonly needs?: readonly EntityType[];
  recognize(ctx: Context): Candidate[];
  /**
   * Optional: the document's reference date (YYYY-MM-DD) read from its
   * dateline, used when the caller gave no refDate. The first recognizer
   * that returns one wins.
   */
  findRefDate?(ctx: Context): string | null;
}
