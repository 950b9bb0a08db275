import { describe, expect, it } from "vitest";
import { expectSpans, spansOf } from "../org/helpers.js";

describe("loc: countries, capitals, foreign regions, seas and areas", () => {
  it("countries in their press forms", () => {
    expectSpans("Kim ngạch giữa Hàn Quốc, Ấn Độ và Cam-pu-chia tăng mạnh.", "LOC", ["Hàn Quốc", "Ấn Độ", "Cam-pu-chia"]);
  });

  it("an ambiguous short form is a country mid-sentence after 'và'", () => {
    expectSpans("Thỏa thuận giữa Hàn Quốc và Mỹ được ký kết.", "LOC", ["Hàn Quốc", "Mỹ"]);
  });

  it("an ambiguous form after a person word or inside a name is not a country", () => {
    expect(spansOf("Ông Đức và chị Nga đã về quê.", "LOC")).toEqual([]);
    expect(spansOf("Cầu thủ Tuấn Anh ghi bàn.", "LOC")).toEqual([]);
    expect(spansOf("Em học tiếng Anh mỗi tối.", "LOC")).toEqual([]);
  });

  it("a country used as a modifier is a LOC", () => {
    expectSpans("Nhiều du khách Pháp đến thăm vịnh.", "LOC", ["Pháp"]);
  });

  it("a capital in its Vietnamese press form", () => {
    expectSpans("Đoàn bay tới Viêng Chăn rồi sang Bình Nhưỡng.", "LOC", ["Viêng Chăn", "Bình Nhưỡng"]);
  });

  it("a Chinese province and an American state", () => {
    expectSpans("Hàng hóa từ tỉnh Quảng Đông và bang California.", "LOC", ["tỉnh Quảng Đông", "bang California"]);
  });

  it("seas, archipelagos and rivers keep their class word", () => {
    expectSpans("Tàu cá hoạt động ở Biển Đông gần quần đảo Trường Sa, xa sông Hồng.", "LOC", [
      "Biển Đông",
      "quần đảo Trường Sa",
      "sông Hồng",
    ]);
  });

  it("world regions, lowercase 'châu' included", () => {
    expectSpans("Xuất khẩu sang châu Âu và Đông Nam Á tăng.", "LOC", ["châu Âu", "Đông Nam Á"]);
  });

  it("a named area keeps its capitalized head; a lowercase class noun stays out", () => {
    expectSpans("Khu công nghiệp Quang Minh gần sân bay Cát Bi.", "LOC", ["Khu công nghiệp Quang Minh", "Cát Bi"]);
  });

  it("a name written without diacritics is still found", () => {
    expectSpans("Doanh nghiep Viet Nam xuat khau sang Nhat Ban.", "LOC", ["Viet Nam", "Nhat Ban"]);
  });
});

describe("loc: page furniture", () => {
  it("a text-to-speech voice label is not a region", () => {
    expect(spansOf("Giọng đọc: Nữ Miền Nam", "LOC")).toEqual([]);
  });

  it("a place name inside a person's name is not a LOC", () => {
    expect(spansOf("Bà Lê Thị Hà Nam được khen thưởng.", "LOC")).toEqual([]);
  });

  it("an English country name that starts a company's name is not a LOC", () => {
    expect(spansOf("Hãng Vietnam Airlines tăng chuyến.", "LOC")).toEqual([]);
  });
});

describe("loc: formal state names", () => {
  it("'nước' stays out of a formal state name", () => {
    expectSpans("Đoàn đại biểu nước Cộng hòa Pê-ru đến Hà Nội.", "LOC", ["Cộng hòa Pê-ru", "Hà Nội"]);
  });

  it("a state form before a listed country is one LOC", () => {
    expectSpans("Quan hệ với Vương quốc Bỉ ngày càng tốt đẹp.", "LOC", ["Vương quốc Bỉ"]);
  });
});

describe("loc: place names used as given names", () => {
  it("a foreign province name after a person word is a person's name", () => {
    expect(spansOf("Ông Thanh Hải cho biết, anh Hải Nam cũng đồng ý.", "LOC")).toEqual([]);
  });
});

describe("loc: river basins and formal names with lowercase words", () => {
  it("a river's sub-region is one LOC, 'mở rộng' included", () => {
    expectSpans("Hợp tác trong Tiểu vùng sông Hằng mở rộng được đẩy mạnh.", "LOC", ["Tiểu vùng sông Hằng mở rộng"]);
  });

  it("a formal state name with lowercase words before the country", () => {
    expectSpans("Đoàn của nước Cộng hòa dân chủ nhân dân Lào sang thăm.", "LOC", ["Cộng hòa dân chủ nhân dân Lào"]);
  });
});
