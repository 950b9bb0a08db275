import type { Recognizer } from "../recognizer.js";

/** Placeholder: the event recognizer lands in its own issue. */
export const eventRecognizer: Recognizer = {
  name: "event",
  types: ["EVENT"],
  recognize: () => [],
};
