import { afterEach, describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { Lookup, LookupSet } from "../../../src/recognizers/official/lookup.js";
import { PairIds } from "../../../src/recognizers/official/pair-ids.js";

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

describe("official: LookupSet (look-ups sharing their tables)", () => {
  afterEach(() => Lookup.releaseAll());
  const reg = builtinLexicons();
  const ids = ["person/surnames", "official/titles", "official/title-modifiers", "person/address", "official/places"];
  const set = new LookupSet();
  const shared = ids.map((id) => new Lookup(reg.find(id)!, set));
  const alone = ids.map((id) => new Lookup(reg.find(id)!));
  const texts = [
    "Phó Thủ tướng Lê Văn Hòa và ông Lường Văn A thăm Việt Nam, Bộ Công an.",
    "Pho Thu tuong Le Van Hoa va ong Luong Van A tham Viet Nam, Bo Cong an.",
    "PHÓ THỦ TƯỚNG LÊ VĂN HÒA VÀ BÀ LƯƠNG THỊ B.",
  ];

  it("answers as a look-up alone, at every token, in any order of questions", () => {
    for (const text of texts) {
      const toks = tokenize(normalize(text).view);
      for (let i = toks.length - 1; i >= 0; i--) {
        ids.forEach((_, l) => {
          const a = alone[l]!.at(toks, i);
          expect(shared[l]!.at(toks, i)).toEqual(a);
          expect(shared[l]!.atLikelyStart(toks, i)).toEqual(a);
          expect(shared[l]!.canStart(toks[i]!)).toBe(alone[l]!.canStart(toks[i]!));
        });
      }
    }
  });

  it("starts over for another text (rows of the last one are stale)", () => {
    const a = tokenize(normalize("Lường Văn A").view);
    const b = tokenize(normalize("Lương Văn A").view);
    expect(shared[0]!.at(a, 0)!.entry.canonical).toBe("Lường");
    expect(shared[0]!.at(b, 0)!.entry.canonical).toBe("Lương");
    expect(shared[1]!.at(b, 0)).toBeNull();
  });

  it("on a text longer than its rows (a direct-mapped memo), answers at any position as on a short slice from there", () => {
    const toks = tokenize(normalize(texts.join("\n").concat("\n").repeat(700)).view);
    expect(toks.length).toBeGreaterThan(30_000); // past the 16,384 rows kept
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) / (0x7fffffff >>> 8);
    const view = (m: ReturnType<Lookup["at"]>, from: number) => m && { canonical: m.entry.canonical, exact: m.exact, end: m.end - from };
    for (let q = 0; q < 3000; q++) {
      // Far jumps (rows taken by other positions) and asking again near the last one.
      const i = q % 3 === 2 ? Math.min(toks.length - 1, Math.floor(rand() * 8) + (q * 7919) % toks.length) : Math.floor(rand() * toks.length);
      const l = q % ids.length;
      const slice = toks.slice(i, i + 30);
      expect(view(shared[l]!.at(toks, i), i)).toEqual(view(alone[l]!.at(slice, 0), 0));
    }
  });

  it("takes no look-up once asked", () => {
    expect(() => new Lookup(reg.find("official/ranks")!, set)).toThrow();
  });
});

describe("official: PairIds (two first words by fold id)", () => {
  const reg = builtinLexicons();
  const lexicons = ["official/titles", "person/address", "official/places"].map((id) => reg.find(id)!);
  const pairs = new PairIds(lexicons);

  it("answers as the lexicon's own question by string, for every pair of tokens", () => {
    const toks = tokenize(normalize("Bộ trưởng Bộ Công an, đồng chí Phó Thủ tướng, Hàn Quốc và Bo truong, ĐỒNG CHÍ").view);
    for (let i = 0; i + 1 < toks.length; i++) {
      lexicons.forEach((lex, l) => expect(pairs.follows(l, toks[i]!, toks[i + 1]!)).toBe(lex.continues(toks[i]!.fold, toks[i + 1]!.fold)));
    }
    expect(pairs.follows(0, toks[0]!, toks[1]!)).toBe(true);
  });
});
