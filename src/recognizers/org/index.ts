import type { Recognizer } from "../recognizer.js";

/** Placeholder: the org recognizer lands in its own issue. */
export const orgRecognizer: Recognizer = {
  name: "org",
  types: ["ORG"],
  recognize: () => [],
};
