import { fold } from "../lexicon/fold.js";
import type { Token } from "./token.js";
import { foldId } from "./fold-id.js";
import { CLOCK_H, NUMBER_ONLY, SENTENCE_END } from "./token-kinds.js";

/**
 * What a token's flags depend on: computed once per distinct token string
 * and shared by every token with that text.
 */
export interface Shape extends Pick<Token, "text" | "lower" | "fold" | "fid" | "cap" | "upper" | "diacritics"> {
  /** ".", "!", "?", "…" or "...": may end a sentence. */
  endsSentence: boolean;
  /** For a run with digits: is it a number (true) or a code? (null: not asked yet) */
  isNumber: boolean | null;
}

function makeShape(text: string): Shape {
  const lower = text.toLowerCase();
  const upperStr = text.toUpperCase();
  const f = fold(text);
  // A letter is a character whose lower and upper case differ.
  let letters = 0;
  let hasLower = false;
  let cap = false;
  if (lower.length === text.length && upperStr.length === text.length) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const lc = lower.charCodeAt(k);
      const uc = upperStr.charCodeAt(k);
      if (lc !== uc) {
        letters++;
        if (c === lc) hasLower = true;
        else if (k === 0) cap = true;
      }
    }
  } else {
    cap = text[0] !== lower[0];
    hasLower = text !== upperStr;
    letters = 2;
  }
  return {
    text,
    lower,
    fold: f,
    fid: foldId(f),
    cap,
    upper: letters >= 2 && !hasLower,
    diacritics: f !== lower,
    endsSentence: SENTENCE_END.has(text),
    isNumber: null,
  };
}

/** A run with digits is a number ("19/02/2026", "7h30") or else a code ("QH15"). */
export function isNumber(sh: Shape): boolean {
  if (sh.isNumber === null) sh.isNumber = NUMBER_ONLY.test(sh.text) || CLOCK_H.test(sh.text);
  return sh.isNumber;
}

/*
 * The shapes, found by the characters of a view range without slicing it:
 * an open-addressing hash table (linear probing) keyed by a hash of the
 * char codes. A probe reads only typed arrays: per slot, KEYS holds the
 * hash, the length and where the key's characters sit in CHARS (a pool of
 * every key's code units, end to end), so the candidate is compared against
 * contiguous memory and the Shape object is touched only on a hit, which
 * costs no allocation and hands back the stored string as the token's text.
 * Bounded: past MAX_SIZE distinct strings the table starts over (shapes are
 * pure functions of the text, so this changes nothing but speed).
 */
const MAX_SIZE = 100_000;
/** KEYS per slot: hash, length (0: empty slot; keys are never empty), offset in CHARS, unused. */
const STRIDE = 4;
let slots: Array<Shape | null> = new Array<Shape | null>(4096).fill(null);
let keys = new Int32Array(4096 * STRIDE);
let chars = new Uint16Array(16384);
let charsUsed = 0;
let mask = 4095;
let size = 0;

/** FNV-1a over UTF-16 code units: start from HASH_SEED, then hashStep per code unit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

function hashRange(view: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = hashStep(h, view.charCodeAt(k));
  return h;
}

function reset(capacity: number): void {
  slots = new Array<Shape | null>(capacity).fill(null);
  keys = new Int32Array(capacity * STRIDE);
  mask = capacity - 1;
  size = 0;
}

/** Put a shape whose characters are at `off` in CHARS into a free slot. */
function insert(sh: Shape, h: number, off: number): void {
  let i = h & mask;
  while (keys[i * STRIDE + 1] !== 0) i = (i + 1) & mask;
  slots[i] = sh;
  keys[i * STRIDE] = h;
  keys[i * STRIDE + 1] = sh.text.length;
  keys[i * STRIDE + 2] = off;
  size++;
}

/** Copy view[start, end) to the end of CHARS; returns its offset. */
function poolChars(view: string, start: number, end: number): number {
  const len = end - start;
  if (charsUsed + len > chars.length) {
    const grown = new Uint16Array(Math.max(chars.length * 2, charsUsed + len));
    grown.set(chars.subarray(0, charsUsed));
    chars = grown;
  }
  const off = charsUsed;
  for (let k = 0; k < len; k++) chars[off + k] = view.charCodeAt(start + k);
  charsUsed += len;
  return off;
}

/** The shape of view[start, end). */
export function shapeAt(view: string, start: number, end: number): Shape {
  return shapeHashed(view, start, end, hashRange(view, start, end));
}

/** The shape of view[start, end) when the caller has hashed it already (h: see hashStep). */
export function shapeHashed(view: string, start: number, end: number, h: number): Shape {
  const len = end - start;
  const ks = keys;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const j = i * STRIDE;
    const l = ks[j + 1]!;
    if (l === 0) break;
    if (ks[j] === h && l === len) {
      const off = ks[j + 2]! - start;
      let k = start;
      while (k < end && chars[off + k] === view.charCodeAt(k)) k++;
      if (k === end) return slots[i]!;
    }
  }
  return added(view, start, end, h);
}

/** A new shape for view[start, end), stored (the table grows or starts over as needed). */
function added(view: string, start: number, end: number, h: number): Shape {
  const sh = makeShape(view.slice(start, end));
  if (size >= MAX_SIZE) {
    reset(slots.length);
    charsUsed = 0;
  } else if (size * 2 >= slots.length) {
    // Grow: keep the load under one half so probes stay short.
    const old = slots;
    const oldKeys = keys;
    reset(old.length * 2);
    for (let i = 0; i < old.length; i++) if (old[i] !== null) insert(old[i]!, oldKeys[i * STRIDE]!, oldKeys[i * STRIDE + 2]!);
  }
  insert(sh, h, poolChars(view, start, end));
  return sh;
}
