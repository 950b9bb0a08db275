import { describe, expect, it } from "vitest";
import { expectSpans } from "./helpers.js";

describe("org: acronyms, international bodies and media", () => {
  it("an acronym in parentheses is a second ORG linked to the long form", () => {
    const [long, acr] = expectSpans("Việt Nam hợp tác chặt chẽ với Tổ chức Y tế Thế giới (WHO) về vắc xin.", "ORG", [
      "Tổ chức Y tế Thế giới",
      "WHO",
    ]);
    expect(long!.entityId).toBeDefined();
    expect(acr!.entityId).toBe(long!.entityId);
  });

  it("an unlisted acronym defined in parentheses is an ORG again later, with the same id", () => {
    const spans = expectSpans("Quỹ Hỗ trợ Nông dân (QHND) giải ngân sớm. Năm nay QHND tăng vốn.", "ORG", ["Quỹ Hỗ trợ Nông dân", "QHND", "QHND"]);
    expect(spans[2]!.entityId).toBe(spans[0]!.entityId);
  });

  it("listed international acronyms stand alone", () => {
    expectSpans("Đại diện INTERPOL và UNODC cùng dự họp.", "ORG", ["INTERPOL", "UNODC"]);
  });

  it("an acronym before a listed acronym is one name: DGICM ASEAN", () => {
    expectSpans("Cơ chế DGICM ASEAN họp thường niên.", "ORG", ["DGICM ASEAN"]);
  });

  it("a roman numeral is not an acronym", () => {
    expectSpans("Quốc hội khóa XV thông qua luật mới.", "ORG", ["Quốc hội"]);
  });

  it("a news credit in parentheses at the start of a line", () => {
    expectSpans("(VTC) - Sáng nay, trời mưa to.", "ORG", ["VTC"]);
    // After a place, "(X)" is not the place's acronym nor a credit.
    expectSpans("Đoàn công tác đến Hà Nội (QXZ) - sáng nay.", "ORG", []);
  });

  it("an outlet after a class noun and a platform glued to the word before it", () => {
    expectSpans("Giá xăng giảm, trang VnExpress đưa tin. Chia sẻFacebook", "ORG", ["VnExpress", "Facebook"]);
  });

  it("a common word that names an outlet only in title case", () => {
    expectSpans("Thanh niên tình nguyện đến với bà con.", "ORG", []);
  });
});

describe("org: lines written in capitals", () => {
  it("a listed body in a capitalized headline ends before the verb", () => {
    expectSpans("BỘ CÔNG AN THÔNG BÁO KẾT QUẢ ĐIỀU TRA", "ORG", ["BỘ CÔNG AN"]);
  });

  it("capitalized Vietnamese words are not acronyms", () => {
    expectSpans("CƠ CHẾ HỢP TÁC ĐƯỢC MỞ RỘNG MẠNH MẼ", "ORG", []);
  });
});

describe("org and loc: entity ids", () => {
  it("a listed acronym later in the text shares the id of the long form", () => {
    const spans = expectSpans("Liên hợp quốc kêu gọi hòa bình. Tổng thư ký LHQ phát biểu.", "ORG", ["Liên hợp quốc", "LHQ"]);
    expect(spans[1]!.entityId).toBe(spans[0]!.entityId);
  });

  it("a province with and without its level word is one place", () => {
    const spans = expectSpans("Mưa lớn ở tỉnh Lâm Đồng. Lâm Đồng có nhiều hồ.", "LOC", ["tỉnh Lâm Đồng", "Lâm Đồng"]);
    expect(spans[1]!.entityId).toBe(spans[0]!.entityId);
  });

  it("two different bodies get different ids", () => {
    const spans = expectSpans("Bộ Y tế và Bộ Tài chính họp.", "ORG", ["Bộ Y tế", "Bộ Tài chính"]);
    expect(spans[1]!.entityId).not.toBe(spans[0]!.entityId);
  });
});
