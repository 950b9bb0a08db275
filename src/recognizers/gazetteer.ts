import type { Candidate, Context, Recognizer } from "./recognizer.js";
import { candidate } from "./span-builder.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { LexiconRegistry } from "../lexicon/registry.js";
import { fold } from "../lexicon/fold.js";

/**
 * Matches a set of lexicons over the tokens: longest match, exact or
 * accent-folded, non-overlapping. Accent-folded matches of a term that has
 * diacritics get a lower confidence. Shared helper for recognizers.
 */
export function matchLexicons(ctx: Context, lexicons: readonly Lexicon[], source = "gazetteer", priority = 0): Candidate[] {
  const out: Candidate[] = [];
  for (const lex of lexicons) {
    if (!lex.type) continue;
    for (const m of lex.scan(ctx.tokens)) {
      out.push(
        candidate(ctx, lex.type, m.start, m.end, `${source}:${lex.id}`, {
          canonical: m.entry.canonical,
          confidence: m.exact ? 1 : 0.8,
          priority,
          // Every mention of one term, however it is accented, is one entity.
          link: `${lex.type.toLowerCase()}:${fold(m.entry.canonical)}`,
        }),
      );
    }
  }
  return out;
}

/**
 * The caller's custom terms (`createExtractor({ terms })`, `--terms FILE.tsv`):
 * lexicons named "custom/<TYPE>". They win ties against built-in rules.
 */
export const customTermsRecognizer: Recognizer = {
  name: "custom-terms",
  types: ["PERSON", "ORG", "LOC", "EVENT", "DATE", "DOCUMENT", "OFFICIAL", "RANK", "TITLE"],
  recognize(ctx) {
    const lexicons = customLexicons(ctx.lexicons);
    // Most extractors have no custom terms: nothing to do, at once.
    if (lexicons.length === 0) return [];
    return matchLexicons(ctx, lexicons, "custom", 10).filter((c) => ctx.types.has(c.type));
  },
};

/*
 * The custom lexicons of a registry, listed once per registry: a registry
 * never changes (`with()` makes a new one), and listing them walks every id.
 */
const CUSTOM = new WeakMap<LexiconRegistry, readonly Lexicon[]>();
function customLexicons(registry: LexiconRegistry): readonly Lexicon[] {
  let list = CUSTOM.get(registry);
  if (!list) {
    list = registry.ids("custom/").map((id) => registry.get(id));
    CUSTOM.set(registry, list);
  }
  return list;
}
