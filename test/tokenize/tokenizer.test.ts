import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";

const toks = (s: string) => tokenize(normalize(s).view);
const kinds = (s: string) => toks(s).map((t) => `${t.kind}:${t.text}`);

describe("tokenize: token classes", () => {
  it.each([
    ["a full date is one number", "ngày 19/02/2026", ["word:ngày", "number:19/02/2026"]],
    ["a clock time is one number", "lúc 16:38", ["word:lúc", "number:16:38"]],
    ["a time with h is one number", "7h30 sáng", ["number:7h30", "word:sáng"]],
    ["a day range is one number", "12-16/9/2023", ["number:12-16/9/2023"]],
    ["a decimal with separators is one number", "1.234,5 tỷ", ["number:1.234,5", "word:tỷ"]],
    ["a comma between a word and a number splits them (a space left out)", "thứ Hai,19/2/2026", ["word:thứ", "word:Hai", "punct:,", "number:19/2/2026"]],
    ["a comma between a number and a word splits them", "Điều 5,khoản 2", ["word:Điều", "number:5", "punct:,", "word:khoản", "number:2"]],
    ["a comma between codes splits them", "H5N1,H7N9", ["code:H5N1", "punct:,", "code:H7N9"]],
    ["a document number is one code", "số 202/2025/QH15", ["word:số", "code:202/2025/QH15"]],
    ["a directive number with letters is one code", "số 03/CT-BCA-X11", ["word:số", "code:03/CT-BCA-X11"]],
    ["an acronym is a word", "DGICM ASEAN", ["word:DGICM", "word:ASEAN"]],
    ["a hyphenated name splits into words", "Cam-pu-chia", ["word:Cam", "punct:-", "word:pu", "punct:-", "word:chia"]],
    ["an apostrophe inside a name stays", "Ea H'Leo", ["word:Ea", "word:H'Leo"]],
    ["a URL", "xem https://antv.gov.vn/tin-tuc?id=1.", ["word:xem", "url:https://antv.gov.vn/tin-tuc?id=1", "punct:."]],
    ["a bare domain", "Theo CHINHPHU.VN", ["word:Theo", "url:CHINHPHU.VN"]],
    ["an e-mail", "Email: news@antv.gov.vn", ["word:Email", "punct::", "email:news@antv.gov.vn"]],
    ["a phone number", "Hotline: 0692324026", ["word:Hotline", "punct::", "phone:0692324026"]],
    ["a spaced phone number", "gọi 0912 345 678", ["word:gọi", "phone:0912 345 678"]],
    ["TP. keeps its dot", "TP. Hà Nội", ["abbr:TP.", "word:Hà", "word:Nội"]],
    ["TP.HCM is TP. then HCM", "TP.HCM", ["abbr:TP.", "word:HCM"]],
    ["PGS.TS. is one abbreviation", "PGS.TS. Lê", ["abbr:PGS.TS.", "word:Lê"]],
    ["initials keep their dots", "anh N.V.T.", ["word:anh", "abbr:N.V.T."]],
    ["emoji is a symbol", "vui 😀", ["word:vui", "symbol:😀"]],
    ["ellipsis is one punctuation", "chờ...", ["word:chờ", "punct:..."]],
  ])("%s", (_n, input, expected) => {
    expect(kinds(input)).toEqual(expected);
  });

  it("tokens carry folded keys and flags", () => {
    const [a, b, c] = toks("Thượng ĐẠI bộ");
    expect(a!.fold).toBe("thuong");
    expect(a!.cap && a!.diacritics && !a!.upper).toBe(true);
    expect(b!.fold).toBe("dai");
    expect(b!.upper).toBe(true);
    expect(c!.cap).toBe(false);
  });

  it("folded keys match across tone placements and NFD", () => {
    expect(toks("Uỷ")[0]!.lower).toBe(toks("Ủy")[0]!.lower);
    expect(toks("ho\u0300a")[0]!.lower).toBe("hòa");
  });

  it("spaceBefore tells glued tokens from spaced ones", () => {
    const t = toks("ASEAN+ và ASEAN +");
    expect(t.map((x) => x.spaceBefore)).toEqual([false, false, true, true, true]);
  });
});

describe("tokenize: sentence boundaries", () => {
  const starts = (s: string) => toks(s).filter((t) => t.sentenceStart).map((t) => t.text);
  it("a full stop before a capital starts a sentence", () => {
    expect(starts("Hội nghị kết thúc. Các đại biểu về nước.")).toEqual(["Hội", "Các"]);
  });
  it("is not fooled by TP., PGS.TS., Q.1 or 19.2", () => {
    expect(starts("Ông đến TP. Hà Nội gặp PGS.TS. Lê An ở Q.1 ngày 19.2 rồi về.")).toEqual(["Ông"]);
  });
  it("a line break starts a sentence", () => {
    expect(starts("Tiêu đề\nnội dung")).toEqual(["Tiêu", "nội"]);
  });
});

describe("tokenize: capitals and missing diacritics as evidence", () => {
  it("marks a headline line written in capitals, not the lines around it", () => {
    const t = toks("THỨ TRƯỞNG LƯƠNG TAM QUANG THAM DỰ HỘI NGHỊ\nThứ trưởng Lương Tam Quang đã tới.");
    expect(t.filter((x) => x.capsLine).map((x) => x.text)).toEqual(["THỨ", "TRƯỞNG", "LƯƠNG", "TAM", "QUANG", "THAM", "DỰ", "HỘI", "NGHỊ"]);
  });
  it("acronyms in an ordinary sentence do not make a capitals line", () => {
    expect(toks("Hội nghị AMMTC và SOMTC của ASEAN đã họp.").some((x) => x.capsLine)).toBe(false);
  });
});

describe("tokenize: the presized token array", () => {
  it("is cut to the tokens found, with no holes, for sparse and dense text", () => {
    for (const s of ["", "a", "Thượng tướng      Tô Lâm", ",".repeat(500), "a,".repeat(300) + "\n".repeat(3) + "b ".repeat(200)]) {
      const t = tokenize(s);
      expect(Object.keys(t).length).toBe(t.length);
      expect(t.every((x, i) => x.kind !== undefined && (i === 0 || x.start >= t[i - 1]!.end))).toBe(true);
    }
    expect(tokenize(",".repeat(500)).length).toBe(500);
  });
});
