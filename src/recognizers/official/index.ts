import type { Recognizer } from "../recognizer.js";

/** Placeholder: the official recognizer lands in its own issue. */
export const officialRecognizer: Recognizer = {
  name: "official",
  types: ["OFFICIAL", "PERSON", "RANK", "TITLE"],
  recognize: () => [],
};
