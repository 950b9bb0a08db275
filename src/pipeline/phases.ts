import { ENTITY_TYPES, type Doc, type EntityType, type Span } from "../doc.js";
import type { LexiconRegistry } from "../lexicon/registry.js";
import type { OffsetMap } from "../normalize/offset-map.js";
import type { Candidate, Recognizer } from "../recognizers/recognizer.js";
import { EntityIds } from "../resolve/mentions.js";
import { resolveOverlapsInto } from "../resolve/overlaps.js";
import type { Token } from "../tokenize/token.js";
import { PipelineContext } from "./context.js";
import { toSpan } from "./to-span.js";

/*
 * The three phases of extracting a text, so that a batch can run them
 * stage by stage: every text is opened (context, dateline), then each
 * recognizer runs over all of them, then each is closed into a Doc. Run on
 * one text, the phases do exactly what a single `extract` does; run on a
 * batch, each recognizer's code and tables stay in the processor's caches
 * from one text to the next instead of being evicted by the six others.
 */

/** A text between the phases. */
export interface OpenText {
  readonly ctx: PipelineContext;
  refDate: string | null;
  refDateSource: Doc["refDateSource"];
}

/** Every type: the set used when the caller asks for none (never modified). */
export const ALL_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);

/** Phase 1: the context of a normalized, tokenized text, with the dateline's reference date when none was given. */
export function openText(
  text: string,
  view: string,
  map: OffsetMap,
  tokens: Token[],
  types: ReadonlySet<EntityType>,
  ref: string | null | undefined,
  lexicons: LexiconRegistry,
  recognizers: readonly Recognizer[],
): OpenText {
  const ctx = new PipelineContext({ text, view, map, tokens, refDate: ref ?? null, lexicons, types });
  const open: OpenText = { ctx, refDate: ref ?? null, refDateSource: ref ? "option" : null };
  if (ref === undefined) {
    for (const r of recognizers) {
      const found = r.findRefDate?.(ctx) ?? null;
      if (found) {
        open.refDate = found;
        open.refDateSource = "dateline";
        ctx.setRefDate(found);
        break;
      }
    }
  }
  return open;
}

/** Phase 2: each recognizer in turn over every text (`run`: the recognizers the types need, in order). */
export function recognizeTexts(texts: readonly OpenText[], run: readonly Recognizer[]): void {
  for (const r of run) {
    for (const t of texts) {
      let cands: Candidate[];
      try {
        cands = r.recognize(t.ctx);
      } catch (err) {
        // A recognizer bug must not lose the rest of the document: report it on the console once.
        reportRecognizerError(r.name, err);
        continue;
      }
      t.ctx.add(cands);
    }
  }
}

/** Phase 3: overlaps resolved, entity ids assigned, spans in the caller's offsets. */
export function closeText(t: OpenText, types: ReadonlySet<EntityType>): Doc {
  const ctx = t.ctx;
  const n = gather(ctx, types, pending);
  const m = resolveOverlapsInto(pending, n, kept);
  // Ids are numbered in the order the spans are written (each kept candidate, then its parts).
  entityIds.reset();
  const spans: Span[] = [];
  for (let i = 0; i < m; i++) {
    const c = kept[i]!;
    const idx = spans.length;
    spans.push(toSpan(ctx, c, entityIds.of(c)));
    if (!c.parts) continue;
    entityIds.ofParts(c, partIds);
    if (c.type === "OFFICIAL") pushParts(ctx, c.parts, types, idx, spans);
  }
  release(pending, n);
  release(kept, m);
  release(partIds, partIds.length);
  return { text: ctx.text, spans, refDate: t.refDate, refDateSource: t.refDateSource };
}

/** The candidates to resolve and those kept, shared between texts (entries past a text's count are undefined). */
const pending: Candidate[] = [];
const kept: Candidate[] = [];

/** A shared buffer keeps nothing of the text, nor the room a huge one needed. */
function release<T>(buf: (T | undefined)[], used: number): void {
  if (buf.length > MAX_SHARED) buf.length = 0;
  else buf.fill(undefined, 0, used);
}
const MAX_SHARED = 1 << 16;

/**
 * The candidates of the requested types into `out` (from 0; returns how many), in the
 * policy's input order: by type (ENTITY_TYPES), then as recognized. When OFFICIAL is not
 * requested, its parts of requested types stand on their own in its place.
 */
function gather(ctx: PipelineContext, types: ReadonlySet<EntityType>, out: Candidate[]): number {
  let n = 0;
  const all = types === ALL_TYPES;
  const officials = all || types.has("OFFICIAL");
  for (const ty of ENTITY_TYPES) {
    const list = ctx.candidates(ty);
    if (all) {
      for (let k = 0; k < list.length; k++) out[n++] = list[k]!;
      continue;
    }
    for (const c of list) {
      if (c.type === "OFFICIAL" && !officials) {
        for (const p of c.parts ?? []) if (types.has(p.type)) out[n++] = p;
      } else if (types.has(c.type)) out[n++] = c;
    }
  }
  return n;
}

const entityIds = new EntityIds();
/** The ids of the current candidate's parts, by part index (shared; cleared after each text). */
const partIds: (string | undefined)[] = [];
/** Indexes of the parts to write, in text order (shared). */
const PARTS_SORTED_IN_PLACE = 32;
const partOrder = new Int32Array(PARTS_SORTED_IN_PLACE);

/** An OFFICIAL's parts of the requested types after it, by start then longer first (stable), each with its parent's index. */
function pushParts(ctx: PipelineContext, parts: readonly Candidate[], types: ReadonlySet<EntityType>, parent: number, spans: Span[]): void {
  if (parts.length > PARTS_SORTED_IN_PLACE) {
    // A custom recognizer's OFFICIAL with many parts: a sort of its own.
    const idx = [...parts.keys()].filter((k) => types.has(parts[k]!.type));
    idx.sort((a, b) => (after(parts[a]!, parts[b]!) ? 1 : after(parts[b]!, parts[a]!) ? -1 : 0));
    for (const k of idx) spans.push(toSpan(ctx, parts[k]!, partIds[k], parent));
    return;
  }
  const order = partOrder;
  let m = 0;
  // Insertion sort: an OFFICIAL has a handful of parts.
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!types.has(p.type)) continue;
    let q = m++;
    while (q > 0 && after(parts[order[q - 1]!]!, p)) {
      order[q] = order[q - 1]!;
      q--;
    }
    order[q] = k;
  }
  for (let q = 0; q < m; q++) spans.push(toSpan(ctx, parts[order[q]!]!, partIds[order[q]!], parent));
}

/** `a` goes after `b`: later start, or the same start and shorter. */
function after(a: Candidate, b: Candidate): boolean {
  return a.start - b.start > 0 || (a.start === b.start && a.end < b.end);
}

const reported = new Set<string>();
function reportRecognizerError(name: string, err: unknown): void {
  if (reported.has(name)) return;
  reported.add(name);
  const msg = err instanceof Error ? err.stack ?? err.message : String(err);
  // eslint-disable-next-line no-console
  console.error(`thucthe: recognizer "${name}" failed and was skipped for this text (please report): ${msg}`);
}
