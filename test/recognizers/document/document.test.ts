import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import type { DocumentSpan } from "../../../src/doc.js";

const docs = (text: string) => extract(text, { types: ["DOCUMENT"], refDate: "2025-06-01" }).spans as DocumentSpan[];

/** Exactly one DOCUMENT, with this text, at its place in the sentence. */
function expectOne(text: string, want: string, number?: string) {
  const spans = docs(text);
  expect(spans.map((s) => s.text)).toEqual([want]);
  const s = spans[0]!;
  expect(s.start).toBe(text.indexOf(want));
  expect(text.slice(s.start, s.end)).toBe(want);
  if (number) expect(s.number).toBe(number);
  return s;
}

describe("document: kind + số + number", () => {
  it.each<[string, string, string]>([
    ["Theo Nghị quyết số 45/2024/QH15 của Quốc hội, tỉnh sẽ sáp nhập.", "Nghị quyết số 45/2024/QH15", "45/2024/QH15"],
    ["Bộ ban hành Quyết định số 987/QĐ-TTg về việc phê duyệt đề án.", "Quyết định số 987/QĐ-TTg", "987/QĐ-TTg"],
    ["Thực hiện Chỉ thị số 07/CT-BCA-V01 của Bộ trưởng.", "Chỉ thị số 07/CT-BCA-V01", "07/CT-BCA-V01"],
    ["Đoàn kiểm tra thực hiện Kế hoạch số 41 của Tỉnh ủy.", "Kế hoạch số 41", "41"],
    ["Ban Bí thư ban hành Kết luận số 118-KL/TW về công tác cán bộ.", "Kết luận số 118-KL/TW", "118-KL/TW"],
    ["Quy định số 09-QĐi/TW quy định rõ trách nhiệm.", "Quy định số 09-QĐi/TW", "09-QĐi/TW"],
  ])("%s", (text, want, number) => {
    expectOne(text, want, number);
  });

  it("reports the kind of document", () => {
    expect(expectOne("Công văn số 3310/BCA-V03 gửi các đơn vị.", "Công văn số 3310/BCA-V03").kind).toBe("Công văn");
  });
});

describe("document: without 'số'", () => {
  it("a coded number right after the kind", () => {
    expectOne("Nghị định 36/2023/NĐ-CP có hiệu lực từ tháng 8.", "Nghị định 36/2023/NĐ-CP", "36/2023/NĐ-CP");
  });

  it("a joint circular with a long issuer code", () => {
    expectOne("Thông tư liên tịch 04/2022/TTLT-BCA-BQP đã được sửa đổi.", "Thông tư liên tịch 04/2022/TTLT-BCA-BQP");
  });

  it("a party resolution's number with its kind code", () => {
    expectOne("Theo Nghị quyết 68-NQ/TW của Bộ Chính trị về kinh tế tư nhân.", "Nghị quyết 68-NQ/TW", "68-NQ/TW");
  });

  it("a bare number after a decree cited that way", () => {
    expectOne("Mức phạt theo Nghị định 168, tăng gấp đôi.", "Nghị định 168", "168");
  });

  it("a lowercase kind before a coded number", () => {
    expectOne("Căn cứ nghị định 100/2019/NĐ-CP, cơ quan xử phạt.", "nghị định 100/2019/NĐ-CP");
  });
});

describe("document: abbreviated kinds", () => {
  it("an abbreviated kind before a coded number", () => {
    expectOne("Theo QĐ 1234/QĐ-TTg ngày 5/6 của Thủ tướng.", "QĐ 1234/QĐ-TTg", "1234/QĐ-TTg");
  });

  it("an abbreviated kind before a plain number is not a document", () => {
    expect(docs("Lớp TT 12 có 30 học sinh.")).toEqual([]);
  });
});

describe("document: a law's name between the kind and its number", () => {
  it("keeps the name inside the span", () => {
    expectOne("Luật Đường bộ số 35/2024/QH15 quy định về tốc độ.", "Luật Đường bộ số 35/2024/QH15", "35/2024/QH15");
  });

  it("keeps a comma inside the law's name", () => {
    expectOne("Luật Sửa đổi, bổ sung một số điều của Luật Thuế số 71/2014/QH13 đã được thông qua.", "Luật Sửa đổi, bổ sung một số điều của Luật Thuế số 71/2014/QH13");
  });
});

