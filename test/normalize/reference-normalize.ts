// The normalizer as it was before the speed work (commit f064d53), kept as the
// reference the fast one must agree with (see equivalence.test.ts).
import { OffsetMap } from "../../src/normalize/offset-map.js";


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
 *
 * Text that needs none of this (most NFC news text) is its own view with an
 * identity map; otherwise unchanged stretches are copied in bulk and only
 * the special characters are visited.
 */
interface Normalized {
  view: string;
  map: OffsetMap;
}

const MARKS = "\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f";
const SINGLES = "\\r\\u00a0\\u00ad\\u00d0\\u00f0\\u0189\\u0256\\u2000-\\u200f\\u2010-\\u2015\\u2018-\\u201f\\u2028\\u2029\\u202f\\u2032\\u2033\\u205f\\u2060\\u2212\\u3000\\ufeff\\uff01-\\uff5e\\u00ab\\u00bb";

/* Quick test: does the text need the slow path at all? */
const NEEDS_WORK = new RegExp(`[${MARKS}${SINGLES}]`);

/*
 * One special unit: CRLF; a base character (or none) with its combining marks;
 * or one special character. Each alternative is a plain character class run,
 * so the scan is linear.
 *   "\r\n" | "a\u0300\u0323" | "\u00a0"
 */
const SPECIAL = new RegExp(`\\r\\n|[^${MARKS}\\r]?[${MARKS}]+|[${SINGLES}]`, "gu");

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

/** The replacement for one special unit. */
function replace(unit: string): string {
  if (unit === "\r\n") return "\n";
  if (unit.length === 1) return mapChar(unit.charCodeAt(0)) ?? unit;
  let piece = unit.normalize("NFC");
  const first = mapChar(piece.charCodeAt(0));
  if (first !== null && first !== "") piece = first + piece.slice(1);
  return piece;
}

export function referenceNormalize(text: string): Normalized {
  if (!NEEDS_WORK.test(text)) {
    return { view: referenceTraditionalTone(text), map: new OffsetMap(text.length) };
  }
  const parts: string[] = [];
  const vStarts: number[] = [];
  const oStarts: number[] = [];
  const oLens: number[] = [];
  let v = 0; // view length so far
  let o = 0; // original position copied up to
  SPECIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(text)) !== null) {
    const at = m.index;
    if (at > o) {
      // Identity stretch.
      parts.push(text.slice(o, at));
      vStarts.push(v);
      oStarts.push(o);
      oLens.push(at - o);
      v += at - o;
    }
    const unit = m[0];
    const piece = replace(unit);
    if (piece !== unit || piece.length !== unit.length) {
      if (piece.length > 0) {
        parts.push(piece);
        vStarts.push(v);
        oStarts.push(at);
        oLens.push(-unit.length); // replaced: the whole unit
        v += piece.length;
      }
    } else {
      parts.push(unit);
      vStarts.push(v);
      oStarts.push(at);
      oLens.push(unit.length);
      v += unit.length;
    }
    o = at + unit.length;
  }
  if (o < text.length) {
    parts.push(text.slice(o));
    vStarts.push(v);
    oStarts.push(o);
    oLens.push(text.length - o);
    v += text.length - o;
  }
  const view = referenceTraditionalTone(parts.join(""));
  if (vStarts.length === 0) {
    // Everything was dropped (e.g. only zero-width characters).
    return { view, map: new OffsetMap(text.length, { vStarts: Int32Array.of(0), oStarts: Int32Array.of(text.length), oLens: Int32Array.of(0), viewLength: 0 }) };
  }
  return {
    view,
    map: new OffsetMap(text.length, {
      vStarts: Int32Array.from(vStarts),
      oStarts: Int32Array.from(oStarts),
      oLens: Int32Array.from(oLens),
      viewLength: v,
    }),
  };
}
const TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";
const PATTERN = new RegExp(`([qQ]?)([oOuU])([${TONED_SECOND}])(?![\\p{L}\\p{M}])`, "gu");

/** o/O + a/e, u/U + y: the pairs whose tone moves. */
function pairOk(first: string, secondBase: string): boolean {
  const f = first.toLowerCase();
  const s = secondBase.toLowerCase();
  return (f === "o" && (s === "a" || s === "e")) || (f === "u" && s === "y");
}
/** Quick check: could the text contain a syllable to move? */
const QUICK = new RegExp(`[${TONED_SECOND}]`);

export function referenceTraditionalTone(s: string): string {
  if (!QUICK.test(s)) return s;
  return s.replace(PATTERN, (all, q: string, first: string, second: string) => {
    if (q) return all; // "quý": u belongs to the consonant
    const nfd = second.normalize("NFD");
    const base = nfd[0]!;
    if (!pairOk(first, base)) return all;
    const mark = nfd.slice(1);
    return (first + mark).normalize("NFC") + base;
  });
}
