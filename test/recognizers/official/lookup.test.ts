import { afterEach, describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { Lookup } from "../../../src/recognizers/official/lookup.js";

const surnames = new Lookup(builtinLexicons().find("person/surnames")!);

function first(text: string) {
  const m = surnames.at(tokenize(normalize(text).view), 0);
  return m && { canonical: m.entry.canonical, exact: m.exact, end: m.end };
}

describe("official: Lookup (memoized look-ups)", () => {
  afterEach(() => Lookup.releaseAll());

  it("finds the exact entry behind a folded one, and none where the diacritics disagree", () => {
    expect(first("Lường Văn A")).toMatchObject({ canonical: "Lường", exact: true });
    expect(first("Lương Văn A")).toMatchObject({ canonical: "Lương", exact: true });
    expect(first("LƯỜNG VĂN A")).toMatchObject({ canonical: "Lường", exact: true });
    expect(first("Luong Van A")).toMatchObject({ exact: false });
    expect(first("Lưỡng Văn A")).toBeNull();
  });

  it("answers again from its memo, and anew for another text", () => {
    const toks = tokenize(normalize("Lường nói").view);
    const a = surnames.at(toks, 0);
    expect(surnames.at(toks, 0)).toBe(a);
    expect(surnames.at(toks, 1)).toBeNull();
    expect(surnames.at(tokenize(normalize("Lương Văn A").view), 0)!.entry.canonical).toBe("Lương");
  });
});
