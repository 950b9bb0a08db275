/**
 * The public data model: a Doc holds the caller's text and the spans found
 * in it. Every span's `start`/`end` are UTF-16 offsets into the caller's
 * original string, and `text === doc.text.slice(start, end)` always holds.
 */

export const ENTITY_TYPES = [
  "PERSON",
  "RANK",
  "TITLE",
  "OFFICIAL",
  "ORG",
  "LOC",
  "EVENT",
  "DATE",
  "DOCUMENT",
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Fields every span has. */
export interface SpanBase {
  type: EntityType;
  /** Start offset (UTF-16 code units) into the original text, inclusive. */
  start: number;
  /** End offset (UTF-16 code units) into the original text, exclusive. */
  end: number;
  /** Exactly `originalText.slice(start, end)`. */
  text: string;
  /** Which rule found it, e.g. `"date.range.tu-den"`, `"gazetteer:loc.provinces"`. */
  source?: string;
  /** 0..1; lower when the evidence was weaker (no diacritics, all caps, fuzzy match). */
  confidence?: number;
  /** Shared by every mention of one entity in the document (acronym and long form, later mentions of a person). */
  entityId?: string;
  /** Set when the span is a part nested inside an OFFICIAL: the index of that OFFICIAL in `doc.spans`. */
  parent?: number;
  /** Edit distance of a fuzzy gazetteer match (absent for exact matches). */
  distance?: number;
}

export interface PersonSpan extends SpanBase {
  type: "PERSON";
}
export interface RankSpan extends SpanBase {
  type: "RANK";
}
export interface TitleSpan extends SpanBase {
  type: "TITLE";
}

/** One title of an OFFICIAL: the role, the organization (or place/event) that fills its slot, and the whole as written. */
export interface OfficialTitle {
  /** The role as written, e.g. "Thứ trưởng". */
  title: string;
  /** The organization (or place, event) of the title as written, e.g. "Bộ Công an", or null. */
  org: string | null;
  /** Title and organization as written in the text, e.g. "Thứ trưởng Bộ Công an". */
  text: string;
}

export interface OfficialSpan extends SpanBase {
  type: "OFFICIAL";
  /** The person's name as written. */
  person: string | null;
  /** The rank as written, or null. */
  rank: string | null;
  titles: OfficialTitle[];
}

export interface OrgSpan extends SpanBase {
  type: "ORG";
  /** Canonical name when the ORG came from a gazetteer or an acronym link. */
  canonical?: string;
}
export interface LocSpan extends SpanBase {
  type: "LOC";
  canonical?: string;
}
export interface EventSpan extends SpanBase {
  type: "EVENT";
}

export type PartOfDay = "morning" | "noon" | "afternoon" | "evening" | "night";

export interface DateSpan extends SpanBase {
  type: "DATE";
  /**
   * ISO 8601 value: `2026-02-19`, `2026-02`, `2026`, `2026-02-19T16:38+07:00`,
   * `2026-W08`, an interval `a/b`, or null when the text leaves it open.
   */
  value: string | null;
  partOfDay?: PartOfDay;
}

export interface DocumentSpan extends SpanBase {
  type: "DOCUMENT";
  /** The document number as written, e.g. "202/2025/QH15". */
  number?: string;
  /** The kind of document, e.g. "Nghị quyết". */
  kind?: string;
}

export type Span =
  | PersonSpan
  | RankSpan
  | TitleSpan
  | OfficialSpan
  | OrgSpan
  | LocSpan
  | EventSpan
  | DateSpan
  | DocumentSpan;

/** Narrow a Span union member by its `type`. */
export type SpanOf<T extends EntityType> = Extract<Span, { type: T }>;

export interface Doc {
  /** The caller's text, unchanged. */
  text: string;
  /** Spans sorted by start, then longer first. OFFICIAL parts follow their OFFICIAL. */
  spans: Span[];
  /** The reference date used for relative dates (YYYY-MM-DD), or null. */
  refDate: string | null;
  /** Where refDate came from. */
  refDateSource: "option" | "dateline" | null;
}
