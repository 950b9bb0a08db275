import { describe, expect, it } from "vitest";
import { expectSpans, spansOf } from "./helpers.js";

// The ORG rules keep per-text answers in buffers reused from one text to the
// next (places per token, long forms by their last token) and skip word
// questions by per-word bits computed on the folded word. Neither may change
// what is found: not after another text, not in capitals, not without
// diacritics.

const TEXTS = [
  "Ủy ban Văn hóa, Giáo dục và Thanh niên của Quốc hội họp phiên thứ nhất.",
  "Đại sứ quán Lào tại Nhật Bản tổ chức lễ kỷ niệm.",
  "Tổ chức Cảnh sát hình sự quốc tế (INTERPOL) và INTERPOL đã họp.",
  "Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An vừa triệt phá đường dây.",
  "Ông Nguyễn Văn A, Phó chủ tịch ban Kinh tế Tỉnh ủy, phát biểu.",
  // a long text first: its buffers are longer than the next text's tokens
  Array.from({ length: 40 }, () => "Bộ Công an (BCA) phối hợp với Công an tỉnh Quảng Ninh và Sở Y tế Hà Nội.").join(" "),
];
const names = (t: string) => spansOf(t, "ORG").map((s) => `${s.start}-${s.end} ${s.text} ${s.entityId}`);

describe("ORG per-text buffers", () => {
  it("a text gives the same names whatever was read before it", () => {
    const alone = TEXTS.map((t) => {
      names("Một câu không có tổ chức nào."); // some other text in between
      return names(t);
    });
    const forward = TEXTS.map(names);
    const backward = [...TEXTS].reverse().map(names).reverse();
    expect(forward).toEqual(alone);
    expect(backward).toEqual(alone);
  });

  it("a place after a head is found in a text read after a longer one", () => {
    names(TEXTS[5]!);
    expectSpans("Đại sứ quán Lào tại Nhật Bản tổ chức lễ kỷ niệm.", "ORG", ["Đại sứ quán Lào tại Nhật Bản"]);
  });
});

describe("ORG per-word bits of the tail and the titles", () => {
  it("reads the same list of fields with and without diacritics", () => {
    expectSpans("Ủy ban Văn hóa, Giáo dục và Thanh niên của Quốc hội họp phiên thứ nhất.", "ORG", ["Ủy ban Văn hóa, Giáo dục và Thanh niên của Quốc hội"]);
    expectSpans("Uy ban Van hoa, Giao duc va Thanh nien cua Quoc hoi hop phien thu nhat tai Ha Noi hom nay va ngay mai.", "ORG", [
      "Uy ban Van hoa, Giao duc va Thanh nien cua Quoc hoi",
    ]);
  });

  it("a line in capitals stops at its function words", () => {
    expectSpans("ỦY BAN VĂN HÓA, GIÁO DỤC VÀ THANH NIÊN CỦA QUỐC HỘI HỌP PHIÊN THỨ NHẤT.", "ORG", ["QUỐC HỘI"]);
    expectSpans("CẢNH SÁT CƠ ĐỘNG làm nhiệm vụ.", "ORG", ["CẢNH SÁT CƠ ĐỘNG"]);
  });

  it("a lowercase head after a title, accented or not", () => {
    expectSpans("Ông Nguyễn Văn A, Bí thư đảng ủy Xã Tân Phú, phát biểu.", "ORG", ["đảng ủy Xã Tân Phú"]);
    expectSpans("Ông Nguyễn Văn A, Phó chủ tịch ban Kinh tế Tỉnh ủy, phát biểu.", "ORG", ["ban Kinh tế Tỉnh ủy"]);
    // no title before it: the lowercase head is not a name
    expect(spansOf("Ông Nguyễn Văn A gặp ban Kinh tế Tỉnh ủy.", "ORG").map((s) => s.text)).not.toContain("ban Kinh tế Tỉnh ủy");
  });
});
