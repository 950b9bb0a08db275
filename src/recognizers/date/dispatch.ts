/**
 * Where the date rules may start. Each rule names the tokens a match can
 * begin with (`starts`, see grammar.ts); they are gathered here into one
 * table from a token's key to the rules to try there.
 *
 * The matcher reads the same table by small integer key ids (key-index.ts).
 */
import type { Token } from "../../tokenize/token.js";
import { compose, startKeys, type StartKeys } from "./grammar.js";
import { foldKey, foldPattern } from "./match-text.js";
import { DATE_RULES, type DateRule } from "./rules.js";
import { indexKeys, numberShape, SHAPES, type KeyIndex } from "./key-index.js";

export interface Compiled {
  rule: DateRule;
  order: number;
  exact: RegExp;
  folded: RegExp;
  /** The names of the pattern's groups. */
  groups: readonly string[];
}

/** A rule that may start at a token, and the keys the next and the previous token may have (null: any). */
export interface Entry {
  c: Compiled;
  next: ReadonlySet<string> | null;
  prev: ReadonlySet<string> | null;
}

/** Entries by the key of the token a match can start at, in rule order. */
export type Dispatch = Map<string, Entry[]>;

export interface Table {
  rules: Compiled[];
  exact: Dispatch;
  folded: Dispatch;
  /** The same dispatch by key ids. */
  index: KeyIndex;
}

let table: Table | null = null;

function addTo(map: Dispatch, keys: StartKeys, c: Compiled): void {
  for (const [k, { next, prev }] of keys) {
    const list = map.get(k);
    if (list) list.push({ c, next, prev });
    else map.set(k, [{ c, next, prev }]);
  }
}

/** Every rule compiled, and where each may start; built once, on first use (never at import). */
export function ruleTable(): Table {
  if (table) return table;
  const rules = DATE_RULES.map((rule, order) => {
    const src = compose(rule.pattern);
    // Written form: case-insensitive on the view itself (no lowercased copy); folded form: on the folded text.
    const groups = [...src.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]!);
    return { rule, order, exact: new RegExp(src, "iuy"), folded: new RegExp(foldPattern(src), "uy"), groups };
  });
  const exact: Dispatch = new Map();
  const folded: Dispatch = new Map();
  const fold = (k: string) => (k.startsWith("#") ? k : foldKey(k));
  for (const c of rules) {
    addTo(exact, startKeys(c.rule.starts), c);
    addTo(folded, startKeys(c.rule.starts, fold), c);
  }
  table = { rules, exact, folded, index: indexKeys(exact, folded) };
  return table;
}

/**
 * The dispatch key of a token: a number's shape (see grammar FIRST), a
 * word in lowercase (folded for `plain`), else its text.
 */
export function keyOf(t: Token, plain: boolean): string {
  const text = t.text;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return SHAPES[numberShape(text)]!;
  if (t.kind === "word") return plain ? t.fold : t.lower;
  return text;
}
