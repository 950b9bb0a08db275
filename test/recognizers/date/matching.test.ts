import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import type { DateSpan } from "../../../src/doc.js";

const dates = (text: string) =>
  (extract(text, { refDate: "2026-02-19", types: ["DATE"] }).spans as DateSpan[]).map((s) => ({ text: s.text, start: s.start, value: s.value, partOfDay: s.partOfDay }));

describe("date matching on the view", () => {
  it("reads date words written in capitals, with the same value as in lowercase", () => {
    expect(dates("SÁNG NGÀY 19/11/2025, ĐOÀN ĐẾN HUẾ.")).toEqual([{ text: "SÁNG NGÀY 19/11/2025", start: 0, value: "2025-11-19", partOfDay: "morning" }]);
  });

  it("reads a month name in capitals: '7 MARCH 2024'", () => {
    expect(dates("Signed on 7 MARCH 2024.")[0]).toMatchObject({ text: "7 MARCH 2024", value: "2024-03-07" });
  });

  it("gives the same dates for the same text every time (nothing carried over from the document before)", () => {
    const a = dates("Hôm nay 19/2/2026, trời mưa. Tối 20/2, tạnh.");
    dates("Ngày 1/1/2026 và ngày 2/1/2026 là hai ngày nghỉ.");
    expect(dates("Hôm nay 19/2/2026, trời mưa. Tối 20/2, tạnh.")).toEqual(a);
    expect(a.map((d) => d.text)).toEqual(["Hôm nay 19/2/2026", "Tối 20/2"]);
  });

  it("finds no date in 'ngày 5/3 hằng năm' (yearly), not even its part '5/3', which after 'vào' alone is one", () => {
    expect(dates("Lễ hội vào ngày 5/3 hằng năm.")).toEqual([]);
    expect(dates("Lễ hội khai mạc vào 5/3.")).toEqual([{ text: "5/3", start: 20, value: "2026-03-05", partOfDay: undefined }]);
  });

  it("reads a line written without diacritics in a text that has them: 'ngay 19/2' is the day word", () => {
    const text = "Tin trong ngày.\nHop bao ngay 19/2 tai Ha Noi.\nCuộc họp diễn ra sáng nay.";
    expect(dates(text).map((d) => [d.text, d.value])).toEqual([
      ["ngay 19/2", "2026-02-19"],
      ["sáng nay", "2026-02-19"],
    ]);
  });

  it("keeps 'ngay' (right on) out of the date on a line written with diacritics", () => {
    expect(dates("Ông ấy sẽ đến ngay 19/2 để dự họp.").map((d) => d.text)).toEqual(["19/2"]);
  });
});
