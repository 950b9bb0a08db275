import { expect } from "vitest";
import { createExtractor, type Recognizer } from "../../../src/index.js";
import type { Doc, OfficialSpan, Span } from "../../../src/doc.js";
import { officialRecognizer } from "../../../src/recognizers/official/index.js";

/** The official recognizer alone: titles fill their slots from its own head-noun grammar. */
const alone = createExtractor({ recognizers: [officialRecognizer] });

export function run(text: string, extra: readonly Recognizer[] = []): Doc {
  if (extra.length === 0) return alone.extract(text, { refDate: null });
  return createExtractor({ recognizers: [...extra, officialRecognizer] }).extract(text, { refDate: null });
}

export function officials(doc: Doc): OfficialSpan[] {
  return doc.spans.filter((s): s is OfficialSpan => s.type === "OFFICIAL");
}

/** Top-level spans of a type (not nested in an OFFICIAL). */
export function top(doc: Doc, type: Span["type"]): Span[] {
  return doc.spans.filter((s) => s.type === type && s.parent === undefined);
}

/** Parts of the OFFICIAL at index `i` of doc.spans, as "TYPE text". */
export function partsOf(doc: Doc, official: OfficialSpan): string[] {
  const idx = doc.spans.indexOf(official);
  return doc.spans.filter((s) => s.parent === idx).map((s) => `${s.type} ${s.text}`);
}

/** Exactly one OFFICIAL, with this text and record. */
export function expectOfficial(
  text: string,
  want: { text: string; person: string; rank?: string | null; titles: string[]; parts?: string[] },
  extra: readonly Recognizer[] = [],
): OfficialSpan {
  const doc = run(text, extra);
  const offs = officials(doc);
  expect(offs.map((o) => o.text)).toEqual([want.text]);
  const o = offs[0]!;
  expect(o.start).toBe(text.indexOf(want.text));
  expect(text.slice(o.start, o.end)).toBe(o.text);
  expect(o.person).toBe(want.person);
  expect(o.rank).toBe(want.rank ?? null);
  expect(o.titles.map((t) => t.text)).toEqual(want.titles);
  if (want.parts) expect(partsOf(doc, o)).toEqual(want.parts);
  return o;
}
