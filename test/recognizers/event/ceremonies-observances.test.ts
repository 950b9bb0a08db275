import { describe, it } from "vitest";
import { expectEvents } from "./helpers.js";

describe("event: ceremonies", () => {
  it("a ceremony noun before a named event stays out of it", () => {
    expectEvents("Lễ khai mạc Liên hoan phim Việt Nam lần thứ 23 diễn ra tối qua.", ["Liên hoan phim Việt Nam lần thứ 23"]);
  });

  it("an anniversary ceremony before an observance stays out of it", () => {
    expectEvents("Lễ kỷ niệm 15 năm Ngày Gia đình Việt Nam được tổ chức long trọng.", ["Ngày Gia đình Việt Nam"]);
  });

  it("a lowercase ceremony noun before a named fair stays out", () => {
    expectEvents("Ông phát biểu tại lễ khai mạc Hội chợ Du lịch quốc tế 2024.", ["Hội chợ Du lịch quốc tế 2024"]);
  });

  it("a capitalized ceremony with no named event is an EVENT with its complement", () => {
    expectEvents("Công ty tổ chức Lễ ra mắt Chi nhánh miền Trung của công ty.", ["Lễ ra mắt Chi nhánh miền Trung"]);
  });

  it("a session noun before a named congress stays out of it", () => {
    expectEvents("Phiên bế mạc Đại hội Hội Cựu chiến binh tỉnh Bình An lần thứ VII diễn ra sáng nay.", ["Đại hội Hội Cựu chiến binh tỉnh Bình An lần thứ VII"]);
  });

  it("a ceremony name ends before 'đối với <person>'", () => {
    expectEvents("Huyện tổ chức Lễ tuyên dương học sinh giỏi đối với em Lê An.", ["Lễ tuyên dương học sinh giỏi"]);
  });

  it("a regular meeting keeps its quarter", () => {
    expectEvents("Sở tổ chức Giao ban báo chí định kỳ quý III năm 2024 tại hội trường.", ["Giao ban báo chí định kỳ quý III năm 2024"]);
  });

  it("a founding ceremony: the type word is no clause", () => {
    expectEvents("Lễ thành lập Hội Doanh nhân trẻ tỉnh diễn ra sáng nay.", ["Lễ thành lập Hội Doanh nhân trẻ tỉnh"]);
  });

  it("a ceremony may open a sentence when its complement names it", () => {
    expectEvents("Lễ ra mắt Câu lạc bộ Cờ tướng phường được tổ chức tối qua.", ["Lễ ra mắt Câu lạc bộ Cờ tướng phường"]);
  });

  it("a ceremony whose object lists people keeps the commas", () => {
    expectEvents("Trung đoàn tổ chức Lễ tiễn quân nhân, chiến sĩ hoàn thành nghĩa vụ quân sự\nẢnh: tư liệu", [
      "Lễ tiễn quân nhân, chiến sĩ hoàn thành nghĩa vụ quân sự",
    ]);
  });
});

describe("event: holidays, observances and listed names", () => {
  it("Tết with its can-chi year and year", () => {
    expectEvents("Người dân đón Tết Nguyên đán Giáp Thìn 2024 trong không khí ấm áp.", ["Tết Nguyên đán Giáp Thìn 2024"]);
  });

  it("a listed observance written with a lowercase word", () => {
    expectEvents("Học trò cũ về thăm thầy dịp Tết thầy năm nay.", ["Tết thầy"]);
  });

  it("an observance day named by capitalized words", () => {
    expectEvents("Nhân Ngày Quốc tế Phụ nữ, công đoàn tặng quà.", ["Ngày Quốc tế Phụ nữ"]);
  });

  it("an observance opened by 'truyền thống'", () => {
    expectEvents("Đơn vị kỷ niệm Ngày truyền thống Bộ đội Biên phòng.", ["Ngày truyền thống Bộ đội Biên phòng"]);
  });

  it("an observance month opened by 'hành động', with 'vì' inside the name", () => {
    expectEvents("Tỉnh phát động Tháng hành động vì trẻ em năm 2024 tại nhà văn hóa.", ["Tháng hành động vì trẻ em năm 2024"]);
  });

  it("a national tourism year", () => {
    expectEvents("Năm Du lịch quốc gia 2024 được tổ chức tại Điện Biên.", ["Năm Du lịch quốc gia 2024"]);
  });

  it.each([["Tháng Giêng là tháng ăn chơi."], ["Năm Giáp Thìn, nhiều người đi lễ chùa."], ["Năm Căn là huyện của tỉnh Cà Mau."]])(
    "a calendar month, a year name or a place is not an observance: %s",
    (text) => {
      expectEvents(text, []);
    },
  );

  it("international games with their edition", () => {
    expectEvents("Đội tuyển giành huy chương vàng tại SEA Games 32 ở Campuchia.", ["SEA Games 32"]);
  });

  it("a well-known name alone is an event", () => {
    expectEvents("Cô ấy từng dự kỳ Olympic này với tư cách trọng tài.", ["Olympic"]);
  });
});
