/** A hand-built document with nested OFFICIAL parts, a DATE and an emoji, so format tests do not depend on the recognizers. */
import type { Doc, Span } from "../../src/doc.js";

const text = "😀 Sáng 19/02/2026, Thứ trưởng Bộ Công an Lê Văn Tám đến\nHà Nội.";

function at(s: string, from = 0): [number, number] {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`fixture: ${s} not in text`);
  return [i, i + s.length];
}

function span(type: Span["type"], s: string, extra: Record<string, unknown> = {}): Span {
  const [start, end] = at(s);
  return { type, start, end, text: s, ...extra } as Span;
}

export const sample: Doc = {
  text,
  refDate: "2026-02-19",
  refDateSource: "option",
  spans: [
    span("DATE", "Sáng 19/02/2026", { value: "2026-02-19", partOfDay: "morning" }),
    span("OFFICIAL", "Thứ trưởng Bộ Công an Lê Văn Tám", {
      person: "Lê Văn Tám",
      rank: null,
      titles: [{ title: "Thứ trưởng", org: "Bộ Công an", text: "Thứ trưởng Bộ Công an" }],
      entityId: "e1",
    }),
    span("TITLE", "Thứ trưởng", { parent: 1 }),
    span("ORG", "Bộ Công an", { parent: 1, entityId: "e2" }),
    span("PERSON", "Lê Văn Tám", { parent: 1, entityId: "e1" }),
    span("LOC", "Hà Nội", { canonical: "Hà Nội" }),
  ],
};

/** A span that crosses a line break (brat needs two fragments). */
export const crossing: Doc = {
  text: "Hội nghị về an ninh\nmạng lần thứ 2 diễn ra.",
  refDate: null,
  refDateSource: null,
  spans: [{ type: "EVENT", start: 0, end: 34, text: "Hội nghị về an ninh\nmạng lần thứ 2" }],
};
