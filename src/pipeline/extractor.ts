import { ENTITY_TYPES, type Doc, type EntityType, type Span } from "../doc.js";
import { OptionError } from "../errors.js";
import { normalize } from "../normalize/normalize.js";
import { tokenize, tokenizeReusing } from "../tokenize/tokenizer.js";
import type { OffsetMap } from "../normalize/offset-map.js";
import type { Token } from "../tokenize/token.js";
import { builtinLexicons, customTermSources, type LexiconRegistry } from "../lexicon/registry.js";
import type { Candidate, Recognizer } from "../recognizers/recognizer.js";
import { defaultRecognizers } from "../recognizers/index.js";
import { resolveOverlaps } from "../resolve/overlaps.js";
import { assignEntityIds } from "../resolve/mentions.js";
import { PipelineContext } from "./context.js";
import { orderRecognizers } from "./order.js";
import { toSpan } from "./to-span.js";

/** Options for one call of `extract`. */
export interface ExtractOptions {
  /** Only these types (OFFICIAL parts of a requested type are still returned). Default: all. */
  types?: readonly EntityType[];
  /**
   * Reference date for relative dates ("hôm nay", "ngày 29-11"): "YYYY-MM-DD" or a Date.
   * When absent, the document's dateline is used if it has one; `null` forces none.
   */
  refDate?: string | Date | null;
}

/** Configuration of a reusable extractor. */
export interface ExtractorConfig extends ExtractOptions {
  /** Recognizers to run (default: `defaultRecognizers`). Extend with `[...defaultRecognizers, mine]`. */
  recognizers?: readonly Recognizer[];
  /** Custom gazetteer terms, matched exactly and accent-insensitively: `{ ORG: ["Công ty Sao Mai"] }`. */
  terms?: Partial<Record<EntityType, readonly string[]>>;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): Doc;
  readonly recognizers: readonly Recognizer[];
  readonly lexicons: LexiconRegistry;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validate and normalize a refDate option to "YYYY-MM-DD" (or null/undefined). */
export function checkRefDate(v: unknown): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new OptionError("thucthe: refDate is an invalid Date");
    // Vietnamese calendar day (UTC+7) of that instant.
    const d = new Date(v.getTime() + 7 * 3600_000);
    return d.toISOString().slice(0, 10);
  }
  if (typeof v === "string") {
    const m = ISO_DATE.exec(v);
    if (m) {
      const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
      if (d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!) return v;
    }
  }
  throw new OptionError(`thucthe: refDate should be an ISO date (YYYY-MM-DD) or a Date, got ${JSON.stringify(v)}`);
}

/** Validate a types option. */
export function checkTypes(v: unknown): Set<EntityType> | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw new OptionError(`thucthe: types should be an array such as ["ORG", "DATE"], got ${JSON.stringify(v)}`);
  for (const t of v) {
    if (!(ENTITY_TYPES as readonly string[]).includes(t)) {
      throw new OptionError(`thucthe: unknown type ${JSON.stringify(t)} in types; expected one of ${ENTITY_TYPES.join(", ")}`);
    }
  }
  return new Set(v as EntityType[]);
}

