import { describe, expect, it } from "vitest";
import { expectSpans, spansOf } from "./helpers.js";

describe("org: state, party and government bodies", () => {
  it("a listed ministry is one ORG", () => {
    const [s] = expectSpans("Hôm qua, Bộ Tài chính công bố số liệu mới.", "ORG", ["Bộ Tài chính"]);
    expect(s!.start).toBe(9);
  });

  it("a foreign ministry keeps its country", () => {
    expectSpans("Đoàn công tác làm việc với Bộ Ngoại giao Nhật Bản về thị thực.", "ORG", ["Bộ Ngoại giao Nhật Bản"]);
  });

  it("a ministry's department is read by its head noun", () => {
    expectSpans("Theo báo cáo của Cục Quản lý thị trường, giá vàng tăng.", "ORG", ["Cục Quản lý thị trường"]);
  });

  it("the lowercase half of the first word stays in: Cục Thống kê", () => {
    expectSpans("Số liệu của Cục Thống kê cho thấy xuất khẩu tăng.", "ORG", ["Cục Thống kê"]);
  });

  it("a verb phrase after a one-word field is not part of the name", () => {
    expectSpans("Tổng cục Thuế hướng dẫn quyết toán thuế.", "ORG", ["Tổng cục Thuế"]);
  });

  it("a list of fields joined by a comma and 'và' is one name", () => {
    expectSpans("Ông đã làm việc tại Ủy ban Văn hóa, Giáo dục và Thanh niên trong nhiều năm.", "ORG", ["Ủy ban Văn hóa, Giáo dục và Thanh niên"]);
  });

  it("'của' and the parent body stay in", () => {
    expectSpans("Đại diện Ủy ban Kinh tế của Quốc hội phát biểu.", "ORG", ["Ủy ban Kinh tế của Quốc hội"]);
  });

  it("a unit and its parent with no punctuation make one ORG", () => {
    expectSpans("Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An vừa triệt phá đường dây.", "ORG", ["Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An"]);
  });

  it("'thuộc' separates a unit from its parent", () => {
    expectSpans("Tổ tuần tra của Đội Cảnh sát cơ động thuộc Công an huyện Đông Anh có mặt.", "ORG", [
      "Đội Cảnh sát cơ động",
      "Công an huyện Đông Anh",
    ]);
  });

  it("'khóa N' stays out of the name", () => {
    expectSpans("Kỳ này, Hội đồng nhân dân tỉnh Quảng Trị khóa VIII họp bàn ngân sách.", "ORG", ["Hội đồng nhân dân tỉnh Quảng Trị"]);
  });

  it("singular Đảng and Nhà nước are ORGs, plural ones are not", () => {
    expectSpans("Chủ trương của Đảng và chính sách của Nhà nước được phổ biến.", "ORG", ["Đảng", "Nhà nước"]);
    expect(spansOf("Quan hệ giữa hai Đảng ngày càng bền chặt.", "ORG")).toEqual([]);
  });

  it("a lowercase head in a title's slot is an ORG", () => {
    expectSpans("Ông Trần Lưu Quang từng là Bí thư tỉnh ủy Tỉnh Nghệ An.", "ORG", ["tỉnh ủy Tỉnh Nghệ An"]);
  });

  it("a reference to the bodies of two countries is generic", () => {
    expect(spansOf("Lãnh đạo Bộ Y tế hai nước đã ký biên bản.", "ORG")).toEqual([]);
  });

  it("bare 'Công an xã' and a title word after the head are not ORGs", () => {
    expect(spansOf("Lực lượng Công an xã đã có mặt kịp thời.", "ORG")).toEqual([]);
    expect(spansOf("Cục trưởng cho biết kết quả rất khả quan.", "ORG")).toEqual([]);
  });
});

describe("org: text typed without diacritics", () => {
  it("head nouns and level words are read unaccented", () => {
    expectSpans("Cong an tinh Nghe An vua bat giu doi tuong.", "ORG", ["Cong an tinh Nghe An"]);
  });

  it("a generic noun with a country is not a body", () => {
    expect(spansOf("Doanh nghiệp Việt Nam xuất khẩu sang Nhật Bản.", "ORG")).toEqual([]);
  });
});

describe("org: nested heads and parents", () => {
  it("a nested head is read whole: ban Kinh tế Tỉnh ủy", () => {
    expectSpans("Trưởng ban Kinh tế Tỉnh ủy phát biểu tại buổi làm việc.", "ORG", ["ban Kinh tế Tỉnh ủy"]);
  });

  it("a spaced dash separates a unit from its parent", () => {
    expectSpans("Cục Quản lý thị trường - Bộ Công Thương kiểm tra.", "ORG", ["Cục Quản lý thị trường", "Bộ Công Thương"]);
  });

  it("an edition after a lowercase part ends the name and stays out", () => {
    expectSpans("Ban Chấp hành Hội Cựu chiến binh khóa VI tỉnh Phú Yên họp.", "ORG", ["Ban Chấp hành Hội Cựu chiến binh"]);
  });
});
