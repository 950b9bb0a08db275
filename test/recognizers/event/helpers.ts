import { expect } from "vitest";
import { extract } from "../../../src/index.js";
import type { Span } from "../../../src/doc.js";

/** The EVENT spans of a text (fixed refDate, so dates inside names resolve alike). */
export function events(text: string): Span[] {
  return extract(text, { types: ["EVENT"], refDate: "2024-05-10" }).spans.filter((s) => s.type === "EVENT");
}

/** Exactly these EVENT texts, in order, each at its first place after the previous one. */
export function expectEvents(text: string, want: string[]): Span[] {
  const spans = events(text);
  expect(spans.map((s) => s.text)).toEqual(want);
  let from = 0;
  for (const s of spans) {
    const at = text.indexOf(s.text, from);
    expect(s.start).toBe(at);
    expect(s.end).toBe(at + s.text.length);
    from = s.end;
  }
  return spans;
}
