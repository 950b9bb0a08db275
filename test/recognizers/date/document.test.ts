import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import type { DateSpan } from "../../../src/doc.js";

const dates = (text: string, refDate?: string | null) =>
  extract(text, { ...(refDate !== undefined ? { refDate } : {}), types: ["DATE"] }).spans as DateSpan[];
const brief = (s: DateSpan) => ({ text: s.text, value: s.value });

describe("date: reference date from the dateline", () => {
  it("takes a header line 'Thứ Sáu, 06/03/2026 09:15 GMT+7' as refDate and resolves 'hôm nay' against it", () => {
    const text = "Thứ Sáu, 06/03/2026 09:15 GMT+7\n\nTin nhanh\n\nHôm nay, thành phố ra quân dọn vệ sinh.";
    const doc = extract(text, { types: ["DATE"] });
    expect(doc.refDate).toBe("2026-03-06");
    expect(doc.refDateSource).toBe("dateline");
    expect(doc.spans.map((s) => brief(s as DateSpan))).toEqual([
      { text: "Thứ Sáu, 06/03/2026 09:15 GMT+7", value: "2026-03-06T09:15+07:00" },
      { text: "Hôm nay", value: "2026-03-06" },
    ]);
  });

  it("reads 'Đà Nẵng, ngày 4/5/2025' opening a line as the dateline", () => {
    const doc = extract("Thông báo\nĐà Nẵng, ngày 4/5/2025\nNgày mai, trường nghỉ học.", { types: ["DATE"] });
    expect(doc.refDate).toBe("2025-05-04");
    expect(brief(doc.spans.at(-1) as DateSpan)).toEqual({ text: "Ngày mai", value: "2025-05-05" });
  });

  it("reads 'Chiều ngày 8/8/2024, tại …' opening the body as the dateline", () => {
    const doc = extract("Tiêu đề bài viết\n\nChiều ngày 8/8/2024, tại Huế, hội thảo bế mạc. Hôm qua, các đại biểu tham quan.", { types: ["DATE"] });
    expect(doc.refDate).toBe("2024-08-08");
    expect(doc.spans.map((s) => (s as DateSpan).value)).toEqual(["2024-08-08", "2024-08-07"]);
  });

  it("finds no refDate in a text with no dated top lines, and then gives relative dates null", () => {
    const doc = extract("Cùng ngày, đoàn đến thăm trường.\nHôm nay, trời mưa.", { types: ["DATE"] });
    expect(doc.refDate).toBeNull();
    expect(doc.spans.map((s) => brief(s as DateSpan))).toEqual([
      { text: "Cùng ngày", value: null },
      { text: "Hôm nay", value: null },
    ]);
  });

  it("prefers the caller's refDate over the dateline", () => {
    const doc = extract("Hà Nội, ngày 06/03/2026, tin từ phóng viên.\nHôm nay trời đẹp.", { refDate: "2026-01-01", types: ["DATE"] });
    expect(doc.refDateSource).toBe("option");
    expect((doc.spans.at(-1) as DateSpan).value).toBe("2026-01-01");
  });
});

