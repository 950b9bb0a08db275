import type { Token, TokenKind } from "./token.js";
import { ABBR, ABBREVIATIONS, EMAIL, PHONE, TLDS, URL } from "./token-kinds.js";
import { charBits, LETTER, NUMBER, PUNCT, UPPER } from "./char-class.js";
import { clearRunHead, ENDS_SENTENCE, HASH_SEED, hashStep, infoAt, IS_UPPER, NUMBER_RUN, refillToken, RUN_HEAD, RUN_HEAD_UNITS, slotAt, slotHashed, slotOfRun, tokenAt } from "./shape-table.js";

const ALNUM = /[\p{L}\p{M}\p{N}]/u;
const PUNCT_RE = /[\p{P}]/u;

/** Is the character at k a letter, mark or digit? (astral ones too) */
function alnumAt(view: string, k: number): boolean {
  const c = view.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM.test(view.slice(k, k + 2));
  return (charBits(c) & (LETTER | NUMBER)) !== 0;
}

/** Width in code units of the character at k. */
function widthAt(view: string, k: number): number {
  const c = view.charCodeAt(k);
  return c >= 0xd800 && c <= 0xdbff && (view.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Spaces between tokens (a newline is a token). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The comma at k has an ASCII digit on one side and not on the other ("Hai,19", "5,khoản"). */
function commaBetweenKinds(view: string, k: number): boolean {
  return view.charCodeAt(k) === 0x2c && isAsciiDigit(view.charCodeAt(k - 1)) !== isAsciiDigit(view.charCodeAt(k + 1));
}
/** The joiners of a glued run: / - . : , and the apostrophe ("H'Leo"). */
const isJoiner = (c: number): boolean => c === 0x2f || c === 0x2d || c === 0x2e || c === 0x3a || c === 0x2c || c === 0x27;
/** The joiners that split a run of letters into words: all but the apostrophe. */
const isSeparator = (c: number): boolean => c === 0x2f || c === 0x2d || c === 0x2e || c === 0x3a || c === 0x2c;

/*
 * ABBR can only match where an abbreviation or a capital letter starts:
 * the first characters of ABBREVIATIONS, A-Z and Đ. A cheap gate before the
 * regex (and the longest abbreviation bounds how far its first dot can be).
 */
const ABBR_FIRST = new Set<number>([...ABBREVIATIONS.map((a) => a.charCodeAt(0)), 0x110]);
for (let c = 0x41; c <= 0x5a; c++) ABBR_FIRST.add(c);
const ABBR_MAX = Math.max(...ABBREVIATIONS.map((a) => a.length));

const TOKENS_PER_UNIT = 0.26;
/** tokenizeReusing keeps at most this many token objects (about 4.5 MB): a text longer than ~130 KB makes the rest anew. */
const REUSE_MAX = 1 << 15;

/** After a sentence end, does this character open a new sentence? (\p{Lu}, \p{N}, a quote or bracket) */
const opensSentence = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || (charBits(c) & (UPPER | NUMBER)) !== 0;

/** One tokenizer pass over a view: the position and the sentence state. */
class Scanner {
  readonly tokens: Token[];
  /** Tokens written so far (the array is presized, see the constructor). */
  private count = 0;
  private readonly n: number;
  private space = false;
  private sentence = 0;
  private newSentence = true;
  /* The current line (since the last newline token): where it starts, its words of two letters or more, how many are all caps. */
  private lineStart = 0;
  private lineWords = 0;
  private lineUpper = 0;

  constructor(
    private readonly view: string,
    /** Token objects of an earlier text to overwrite in order (see tokenizeReusing), or null. */
    private readonly reuse: Token[] | null = null,
    /** The first of them to use. */
    private readonly reuseFrom = 0,
    /** The pool grows to at most this many objects. */
    private readonly reuseMax = REUSE_MAX,
  ) {
    this.n = view.length;
    // Presized from the view length (news text has 0.23 to 0.25 tokens per
    // code unit) and cut to the count at the end, instead of growing by
    // copies as tokens are pushed; a denser text grows past the estimate.
    this.tokens = new Array<Token>(Math.ceil(view.length * TOKENS_PER_UNIT) + 16);
  }

  push(kind: TokenKind, start: number, end: number): void {
    this.pushSlot(kind, start, end, slotAt(this.view, start, end));
  }

  /** Push a token of the shape in slot j of the shape table. */
  pushSlot(kind: TokenKind, start: number, end: number, j: number): void {
    if (kind === "word") {
      this.pushWord(start, end, j);
      return;
    }
    if (kind === "newline") {
      this.newSentence = true;
      this.closeLine();
      this.place(kind, start, end, j, false);
      return;
    }
    this.place(kind, start, end, j, this.startsSentence());
    if (kind === "punct" && (infoAt(j) & ENDS_SENTENCE) !== 0) {
      // A sentence ends here when what follows is a break, a capital, a digit or a quote.
      const view = this.view;
      let k = end;
      while (k < this.n && (view.charCodeAt(k) === 0x20 || view.charCodeAt(k) === 0x09)) k++;
      if (k >= this.n || view.charCodeAt(k) === 0x0a || (k > end && opensSentence(view.charCodeAt(k)))) this.newSentence = true;
    }
  }

  /** pushSlot for a word, the commonest token (its own method, so the kind tests fold away). */
  pushWord(start: number, end: number, j: number): void {
    if (end - start >= 2) {
      this.lineWords++;
      if ((infoAt(j) & IS_UPPER) !== 0) this.lineUpper++;
    }
    this.place("word", start, end, j, this.startsSentence());
  }

  /** Does the token about to be pushed (not a newline) start a sentence? Counts the sentence. */
  private startsSentence(): boolean {
    if (!this.newSentence) return false;
    if (this.count > 0) this.sentence++;
    this.newSentence = false;
    return true;
  }

  /** Write the next token: a reused object refilled, or a new one. */
  private place(kind: TokenKind, start: number, end: number, j: number, sentenceStart: boolean): void {
    const k = this.count++;
    const reuse = this.reuse;
    const p = this.reuseFrom + k;
    if (reuse !== null && p < reuse.length) this.tokens[k] = refillToken(reuse[p]!, j, kind, start, end, this.space, sentenceStart, this.sentence);
    else {
      const t = tokenAt(j, kind, start, end, this.space, sentenceStart, this.sentence);
      // Only at the pool's end: a token that did not fit (the pool full) leaves no gap.
      if (reuse !== null && p === reuse.length && p < this.reuseMax) reuse.push(t);
      this.tokens[k] = t;
    }
    this.space = false;
  }

  /** End of a sticky regex match at pos, or -1. */
  private at(re: RegExp, pos: number): number {
    re.lastIndex = pos;
    return re.test(this.view) ? re.lastIndex : -1;
  }

  run(): Token[] {
    const view = this.view;
    const n = this.n;
    let pos = 0;
    while (pos < n) {
      const c = view.charCodeAt(pos);
      // Most tokens: a run starting with a BMP letter or digit that cannot start a URL or a phone number.
      if (c < 0xd800 && (charBits(c) & (LETTER | NUMBER)) !== 0 && c !== 0x68 && c !== 0x77 && c !== 0x30) {
        pos = this.glued(pos);
        continue;
      }
      if (isSpace(c)) {
        do pos++;
        while (pos < n && isSpace(view.charCodeAt(pos)));
        this.space = true;
        continue;
      }
      let e: number;
      if (c === 0x0a) {
        // Line breaks, with any spaces between them: one token.
        e = pos + 1;
        while (e < n && (view.charCodeAt(e) === 0x0a || isSpace(view.charCodeAt(e)))) e++;
        this.push("newline", pos, e);
      } else if ((c === 0x68 || c === 0x77) && (view.startsWith("http", pos) || view.startsWith("www.", pos)) && (e = this.at(URL, pos)) > 0) {
        this.push("url", pos, e); // "http", "https", "www."
      } else if ((c === 0x2b || c === 0x30) && isAsciiDigit(view.charCodeAt(pos + 1)) && (e = this.at(PHONE, pos)) > 0) {
        this.push("phone", pos, e); // "+84 …", "0…" (PHONE needs a digit next)
      } else if (alnumAt(view, pos)) {
        e = this.glued(pos);
      } else if (c === 0x2e && view.charCodeAt(pos + 1) === 0x2e) {
        e = pos + 2; // "..."
        while (view.charCodeAt(e) === 0x2e) e++;
        this.push("punct", pos, e);
      } else if (c === 0x2026) {
        this.push("punct", pos, (e = pos + 1)); // "…"
      } else {
        // One character (a surrogate pair counts as one).
        e = pos + widthAt(view, pos);
        const punct = e - pos === 1 ? (charBits(c) & PUNCT) !== 0 : PUNCT_RE.test(view.slice(pos, e));
        this.push(punct ? "punct" : "symbol", pos, e);
      }
      pos = e;
    }
    this.closeLine();
    this.tokens.length = this.count;
    return this.tokens;
  }

  /**
   * Mark the tokens of the line that ends here if it is written in capitals
   * (a headline): at least three words with two or more letters, and four
   * in five of them all caps.
   */
  private closeLine(): void {
    const tokens = this.tokens;
    if (this.lineWords >= 3 && this.lineUpper * 5 >= this.lineWords * 4) for (let k = this.lineStart; k < this.count; k++) tokens[k]!.capsLine = true;
    this.lineStart = this.count + 1; // after the newline token about to be pushed
    this.lineWords = 0;
    this.lineUpper = 0;
  }

  /**
   * A glued run at pos (it starts with a letter, mark or digit): letters,
   * marks and digits, joined by / - . : , (or an apostrophe) when
   * alphanumerics follow. "19/02/2026", "03/CT-BCA-X11", "H'Leo". It is an
   * abbreviation, an e-mail, or else emitted by emitRun. Returns its end.
   * A comma joins digits to digits ("1.234,5") and letters to letters, not a
   * digit to a letter: "thứ Hai,19/2/2026" (a space left out) is a word, a
   * comma and a date, not one code.
   */
  private glued(pos: number): number {
    const view = this.view;
    const n = this.n;
    let e = pos;
    let seen = 0; // the char-class bits of its BMP code units, or-ed (digits: NUMBER)
    let sep = false;
    let firstDot = -1;
    let h = HASH_SEED; // of the whole run, for its shape (see shapes.ts)
    let stop: number; // the code unit after the run (NaN at the end of the view)
    // Its first code units also go to RUN_HEAD, for the shape table's look-up.
    clearRunHead();
    for (;;) {
      while (e < n) {
        const c = view.charCodeAt(e);
        if (c >= 0xd800 && c <= 0xdbff) {
          if (!ALNUM.test(view.slice(e, e + 2))) break;
          // Astral: both code units hashed; astral digits do not count as digits.
          const w = widthAt(view, e);
          for (let k = 0; k < w; k++) {
            const u = view.charCodeAt(e + k);
            h = hashStep(h, u);
            if (e + k - pos < RUN_HEAD_UNITS) RUN_HEAD[e + k - pos] = u;
          }
          e += w;
          continue;
        }
        const bits = charBits(c);
        if ((bits & (LETTER | NUMBER)) === 0) break;
        seen |= bits;
        h = hashStep(h, c);
        if (e - pos < RUN_HEAD_UNITS) RUN_HEAD[e - pos] = c;
        e++;
      }
      stop = view.charCodeAt(e);
      if (stop !== 0x20 && isJoiner(stop) && e + 1 < n && alnumAt(view, e + 1) && !commaBetweenKinds(view, e)) {
        if (stop !== 0x27) sep = true;
        if (stop === 0x2e && firstDot < 0) firstDot = e;
        h = hashStep(h, stop);
        if (e - pos < RUN_HEAD_UNITS) RUN_HEAD[e - pos] = stop;
        e += 1;
        continue;
      }
      break;
    }
    const digit = (seen & NUMBER) !== 0;
    if (stop === 0x20 && !sep && !digit) {
      // The commonest token, a word and a space: no abbreviation (no dot) nor e-mail.
      this.pushWord(pos, e, slotOfRun(view, pos, e, h));
      this.space = true;
      return e + 1;
    }
    // An abbreviation needs a dot right after its letters: "TP.", "PGS.TS.", "Q.1".
    if (firstDot < 0 && stop === 0x2e) firstDot = e;
    if (firstDot >= 0 && firstDot - pos <= ABBR_MAX && ABBR_FIRST.has(view.charCodeAt(pos))) {
      const a = this.at(ABBR, pos);
      if (a > 0) {
        this.push("abbr", pos, a);
        return a;
      }
    }
    if (stop === 0x40 /* @ */) {
      const m = this.at(EMAIL, pos);
      if (m > 0) {
        this.push("email", pos, m);
        return m;
      }
    }
    if (!sep && !digit) this.pushWord(pos, e, slotOfRun(view, pos, e, h));
    else this.emitRun(pos, e, digit, sep, firstDot >= 0 && firstDot < e, h);
    return e;
  }

  /** A glued run: a number, a code, a bare domain, or words and separators. */
  private emitRun(start: number, end: number, digit: boolean, sep: boolean, dot: boolean, h: number): void {
    const view = this.view;
    if (digit) {
      const j = slotHashed(view, start, end, h);
      this.pushSlot((infoAt(j) & NUMBER_RUN) !== 0 ? "number" : "code", start, end, j);
      return;
    }
    if (!sep) {
      this.pushSlot("word", start, end, slotHashed(view, start, end, h));
      return;
    }
    if (dot) {
      // "antv.gov.vn", "CHINHPHU.VN": a known top-level domain last, no / : ,
      const run = view.slice(start, end);
      if (TLDS.has(run.slice(run.lastIndexOf(".") + 1).toLowerCase()) && !/[/:,]/.test(run)) {
        this.push("url", start, end);
        return;
      }
    }
    // Letters joined by separators: "Cam-pu-chia", "HĐND-UBND", "và/hoặc".
    let p = start;
    for (let k = start; k < end; k++) {
      if (!isSeparator(view.charCodeAt(k))) continue;
      if (k > p) this.push("word", p, k);
      this.push("punct", k, k + 1);
      p = k + 1;
    }
    if (end > p) this.push("word", p, end);
  }
}

/**
 * Split a normalized view into tokens, one left-to-right pass. Offsets are
 * view offsets. Spaces are not tokens (a token records `spaceBefore`); a
 * run of line breaks is one "newline" token.
 */
export function tokenize(view: string): Token[] {
  return new Scanner(view).run();
}

/**
 * tokenize, writing into the token objects of an earlier call instead of
 * making new ones: `pool` holds them from index `from` on (it starts empty
 * and grows at its end to at most `max` objects). The tokens returned
 * before from the same stretch of the pool change: only for a caller that
 * is done with them, like the extractor between two texts. Texts alive at
 * once take stretches one after the other (the next text's `from` is this
 * one's plus its token count). Token objects are most of what extraction
 * allocates (a third of the bytes); reusing them spares the collector and
 * keeps them in the cache.
 */
export function tokenizeReusing(view: string, pool: Token[], from = 0, max = REUSE_MAX): Token[] {
  return new Scanner(view, pool, from, max).run();
}
