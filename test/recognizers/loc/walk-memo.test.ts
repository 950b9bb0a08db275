import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { AREA, COMMUNE, DISTRICT, LEVEL, locLexicons, PROVINCE, STANDALONE } from "../../../src/recognizers/loc/word-gates.js";
import { expectSpans } from "../org/helpers.js";

const toks = (text: string) => tokenize(normalize(text).view);

describe("loc: kept walks and two-word phrase gates", () => {
  const lx = locLexicons(builtinLexicons());
  const listed = (t: ReturnType<typeof toks>, i: number, lists = STANDALONE) => lx.listed(t, i, lx.openAt(t, i, lists.bits), lists);
  const span = (t: ReturnType<typeof toks>, m: { start: number; end: number } | null) => (m ? t.slice(m.start, m.end).map((x) => x.text).join(" ") : null);

  it("a position asked again, in another order of lists, gives the same match", () => {
    const t = toks("Đoàn về tỉnh Lâm Đồng và thành phố Hà Nội.");
    const i = t.findIndex((x) => x.text === "Hà");
    const first = listed(t, i, PROVINCE);
    expect(span(t, first)).toBe("Hà Nội");
    expect(span(t, listed(t, i))).toBe("Hà Nội");
    lx.release();
  });

  it("another text at the same positions is walked anew", () => {
    const a = toks("Họ ở Hà Nội.");
    const b = toks("Họ ở Hà Giang.");
    expect(span(a, listed(a, 2))).toBe("Hà Nội");
    expect(span(b, listed(b, 2))).toBe("Hà Giang");
    // Same token list again after a release: walked again, same answer.
    lx.release();
    expect(span(a, listed(a, 2))).toBe("Hà Nội");
    lx.release();
  });

  it("positions that share a slot (eight apart) keep their own answers", () => {
    const t = toks("Hà Nội, một, hai, ba Hà Giang");
    const j = t.length - 2;
    expect(j % 8).toBe(0);
    expect(span(t, listed(t, 0))).toBe("Hà Nội");
    expect(span(t, listed(t, j))).toBe("Hà Giang");
    expect(span(t, listed(t, 0))).toBe("Hà Nội");
    lx.release();
  });

  it("two-word trigger phrases are told from one-word ones by the folded pair", () => {
    const t = toks("về thành phố Huế, khu công nghiệp Quang Minh, tổ chức Hội nghị");
    const at = (w: string) => t.findIndex((x) => x.text === w);
    expect(lx.twoWordPhrases(t, at("thành"), LEVEL | AREA)).toBe(LEVEL);
    // "khu công nghiệp" (an area), "khu phố" (a level word): only the pair read decides.
    expect(lx.twoWordPhrases(t, at("khu"), LEVEL | AREA)).toBe(AREA);
    expect(lx.twoWordPhrases(toks("khu phố Tân Lập"), 0, LEVEL | AREA)).toBe(LEVEL);
    expect(lx.twoWordPhrases(t, at("tổ"), LEVEL | AREA)).toBe(0);
    expect(lx.twoWordPhrases(toks("thanh pho Hue"), 0, LEVEL)).toBe(LEVEL);
    expect(lx.twoWordPhrases(toks("THÀNH PHỐ HUẾ"), 0, LEVEL)).toBe(LEVEL);
  });

  it("level words and area heads of one or more words still open their places", () => {
    expectSpans("Tổ chức Hội nghị tại tổ dân phố 5, khu phố Tân Lập 2 và xã Quảng Lập.", "LOC", ["tổ dân phố 5", "khu phố Tân Lập 2", "xã Quảng Lập"]);
    expectSpans("Tàu về cảng hàng không quốc tế Cát Bi, qua cầu Long Biên và sông Hồng.", "LOC", ["Cát Bi", "sông Hồng"]);
  });
});

describe("loc: district and commune pairs read from the level pair tables", () => {
  const reg = builtinLexicons();
  const lx = locLexicons(reg);
  it("goesOn answers as the lexicon's continues, at every token", () => {
    const texts = [
      "Huyện Tam Hà, quận Hoàn Kiếm, xã Quảng Lập, phường Bến Nghé, thị trấn Đông Anh và huyện Đức Trọng.",
      "huyen Duc Trong, xa Quang Lap, phuong Ben Nghe",
      "HUYỆN ĐỨC TRỌNG, XÃ QUẢNG LẬP",
    ];
    let yes = 0;
    for (const text of texts) {
      const t = toks(text);
      for (let i = 0; i + 1 < t.length; i++) {
        for (const list of [DISTRICT, COMMUNE]) {
          const want = lx.lexicon(list)!.continues(t[i]!.fold, t[i + 1]!.fold);
          expect(lx.goesOn(t, i, list), `${text} @ ${t[i]!.text}`).toBe(want);
          if (want) yes++;
        }
      }
    }
    expect(yes).toBeGreaterThan(5);
  });
});