/**
 * A reusable, preconfigured extractor. Lexicons are parsed on first use and
 * shared between extractors.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  const baseTypes = checkTypes(config.types);
  const baseRef = checkRefDate(config.refDate);
  const recognizers = orderRecognizers(config.recognizers ?? defaultRecognizers);
  let lexicons: LexiconRegistry | null = null;
  const getLexicons = () => {
    if (!lexicons) {
      lexicons = config.terms ? builtinLexicons().with(customTermSources(config.terms)) : builtinLexicons();
    }
    return lexicons;
  };
  if (config.terms) getLexicons(); // report bad terms now, not on the first text
  // Token objects are reused from one text to the next (tokenizeReusing)
  // when only built-in recognizers see them: they keep no token past a
  // call, whereas a caller's recognizer might. A nested call (a recognizer
  // calling extract) finds the pool taken and makes its own tokens.
  let tokenPool: Token[] | null = recognizers.every((r) => defaultRecognizers.includes(r)) ? [] : null;

  // The recognizers to run for the requested types (and what they need),
  // kept for the two sets most calls use: every type, and the configured ones.
  let lastTypes: ReadonlySet<EntityType> | null = null;
  let lastRun: readonly Recognizer[] = [];
  const recognizersFor = (types: ReadonlySet<EntityType>): readonly Recognizer[] => {
    if (types === lastTypes) return lastRun;
    const wanted = expandNeeds(types, recognizers);
    const run = recognizers.filter((r) => r.types.some((t) => wanted.has(t)));
    if (types === ALL_TYPES || types === baseTypes) {
      lastTypes = types;
      lastRun = run;
    }
    return run;
  };

  const extract = (text: string, options: ExtractOptions = {}): Doc => {
    if (typeof text !== "string") {
      throw new OptionError(`thucthe: extract expects a string, got ${text === null ? "null" : typeof text}`);
    }
    const types = checkTypes(options.types) ?? baseTypes ?? ALL_TYPES;
    const ref = options.refDate !== undefined ? checkRefDate(options.refDate) : baseRef;
    const { view, map } = normalize(text);
    const pool = tokenPool;
    tokenPool = null;
    try {
      return run(text, view, map, pool === null ? tokenize(view) : tokenizeReusing(view, pool), types, ref);
    } finally {
      tokenPool = pool;
    }
  };

  const run = (text: string, view: string, map: OffsetMap, tokens: Token[], types: ReadonlySet<EntityType>, ref: string | null | undefined): Doc => {
    const ctx = new PipelineContext({ text, view, map, tokens, refDate: ref ?? null, lexicons: getLexicons(), types });
    let refDate: string | null = ref ?? null;
    let refDateSource: Doc["refDateSource"] = ref ? "option" : null;
    if (ref === undefined) {
      for (const r of recognizers) {
        const found = r.findRefDate?.(ctx) ?? null;
        if (found) {
          refDate = found;
          refDateSource = "dateline";
          ctx.setRefDate(found);
          break;
        }
      }
    }
    // Run the recognizers whose types (or whose dependants' needs) were asked for.
    const run = recognizersFor(types);
    for (const r of run) {
      let cands: Candidate[];
      try {
        cands = r.recognize(ctx);
      } catch (err) {
        // A recognizer bug must not lose the rest of the document: report it on the console once.
        reportRecognizerError(r.name, err);
        continue;
      }
      ctx.add(cands);
    }
    const all: Candidate[] = [];
    for (const t of ENTITY_TYPES) for (const c of ctx.candidates(t)) all.push(c);
    const flat = flattenUnrequested(all, types);
    const kept = resolveOverlaps(types === ALL_TYPES ? flat : flat.filter((c) => types.has(c.type)));
    const ids = assignEntityIds(kept);
    const spans: Span[] = [];
    for (const c of kept) {
      const idx = spans.length;
      spans.push(toSpan(ctx, c, ids.get(c)));
      if (c.type === "OFFICIAL" && c.parts) {
        const parts = c.parts.filter((p) => types.has(p.type)).sort((a, b) => a.start - b.start || b.end - a.end);
        for (const p of parts) spans.push(toSpan(ctx, p, ids.get(p), idx));
      }
    }
    return { text, spans, refDate, refDateSource };
  };

  return { extract, recognizers, get lexicons() { return getLexicons(); } };
}

/** Every type: the set used when the caller asks for none (never modified). */
const ALL_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);

/** When OFFICIAL is not requested, its parts of requested types stand on their own. */
function flattenUnrequested(cands: Candidate[], types: ReadonlySet<EntityType>): Candidate[] {
  if (types.has("OFFICIAL")) return cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type === "OFFICIAL") out.push(...(c.parts ?? []));
    else out.push(c);
  }
  return out;
}

/** Types to compute: the requested ones plus what their recognizers need. */
function expandNeeds(types: ReadonlySet<EntityType>, recognizers: readonly Recognizer[]): Set<EntityType> {
  const wanted = new Set(types);
  // OFFICIAL parts are produced by the OFFICIAL recognizer.
  if (["PERSON", "RANK", "TITLE"].some((t) => wanted.has(t as EntityType))) wanted.add("OFFICIAL");
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of recognizers) {
      if (!r.types.some((t) => wanted.has(t))) continue;
      for (const n of r.needs ?? []) {
        if (!wanted.has(n)) {
          wanted.add(n);
          grew = true;
        }
      }
    }
  }
  return wanted;
}

const reported = new Set<string>();
function reportRecognizerError(name: string, err: unknown): void {
  if (reported.has(name)) return;
  reported.add(name);
  const msg = err instanceof Error ? err.stack ?? err.message : String(err);
  // eslint-disable-next-line no-console
  console.error(`thucthe: recognizer "${name}" failed and was skipped for this text (please report): ${msg}`);
}
