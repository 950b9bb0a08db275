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
});
