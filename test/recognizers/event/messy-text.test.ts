import { describe, expect, it } from "vitest";
import { events, expectEvents } from "./helpers.js";

describe("event: text written without diacritics or in capitals", () => {
  it("finds a meeting in text without diacritics", () => {
    expectEvents("Bo truong du Hoi nghi Bo truong Y te ASEAN lan thu 16 tai Lao.", ["Hoi nghi Bo truong Y te ASEAN lan thu 16"]);
  });

  it("an unaccented surname Le is not the ceremony noun Lễ", () => {
    expect(events("Ong Le Van Hung cho biet se tham du.").map((s) => s.text)).toEqual([]);
  });

  it("'tai' before a lowercase word is not 'tại' and does not end the name", () => {
    expectEvents("Chinh phu to chuc Hoi nghi ve tai chinh cong nam 2024 o Ha Noi.", ["Hoi nghi ve tai chinh cong nam 2024"]);
  });

  it("a headline in capitals keeps an acronym with its edition and 'của <ORG>'", () => {
    expectEvents("BỘ TRƯỞNG DỰ HỘI NGHỊ SOMTC 20 CỦA CÁC NƯỚC ASEAN\nNội dung.", ["HỘI NGHỊ SOMTC 20 CỦA CÁC NƯỚC ASEAN"]);
  });

  it("a headline in capitals keeps the topic and stops at a clause word", () => {
    expectEvents("KHAI MẠC HỘI THẢO VỀ AN NINH MẠNG ĐÃ THU HÚT 200 ĐẠI BIỂU\nNội dung bài viết.", ["HỘI THẢO VỀ AN NINH MẠNG"]);
  });
});
