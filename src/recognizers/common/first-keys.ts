import type { Token } from "../../tokenize/token.js";
import { termKeys, type Lexicon } from "../../lexicon/lexicon.js";
import { LONGER, ONE_WORD } from "../../lexicon/trie.js";
import { FoldCache, foldId } from "../../tokenize/fold-id.js";

/**
 * The first words of a lexicon's entries (or of a group of lexicons), for
 * cheap gates before a trie walk. `mayStartAt` reads a per-word bit set
 * (FoldCache) asked of the lexicons' tries, so it needs no set of words;
 * the sets below are built on first access only (a group of place lists
 * holds thousands of words: the first extract should not copy them unless
 * a recognizer reads them).
 */
export interface FirstKeys {
  /** First folded word of every entry. */
  readonly any: ReadonlySet<string>;
  /** First folded word of the entries written with a lowercase first letter ("châu Á", "sông Mê Công"). */
  readonly lowerLed: ReadonlySet<string>;
  /** First folded words of one-word entries. */
  readonly single: ReadonlySet<string>;
  /** For entries of two words or more: first folded word → second folded words. */
  readonly second: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per folded word: ONE_WORD if in `single`, LONGER if a key of `second` (read by `mayStartAt`). */
  readonly gate: FoldCache;
  /** `second.get(first.fold)?.has(next.fold)`, without building `second`. */
  follows(first: { readonly fid: number; readonly fold: string }, next: { readonly fid: number; readonly fold: string }): boolean;
}

interface KeySets {
  any: Set<string>;
  lowerLed: Set<string>;
  single: Set<string>;
  second: Map<string, Set<string>>;
}

function emptySets(): KeySets {
  return { any: new Set(), lowerLed: new Set(), single: new Set(), second: new Map() };
}

/** FirstKeys of some lexicons; the sets are computed by `make` when first read. */
class Keys implements FirstKeys {
  readonly gate: FoldCache;
  private sets: KeySets | null = null;
  /** Per first word, 1 + the index in `nexts` of its second words (0: none), asked of the tries once per word. */
  private readonly nextIndex: FoldCache;
  private readonly nexts: ReadonlyMap<string, unknown>[] = [];
  /**
   * The same second words by fold id (a token's `fid`, when not 0, is the id
   * of its `fold`: an integer set answers without reading the string). A
   * word the id table had no room for is not here, and no token of it has an id.
   */
  private readonly nextIds: ReadonlySet<number>[] = [];
  /** Per folded word: 1 when it is the second word of some entry (a gate before the pair look-up). */
  private readonly secondGate: FoldCache;

  constructor(
    lexicons: readonly Lexicon[],
    private readonly make: () => KeySets,
  ) {
    this.gate = new FoldCache((f) => {
      let bits = 0;
      for (const l of lexicons) bits |= l.startShape(f);
      return bits;
    });
    // By string too: FoldCache asks again for words without an id, and `nexts` must not grow.
    const byFold = new Map<string, number>();
    this.nextIndex = new FoldCache((f) => {
      let k = byFold.get(f);
      if (k === undefined) {
        const maps = lexicons.map((l) => l.nextWords(f)).filter((m) => m !== null);
        // One list's map serves as is; several are merged once.
        if (maps.length === 0) k = 0;
        else {
          const words = maps.length === 1 ? maps[0]! : new Map(maps.flatMap((m) => [...m]));
          k = this.nexts.push(words);
          const ids = new Set<number>();
          for (const w of words.keys()) {
            const id = foldId(w);
            if (id !== 0) ids.add(id);
          }
          this.nextIds.push(ids);
        }
        byFold.set(f, k);
      }
      return k;
    });
    let seconds: ReadonlySet<string>[] | null = null;
    this.secondGate = new FoldCache((f) => {
      seconds ??= lexicons.map((l) => l.secondWords());
      return seconds.some((s) => s.has(f)) ? 1 : 0;
    });
  }

  follows(first: { readonly fid: number; readonly fold: string }, next: { readonly fid: number; readonly fold: string }): boolean {
    if (this.secondGate.get(next) === 0) return false;
    const k = this.nextIndex.get(first);
    if (k === 0) return false;
    return next.fid !== 0 ? this.nextIds[k - 1]!.has(next.fid) : this.nexts[k - 1]!.has(next.fold);
  }

  private get all(): KeySets {
    return (this.sets ??= this.make());
  }
  get any(): ReadonlySet<string> {
    return this.all.any;
  }
  get lowerLed(): ReadonlySet<string> {
    return this.all.lowerLed;
  }
  get single(): ReadonlySet<string> {
    return this.all.single;
  }
  get second(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.all.second;
  }
}

/** The sets of one lexicon, from its entries' keys. */
function setsOf(lex: Lexicon): KeySets {
  const k = emptySets();
  for (const e of lex.entries()) {
    const keys = termKeys(e.surface)?.fold;
    if (!keys || keys.length === 0) continue;
    const f = keys[0]!;
    k.any.add(f);
    if (keys.length === 1) k.single.add(f);
    else {
      let s = k.second.get(f);
      if (!s) k.second.set(f, (s = new Set()));
      s.add(keys[1]!);
    }
    const c = e.surface[0]!;
    if (c === c.toLowerCase()) k.lowerLed.add(f);
  }
  return k;
}

/** The union of several lexicons' sets. */
function unionOf(parts: readonly FirstKeys[]): KeySets {
  const k = emptySets();
  for (const p of parts) {
    for (const f of p.any) k.any.add(f);
    for (const f of p.lowerLed) k.lowerLed.add(f);
    for (const f of p.single) k.single.add(f);
    for (const [f, s] of p.second) {
      let u = k.second.get(f);
      if (!u) k.second.set(f, (u = new Set()));
      for (const x of s) u.add(x);
    }
  }
  return k;
}

/** The first words of a lexicon's entries. Built once per lexicon. */
export function firstKeys(lex: Lexicon): FirstKeys {
  let k = firstKeyCache.get(lex);
  if (!k) firstKeyCache.set(lex, (k = new Keys([lex], () => setsOf(lex))));
  return k;
}
const firstKeyCache = new WeakMap<Lexicon, FirstKeys>();

/** First words of the entries written lowercase-first ("châu", "sông"), over several lexicons; cached. */
export function lowerLedKeys(lists: readonly (Lexicon | undefined)[]): ReadonlySet<string> {
  return groupKeys(lists).lowerLed;
}

/** The first keys of several lexicons together: one gate for a group of lists. Cached. */
export function groupKeys(lists: readonly (Lexicon | undefined)[]): FirstKeys {
  const present = lists.filter((l): l is Lexicon => l !== undefined);
  if (present.length === 0) return NONE;
  const key = lists.map((l) => l?.id ?? "").join("|");
  let byKey = groupCache.get(present[0]!);
  if (!byKey) groupCache.set(present[0]!, (byKey = new Map()));
  let g = byKey.get(key);
  if (!g) byKey.set(key, (g = new Keys(present, () => unionOf(present.map(firstKeys)))));
  return g;
}
const groupCache = new WeakMap<Lexicon, Map<string, FirstKeys>>();
const NONE: FirstKeys = new Keys([], emptySets);

/** Some entry may start at token `i`: its first word, and its second when it has one, are there. */
export function mayStartAt(k: FirstKeys, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const bits = k.gate.get(t);
  if (bits === 0) return false;
  if (bits & ONE_WORD) return true;
  const n = tokens[i + 1];
  return n !== undefined && (bits & LONGER) !== 0 && k.follows(t, n);
}
