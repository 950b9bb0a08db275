import type { Recognizer } from "./recognizer.js";
import { customTermsRecognizer } from "./gazetteer.js";
import { documentRecognizer } from "./document/index.js";
import { dateRecognizer } from "./date/index.js";
import { locRecognizer } from "./loc/index.js";
import { orgRecognizer } from "./org/index.js";
import { eventRecognizer } from "./event/index.js";
import { officialRecognizer } from "./official/index.js";
import { fuzzyRecognizer } from "./fuzzy.js";

/**
 * The default recognizers, in the order they run (a recognizer's `needs`
 * can move it later). Add one: one module, one line here, one test folder.
 */
export const defaultRecognizers: readonly Recognizer[] = [
  customTermsRecognizer,
  documentRecognizer,
  dateRecognizer,
  locRecognizer,
  orgRecognizer,
  eventRecognizer,
  officialRecognizer,
  // Last: typos in long names, only where nothing else matched.
  fuzzyRecognizer,
];
