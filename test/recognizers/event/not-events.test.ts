import { describe, expect, it } from "vitest";
import { events } from "./helpers.js";

describe("event: bare, plural, generic and anaphoric uses are not events", () => {
  it.each([
    ["a bare lowercase head", "Tại hội nghị, các đại biểu thảo luận sôi nổi."],
    ["a plural head", "Các hội thảo đều được tổ chức thành công."],
    ["a plural capitalized head", "Nhiều Hội nghị chuyên đề được tổ chức trong năm."],
    ["an anaphoric capitalized head before a verb", "Hội nghị đã thống nhất nhiều nội dung quan trọng."],
    ["an anaphoric head after a verb", "Phát biểu khai mạc Hội nghị, Bộ trưởng khẳng định vai trò của ngành."],
    ["'lần này'", "Hội nghị lần này tập trung vào ba nội dung."],
    ["a type-only ceremony", "Lễ xuất phát diễn ra lúc 7 giờ."],
    ["a type-only session", "Phiên khai mạc kéo dài hai giờ."],
    ["a type-only ceremony with a time word", "Trường tổ chức Lễ chào cờ đầu tuần."],
    ["a ceremony for a person", "Lễ chào đón ông John Miller diễn ra tại sân bay."],
    ["a lowercase campaign without a proper name", "Chiến dịch truyền thông khu vực được triển khai."],
    ["a lowercase meeting noun with a descriptor", "Sau cuộc họp báo, phóng viên đặt nhiều câu hỏi."],
    ["a calendar position in Tết", "Mùng 3 Tết, nhiều gia đình đi lễ chùa."],
    ["bare Tết", "Tết này, nhiều người ở lại thành phố."],
    ["a prize rank", "Em đạt Giải Nhì môn Toán."],
    ["a weekday-like 'Ngày'", "Ngày càng nhiều người dân tham gia giao thông an toàn."],
    ["a date after 'Ngày'", "Ngày 11/1, đoàn công tác đến làm việc."],
    ["a bare election", "Công tác bầu cử được chuẩn bị chu đáo."],
    ["a generic praise of a meeting", "Ông đánh giá cao công tác tổ chức Hội nghị chu đáo của nước chủ nhà."],
    ["'Ngày Tết' is a time, not an observance", "Ngày Tết, nhiều gia đình sum họp."],
    ["a trial session", "Phiên tòa xét xử vụ án Sao Mai diễn ra tại TP.HCM."],
    ["an award, not a tournament", "Giải thưởng Báo chí quốc gia lần thứ 18 được trao tối qua."],
    ["a forum that was founded is an organization", "Diễn đàn Kinh tế Sông Hồng thành lập năm 2001."],
    ["a listed forum named as an organization", "Việt Nam là thành viên tích cực của Diễn đàn Khu vực ASEAN."],
  ])("%s", (_name, text) => {
    expect(events(text).map((s) => s.text)).toEqual([]);
  });
});
