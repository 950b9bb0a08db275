import type { Recognizer } from "../recognizer.js";

/** Placeholder: the document recognizer lands in its own issue. */
export const documentRecognizer: Recognizer = {
  name: "document",
  types: ["DOCUMENT"],
  recognize: () => [],
};
