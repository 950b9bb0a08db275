import type { Span } from "../doc.js";
import type { Candidate, Context } from "../recognizers/recognizer.js";

/** Turn a view-offset candidate into a public span with original offsets and text (`parent`: see Span). */
export function toSpan(ctx: Context, c: Candidate, entityId: string | undefined, parent?: number): Span {
  const start = ctx.map.toOriginalStart(c.start);
  const end = Math.max(start, ctx.map.toOriginalEnd(c.end));
  const span: Record<string, unknown> = { type: c.type, start, end, text: ctx.text.slice(start, end), source: c.source };
  if (c.confidence !== undefined && c.confidence < 1) span.confidence = c.confidence;
  if (entityId) span.entityId = entityId;
  if (c.distance !== undefined) span.distance = c.distance;
  switch (c.type) {
    case "DATE":
      span.value = c.value ?? null;
      if (c.partOfDay) span.partOfDay = c.partOfDay;
      break;
    case "OFFICIAL":
      span.person = c.person ?? null;
      span.rank = c.rank ?? null;
      span.titles = c.titles ?? [];
      break;
    case "ORG":
    case "LOC":
      if (c.canonical) span.canonical = c.canonical;
      break;
    case "DOCUMENT":
      if (c.number) span.number = c.number;
      if (c.kind) span.kind = c.kind;
      break;
  }
  // An OFFICIAL's part: the index of the OFFICIAL's span (last, as callers have always seen it).
  if (parent !== undefined) span.parent = parent;
  return span as unknown as Span;
}
