import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/normalize.js";
import { toNewStyleTone, toTraditionalTone } from "../../src/normalize/tone-placement.js";

/** The original slice behind a view range. */
function back(text: string, s: number, e: number) {
  const { map } = normalize(text);
  return text.slice(map.toOriginalStart(s), map.toOriginalEnd(e));
}

describe("normalize: view", () => {
  it.each([
    ["NFD composes to NFC", "Tha\u0300nh pho\u0302\u0301", "Thành phố"],
    ["new-style tone moves to the first vowel: hoà → hòa", "hoà bình", "hòa bình"],
    ["uỷ → ủy", "Uỷ ban", "Ủy ban"],
    ["thuý → thúy", "Thuý Kiều", "Thúy Kiều"],
    ["khoẻ → khỏe", "sức khoẻ", "sức khỏe"],
    ["closed syllables keep their tone: hoàng, thuyết", "Hoàng thuyết", "Hoàng thuyết"],
    ["qu + y keeps the tone on y", "quý khách", "quý khách"],
    ["Ð (U+00D0) and ð become Đ and đ", "\u00D0ại \u00f0ội", "Đại đội"],
    ["CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["NBSP and thin spaces become spaces", "Bộ\u00a0Công\u2009an", "Bộ Công an"],
    ["zero-width characters and BOM are dropped", "\ufeffBộ\u200b Công\u200d an", "Bộ Công an"],
    ["full-width digits and punctuation become ASCII", "１９／０２／２０２６，", "19/02/2026,"],
    ["curly quotes become straight", "\u201cBiển\u201d \u2018đảo\u2019", "\"Biển\" 'đảo'"],
    ["the dash family becomes -", "2026 \u2013 2031 \u2014 x \u2212 y", "2026 - 2031 - x - y"],
  ])("%s", (_name, input, view) => {
    expect(normalize(input).view).toBe(view);
  });

  it("plain NFC text is its own view with an identity map", () => {
    const n = normalize("Thượng tướng Lương Tam Quang");
    expect(n.view).toBe("Thượng tướng Lương Tam Quang");
    expect(n.map.identity).toBe(true);
  });

  it("text with no special character still gets the traditional tone placement (first scan), with an identity map", () => {
    for (const [input, view] of [["Hoà bình, quý khách, hoàng hôn, thuý", "Hòa bình, quý khách, hoàng hôn, thúy"], ["hoà", "hòa"], ["à hoà", "à hòa"], ["hoàng", "hoàng"]]) {
      const n = normalize(input!);
      expect(n.view).toBe(view);
      expect(n.map.identity).toBe(true);
    }
    expect(normalize("\u201choà\u201d").view).toBe('"hòa"');
  });
});

describe("normalize: offsets map back to the original", () => {
  it("a composed character maps to its whole decomposed cluster", () => {
    const text = "xa\u0303 Qua\u0309ng"; // xã Quảng in NFD
    const view = normalize(text).view;
    const s = view.indexOf("Quảng");
    expect(back(text, s, s + 5)).toBe("Qua\u0309ng");
  });

  it("a CRLF maps to both characters", () => {
    const text = "a\r\nb";
    expect(back(text, 1, 2)).toBe("\r\n");
    expect(back(text, 2, 3)).toBe("b");
  });

  it("a dropped zero-width character stays inside a span that crosses it", () => {
    const text = "Bộ\u200bCông";
    expect(normalize(text).view).toBe("BộCông");
    expect(back(text, 0, 6)).toBe(text);
  });

  it("astral characters (emoji) keep both code units", () => {
    const text = "😀 Hà\u0300 Nội";
    const view = normalize(text).view;
    expect(view.startsWith("😀")).toBe(true);
    expect(back(text, 0, 2)).toBe("😀");
  });
});

describe("tone placement round trip", () => {
  it("new style and traditional convert into each other", () => {
    const trad = "hòa bình, Ủy ban, Thúy, khỏe, hoàng, quý";
    expect(toTraditionalTone(toNewStyleTone(trad))).toBe(trad);
    expect(toNewStyleTone(trad)).toBe("hoà bình, Uỷ ban, Thuý, khoẻ, hoàng, quý");
  });
});
