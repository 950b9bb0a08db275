import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

const dates = (s: string) =>
  extract(s, { refDate: "2026-02-19", types: ["DATE"] }).spans.map((x) => [x.text, (x as { value: string | null }).value]);

// "mùng"/"mồng" marks days 1–10 of a month, lunar or solar. A year written in
// digits says the solar calendar (lunar years are written with can-chi);
// without one, "mùng D tháng M" is read as lunar, as before.
describe("date: mùng D tháng M", () => {
  it("with a year in digits is a solar date, also after 'ngày'", () => {
    expect(dates("Ngày mùng 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.")).toEqual([["Ngày mùng 2 tháng 9 năm 1945", "1945-09-02"]]);
    expect(dates("Hội nghị khai mạc mồng 8 tháng 3 năm 2024 tại Hà Nội.")).toEqual([["mồng 8 tháng 3 năm 2024", "2024-03-08"]]);
  });

  it("without a year stays lunar", () => {
    expect(dates("Lễ hội diễn ra vào mùng 5 tháng 5.")).toEqual([["mùng 5 tháng 5", "2026-06-19"]]);
    expect(dates("Giỗ Tổ vào ngày mùng 10 tháng 3 âm lịch.")).toEqual([["ngày mùng 10 tháng 3 âm lịch", "2026-04-26"]]);
  });
});

describe("date: ngày mùng D tháng M", () => {
  it("reads like mùng D tháng M", () => {
    expect(dates("Lễ hội diễn ra vào ngày mùng 5 tháng 5.")).toEqual([["ngày mùng 5 tháng 5", "2026-06-19"]]);
    expect(dates("Trường khai giảng ngày mùng 5 tháng 9 năm 2025.")).toEqual([["ngày mùng 5 tháng 9 năm 2025", "2025-09-05"]]);
  });
});
