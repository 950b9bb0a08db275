import { describe, expect, it } from "vitest";
import type { Candidate, Context } from "../../../src/recognizers/recognizer.js";
import { PlaceEnds } from "../../../src/recognizers/org/place-ends.js";
import { TokenCursor } from "../../../src/recognizers/common/token-cursor.js";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { expectSpans } from "./helpers.js";

// PlaceEnds finds the LOC candidate starting in a token by a binary search
// over the candidates' offsets, asked only where a tail asks. Its answer
// must be the one of mapping every candidate to its first and last tokens
// (Context.tokenAt), whatever the candidates: unsorted, starting inside a
// token or between two, empty.

const lexicons = builtinLexicons();
const view = normalize("Công an tỉnh Nghệ An,  Sở Y tế  Hà Nội và UBND TP. Hồ Chí Minh (Việt Nam).").view;
const tokens = tokenize(view);

function ctxWith(locs: Candidate[]): Context {
  return { view, tokens, lexicons, candidates: (type: string) => (type === "LOC" ? locs : []) } as unknown as Context;
}

/** The answer of mapping every candidate to its tokens first. */
function eager(locs: readonly Candidate[], k: number): number {
  const cursor = new TokenCursor(tokens);
  let best = -1;
  for (const c of locs) {
    const s = cursor.at(c.start);
    const e = cursor.at(c.end - 1);
    if (s === k && e >= 0 && e + 1 > best) best = e + 1;
  }
  return best;
}

let seed = 11;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % n;

describe("ORG places per token", () => {
  it("finds the LOC candidate starting in a token as a mapping of all of them does", () => {
    const places = new PlaceEnds();
    const wrong: string[] = [];
    for (let round = 0; round < 400; round++) {
      const locs = Array.from({ length: rand(6) }, (): Candidate => {
        const start = rand(view.length + 2);
        return { type: "LOC", start, end: start + rand(15), source: "test" };
      });
      if (round % 2 === 0) locs.sort((a, b) => a.start - b.start);
      places.reset(ctxWith(locs));
      for (let k = 0; k <= tokens.length; k++) {
        const want = k < tokens.length ? eager(locs, k) : -1;
        if (places.locAt(k) !== want) wrong.push(`${k} of ${JSON.stringify(locs.map((c) => [c.start, c.end]))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps no answer from one text to the next", () => {
    const places = new PlaceEnds();
    const wrong: string[] = [];
    for (let round = 0; round < 100; round++) {
      const locs = Array.from({ length: rand(4) }, (): Candidate => {
        const start = rand(view.length);
        return { type: "LOC", start, end: start + 1 + rand(12), source: "test" };
      });
      places.reset(ctxWith(locs));
      const fresh = new PlaceEnds().reset(ctxWith(locs));
      // every position, in any order, asked twice (the second answer is the kept one)
      for (let q = 0; q < 2 * tokens.length; q++) {
        const k = rand(tokens.length + 1);
        if (places.end(k) !== fresh.end(k) || places.end(k) !== fresh.end(k)) wrong.push(`${k} of ${JSON.stringify(locs.map((c) => [c.start, c.end]))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("ends a name at a place after its head", () => {
    expectSpans("Công an tỉnh Nghệ An và Sở Y tế Hà Nội phối hợp.", "ORG", ["Công an tỉnh Nghệ An", "Sở Y tế Hà Nội"]);
  });
});
