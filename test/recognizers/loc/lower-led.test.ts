import { describe, expect, it } from "vitest";
import { builtinLexicons, LexiconRegistry } from "../../../src/lexicon/registry.js";
import { lowerLedKeys } from "../../../src/recognizers/common/proper-name-run.js";
import { locLexicons, LOWER_LED } from "../../../src/recognizers/loc/word-gates.js";
import { expectSpans } from "../org/helpers.js";

// LOWER_LED is read from the lowercase-first entries of the LOWER lists alone (one pass over
// their entries, keys looked up for those only): the same words as `lowerLedKeys` gives.
const word = (fold: string) => ({ fid: 0, fold });

describe("loc: lowercase-led first words (LOWER_LED)", () => {
  it("marks exactly the words lowerLedKeys gives, on the bundled lists", () => {
    const reg = builtinLexicons();
    const lists = ["loc/features", "loc/countries"].map((id) => reg.find(id));
    const want = lowerLedKeys(lists);
    expect(want.size).toBeGreaterThan(3);
    const first = locLexicons(reg).first;
    const words = new Set<string>(want);
    for (const l of lists) for (const f of l?.firstWords() ?? []) words.add(f);
    for (const f of words) expect((first.get(word(f)) & LOWER_LED) !== 0, f).toBe(want.has(f));
  });

  it("is kept per registry: a list of other entries gives other words", () => {
    const reg = new LexiconRegistry([
      { id: "loc/features", type: "LOC", columns: ["canonical", "kind"], rows: [["sông Hồng", "sông Hồng", "river"], ["Biển Đông", "Biển Đông", "sea"]] },
      { id: "loc/countries", type: "LOC", columns: ["canonical", "kind", "ambiguous"], rows: [["vùng Vịnh", "vùng Vịnh", "region", "0"]] },
    ]);
    const first = locLexicons(reg).first;
    expect(first.get(word("song")) & LOWER_LED).toBe(LOWER_LED);
    expect(first.get(word("vung")) & LOWER_LED).toBe(LOWER_LED);
    expect(first.get(word("bien")) & LOWER_LED).toBe(0);
  });

  it("finds lowercase-led names in running text", () => {
    expectSpans("Tàu đi trên sông Mê Công rồi ra biển Đông, sang châu Á.", "LOC", ["sông Mê Công", "biển Đông", "châu Á"]);
  });
});
