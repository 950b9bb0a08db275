import { OffsetMap } from "./offset-map.js";
import { movesToneAt, TONED, TONED_SECOND, toTraditionalTone } from "./tone-placement.js";

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
export interface Normalized {
  view: string;
  map: OffsetMap;
}

/*
 * Which code units start work, by table (one array read per character
 * instead of a regex): combining marks, and the single characters mapChar
 * rewrites (plus \r).
 */
const MARK = 1;
const SINGLE = 2;
const SPECIAL = new Uint8Array(0x10000);
for (const [lo, hi] of [[0x300, 0x36f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]] as const) SPECIAL.fill(MARK, lo, hi + 1);
for (const [lo, hi] of [
  [0x0d, 0x0d], [0xa0, 0xa0], [0xad, 0xad], [0xd0, 0xd0], [0xf0, 0xf0], [0x189, 0x189], [0x256, 0x256],
  [0x2000, 0x200f], [0x2010, 0x2015], [0x2018, 0x201f], [0x2028, 0x2029], [0x202f, 0x202f], [0x2032, 0x2033],
  [0x205f, 0x205f], [0x2060, 0x2060], [0x2212, 0x2212], [0x3000, 0x3000], [0xfeff, 0xfeff], [0xff01, 0xff5e], [0xab, 0xab], [0xbb, 0xbb],
] as const) SPECIAL.fill(SINGLE, lo, hi + 1);

/* The same table with the toned vowels that may have to move (tone-placement.ts), for the first scan. */
const TONE = 4;
// (From the list, not a walk over the 65,536 units: that took ~2 ms of every import.)
for (let k = 0; k < TONED_SECOND.length; k++) {
  const c = TONED_SECOND.charCodeAt(k);
  if (SPECIAL[c] === 0) SPECIAL[c] = TONE;
}

const isMark = (s: string, k: number): boolean => k < s.length && SPECIAL[s.charCodeAt(k)] === MARK;

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

/**
 * End of the special unit that starts at `at`, a code unit the table flags
 * (a mark, or a single). The units are: CRLF; a base character (any one
 * code point but a mark or \r, possibly none) with its run of marks; one
 * single character. A mark's base, if any, is the code point just before
 * it, unless that was already consumed (`from`); `unitStart` finds it.
 */
function unitEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  let e = at + 1;
  if (c === 0x0d) return text.charCodeAt(e) === 0x0a ? e + 1 : e;
  if (SPECIAL[c] === SINGLE && !isMark(text, e)) return e; // a single alone
  while (isMark(text, e)) e++; // a single as base, or marks
  return e;
}

/** Start of the unit whose first flagged code unit is at `at`, never before `from`. */
function unitStart(text: string, at: number, from: number): number {
  if (SPECIAL[text.charCodeAt(at)] !== MARK || at - 1 < from) return at;
  // The base: the code point ending just before the mark (a surrogate pair counts as one).
  const b = at - 1;
  const lo = text.charCodeAt(b);
  if (lo >= 0xdc00 && lo <= 0xdfff && b - 1 >= from) {
    const hi = text.charCodeAt(b - 1);
    if (hi >= 0xd800 && hi <= 0xdbff) return b - 1;
  }
  return b;
}

/**
 * May the toned vowel at i (i >= 1) end a pair that toTraditionalTone moves
 * in the view? Exact when the units around it (i-3 … i+4) are copied into
 * the view as they are, that is none of them is special; otherwise true,
 * and the pass over the view decides.
 */
function toneMayMove(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  // Not after o/u (a plain unit, so the view has it too): stays.
  if (SPECIAL[prev] === 0 && (prev | 0x20) !== 0x6f && (prev | 0x20) !== 0x75) return false;
  for (let k = Math.max(0, i - 3); k <= i + 4 && k < text.length; k++) if ((SPECIAL[text.charCodeAt(k)]! & (MARK | SINGLE)) !== 0) return true;
  return movesToneAt(text, i);
}

/** Does a replacement piece hold a toned vowel (so a pair may move in the view)? */
function hasToned(piece: string): boolean {
  for (let k = 0; k < piece.length; k++) if (SPECIAL[piece.charCodeAt(k)] === TONE) return true;
  return false;
}

/**
 * The scan over the text for its special units. On the way it notes
 * whether a toned vowel may move (tone): only then does the view get the
 * tone pass, so most text is read once.
 */
class Scan {
  tone = false;
  constructor(private readonly text: string) {}

  /** Index of the first code unit flagged MARK or SINGLE at or after `from`, or the length. */
  next(from: number): number {
    const text = this.text;
    const n = text.length;
    let k = from;
    for (; k < n; k++) {
      const f = SPECIAL[text.charCodeAt(k)]!;
      if (f === 0) continue;
      if (f !== TONE) break;
      if (!this.tone && k > 0) this.tone = toneMayMove(text, k);
    }
    return k;
  }
}

export function normalize(text: string): Normalized {
  const n = text.length;
  const scan = new Scan(text);
  let at = scan.next(0);
  if (at === n) {
    // Nothing special (most news text): the text is its own view.
    return { view: scan.tone ? toTraditionalTone(text) : text, map: new OffsetMap(n) };
  }
  const parts: string[] = [];
  const vStarts: number[] = [];
  const oStarts: number[] = [];
  const oLens: number[] = [];
  let v = 0; // view length so far
  let o = 0; // original position copied up to
  for (; at < n; at = scan.next(o)) {
    const end = unitEnd(text, at);
    at = unitStart(text, at, o);
    if (at > o) {
      // Identity stretch.
      parts.push(text.slice(o, at));
      vStarts.push(v);
      oStarts.push(o);
      oLens.push(at - o);
      v += at - o;
    }
    const unit = text.slice(at, end);
    const piece = replace(unit);
    if (!scan.tone && hasToned(piece)) scan.tone = true;
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
    o = end;
  }
  if (o < text.length) {
    parts.push(text.slice(o));
    vStarts.push(v);
    oStarts.push(o);
    oLens.push(text.length - o);
    v += text.length - o;
  }
  const joined = parts.join("");
  const view = scan.tone ? toTraditionalTone(joined) : joined;
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
