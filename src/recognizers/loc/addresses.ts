import type { Candidate, Context } from "../recognizer.js";
import { candidate } from "../span-builder.js";
import { accentFreeSet } from "../common/accent-free-phrases.js";
import { capRunEnd } from "../common/proper-name-run.js";
import { shouting } from "../common/letter-case.js";
import { firstWords } from "../common/phrase-table.js";

/** Words before a street address: "tại 12 Lê Lợi", "trụ sở số 5 Hàng Bài". */
const ADDRESS_BEFORE_PHRASES = ["tại", "ở", "số", "nhà", "địa chỉ", "trụ sở", "đến", "về"];
const ADDRESS_BEFORE = accentFreeSet(ADDRESS_BEFORE_PHRASES);
/** First words of those ("địa", "trụ"): no address follows any other word. */
export const ADDRESS_BEFORE_FIRST_WORDS: readonly string[] = firstWords(ADDRESS_BEFORE_PHRASES);

/**
 * A street address with its number is one LOC (RULES 27): "12 Lê Lợi",
 * "25B Nguyễn Du". The number is a house number (1-4 digits, maybe a letter),
 * the street two to four capitalized words. This is the address whose house
 * number is token `i`, or null.
 */
export function addressAt(ctx: Context, i: number): Candidate | null {
  const toks = ctx.tokens;
  const t = toks[i]!;
  // Example: 12 Lê Lợi; 25B Nguyễn Du
  if (i === 0 || (t.kind !== "number" && t.kind !== "code")) return null;
  // The street starts at the next token, capitalized (checked first: most numbers after "số", "tại" are no address).
  if (!toks[i + 1]?.cap || !/^\d{1,4}[A-Za-z]?$/.test(t.text)) return null;
  if (!ADDRESS_BEFORE.has(toks, i - 1)) return null;
  if (shouting(toks, i + 1)) return null;
  const end = capRunEnd(toks, i + 1, 4);
  if (end - (i + 1) < 2) return null;
  return candidate(ctx, "LOC", i, end, "loc.address");
}
