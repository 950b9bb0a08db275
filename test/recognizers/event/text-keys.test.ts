import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { foldedKey, TEXT_KEY } from "../../../src/recognizers/event/text-keys.js";

const toks = (s: string) => tokenize(normalize(s).view);
const join = (ts: ReturnType<typeof toks>, from: number, to: number) => ts.slice(from, to).map((t) => t.fold).join(" ");

// A mention's key is its folded words, space-separated, whatever the case, diacritics or fold ids.
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
});
