import type { Token } from "../../tokenize/token.js";

/** The prefix of a key made from a mention's text. */
export const TEXT_KEY = "EVENT:text:";

/**
 * The accent-folded words of a run of tokens, space-separated, after
 * TEXT_KEY when `prefixed`: the text key of an EVENT mention
 * ("EVENT:text:hoi nghi bo truong"). One join into one flat string (the key
 * is hashed as soon as entity ids are given), where appending word by word
 * made a short string per word and a rope to flatten later. The list of
 * words is reused from call to call.
 *
 * (Keys kept across texts in a trie of fold ids were tried: a mention seen
 * before cost less than a join, but a new one cost the join and the trie's
 * nodes, a loss where mentions repeat less than in the benchmark's corpus.)
 */
export function foldedKey(toks: readonly Token[], from: number, to: number, prefixed: boolean): string {
  const words = WORDS;
  words.length = 0;
  words.push((prefixed ? TEXT_KEY : "") + (toks[from]?.fold ?? ""));
  for (let k = from + 1; k < to; k++) words.push(toks[k]!.fold);
  const s = words.join(" ");
  words.length = 0;
  return s;
}
const WORDS: string[] = [];
