import { describe, expect, it } from "vitest";
import { events, expectEvents } from "./helpers.js";

describe("event: acronyms", () => {
  it("an acronym in parentheses is a second EVENT linked to the long form", () => {
    const [long, acr] = expectEvents("Việt Nam chủ trì Hội nghị Quan chức cấp cao ASEAN về tội phạm xuyên quốc gia (SOMTC) năm nay.", [
      "Hội nghị Quan chức cấp cao ASEAN về tội phạm xuyên quốc gia",
      "SOMTC",
    ]);
    expect(long!.entityId).toBeDefined();
    expect(acr!.entityId).toBe(long!.entityId);
  });

  it("an acronym with its edition in parentheses", () => {
    const spans = expectEvents("Thủ tướng dự Hội nghị cấp cao ASEAN lần thứ 43 (ASEAN 43) tại Jakarta.", ["Hội nghị cấp cao ASEAN lần thứ 43", "ASEAN 43"]);
    expect(spans[0]!.entityId).toBe(spans[1]!.entityId);
  });

  it("a plus sign stays in an acronym", () => {
    expectEvents("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) họp tại Jakarta.", ["Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng", "ADMM+"]);
  });

  it("a series acronym introduced in the text is an EVENT again with another edition", () => {
    const spans = expectEvents("Hội nghị Bộ trưởng về ma túy lần thứ 7 (AMMD 7) thành công. Năm sau, Lào chủ trì AMMD 8.", [
      "Hội nghị Bộ trưởng về ma túy lần thứ 7",
      "AMMD 7",
      "AMMD 8",
    ]);
    expect(spans[2]!.entityId).not.toBe(spans[1]!.entityId);
  });

  it("an unlisted series acronym the text introduces is found anywhere after, with another edition", () => {
    expectEvents("Hội nghị Bộ trưởng Kinh tế Mê Kông lần thứ 5 (MKEM 5) thành công. Năm sau, Lào chủ trì MKEM 6 và MKEM7.", [
      "Hội nghị Bộ trưởng Kinh tế Mê Kông lần thứ 5",
      "MKEM 5",
      "MKEM 6",
      "MKEM7",
    ]);
  });

  it("a glued edition of a listed series is an EVENT", () => {
    expectEvents("Đoàn Việt Nam tham dự COP28 tại Dubai.", ["COP28"]);
  });

  it("the same name twice gets the same entity id", () => {
    const spans = expectEvents("Diễn đàn Du lịch Mê Kông 2024 khai mạc. Bộ trưởng đánh giá cao Diễn đàn Du lịch Mê Kông 2024.", [
      "Diễn đàn Du lịch Mê Kông 2024",
      "Diễn đàn Du lịch Mê Kông 2024",
    ]);
    expect(spans[0]!.entityId).toBe(spans[1]!.entityId);
  });

  it("a listed name given as the acronym shares one entity with the long form and later mentions", () => {
    const spans = expectEvents("Đoàn dự Đại hội Thể thao Đông Nam Á (SEA Games) lần thứ 33 tại Thái Lan. SEA Games năm nay có 50 môn.", [
      "Đại hội Thể thao Đông Nam Á",
      "SEA Games",
      "SEA Games",
    ]);
    expect(new Set(spans.map((s) => s.entityId)).size).toBe(1);
  });

  it("a bare series acronym with no edition is not an EVENT", () => {
    expect(events("Cơ chế hợp tác SOMTC ngày càng hiệu quả.")).toEqual([]);
  });

  it("an organization's acronym after 'của <ORG>' is left to ORG", () => {
    const spans = events("Ông dự Hội nghị thường niên lần thứ 9 của Quỹ Tiền tệ Quốc tế (IMF) tại Washington.");
    expect(spans.map((s) => s.text)).toEqual(["Hội nghị thường niên lần thứ 9 của Quỹ Tiền tệ Quốc tế"]);
  });
});
