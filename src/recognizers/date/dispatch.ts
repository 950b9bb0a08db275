/**
 * Where the date rules may start. Each rule names the tokens a match can
 * begin with (`starts`, see start-keys.ts); they are gathered here into
 * one table from a token's key id to the rules to try there (key-index.ts).
 */
import type { Token } from "../../tokenize/token.js";
import { compose } from "./grammar.js";
import { foldPattern } from "./match-text.js";
import { DATE_RULES, type DateRule, type Groups } from "./rules.js";
import { captures, nextSyntax, readGroups, type Captures } from "./captures.js";
import { indexKeys, numberShape, SHAPES, type KeyIndex } from "./key-index.js";
import { StartKeys, type StartItem } from "./start-keys.js";

export interface Compiled {
  rule: DateRule;
  order: number;
  /** The pattern compiled without its group names (captures.ts): read groups with `read`. */
  readonly exact: RegExp;
  readonly folded: RegExp;
  /** The pattern's groups by name and number. */
  readonly captures: Captures;
  /** The groups of a match of `exact` (lowercased) or `folded`, by name. */
  read(m: RegExpExecArray | null, plain: boolean): Groups;
  /**
   * The pattern starts with `{lb}`, left out of `exact` and `folded`: the
   * matcher tests it once per position (word-start.ts).
   */
  readonly lb: boolean;
}

/** What a rule's pattern gives once composed: its groups, and whether it starts with `{lb}`. */
interface Composed {
  captures: Captures;
  lb: boolean;
  /** Every group name, undefined: the shape of this rule's groups. */
  template: Groups;
}

/**
 * A rule whose pattern is composed, and its regexes built, the first time
 * a text reaches it: building all of them (case-insensitive Unicode
 * patterns with large classes) was a third of the first extract's time,
 * and a short text reaches only a few rules.
 */
class LazyRule implements Compiled {
  private composed: Composed | null = null;
  private exactRe: RegExp | null = null;
  private foldedRe: RegExp | null = null;
  constructor(
    readonly rule: DateRule,
    readonly order: number,
  ) {}
  private get parts(): Composed {
    return (this.composed ??= composeRule(this.rule.pattern));
  }
  get captures(): Captures {
    return this.parts.captures;
  }
  get lb(): boolean {
    return this.parts.lb;
  }
  get exact(): RegExp {
    return (this.exactRe ??= new RegExp(this.parts.captures.source, EXACT_FLAGS));
  }
  get folded(): RegExp {
    return (this.foldedRe ??= new RegExp(foldPattern(this.parts.captures.source), FOLDED_FLAGS));
  }
  read(m: RegExpExecArray | null, plain: boolean): Groups {
    // Text read folded is lowercase already (and its patterns match case-sensitively).
    const { captures, template } = this.parts;
    return readGroups(m, captures, template, !plain);
  }
}

/** Compose a rule's pattern, cut its leading `{lb}` off (the matcher asks it apart), and number its groups. */
function composeRule(pattern: string): Composed {
  let src = compose(pattern);
  const lb = LB_SOURCE.length > 0 && src.startsWith(LB_SOURCE) && !hasTopLevelBar(src.slice(LB_SOURCE.length));
  if (lb) src = src.slice(LB_SOURCE.length);
  const c = captures(src);
  const template: Record<string, undefined> = {};
  for (const n of c.names) template[n] = undefined;
  return { captures: c, lb, template };
}

export interface Table {
  rules: Compiled[];
  /** Where each rule may start, by key ids, as written and folded. */
  index: KeyIndex;
}

let table: Table | null = null;

/**
 * Every rule, and where each may start; built once, on first use (never at
 * import). Only the rules' starts are read here: a rule's pattern is
 * composed and compiled when a text first reaches it.
 */
export function ruleTable(): Table {
  if (table) return table;
  const names = new StartKeys();
  const rules: Compiled[] = [];
  const starts: StartItem[][] = [];
  for (let order = 0; order < DATE_RULES.length; order++) {
    const rule = DATE_RULES[order]!;
    rules.push(new LazyRule(rule, order));
    starts.push(names.read(rule.starts));
  }
  table = { rules, index: indexKeys(rules, starts, names) };
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
  for (let i = nextSyntax(src, 0); i < src.length; i = nextSyntax(src, i + 1)) {
    const c = src.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41) depth--; // )
    else if (c === 124 && depth === 0) return true; // |
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
