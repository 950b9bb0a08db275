import { describe, expect, it } from "vitest";
import { events, expectEvents } from "./helpers.js";

// Lines written in capitals: case says nothing there, so a name needs evidence
// that case does not give (RULES 32–36 read on the lowercase grammar), and its
// confidence is lower than the same name in running text.
describe("event: names on a line written in capitals", () => {
  it("joins two listed countries across a dash and keeps the topic", () => {
    expectEvents("KHAI MẠC DIỄN ĐÀN VIỆT NAM - LÀO VỀ DU LỊCH BỀN VỮNG\nNội dung.", ["DIỄN ĐÀN VIỆT NAM - LÀO VỀ DU LỊCH BỀN VỮNG"]);
  });

  it("does not take a head with only common words after it, which may be lowercase", () => {
    expect(events("CÁC ĐƠN VỊ THAM GIA DIỄN ĐÀN NGÀNH VỀ NƯỚC SẠCH NÔNG THÔN\nNội dung.")).toEqual([]);
  });

  it("reads an observance after an anniversary count, not the counted year", () => {
    expectEvents("KỶ NIỆM 50 NĂM NGÀY TRUYỀN THỐNG NGÀNH KIỂM LÂM\nNội dung.", ["NGÀY TRUYỀN THỐNG NGÀNH KIỂM LÂM"]);
  });

  it("does not read a counted year as an observance", () => {
    expect(events("SAU MỘT NĂM DÀI VẤT VẢ, NGƯỜI DÂN HÀ NỘI NGHỈ NGƠI\nNội dung.")).toEqual([]);
  });

  it("keeps a can-chi year and the year after a listed holiday, and stops after them", () => {
    expectEvents("CHÚC MỪNG TẾT NGUYÊN ĐÁN GIÁP THÌN 2024 AN KHANG THỊNH VƯỢNG\nNội dung.", ["TẾT NGUYÊN ĐÁN GIÁP THÌN 2024"]);
  });

  it("keeps the body holding a session after its edition", () => {
    expectEvents("KỲ HỌP THỨ 8 QUỐC HỘI KHÓA XV BẾ MẠC\nNội dung.", ["KỲ HỌP THỨ 8 QUỐC HỘI KHÓA XV"]);
  });

  it("ends the name before a verb that says the event opens", () => {
    expectEvents("TUẦN LỄ VĂN HÓA HÀ NỘI MỞ MÀN\nNội dung.", ["TUẦN LỄ VĂN HÓA HÀ NỘI"]);
  });

  it("takes a roman numeral as the edition of a congress", () => {
    expectEvents("ĐẠI HỘI XIII THÔNG QUA NGHỊ QUYẾT QUAN TRỌNG\nNội dung.", ["ĐẠI HỘI XIII"]);
  });

  it("takes a quoted name whole", () => {
    expectEvents('HỌC SINH THAM GIA "NGÀY HỘI ĐỌC SÁCH" Ở TRƯỜNG\nNội dung.', ["NGÀY HỘI ĐỌC SÁCH"]);
  });

  it("takes a meeting whose acronym follows in parentheses, with the acronym", () => {
    expectEvents("ĐOÀN CÔNG TÁC DỰ CUỘC HỌP NHÓM CHUYÊN GIA KỸ THUẬT (TEG) TẠI JAKARTA\nNội dung.", ["CUỘC HỌP NHÓM CHUYÊN GIA KỸ THUẬT", "TEG"]);
  });

  it("leaves the classifier out of an election, as in running text", () => {
    expectEvents("AN NINH CHO CUỘC BẦU CỬ TỔNG THỐNG MỸ 2024 ĐƯỢC THẮT CHẶT\nNội dung.", ["BẦU CỬ TỔNG THỐNG MỸ 2024"]);
  });

  it("ends the name at a comma right after the head", () => {
    expect(events("SAU HỘI NGHỊ, HAI BỘ TRƯỞNG NGOẠI GIAO ĐÃ KÝ KẾT\nNội dung.")).toEqual([]);
  });

  it("does not read a head followed by a function word as a name", () => {
    expect(events("ĐỐI THOẠI CỦA HAI BÊN DIỄN RA CỞI MỞ\nNội dung.")).toEqual([]);
  });

  it("gives a name read in capitals a lower confidence than the same name in running text", () => {
    const [caps] = events("KHAI MẠC HỘI CHỢ THƯƠNG MẠI VIỆT - LÀO LẦN THỨ 5\nNội dung.");
    const [plain] = events("Hôm qua khai mạc Hội chợ Thương mại Việt - Lào lần thứ 5.");
    expect(caps?.text).toBe("HỘI CHỢ THƯƠNG MẠI VIỆT - LÀO LẦN THỨ 5");
    expect(plain?.text).toBe("Hội chợ Thương mại Việt - Lào lần thứ 5");
    expect(caps!.confidence).toBeLessThan(plain!.confidence ?? 1);
  });
});

describe("event: text written all lowercase, as chat is", () => {
  it("finds a listed holiday with its year, with a lower confidence", () => {
    const [s] = expectEvents("Mình vừa về quê ăn tết nguyên đán 2025 xong, vui lắm mọi người ơi", ["tết nguyên đán 2025"]);
    expect(s!.confidence).toBeLessThan(0.8);
  });

  it("still needs a capital for a listed name in ordinary text", () => {
    expect(events("Ông Nam ăn tết nguyên đán ở quê cùng gia đình.")).toEqual([]);
  });
});
