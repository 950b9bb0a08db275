import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { DATE_CASES, REF_DATE } from "../../fixtures/date-cases.js";

const dates = (sentence: string) => extract(sentence, { refDate: REF_DATE, types: ["DATE"] }).spans;

describe("date: the side-by-side test set", () => {
  const positives = DATE_CASES.filter((c) => c.text !== null);
  const negatives = DATE_CASES.filter((c) => c.text === null);

  it.each(positives.map((c) => [c.cls, c.text, c.value, c.sentence] as const))("%s: %s → %s", (_cls, text, value, sentence) => {
    const found = dates(sentence).map((s) => ({ text: s.text, value: (s as { value: string | null }).value, start: s.start }));
    expect(found).toContainEqual({ text, value, start: sentence.indexOf(text!) });
  });

  it.each(negatives.map((c) => [c.sentence] as const))("not a date: %s", (sentence) => {
    expect(dates(sentence).map((s) => s.text)).toEqual([]);
  });
});
