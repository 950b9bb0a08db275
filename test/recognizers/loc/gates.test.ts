import { describe, it } from "vitest";
import { expectSpans } from "../org/helpers.js";

describe("loc and org: trigger gates keep every rule reachable", () => {
  it("a level word typed without diacritics still opens a place", () => {
    expectSpans("Doan cong tac den thanh pho Can Tho vao sang nay.", "LOC", ["thanh pho Can Tho"]);
  });

  it("a listed name of several words is found through its second word", () => {
    expectSpans("Con tàu vượt Thái Bình Dương trong mười ngày.", "LOC", ["Thái Bình Dương"]);
  });

  it("an abbreviated level word opens a place", () => {
    expectSpans("Hội chợ mở tại TP. Hồ Chí Minh tuần tới.", "LOC", ["TP. Hồ Chí Minh"]);
  });

  it("a lowercase class noun still names the body after it", () => {
    expectSpans("Kẻ gian đột nhập tiệm vàng Kim Thành lúc nửa đêm.", "ORG", ["Kim Thành"]);
  });

  it("a listed outlet written after a lowercase word is found", () => {
    expectSpans("Chia sẻ lên Facebook và Zalo trong ngày.", "ORG", ["Facebook", "Zalo"]);
  });

  it("a level word or an area head with no capital or number within reach opens nothing; with one, the rule still decides", () => {
    expectSpans("Đây là vấn đề xã hội ở xã Quảng Lập, phường 5 và khu công nghiệp Quang Minh.", "LOC", ["xã Quảng Lập", "phường 5", "Quang Minh"]);
    expectSpans("Tàu cập cảng Hải Phòng, gần cầu cảng và cảng hàng không quốc tế Cát Bi.", "LOC", ["Hải Phòng", "Cát Bi"]);
    expectSpans("Các nước Tiểu vùng sông Mê Công mở rộng họp.", "LOC", ["Tiểu vùng sông Mê Công mở rộng"]);
  });

  it("an ambiguous country after a two-word person noun is a person", () => {
    expectSpans("Hôm qua đồng chí Nga phát biểu, nghi phạm Đức bị bắt.", "LOC", []);
    expectSpans("Ông sang nước Anh và học tiếng Anh.", "LOC", ["Anh"]);
  });
});
