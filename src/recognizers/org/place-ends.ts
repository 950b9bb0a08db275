import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import type { Lexicon } from "../../lexicon/lexicon.js";
import { isCapToken, longestOf } from "../common/proper-name-run.js";
import { COMPOUNDS } from "../loc/ambiguity.js";
import { orgLists } from "./word-gates.js";

/**
 * Where places end, for the text being read: a LOC candidate (LOC runs
 * before ORG and its candidates do not change while ORG runs), or a listed
 * country or province. A tail asks about the same tokens again (its
 * lowercase run, then what follows it, "và" …), so the answers of `end(k)`
 * are kept per position, in a typed array reused from one text to the
 * next; `reset` starts a text. A text's tails ask about a few dozen
 * positions, so `reset` zeroes the ones the last text wrote instead of
 * the whole array.
 *
 * The LOC candidates are asked for by position only where a tail asks
 * (about as many positions per text as there are LOC candidates, most of
 * them far from any): their offsets are kept sorted by start, and the one
 * starting in a token is found by a binary search over those numbers,
 * instead of mapping every candidate to its tokens first.
 */
export class PlaceEnds {
  private tokens: readonly Token[] = [];
  /** The place lists of the text's registry (orgLists(…).places). */
  private lists: readonly (Lexicon | undefined)[] = [];
  private n = 0;
  /** Per token: 0 not asked yet, else 2 + the answer of `end` (-1: no place). Zero past the text's tokens. */
  private answers: Int32Array = new Int32Array(1024);
  /** The positions of `answers` written for the text (zeroed again by `reset`). */
  private readonly written: number[] = [];
  /** The LOC candidates' starts and ends, by start (`locs` of them). */
  private starts = new Float64Array(64);
  private ends = new Float64Array(64);
  private locs = 0;

  reset(ctx: Context): this {
    this.tokens = ctx.tokens;
    this.lists = orgLists(ctx.lexicons).places;
    this.n = ctx.tokens.length;
    const written = this.written;
    if (this.answers.length < this.n || (this.answers.length > KEPT && this.n <= KEPT)) this.answers = new Int32Array(Math.max(this.n, 1024));
    else for (let k = 0; k < written.length; k++) this.answers[written[k]!] = 0;
    written.length = 0;
    const cands = ctx.candidates("LOC");
    const m = (this.locs = cands.length);
    if (this.starts.length < m || (this.starts.length > KEPT && m <= KEPT)) {
      this.starts = new Float64Array(Math.max(m, 64));
      this.ends = new Float64Array(Math.max(m, 64));
    }
    const starts = this.starts;
    const ends = this.ends;
    let sorted = true;
    for (let k = 0; k < m; k++) {
      const c = cands[k]!;
      starts[k] = c.start;
      ends[k] = c.end;
      if (k > 0 && c.start < starts[k - 1]!) sorted = false;
    }
    // LOC's own candidates come in text order; custom terms' before them may not.
    if (!sorted) {
      const order = Array.from({ length: m }, (_, k) => k).sort((a, b) => cands[a]!.start - cands[b]!.start);
      for (let k = 0; k < m; k++) {
        starts[k] = cands[order[k]!]!.start;
        ends[k] = cands[order[k]!]!.end;
      }
    }
    return this;
  }

  /**
   * The token after the LOC candidate that starts in token k (the furthest,
   * when several do), or -1. A candidate whose last offset lies in no token
   * is left out.
   */
  locAt(k: number): number {
    if (k >= this.n) return -1;
    const toks = this.tokens;
    const from = toks[k]!.start;
    const to = toks[k]!.end;
    const starts = this.starts;
    // The first candidate starting at or after the token's start.
    let lo = -1;
    let hi = this.locs;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! >= from) hi = mid;
      else lo = mid;
    }
    let best = -1;
    for (let c = hi; c < this.locs && starts[c]! < to; c++) {
      // The token holding the candidate's last offset: the last token starting at or before it (from k on).
      const last = this.ends[c]! - 1;
      let x = k;
      while (x + 1 < this.n && toks[x + 1]!.start <= last) x++;
      while (x >= 0 && toks[x]!.start > last) x--; // an empty candidate: its "last offset" is before it
      if (x < 0) continue;
      const t = toks[x]!;
      if ((last < t.end || t.start === last) && x + 1 > best) best = x + 1;
    }
    return best;
  }

  /** A place at `k`: a LOC candidate, or a country or province name (also in formal, lowercase-inside form); its end, or -1. */
  end(k: number): number {
    if (k >= this.n) return -1;
    const kept = this.answers[k]!;
    if (kept !== 0) return kept - 2;
    const loc = this.locAt(k);
    const e = loc >= 0 ? loc : listedPlaceEnd(this.lists, this.tokens, k);
    this.answers[k] = e + 2;
    this.written.push(k);
    return e;
  }

  /** Let go of the text (the buffers stay for the next one). */
  release(): void {
    this.tokens = [];
  }
}

/** Entries kept between texts in a buffer (a longer one is let go after a very long text). */
const KEPT = 1 << 16;

/** A country or province name at `k` (capitalized): its end, or -1. */
function listedPlaceEnd(lists: readonly (Lexicon | undefined)[], toks: readonly Token[], k: number): number {
  if (!isCapToken(toks[k])) return -1;
  const m = longestOf(lists, toks, k);
  if (!m) return -1;
  // "PHÁP LUẬT", "Anh hùng": an ambiguous country that starts a common compound is no place.
  const entries = m.entries;
  for (let e = 0; e < entries.length; e++) if (entries[e]!.fields.ambiguous === "1" && !(m.exact && !COMPOUNDS.has(toks, k))) return -1;
  return m.end;
}
