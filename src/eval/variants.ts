import { toNewStyleTone } from "../normalize/tone-placement.js";
import type { GoldDoc, GoldSpan } from "./score.js";

/**
 * Text variants for `thucthe eval --variant`: the same gold, as users really
 * have it. Each variant transforms the text and moves every gold offset with
 * it, so the scores on a variant show the gap against the clean text.
 *
 * - none: the text as it is
 * - nodiacritics: no tone or vowel marks, đ → d ("Thuong tuong Luong Tam Quang")
 * - upper: headline capitals ("THỨ TRƯỞNG LƯƠNG TAM QUANG")
 * - nfd: decomposed, as macOS writes it
 * - tone: the other tone placement ("hoà", "Uỷ ban")
 */
export const VARIANTS = ["none", "nodiacritics", "upper", "nfd", "tone"] as const;
export type Variant = (typeof VARIANTS)[number];

/** Transform one code point. */
function perChar(variant: Variant, ch: string): string {
  switch (variant) {
    case "nodiacritics":
      if (ch === "đ") return "d";
      if (ch === "Đ") return "D";
      return ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    case "upper":
      return ch.toUpperCase();
    case "nfd":
      return ch.normalize("NFD");
    default:
      return ch;
  }
}

/** A transformed text and the map from old offsets to new ones (length old+1). */
export function transformText(text: string, variant: Variant): { text: string; at: Int32Array } {
  const at = new Int32Array(text.length + 1);
  if (variant === "none" || variant === "tone") {
    for (let i = 0; i <= text.length; i++) at[i] = i;
    // Moving the tone mark keeps every length.
    return { text: variant === "tone" ? toNewStyleTone(text) : text, at };
  }
  let out = "";
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const piece = perChar(variant, text.slice(i, i + len));
    at[i] = out.length;
    if (len === 2) at[i + 1] = out.length;
    out += piece;
    i += len;
  }
  at[text.length] = out.length;
  return { text: out, at };
}

/** Transform a string field of a gold record (names, titles) the same way. */
function field(s: string | null | undefined, variant: Variant): string | null | undefined {
  return typeof s === "string" ? transformText(s, variant).text : s;
}

/** A gold document and its text, as the variant. */
export function transformGold(gold: GoldDoc, text: string, variant: Variant): { gold: GoldDoc; text: string } {
  const t = transformText(text, variant);
  const spans: GoldSpan[] = gold.spans.map((s) => {
    const start = t.at[s.start]!;
    const end = t.at[s.end]!;
    const out: GoldSpan = { ...s, start, end, text: t.text.slice(start, end) };
    if ("person" in s) out.person = field(s.person, variant) ?? null;
    if ("rank" in s) out.rank = field(s.rank, variant) ?? null;
    if (s.titles) out.titles = s.titles.map((x) => field(x, variant) as string);
    return out;
  });
  return { gold: { ...gold, spans }, text: t.text };
}
