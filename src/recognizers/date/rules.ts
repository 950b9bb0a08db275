/**
 * The date rules, as data: `{id, example, pattern, build}`. A pattern is a
 * template of named sub-patterns (grammar.ts) with named groups for the
 * pieces `build` reads. Each rule is compiled twice: as written (run on the
 * lowercased view) and folded (run on text written without diacritics).
 * Order breaks ties between matches of equal length.
 */
import type { DateRule } from "./rule-kit.js";
import { CALENDAR_RULES } from "./rules-calendar.js";
import { RELATIVE_RULES } from "./rules-relative.js";
import { LUNAR_RULES } from "./rules-lunar.js";

export type { Built, DateRule, Groups, MatchEnv } from "./rule-kit.js";

export const DATE_RULES: readonly DateRule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...LUNAR_RULES];
