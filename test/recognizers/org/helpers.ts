import { expect } from "vitest";
import { extract, type EntityType, type Span } from "../../../src/index.js";

/** Spans of one type (nested OFFICIAL parts included), in text order. */
export function spansOf(text: string, type: EntityType): Span[] {
  return extract(text, { refDate: "2025-06-01" }).spans.filter((s) => s.type === type);
}

/** Exactly these texts are found as `type`, each at its right offsets. */
export function expectSpans(text: string, type: EntityType, expected: readonly string[]): Span[] {
  const spans = spansOf(text, type);
  expect(spans.map((s) => s.text)).toEqual(expected);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return spans;
}
