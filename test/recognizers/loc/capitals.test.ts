import { describe, expect, it } from "vitest";
import { expectSpans, spansOf } from "../org/helpers.js";

describe("loc and org in lines written in capitals", () => {
  it("a place name that is also a common phrase is no place without a word that introduces one", () => {
    expect(spansOf("HAI BÊN CAM KẾT CÙNG GIỮ GÌN HÒA BÌNH, ỔN ĐỊNH TRONG KHU VỰC.", "LOC")).toEqual([]);
  });

  it("the same name after 'tại' is a place", () => {
    expectSpans("ĐOÀN CÔNG TÁC ĐÃ LÀM VIỆC TẠI HÒA BÌNH VÀO TUẦN TRƯỚC.", "LOC", ["HÒA BÌNH"]);
  });

  it("a short ambiguous country is a place next to another country in a list", () => {
    expectSpans("ĐẠI DIỆN CÁC NƯỚC CAMPUCHIA, LÀO VÀ THÁI LAN ĐÃ TỚI DỰ.", "LOC", ["CAMPUCHIA", "LÀO", "THÁI LAN"]);
    expectSpans("HỘI ĐÀM GIỮA HÀN QUỐC VÀ MỸ KẾT THÚC TỐT ĐẸP.", "LOC", ["HÀN QUỐC", "MỸ"]);
  });

  it("a short ambiguous country alone in capitals stays a word", () => {
    expect(spansOf("NGƯỜI DÂN CẦN HIỂU BIẾT PHÁP LUẬT VỀ ĐẤT ĐAI.", "LOC")).toEqual([]);
  });

  it("a voice label before a region is not a place, in capitals too", () => {
    expect(spansOf("GIỌNG ĐỌC: NỮ MIỀN BẮC. TIN TỨC HÔM NAY CÓ GÌ MỚI.", "LOC").map((s) => s.text)).not.toContain("MIỀN BẮC");
  });

  it("a head with only name vocabulary after it is a body in capitals", () => {
    expectSpans("HÀNG TRĂM CHIẾN SĨ CẢNH SÁT CƠ ĐỘNG ĐÃ CÓ MẶT TỪ SỚM.", "ORG", ["CẢNH SÁT CƠ ĐỘNG"]);
  });

  it("a plural before a head makes it generic in capitals", () => {
    expect(spansOf("CÁC CƠ QUAN QUẢN LÝ XUẤT NHẬP CẢNH CẦN TĂNG CƯỜNG TRAO ĐỔI.", "ORG")).toEqual([]);
  });

  it("a head that ends a common word is no name in capitals", () => {
    expect(spansOf("HAI BÊN HỢP TÁC TRÊN CƠ SỞ XÂY DỰNG LÒNG TIN LẪN NHAU.", "ORG")).toEqual([]);
  });

  it("an ambiguous country inside a common compound does not end a body's name", () => {
    expect(spansOf("CÁN BỘ THỰC THI PHÁP LUẬT ĐƯỢC ĐÀO TẠO THÊM.", "ORG")).toEqual([]);
  });

  it("a letter cluster no Vietnamese syllable can spell is an acronym before a listed one", () => {
    expectSpans("HỢP TÁC MỞ RỘNG CỦA DGICM ASEAN VỚI CÁC ĐỐI TÁC ĐƯỢC ĐÁNH GIÁ CAO.", "ORG", ["DGICM ASEAN"]);
  });

  it("a named site after a head of two words is read up to a function word", () => {
    expectSpans("ĐOÀN ĐÃ THĂM KHU DI TÍCH ĐỒI CHÈ XANH VÀ TRÒ CHUYỆN VỚI NGƯỜI DÂN.", "LOC", ["KHU DI TÍCH ĐỒI CHÈ XANH"]);
  });

  it("a weak one-word head in capitals does not open a site", () => {
    expect(spansOf("MỌI NGƯỜI ĐỀU PHẢI ĐI ĐƯỜNG VÒNG RẤT XA.", "LOC")).toEqual([]);
  });

  it("a listed region written lowercase-first is found in capitals", () => {
    expectSpans("XUẤT KHẨU SANG CHÂU ÂU TĂNG MẠNH TRONG NĂM.", "LOC", ["CHÂU ÂU"]);
  });
});
