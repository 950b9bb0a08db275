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
import { DATE_RULES, type DateRule, type Groups } from "./rules.js";
import { captures, readGroups, syntaxOffsets, type Captures } from "./captures.js";
import { indexKeys, numberShape, SHAPES, type KeyIndex } from "./key-index.js";

export interface Compiled {
  rule: DateRule;
  order: number;
  /** The pattern compiled without its group names (captures.ts): read groups with `read`. */
  readonly exact: RegExp;
  readonly folded: RegExp;
  /** The pattern's groups by name and number. */
  captures: Captures;
  /** The groups of a match of `exact` (lowercased) or `folded`, by name. */
  read(m: RegExpExecArray | null, plain: boolean): Groups;
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
  /** Every group name, undefined: the shape of this rule's groups. */
  private readonly template: Groups;
  constructor(
    readonly rule: DateRule,
    readonly order: number,
    readonly captures: Captures,
    readonly lb: boolean,
  ) {
    this.template = Object.fromEntries(captures.names.map((n) => [n, undefined]));
  }
  get exact(): RegExp {
    return (this.exactRe ??= new RegExp(this.captures.source, EXACT_FLAGS));
  }
  get folded(): RegExp {
    return (this.foldedRe ??= new RegExp(foldPattern(this.captures.source), FOLDED_FLAGS));
  }
  read(m: RegExpExecArray | null, plain: boolean): Groups {
    // Text read folded is lowercase already (and its patterns match case-sensitively).
    return readGroups(m, this.captures, this.template, !plain);
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
    return new LazyRule(rule, order, captures(src), lb);
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
  for (const i of syntaxOffsets(src)) {
    const ch = src[i];
    if (ch === "(") depth++;
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
