import type { Candidate, Context } from "./recognizer.js";
import type { EntityType } from "../doc.js";

/** View offsets of the token range [i, j) (j exclusive). */
export function tokenRange(ctx: Pick<Context, "tokens">, i: number, j: number): { start: number; end: number } {
  const t = ctx.tokens;
  return { start: t[i]!.start, end: t[j - 1]!.end };
}

/** A candidate covering tokens [i, j). */
export function candidate(
  ctx: Pick<Context, "tokens">,
  type: EntityType,
  i: number,
  j: number,
  source: string,
  extra?: Partial<Candidate>,
): Candidate {
  const t = ctx.tokens;
  const c: Candidate = { type, start: t[i]!.start, end: t[j - 1]!.end, source };
  // Same keys, order and overrides as `{ type, start, end, source, ...extra }`.
  return extra === undefined ? c : Object.assign(c, extra);
}

/** Original-text slice for a view range: what the caller will see as `span.text`. */
export function originalText(ctx: Pick<Context, "text" | "map">, c: { start: number; end: number }): string {
  return ctx.text.slice(ctx.map.toOriginalStart(c.start), ctx.map.toOriginalEnd(c.end));
}
