import type { Candidate, Context } from "../recognizer.js";
import { candidate } from "../span-builder.js";
import { AccentFreePhrases, wordIs } from "../common/accent-free-phrases.js";
import { capRunEnd, isCapToken } from "../common/proper-name-run.js";
import { NAME_STOP_WORDS } from "../common/name-stop-words.js";
import type { LocLexicons } from "./word-gates.js";
import { firstWords } from "../common/phrase-table.js";

/**
 * Formal state names (RULES 27): "nước Cộng hòa Pê-ru" → LOC "Cộng hòa Pê-ru",
 * "Vương quốc Bỉ", "Cộng hòa Dân chủ Nhân dân Lào". A state-form prefix, then
 * a listed country, or any capitalized name right after "nước".
 */
export const STATE_FORM_PHRASES: readonly string[] = [
  "cộng hòa", "cộng hòa dân chủ nhân dân", "cộng hòa nhân dân", "cộng hòa liên bang", "cộng hòa hồi giáo",
  "cộng hòa dân chủ", "cộng hòa arab", "vương quốc", "liên bang", "hợp chủng quốc",
  "đại công quốc", "công quốc", "nhà nước", "cộng hòa thống nhất",
];
const STATE_FORMS = new AccentFreePhrases<true>(STATE_FORM_PHRASES.map((p) => [p, true] as const));

/** First words of the state forms ("cộng", "vương"): no formal name starts at any other word. */
export const FORMAL_FIRST_WORDS: readonly string[] = firstWords(STATE_FORM_PHRASES);

/** The formal state name that starts at token `i`, or null. */
export function formalNameAt(ctx: Context, lx: LocLexicons, i: number): Candidate | null {
  const toks = ctx.tokens;
  // Example: Cộng hòa Pê-ru; Vương quốc Campuchia
  if (!toks[i]!.cap) return null;
  const f = STATE_FORMS.match(toks, i);
  if (!f) return null;
  // Lowercase descriptive words may stand between the form and the name: "Cộng hòa dân chủ nhân dân Lào".
  let j = f.end;
  while (j < f.end + 4 && toks[j]?.kind === "word" && !toks[j]!.cap && !NAME_STOP_WORDS.has(toks, j)) j++;
  if (!isCapToken(toks[j])) return null;
  const country = lx.countryAt(toks, j);
  if (country && country.entries.every((e) => e.fields.ambiguous !== "1" || country.exact)) {
    return candidate(ctx, "LOC", i, country.end, "loc.formal", { canonical: country.entry.canonical });
  }
  // "nước Cộng hòa Pê-ru": after "nước", any capitalized name is the state's.
  if (!wordIs(toks, i - 1, "nước") || j > f.end) return null;
  const end = capRunEnd(toks, j, 4);
  return end > j ? candidate(ctx, "LOC", i, end, "loc.formal") : null;
}
