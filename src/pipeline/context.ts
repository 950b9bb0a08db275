import type { EntityType } from "../doc.js";
import type { Candidate, Context } from "../recognizers/recognizer.js";
import type { Token } from "../tokenize/token.js";
import type { LexiconRegistry } from "../lexicon/registry.js";
import type { OffsetMap } from "../normalize/offset-map.js";

/** The Context implementation the pipeline hands to recognizers. */
export class PipelineContext implements Context {
  readonly text: string;
  readonly view: string;
  readonly map: OffsetMap;
  readonly tokens: readonly Token[];
  refDate: string | null;
  readonly lexicons: LexiconRegistry;
  readonly types: ReadonlySet<EntityType>;
  readonly noDiacritics: boolean;
  readonly lowercase: boolean;
  private readonly byType = new Map<EntityType, Candidate[]>();
  private starts: Int32Array | null = null;

  constructor(init: {
    text: string;
    view: string;
    map: OffsetMap;
    tokens: readonly Token[];
    refDate: string | null;
    lexicons: LexiconRegistry;
    types: ReadonlySet<EntityType>;
  }) {
    this.text = init.text;
    this.view = init.view;
    this.map = init.map;
    this.tokens = init.tokens;
    this.refDate = init.refDate;
    this.lexicons = init.lexicons;
    this.types = init.types;
    const facts = writingFacts(init.tokens);
    this.noDiacritics = (facts & NO_DIACRITICS) !== 0;
    this.lowercase = (facts & LOWERCASE) !== 0;
  }

  /** Set the reference date found from the dateline (before recognizers run). */
  setRefDate(d: string): void {
    this.refDate = d;
  }

  candidates(type: EntityType): readonly Candidate[] {
    return this.byType.get(type) ?? [];
  }

  /** Record candidates (the pipeline calls this after each recognizer). */
  add(cands: readonly Candidate[]): void {
    for (const c of cands) {
      const list = this.byType.get(c.type);
      if (list) list.push(c);
      else this.byType.set(c.type, [c]);
    }
  }

  tokenAt(pos: number): number {
    const toks = this.tokens;
    if (!this.starts) {
      this.starts = new Int32Array(toks.length);
      for (let i = 0; i < toks.length; i++) this.starts[i] = toks[i]!.start;
    }
    // Last token whose start <= pos.
    let lo = 0;
    let hi = toks.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (ans >= 0 && pos < toks[ans]!.end) return ans;
    return ans >= 0 && toks[ans]!.start === pos ? ans : -1;
  }
}

const NO_DIACRITICS = 1;
const LOWERCASE = 2;

/**
 * `lacksDiacritics` and `writtenLowercase` in one pass over the tokens, as
 * bits. A function of its own rather than a loop in the constructor: V8
 * compiled that loop on its own (on-stack replacement), without feedback
 * for the comparisons after it, and threw the code away at every text, once
 * per text for ever (about 1,000 deoptimizations in 3 s of 1 KB texts,
 * 11% of their time). A function called once per text is compiled whole.
 */
function writingFacts(tokens: readonly Token[]): number {
  let words = 0;
  let marked = 0;
  let capped = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    words++;
    if (t.diacritics) marked++;
    if (t.cap) capped++;
  }
  if (words < 10) return 0;
  return (marked * 20 < words ? NO_DIACRITICS : 0) | (capped * 50 < words ? LOWERCASE : 0);
}

/**
 * Fewer than one word in twenty carries a diacritic, over at least ten words
 * (Vietnamese prose has marks on most syllables): the context's `noDiacritics`.
 */
export function lacksDiacritics(tokens: readonly Token[]): boolean {
  return (writingFacts(tokens) & NO_DIACRITICS) !== 0;
}

/** Fewer than one word in fifty starts with a capital, over at least ten words: the context's `lowercase`. */
export function writtenLowercase(tokens: readonly Token[]): boolean {
  return (writingFacts(tokens) & LOWERCASE) !== 0;
}
