import type { Context } from "../recognizer.js";
import type { Token } from "../../tokenize/token.js";
import { isWordOf } from "./lexicons.js";
import { isCapWord, type NameMatch } from "./names.js";

/** Words that introduce an alias inside parentheses after a name, longest first. */
const ALIAS_MARKERS: readonly (readonly string[])[] = [
  // e.g. "(hay còn gọi là Tư)"
  ["hay", "còn", "gọi", "là"],
  // e.g. "(còn gọi là Năm)", "(thường gọi là Bảy)"
  ["còn", "gọi", "là"],
  ["thường", "gọi", "là"],
  ["còn", "gọi"],
  ["thường", "gọi"],
  // e.g. "(biệt danh Cường)", "(bí danh Sáu)"
  ["biệt", "danh"],
  ["bí", "danh"],
  ["biệt", "hiệu"],
  // e.g. "(tức Tài "râu")", "(tức là Ba)"
  ["tức", "là"],
  ["tức"],
];

/** Length of the alias marker at token k, or 0. */
function markerAt(toks: readonly Token[], k: number): number {
  for (const words of ALIAS_MARKERS) {
    let ok = true;
    for (let d = 0; d < words.length && ok; d++) ok = isWordOf(toks[k + d], words[d]!);
    if (ok) return words.length;
  }
  return 0;
}

/** A straight double quote (the view turns curly ones into it). */
const isQuote = (t: Token | undefined): boolean => !!t && t.text === '"';

/**
 * An alias in parentheses right after a name: "(tức Tài "râu")", "(biệt danh Sáu, 40 tuổi)".
 * The parenthesis opens at token i; the alias is one to three capitalized words, with a
 * nickname in quotes after them, and ends before ")", "," or ";". Returns its token range.
 */
export function aliasAt(ctx: Context, i: number): NameMatch | null {
  const toks = ctx.tokens;
  if (toks[i]?.text !== "(") return null;
  const m = markerAt(toks, i + 1);
  if (m === 0) return null;
  const a = i + 1 + m;
  let j = a;
  while (j < toks.length && j - a < 3 && isCapWord(toks[j]) && toks[j]!.spaceBefore) j++;
  if (j === a) return null;
  // A nickname in quotes after the given name: "Tài "râu"".
  if (isQuote(toks[j])) {
    let q = j + 1;
    while (q < toks.length && q - j <= 4 && toks[q]!.kind === "word") q++;
    if (q > j + 1 && isQuote(toks[q])) j = q + 1;
  }
  const end = toks[j];
  if (!end || !/^[),;]$/.test(end.text)) return null;
  return { i: a, j, kind: j - a === 1 ? "short" : "vi", strong: false };
}
