import type { Recognizer } from "../recognizer.js";

/** Placeholder: the date recognizer lands in its own issue. */
export const dateRecognizer: Recognizer = {
  name: "date",
  types: ["DATE"],
  recognize: () => [],
};
