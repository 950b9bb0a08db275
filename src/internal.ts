/**
 * Internal stages, for the benchmark and tools in this repository. Not part
 * of the public API (not in the package's exports map); may change any time.
 */
export { normalize } from "./normalize/normalize.js";
export { tokenize } from "./tokenize/tokenizer.js";
export { PipelineContext } from "./pipeline/context.js";
export { orderRecognizers } from "./pipeline/order.js";
export { defaultRecognizers } from "./recognizers/index.js";
export { resolveOverlaps } from "./resolve/overlaps.js";
export { builtinLexicons } from "./lexicon/registry.js";
export { ENTITY_TYPES } from "./doc.js";
