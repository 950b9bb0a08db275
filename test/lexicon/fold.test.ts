import { describe, expect, it } from "vitest";
import { fold } from "../../src/lexicon/fold.js";

// fold() as first written (one replace per barred d): the shared patterns must give the same keys.
function reference(s: string): string {
  let out = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(out)) out = out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/ð/g, "d");
  return out;
}

describe("fold", () => {
  it("folds every character of the BMP as the reference does", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (fold(s) !== reference(s)) expect(fold(s), c.toString(16)).toBe(reference(s));
    }
  });
  it("folds words and phrases, twice alike (cached)", () => {
    for (const s of ["Thượng tướng", "ĐẠI ÚY", "Đðđ", "Hoà", "Hòa", "ha noi", "Ελλάδα", "Thọ\u0301", ""]) {
      expect(fold(s)).toBe(reference(s));
      expect(fold(s)).toBe(reference(s));
    }
  });
});
