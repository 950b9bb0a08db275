import { describe, expect, it } from "vitest";
import { expectSpans, spansOf } from "../org/helpers.js";

describe("loc: Vietnamese administrative units with their level words", () => {
  it("a province keeps 'tỉnh'", () => {
    const text = "Mưa lớn gây ngập tại tỉnh Quảng Bình.";
    const [s] = expectSpans(text, "LOC", ["tỉnh Quảng Bình"]);
    expect(s!.start).toBe(text.indexOf("tỉnh"));
  });

  it("'TP.' and 'thành phố' stay in", () => {
    expectSpans("Du khách đổ về TP. Đà Nẵng và thành phố Cần Thơ.", "LOC", ["TP. Đà Nẵng", "thành phố Cần Thơ"]);
  });

  it("a commune and a special zone of the 2025 reform", () => {
    expectSpans("Người dân xã Tân Phú và đặc khu Côn Đảo được hỗ trợ.", "LOC", ["xã Tân Phú", "đặc khu Côn Đảo"]);
  });

  it("a numbered ward and a legacy district", () => {
    expectSpans("Hộ dân ở phường 5 và huyện Mèo Vạc nhận quà.", "LOC", ["phường 5", "huyện Mèo Vạc"]);
  });

  it("a bare province name is a LOC", () => {
    expectSpans("Đoàn đã đến Nghệ An và Thanh Hoá.", "LOC", ["Nghệ An", "Thanh Hoá"]);
  });

  it("an unlisted foreign city after a level word", () => {
    expectSpans("Nhà máy đặt ở thành phố Nam Ninh, tỉnh Quảng Tây.", "LOC", ["thành phố Nam Ninh", "tỉnh Quảng Tây"]);
  });

  it("'thủ đô' and 'khu vực' stay out", () => {
    expectSpans("Hội chợ mở ở thủ đô Hà Nội, khu vực Tây Nguyên cũng hưởng ứng.", "LOC", ["Hà Nội", "Tây Nguyên"]);
  });

  it("a level word with no name is not a place", () => {
    expect(spansOf("Công an xã và chính quyền thành phố đã vào cuộc.", "LOC")).toEqual([]);
  });

  it("'phố phường' is the city's streets, not a ward", () => {
    expectSpans("Dịp Tết, phố phường Hải Phòng rực rỡ.", "LOC", ["Hải Phòng"]);
  });
});

describe("loc: addresses", () => {
  it("a street address with its house number is one LOC", () => {
    expectSpans("Cửa hàng tại 12 Lê Lợi, phường Bến Thành bị cháy.", "LOC", ["12 Lê Lợi", "phường Bến Thành"]);
  });

  it("a number before capitalized words elsewhere is not an address", () => {
    expect(spansOf("Có 12 Thành viên mới gia nhập.", "LOC")).toEqual([]);
  });
});
