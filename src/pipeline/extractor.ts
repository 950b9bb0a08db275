import { ENTITY_TYPES, type Doc, type EntityType } from "../doc.js";
import { OptionError } from "../errors.js";
import { normalize } from "../normalize/normalize.js";
import { tokenize, tokenizeReusing } from "../tokenize/tokenizer.js";
import type { OffsetMap } from "../normalize/offset-map.js";
import type { Token } from "../tokenize/token.js";
import { builtinLexicons, customTermSources, type LexiconRegistry } from "../lexicon/registry.js";
import type { Recognizer } from "../recognizers/recognizer.js";
import { defaultRecognizers } from "../recognizers/index.js";
import { orderRecognizers } from "./order.js";
import { ALL_TYPES, closeText, openText, recognizeTexts, type OpenText } from "./phases.js";

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
  /**
   * `extractMany` takes texts together up to this many UTF-16 code units
   * (default 131072, about 32K tokens; a longer text is one batch alone).
   * Smaller batches hold less garbage at once (a lower peak RSS), larger
   * ones keep each recognizer's code and tables warm over more text.
   */
  batchChars?: number;
}

/** One text of a batch (`extractMany`): its own reference date, when given, overrides the options' one. */
export interface BatchText {
  text: string;
  refDate?: string | Date | null;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): Doc;
  /**
   * Many texts at once: the same Docs, in the same order, as `extract` on
   * each, but faster on a batch (each recognizer runs over a stretch of
   * texts while its code and tables are in the processor's caches). Bad
   * options or items throw an OptionError naming the item, before any work.
   */
  extractMany(texts: readonly (string | BatchText)[], options?: ExtractOptions): Doc[];
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
  const batchChars = checkBatchChars(config.batchChars);
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
      const open = openText(text, view, map, pool === null ? tokenize(view) : tokenizeReusing(view, pool), types, ref, getLexicons(), recognizers);
      recognizeTexts([open], recognizersFor(types));
      return closeText(open, types);
    } finally {
      tokenPool = pool;
    }
  };

  const extractMany = (items: readonly (string | BatchText)[], options: ExtractOptions = {}): Doc[] => {
    if (!Array.isArray(items)) throw new OptionError(`thucthe: extractMany expects an array of texts, got ${items === null ? "null" : typeof items}`);
    const types = checkTypes(options.types) ?? baseTypes ?? ALL_TYPES;
    const optionRef = options.refDate !== undefined ? checkRefDate(options.refDate) : baseRef;
    // Every item is checked before any work, so a bad one fails the call whole.
    const texts: string[] = new Array<string>(items.length);
    const refs: (string | null | undefined)[] = new Array<string | null | undefined>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (typeof item === "string") {
        texts[i] = item;
        refs[i] = optionRef;
      } else if (item !== null && typeof item === "object" && typeof (item as BatchText).text === "string") {
        const { text, refDate } = item as BatchText;
        texts[i] = text;
        try {
          refs[i] = refDate !== undefined ? checkRefDate(refDate) : optionRef;
        } catch (err) {
          throw new OptionError(`thucthe: extractMany: texts[${i}]: ${(err as Error).message.replace(/^thucthe: /, "")}`);
        }
      } else {
        throw new OptionError(`thucthe: extractMany: texts[${i}] should be a string or { text, refDate? }, got ${item === null ? "null" : typeof item}`);
      }
    }
    const docs: Doc[] = new Array<Doc>(items.length);
    const run = recognizersFor(types);
    const lexicons = getLexicons();
    const pool = tokenPool;
    tokenPool = null;
    try {
      for (let i = 0; i < texts.length; ) {
        // A batch: texts up to batchChars in all (at least one).
        let j = i;
        let chars = 0;
        while (j < texts.length && (j === i || chars + texts[j]!.length <= batchChars)) chars += texts[j++]!.length;
        const open: OpenText[] = [];
        // The batch's texts are all alive at once: each takes the next stretch of the pool.
        let from = 0;
        for (let k = i; k < j; k++) {
          const { view, map } = normalize(texts[k]!);
          const tokens = pool === null ? tokenize(view) : tokenizeReusing(view, pool, from, POOL_MAX);
          from += tokens.length;
          open.push(openText(texts[k]!, view, map, tokens, types, refs[k], lexicons, recognizers));
        }
        recognizeTexts(open, run);
        for (let k = i; k < j; k++) docs[k] = closeText(open[k - i]!, types);
        i = j;
      }
    } finally {
      tokenPool = pool;
    }
    return docs;
  };

  return { extract, extractMany, recognizers, get lexicons() { return getLexicons(); } };
}

/**
 * extractMany's batches by default: texts are taken together up to this many
 * UTF-16 code units (about 32K tokens), so one batch's tokens fit the pool.
 */
const BATCH_CHARS = 1 << 17;

/** Validate the batchChars option: a positive integer (default BATCH_CHARS). */
function checkBatchChars(v: unknown): number {
  if (v === undefined) return BATCH_CHARS;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
    throw new OptionError(`thucthe: batchChars should be a positive integer number of UTF-16 code units such as 32768, got ${JSON.stringify(v) ?? String(v)}`);
  }
  return v;
}
/** Token objects an extractor keeps for reuse between batches (about 9 MB). */
const POOL_MAX = 1 << 16;

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
