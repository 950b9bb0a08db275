import { OffsetMap } from "./offset-map.js";
import { toTraditionalTone } from "./tone-placement.js";

/**
 * The normalized view recognizers match on, and the map back to the text.
 *
 * - NFC (decomposed input from macOS composes; offsets map to the whole cluster)
 * - one tone placement ("hoà" → "hòa", "uỷ" → "ủy")
 * - Ð (U+00D0) and Ɖ → Đ, ð and ɖ → đ
 * - CRLF and CR → LF; NBSP and other spaces → " "
 * - zero-width characters, soft hyphen and BOM dropped
 * - full-width ASCII (digits, letters, punctuation) → ASCII
 * - curly quotes, guillemets → straight quotes; the dash family → "-"
 */
export interface Normalized {
  view: string;
  map: OffsetMap;
}

/* Characters the slow path handles. Anything else passes through unchanged. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0300-\u036f\r\u00a0\u00ad\u00d0\u00f0\u0189\u0256\u2000-\u200f\u2010-\u2015\u2018-\u201f\u2028\u2029\u202f\u2032\u2033\u205f\u2060\u2212\u3000\ufeff\uff01-\uff5e\u00ab\u00bb\u0323\u0309]/;

function mapChar(c: number): string | null {
  if (c === 0x0d) return "\n";
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return " ";
  if (c === 0x2028 || c === 0x2029) return "\n";
  if ((c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad) return "";
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033 || c === 0xab || c === 0xbb) return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return "-";
  if (c === 0xd0 || c === 0x189) return "Đ";
  if (c === 0xf0 || c === 0x256) return "đ";
  return null;
}

function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

export function normalize(text: string): Normalized {
  if (!NEEDS_WORK.test(text)) {
    return { view: toTraditionalTone(text), map: new OffsetMap(text.length) };
  }
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // CRLF is one line break.
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      out.push("\n");
      starts.push(i);
      ends.push(i + 2);
      i += 2;
      continue;
    }
    // A base character (one or two code units) and the combining marks after it.
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    let k = j;
    while (k < n && isCombining(text.charCodeAt(k))) k++;
    const mapped = k === j ? mapChar(c) : null;
    let piece: string;
    if (mapped !== null) piece = mapped;
    else if (k > j) {
      piece = text.slice(i, k).normalize("NFC");
      const first = mapChar(piece.charCodeAt(0));
      if (first !== null && first !== "") piece = first + piece.slice(1);
    } else piece = text.slice(i, j);
    for (let p = 0; p < piece.length; p++) {
      out.push(piece[p]!);
      starts.push(i);
      ends.push(k);
    }
    i = k;
    void j;
    j = 0;
  }
  const view = toTraditionalTone(out.join(""));
  return { view, map: new OffsetMap(n, Int32Array.from(starts), Int32Array.from(ends)) };
}
