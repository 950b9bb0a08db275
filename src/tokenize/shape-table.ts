import type { Token, TokenKind } from "./token.js";
import { makeShape, type Shape } from "./shapes.js";

/*
 * The shapes of the token strings seen so far, found by the characters of a
 * view range without slicing it: an open-addressing hash table (linear
 * probing) keyed by a hash of the code units. It is laid out for the cache,
 * because the tokenizer runs between recognizers that evict it: a lookup
 * reads one slot of KEYS (hash, length, the key's code units inline, and
 * the token flags and fold id packed in INFO) and, to build the token, one
 * entry of STRINGS (text, lower, fold side by side). No string is read and
 * nothing is allocated on a hit; the token's text is the stored string.
 *
 * A slot is STRIDE Int32s: HASH, LEN (0: empty; keys are never empty), IDX
 * (insertion index: STRINGS[3 * IDX ..]), INFO, then KEY: the
 * code units themselves when at most INLINE, else the offset of the key in
 * POOL. Bounded: past MAX_SIZE distinct strings the table starts over
 * (shapes are pure functions of the text, so this changes nothing but speed).
 */
const MAX_SIZE = 100_000;
const STRIDE = 8;
const HASH = 0;
const LEN = 1;
const IDX = 2;
const INFO = 3;
const KEY = 4;
/** Keys up to this many code units are held in the slot (zero past their length). */
const INLINE = (STRIDE - KEY) * 2;

/** INFO bits; the fold id is INFO >>> FID_SHIFT. */
export const IS_CAP = 1;
export const IS_UPPER = 2;
export const HAS_DIACRITICS = 4;
/** May end a sentence (see Shape.endsSentence). */
export const ENDS_SENTENCE = 8;
/** A run with digits that is a number, not a code (see Shape.isNumber). */
export const NUMBER_RUN = 16;
const FID_SHIFT = 8;

let keys = new Int32Array(0);
let units = new Uint16Array(0); // KEYS as code units, for the inline keys
let mask = 0;
let size = 0;
let strings: string[] = [];
let pool = new Uint16Array(4096);
let poolUsed = 0;
reset(4096);

/** FNV-1a over UTF-16 code units: start from HASH_SEED, then hashStep per code unit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

function hashRange(view: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = hashStep(h, view.charCodeAt(k));
  return h;
}

function reset(capacity: number): void {
  keys = new Int32Array(capacity * STRIDE);
  units = new Uint16Array(keys.buffer);
  mask = capacity - 1;
}

/** Does the key in slot j hold the len code units of view at start? */
function sameKey(j: number, view: string, start: number, len: number): boolean {
  if (len <= INLINE) {
    const us = units;
    const b = (j + KEY) * 2;
    for (let m = 0; m < len; m++) if (us[b + m] !== view.charCodeAt(start + m)) return false;
    return true;
  }
  const off = keys[j + KEY]!;
  for (let m = 0; m < len; m++) if (pool[off + m] !== view.charCodeAt(start + m)) return false;
  return true;
}

/** The slot of view[start, end) when the caller has hashed it (h: see hashStep); added if new. */
export function slotHashed(view: string, start: number, end: number, h: number): number {
  const len = end - start;
  const ks = keys;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const j = i * STRIDE;
    const l = ks[j + LEN]!;
    if (l === 0) break;
    if (ks[j + HASH] === h && l === len && sameKey(j, view, start, len)) return j;
  }
  return added(view, start, end, h);
}

/**
 * The first RUN_HEAD_UNITS code units of the run the tokenizer is scanning,
 * zero past its end: it writes them as it reads the run (clearRunHead at
 * its start), so slotOfRun can compare a short key as four integers, like
 * the inline key of a slot (zero past its length too), without reading the
 * view again.
 */
export const RUN_HEAD_UNITS = INLINE;
export const RUN_HEAD = new Uint16Array(INLINE);
const RUN_HEAD32 = new Int32Array(RUN_HEAD.buffer);

export function clearRunHead(): void {
  RUN_HEAD32[0] = 0;
  RUN_HEAD32[1] = 0;
  RUN_HEAD32[2] = 0;
  RUN_HEAD32[3] = 0;
}

/** slotHashed for the run whose head is in RUN_HEAD (see there). */
export function slotOfRun(view: string, start: number, end: number, h: number): number {
  const len = end - start;
  if (len > INLINE) return slotHashed(view, start, end, h);
  const ks = keys;
  const h0 = RUN_HEAD32[0]!;
  const h1 = RUN_HEAD32[1]!;
  const h2 = RUN_HEAD32[2]!;
  const h3 = RUN_HEAD32[3]!;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const j = i * STRIDE;
    const l = ks[j + LEN]!;
    if (l === 0) break;
    if (ks[j + HASH] === h && l === len && ks[j + KEY] === h0 && ks[j + KEY + 1] === h1 && ks[j + KEY + 2] === h2 && ks[j + KEY + 3] === h3) return j;
  }
  return added(view, start, end, h);
}