describe("date: values resolved the way a reader does", () => {
  it("resolves a yearless date in a teaser against the teaser's own timestamp", () => {
    const text = "Thứ Năm, ngày 30/09/2021 | 08:20\n\nNgày 29-11, hội nghị khai mạc.\n\nTin khác\n\n05:37 27/06/2025\n\nSáng ngày 26-6, đoàn đến Thượng Hải.";
    const d = dates(text);
    expect(d.map(brief)).toEqual([
      { text: "Thứ Năm, ngày 30/09/2021 | 08:20", value: "2021-09-30T08:20" },
      { text: "Ngày 29-11", value: "2021-11-29" },
      { text: "05:37 27/06/2025", value: "2025-06-27T05:37" },
      { text: "Sáng ngày 26-6", value: "2025-06-26" },
    ]);
    expect(d[3]!.partOfDay).toBe("morning");
  });

  it("dates 'cùng ngày' and 'chiều cùng ngày' from the last day mentioned", () => {
    const d = dates("Ngày 3/3/2025, đoàn tới Lào. Chiều cùng ngày, đoàn hội đàm.", null);
    expect(d.map(brief)).toEqual([
      { text: "Ngày 3/3/2025", value: "2025-03-03" },
      { text: "Chiều cùng ngày", value: "2025-03-03" },
    ]);
    expect(d[1]!.partOfDay).toBe("afternoon");
  });

  it("counts 'năm trước' from the year just written in the paragraph", () => {
    const d = dates("Năm 2023, lượng khách tăng 12% so với năm trước.", "2026-02-19");
    expect(d.map(brief)).toEqual([
      { text: "Năm 2023", value: "2023" },
      { text: "năm trước", value: "2022" },
    ]);
  });

  it("does not let a document's own date ('Nghị định … ngày 26/3/2021') become the day 'cùng ngày' refers to", () => {
    const d = dates("Sáng 13/3, đoàn đến. Theo Nghị định số 31/2021/NĐ-CP ngày 26/3/2021, chiều cùng ngày đoàn họp.", "2025-03-14");
    expect(d.map(brief)).toContainEqual({ text: "chiều cùng ngày", value: "2025-03-13" });
  });

  it("dates 'từ ngày ký' from the document just cited", () => {
    const d = dates("Quyết định số 12/QĐ-UBND ngày 5/3/2025 có hiệu lực từ ngày ký.", null);
    expect(d.map(brief)).toEqual([
      { text: "ngày 5/3/2025", value: "2025-03-05" },
      { text: "ngày ký", value: "2025-03-05" },
    ]);
  });

  it("takes the year of a yearless dateline from its own sentence when nothing else gives one", () => {
    const doc = extract("Lễ hội Hoa Sen\n\nTối 2/9, thành phố khai mạc lễ hội năm 2023. Hôm nay trời đẹp.", { types: ["DATE"] });
    expect(doc.refDate).toBe("2023-09-02");
    expect((doc.spans[0] as DateSpan).partOfDay).toBe("evening");
  });

  it("gives coordinated parts of day no partOfDay", () => {
    const [s] = dates("Chiều và tối 5/6, mưa lớn.", "2026-02-19");
    expect(s).toMatchObject({ text: "Chiều và tối 5/6", value: "2026-06-05" });
    expect(s!.partOfDay).toBeUndefined();
  });

  it("counts 'hai ngày sau đó' from the last day mentioned", () => {
    const d = dates("Ngày 10/4/2024 ông nhập viện, hai ngày sau đó ông xuất viện.", null);
    expect(d.map(brief)).toContainEqual({ text: "hai ngày sau đó", value: "2024-04-12" });
  });

  it("dates a time alone on the line under a date line from that date", () => {
    const d = dates("Tin tức\n\n19/11/2025\n\n00:00\nNữ miền Bắc", "2025-11-19");
    expect(d.map(brief)).toEqual([
      { text: "19/11/2025", value: "2025-11-19" },
      { text: "00:00", value: "2025-11-19T00:00" },
    ]);
  });

  it("keeps the yearless 'từ X đến nay' open end null when there is no refDate", () => {
    expect(dates("Ông công tác ở đây từ tháng 3/2019 đến nay.", null).map(brief)).toEqual([{ text: "từ tháng 3/2019 đến nay", value: null }]);
  });

  it("gives a lunar date tied to a stated year a value without refDate, and a can-chi year the one nearest the refDate", () => {
    expect(dates("Mùng 1 Tết năm 2026, trời nắng.", null).map(brief)).toEqual([{ text: "Mùng 1 Tết năm 2026", value: "2026-02-17" }]);
    expect(dates("Mùng 1 Tết Giáp Thìn, trời nắng.", "2026-02-19").map(brief)).toEqual([{ text: "Mùng 1 Tết Giáp Thìn", value: "2024-02-10" }]);
  });
});

describe("date: spans and offsets", () => {
  it("reports offsets into the caller's text, also in decomposed (NFD) input", () => {
    const text = "Báo cáo: Sáng ngày 19/11/2025, tại Hà Nội.".normalize("NFD");
    const [s] = dates(text, null);
    expect(s!.text).toBe(text.slice(s!.start, s!.end));
    expect(s!.text.normalize("NFC")).toBe("Sáng ngày 19/11/2025");
    expect(s!.value).toBe("2025-11-19");
  });

  it("splits a restatement in parentheses into two spans, and keeps 'sáng nay 5/6' as one", () => {
    expect(dates("Hôm nay (19/2), trường khai giảng.", "2026-02-19").map(brief)).toEqual([
      { text: "Hôm nay", value: "2026-02-19" },
      { text: "19/2", value: "2026-02-19" },
    ]);
    expect(dates("Sáng nay 5/6, trời mưa.", "2026-02-19").map(brief)).toEqual([{ text: "Sáng nay 5/6", value: "2026-06-05" }]);
  });

  it("leaves lead words such as 'lúc', 'vào', 'kể từ' outside the span", () => {
    const text = "Kể từ ngày 1/8, vào lúc 7h30 sáng 2/8 xe buýt chạy.";
    const d = dates(text);
    expect(d.map((s) => s.text)).toEqual(["ngày 1/8", "7h30 sáng 2/8"]);
    expect(d[0]!.start).toBe(text.indexOf("ngày 1/8"));
  });

  it("never throws, whatever the string", () => {
    for (const t of ["", "ngày", "từ", "((((", "Thứ", "giao thừa", "\u0000\uD800", "1/".repeat(500), "ngày 31/2/2025", "99:99"]) {
      expect(() => dates(t)).not.toThrow();
    }
    expect(dates("ngày 31/2/2025").map((s) => s.value)).toEqual([null]);
  });

  it("runs in linear time on long adversarial input", () => {
    const t0 = performance.now();
    dates("thứ hai thứ ba 12:30 từ 1 đến (1999-".repeat(8000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("does not backtrack quadratically over long runs of spaces after a date word", () => {
    const run = " ".repeat(50_000);
    const t0 = performance.now();
    const d = dates(`Thứ Năm${run}x 19/02/2026${run}x sáng nay${run}x từ 5/3${run},${run}đến`, "2026-02-19");
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(d.map((s) => s.text)).toContain("19/02/2026");
  });
});
