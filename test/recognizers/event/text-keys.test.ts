import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { foldedKey, TEXT_KEY } from "../../../src/recognizers/event/text-keys.js";

const toks = (s: string) => tokenize(normalize(s).view);
const join = (ts: ReturnType<typeof toks>, from: number, to: number) => ts.slice(from, to).map((t) => t.fold).join(" ");

// The keys kept in the trie of fold ids are the strings a join of the folded words gives.
describe("EVENT text keys", () => {
  it("are the folded words, space-separated, with or without the prefix", () => {
    const a = toks("Hội nghị Bộ trưởng ASEAN+3 lần thứ 15");
    expect(foldedKey(a, 0, 4, false)).toBe("hoi nghi bo truong");
    expect(foldedKey(a, 0, a.length, true)).toBe(TEXT_KEY + join(a, 0, a.length));
    // The same words in another text, another case, without diacritics: the same key.
    const b = toks("HOI NGHI BO TRUONG");
    expect(foldedKey(b, 0, 4, false)).toBe("hoi nghi bo truong");
    expect(foldedKey(b, 0, 2, false)).toBe("hoi nghi");
    expect(foldedKey(b, 0, 2, true)).toBe(TEXT_KEY + "hoi nghi");
  });
  it("join the words of tokens without a fold id", () => {
    const a = toks("Lễ hội Đền Hùng").map((t) => ({ ...t, fid: 0 }));
    expect(foldedKey(a, 0, 4, true)).toBe(TEXT_KEY + "le hoi den hung");
  });
  it("stay right over many distinct mentions (the trie is dropped and rebuilt)", () => {
    for (let n = 0; n < 30_000; n += 7) {
      const a = toks(`Hội chợ ${n} lần ${n + 1}`);
      expect(foldedKey(a, 0, a.length, n % 2 === 0)).toBe((n % 2 === 0 ? TEXT_KEY : "") + join(a, 0, a.length));
    }
    const a = toks("Hội chợ 14 lần 15");
    expect(foldedKey(a, 0, a.length, false)).toBe("hoi cho 14 lan 15");
  });
});
