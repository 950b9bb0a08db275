import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extract } from "../../src/index.js";
import { transformText } from "../../src/eval/variants.js";

// Messy text must give the same spans: for generated documents, the spans on
// the NFD and the moved-tone variants equal the spans on the NFC text, mapped
// through the variant's offset map.
const PIECES = [
  "Thượng tướng Lương Tam Quang", "Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an", "Bộ trưởng Bộ Ngoại giao",
  "hòa bình", "Thúy", "khỏe mạnh", "tỉnh Thanh Hóa", "thành phố Hà Nội", "Trung Quốc", "ngày 19/02/2026",
  "sáng nay", "hôm qua", "từ 12 đến 16/9/2023", "Hội nghị Bộ trưởng ASEAN lần thứ 15", "Nghị quyết số 202/2025/QH15",
  "ông Hoàng Văn Thủy", "Ủy ban nhân dân tỉnh Quảng Ngãi", "tháng 11/2020", "quý III/2025", "đã", "và", "tại", "phát biểu",
];
const doc = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(", ", ". ", " ", "\n", " đã gặp ")), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([p, g]) => p + g).join(""));

function key(spans: readonly { type: string; start: number; end: number }[]) {
  return spans.map((s) => `${s.type}:${s.start}-${s.end}`).sort();
}

describe("variants: NFD and the other tone placement give the same spans", () => {
  it.each(["nfd", "tone"] as const)("%s", (variant) => {
    fc.assert(
      fc.property(doc, (text) => {
        const clean = extract(text, { refDate: "2026-02-19" });
        const v = transformText(text, variant);
        const messy = extract(v.text, { refDate: "2026-02-19" });
        const mapped = clean.spans.map((s) => ({ type: s.type, start: v.at[s.start]!, end: v.at[s.end]! }));
        expect(key(messy.spans)).toEqual(key(mapped));
        for (const s of messy.spans) expect(v.text.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 300 },
    );
  });
});
