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
  readonly exact: RegExp;
  readonly folded: RegExp;
  /** The names of the pattern's groups. */
  groups: readonly string[];
  /**
   * The pattern starts with `{lb}`, left out of `exact` and `folded`: the
   * matcher tests it once per position (word-start.ts).
   */
  lb: boolean;
}

/**
 * A compiled rule whose regexes are built the first time a text reaches
 * the rule: building all of them (case-insensitive Unicode patterns with
 * large classes) was a third of the first extract's time, and a short text
 * reaches only a few rules.
 */
class LazyRule implements Compiled {
  private exactRe: RegExp | null = null;
  private foldedRe: RegExp | null = null;
  constructor(
    readonly rule: DateRule,
    readonly order: number,
    private readonly src: string,
    readonly groups: readonly string[],
    readonly lb: boolean,
  ) {}
  get exact(): RegExp {
    return (this.exactRe ??= new RegExp(this.src, EXACT_FLAGS));
  }
  get folded(): RegExp {
    return (this.foldedRe ??= new RegExp(foldPattern(this.src), FOLDED_FLAGS));
  }
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
    let src = compose(rule.pattern);
    const lb = LB_SOURCE.length > 0 && src.startsWith(LB_SOURCE) && !hasTopLevelBar(src.slice(LB_SOURCE.length));
    if (lb) src = src.slice(LB_SOURCE.length);
    // Written form: case-insensitive on the view itself (no lowercased copy); folded form: on the folded text.
    const groups = [...src.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]!);
    return new LazyRule(rule, order, src, groups, lb);
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

/** The flags of the two compiled forms. */
export const EXACT_FLAGS = "iuy";
export const FOLDED_FLAGS = "uy";

/** `{lb}` as compose writes it at the head of a pattern. */
const LB_SOURCE = compose("{lb}");

/** A `|` outside any group or class: the pattern is an alternation, and a head cannot be cut off it. */
function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return true;
  }
  return false;
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