describe("document: number shapes", () => {
  it("a legislature number written apart from its letters stays in the span", () => {
    expectOne("Theo Nghị quyết số 77/2025/QH 15 ngày 3 tháng 5 năm 2025.", "Nghị quyết số 77/2025/QH 15", "77/2025/QH 15");
  });

  it("ends inside a token when scraping glued text onto the number", () => {
    const text = "Luật số 12/2021/QH14status1 chia sẻ";
    const s = expectOne(text, "Luật số 12/2021/QH14", "12/2021/QH14");
    expect(s.end).toBe(text.indexOf("status1"));
  });

  it("a header 'Số:' gives the number alone", () => {
    expectOne("UBND TỈNH BÌNH AN\nSố: 145/QĐ-UBND\nBình An, ngày 2 tháng 3 năm 2024", "145/QĐ-UBND");
  });

  it("lists the coded numbers that follow a document", () => {
    const spans = docs("Các Nghị định số 15/2020/NĐ-CP và 14/2022/NĐ-CP được áp dụng.");
    expect(spans.map((s) => s.text)).toEqual(["Nghị định số 15/2020/NĐ-CP", "14/2022/NĐ-CP"]);
  });
});

describe("document: what is not a document", () => {
  it.each([
    ["an unnumbered law", "Luật Đất đai năm 2024 có nhiều điểm mới."],
    ["an unnumbered decision", "Quyết định này có hiệu lực kể từ ngày ký."],
    ["a plural kind", "Các nghị định hướng dẫn sẽ được ban hành trong năm."],
    ["a clause reference", "Theo khoản 2 Điều 5 của luật, người vi phạm bị phạt."],
    ["a plan named by its topic", "Kế hoạch triển khai cao điểm được ký kết."],
    ["a year after the kind", "Báo cáo 2024 cho thấy tăng trưởng khá."],
    ["a date after 'số'", "Báo Tuổi Trẻ số 19/02/2026 đăng tin."],
    ["a count after a plan", "Tỉnh xây dựng Kế hoạch 5 năm phát triển kinh tế."],
    ["a bare number after a weak kind", "Báo cáo 3 quý cho thấy tăng trưởng khá."],
  ])("%s", (_name, text) => {
    expect(docs(text)).toEqual([]);
  });
});

describe("document: lines written in capitals", () => {
  it("finds a kind and its coded number in a headline", () => {
    expectOne("TRIỂN KHAI NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP VỀ XỬ PHẠT\nNội dung.", "NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP", "15/2020/NĐ-CP");
  });

  it("reads a header 'SỐ:' in capitals as the number alone", () => {
    expectOne("SỐ: 12/QĐ-UBND\nQUYẾT ĐỊNH VỀ VIỆC GIAO ĐẤT", "12/QĐ-UBND", "12/QĐ-UBND");
  });

  it("does not take a lowercase 'số:' inside a sentence as a header", () => {
    expect(docs("Tổng số: 12 hồ sơ đã được gửi đi.")).toEqual([]);
  });
});

describe("document: the per-word opener gate", () => {
  it("lets through a kind or 'số' however it is written: as is, in capitals, without diacritics, after a first reading", () => {
    const text = "Theo Nghị quyết số 45/2024/QH15 và Số: 12/QĐ-UBND, Kế hoạch số 41 được giao.";
    const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    // The first call fills the gate; the later ones read it.
    for (const t of [text, text, text.toUpperCase(), strip(text)]) {
      expect(docs(t).map((s) => s.number)).toEqual(["45/2024/QH15", "12/QĐ-UBND", "41"].map((n) => (t === strip(text) ? strip(n) : t === text.toUpperCase() ? n.toUpperCase() : n)));
    }
  });
});

describe("document: a kind of two words needs its second word next", () => {
  it("skips 'Bộ' before 'Công an' and finds 'Bộ luật', written with or without marks", () => {
    const text = "Bộ Công an dẫn Bộ luật số 100/2015/QH13 và Luật số 31/2024/QH15.";
    const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    expect(docs(text).map((s) => s.text)).toEqual(["Bộ luật số 100/2015/QH13", "Luật số 31/2024/QH15"]);
    expect(docs(strip(text)).map((s) => s.text)).toEqual(["Bo luat so 100/2015/QH13", "Luat so 31/2024/QH15"]);
  });
});
