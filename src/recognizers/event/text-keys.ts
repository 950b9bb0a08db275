import type { Token } from "../../tokenize/token.js";

/**
 * The accent-folded words of a run of tokens, space-separated, with a
 * prefix: the text key of an EVENT mention ("EVENT:text:hoi nghi bo truong").
 *
 * Mentions repeat (the same meeting named again in a text, the same
 * festival in the next article), and a key is one flat string either way,
 * so the keys are kept in a trie of fold ids, across texts: a mention seen
 * before costs a map read per word instead of a join and a new string that
 * entity ids hash again. The trie is dropped whole when it grows past
 * MAX_NODES. A word with no fold id (the id table full) is joined as before.
 */
export function foldedKey(toks: readonly Token[], from: number, to: number, prefixed: boolean): string {
  const prefix = prefixed ? TEXT_KEY : "";
  if (to <= from) return joined(toks, from, to, prefix);
  let node = prefixed ? PREFIXED : PLAIN;
  for (let k = from; k < to; k++) {
    const fid = toks[k]!.fid;
    if (fid === 0) return joined(toks, from, to, prefix);
    let next = node.next?.get(fid);
    if (next === undefined) {
      if (nodes >= MAX_NODES) clear();
      next = { next: null, key: null };
      (node.next ??= new Map()).set(fid, next);
      nodes++;
    }
    node = next;
  }
  return (node.key ??= joined(toks, from, to, prefix));
}

/** The prefix of a key made from a mention's text. */
export const TEXT_KEY = "EVENT:text:";

interface KeyNode {
  next: Map<number, KeyNode> | null;
  /** The key of the words on the path here. */
  key: string | null;
}

/* A node holds a small map: some 150 bytes, so the trie stays under a few megabytes. */
const MAX_NODES = 20_000;
let nodes = 0;
let PLAIN: KeyNode = { next: null, key: null };
let PREFIXED: KeyNode = { next: null, key: null };

function clear(): void {
  // The walk under way holds its node: it goes on in the dropped trie and its key is found once more, then dropped.
  PLAIN = { next: null, key: null };
  PREFIXED = { next: null, key: null };
  nodes = 0;
}

/**
 * `prefix` and the folded words, one join into one flat string (appending
 * word by word made a short string per word and a rope to flatten later).
 * The list of words is reused from call to call.
 */
function joined(toks: readonly Token[], from: number, to: number, prefix: string): string {
  const words = WORDS;
  words.length = 0;
  words.push(prefix + (toks[from]?.fold ?? ""));
  for (let k = from + 1; k < to; k++) words.push(toks[k]!.fold);
  const s = words.join(" ");
  words.length = 0;
  return s;
}
const WORDS: string[] = [];
