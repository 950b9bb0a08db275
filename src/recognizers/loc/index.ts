import type { Recognizer } from "../recognizer.js";

/** Placeholder: the loc recognizer lands in its own issue. */
export const locRecognizer: Recognizer = {
  name: "loc",
  types: ["LOC"],
  recognize: () => [],
};