/** The slot of view[start, end). */
export function slotAt(view: string, start: number, end: number): number {
  return slotHashed(view, start, end, hashRange(view, start, end));
}

/** The shape of view[start, end), read back from its slot (the table keeps no Shape objects). */
export function shapeAt(view: string, start: number, end: number): Shape {
  const j = slotAt(view, start, end); // first: it may grow KEYS
  const info = keys[j + INFO]!;
  const s = keys[j + IDX]! * 3;
  return {
    text: strings[s]!,
    lower: strings[s + 1]!,
    fold: strings[s + 2]!,
    fid: info >>> FID_SHIFT,
    cap: (info & IS_CAP) !== 0,
    upper: (info & IS_UPPER) !== 0,
    diacritics: (info & HAS_DIACRITICS) !== 0,
    endsSentence: (info & ENDS_SENTENCE) !== 0,
    isNumber: (info & NUMBER_RUN) !== 0,
  };
}

/** The INFO bits of a slot (valid until the next lookup adds a shape). */
export function infoAt(j: number): number {
  return keys[j + INFO]!;
}

/** A new token of the shape in slot j (every field present from the start, in one order: one object shape for all tokens). */
export function tokenAt(j: number, kind: TokenKind, start: number, end: number, spaceBefore: boolean, sentenceStart: boolean, sentence: number): Token {
  const t: Token = { kind, start, end, text: "", lower: "", fold: "", fid: 0, cap: false, upper: false, diacritics: false, spaceBefore, sentenceStart, sentence, capsLine: false };
  return refillToken(t, j, kind, start, end, spaceBefore, sentenceStart, sentence);
}

/** Write the shape in slot j and the token's own facts into t (a new token, or one made earlier: see tokenizeReusing). */
export function refillToken(t: Token, j: number, kind: TokenKind, start: number, end: number, spaceBefore: boolean, sentenceStart: boolean, sentence: number): Token {
  const info = keys[j + INFO]!;
  const s = keys[j + IDX]! * 3;
  t.kind = kind;
  t.start = start;
  t.end = end;
  t.text = strings[s]!;
  t.lower = strings[s + 1]!;
  t.fold = strings[s + 2]!;
  t.fid = info >>> FID_SHIFT;
  t.cap = (info & IS_CAP) !== 0;
  t.upper = (info & IS_UPPER) !== 0;
  t.diacritics = (info & HAS_DIACRITICS) !== 0;
  t.spaceBefore = spaceBefore;
  t.sentenceStart = sentenceStart;
  t.sentence = sentence;
  t.capsLine = false;
  return t;
}

/** A new shape for view[start, end), stored (the table grows or starts over as needed); its slot. */
function added(view: string, start: number, end: number, h: number): number {
  const sh = makeShape(view.slice(start, end));
  if (size >= MAX_SIZE) {
    reset(mask + 1);
    size = 0;
    strings = [];
    poolUsed = 0;
  } else if (size * 2 > mask) {
    // Grow: keep the load under one half so probes stay short.
    const old = keys;
    reset((mask + 1) * 2);
    for (let j = 0; j < old.length; j += STRIDE) if (old[j + LEN] !== 0) keys.set(old.subarray(j, j + STRIDE), free(old[j + HASH]!));
  }
  const idx = size++;
  strings.push(sh.text, sh.lower, sh.fold);
  const len = end - start;
  const j = free(h);
  keys[j + HASH] = h;
  keys[j + LEN] = len;
  keys[j + IDX] = idx;
  keys[j + INFO] =
    (sh.fid << FID_SHIFT) |
    (sh.cap ? IS_CAP : 0) |
    (sh.upper ? IS_UPPER : 0) |
    (sh.diacritics ? HAS_DIACRITICS : 0) |
    (sh.endsSentence ? ENDS_SENTENCE : 0) |
    (sh.isNumber ? NUMBER_RUN : 0);
  if (len <= INLINE) for (let m = 0; m < len; m++) units[(j + KEY) * 2 + m] = view.charCodeAt(start + m);
  else keys[j + KEY] = poolChars(view, start, end);
  return j;
}

/** The first empty slot for hash h. */
function free(h: number): number {
  let i = h & mask;
  while (keys[i * STRIDE + LEN] !== 0) i = (i + 1) & mask;
  return i * STRIDE;
}

/** Copy view[start, end) to the end of POOL; returns its offset. */
function poolChars(view: string, start: number, end: number): number {
  const len = end - start;
  if (poolUsed + len > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolUsed + len));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  const off = poolUsed;
  for (let k = 0; k < len; k++) pool[off + k] = view.charCodeAt(start + k);
  poolUsed += len;
  return off;
}
