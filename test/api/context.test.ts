import { describe, expect, it } from "vitest";
import { lacksDiacritics } from "../../src/pipeline/context.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";

describe("context: text without diacritics is detected", () => {
  it.each([
    ["Thuong tuong Luong Tam Quang, Thu truong Bo Cong an da tham du hoi nghi hom nay", true],
    ["Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an đã tham dự hội nghị hôm nay", false],
    ["Bo Cong an", false], // too short to tell
  ])("%s → %s", (text, want) => {
    expect(lacksDiacritics(tokenize(text))).toBe(want);
  });
});

describe("context: text written all in lowercase is detected", () => {
  it.each([
    ["thu truong luong tam quang da toi ha noi hom nay de du hoi nghi", true],
    ["Thứ trưởng Lương Tam Quang đã tới Hà Nội hôm nay để dự hội nghị", false],
  ])("%s → %s", async (text, want) => {
    const { writtenLowercase } = await import("../../src/pipeline/context.js");
    expect(writtenLowercase(tokenize(text))).toBe(want);
  });
});
