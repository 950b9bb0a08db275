/**
 * thucthe: entities in Vietnamese text, as typed spans with exact offsets.
 *
 * ```ts
 * import { extract } from "thucthe";
 * const doc = extract("Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an, đến Hà Nội hôm nay.", { refDate: "2026-02-19" });
 * ```
 */
import { createExtractor, type BatchText, type ExtractOptions } from "./pipeline/extractor.js";
import type { Doc } from "./doc.js";

export * from "./doc.js";
export { createExtractor, type ExtractOptions, type ExtractorConfig, type Extractor, type BatchText } from "./pipeline/extractor.js";
export type { Recognizer, Candidate, Context } from "./recognizers/recognizer.js";
export type { Token, TokenKind } from "./tokenize/token.js";
export { defaultRecognizers } from "./recognizers/index.js";
export { candidate, tokenRange } from "./recognizers/span-builder.js";
export { normalize, type Normalized } from "./normalize/normalize.js";
export { OffsetMap } from "./normalize/offset-map.js";
export { tokenize } from "./tokenize/tokenizer.js";
export { fold } from "./lexicon/fold.js";
export { ThucTheError, OptionError, InputError } from "./errors.js";
/** The Vietnamese lunar calendar (UTC+7), usable on its own. */
export { toSolar, toLunar, tetDate, leapMonthOf, canChiOfYear, yearOfCanChi, type LunarDate, type SolarDate } from "./calendar/index.js";

let shared: ReturnType<typeof createExtractor> | null = null;

/** Find the entities in `text` with the default extractor. Never throws on a string. */
export function extract(text: string, options?: ExtractOptions): Doc {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

/**
 * Find the entities in many texts with the default extractor: the same Docs
 * as `extract` on each, in order, faster on a batch (see Extractor.extractMany).
 */
export function extractMany(texts: readonly (string | BatchText)[], options?: ExtractOptions): Doc[] {
  shared ??= createExtractor();
  return shared.extractMany(texts, options);
}
