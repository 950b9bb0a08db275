/**
 * Where the date rules may start. Each rule names the tokens a match can
 * begin with (`starts`, see grammar.ts); they are gathered here into one
 * table from a token's key to the rules to try there.
 *
 * The matcher reads the same table by small integer key ids (`KeyIndex`):
 * every key any rule names (first, next or previous token) gets an id, and
 * a per-word gate (FoldCache by `token.fid`) says whether a token's folded
 * form is the fold of some key at all. Most tokens fail the gate with one
 * array read; the rest are looked up once by their exact key.
 */
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold as lexiconFold } from "../../lexicon/fold.js";
import { compose, startKeys, type StartKeys } from "./grammar.js";
import { foldKey, foldPattern } from "./match-text.js";
import { DATE_RULES, type DateRule } from "./rules.js";

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

/** A dispatch entry by key ids: `next`/`prev` hold 1 at the ids allowed (null: any). */
export interface IdEntry {
  c: Compiled;
  next: Uint8Array | null;
  prev: Uint8Array | null;
}

/** The entries that may start at one key, and the next-token ids any of them allows (null: some allows any). */
export interface IdStarts {
  entries: readonly IdEntry[];
  next: Uint8Array | null;
}

/** Key ids of a dispatch table's keys, and the entries by the first token's id (0: no key). */
export interface KeyIndex {
  ids: Map<string, number>;
  exact: readonly (IdStarts | undefined)[];
  folded: readonly (IdStarts | undefined)[];
  /** Key ids of the number shapes (0 for a shape no rule names), by numberShape. */
  shapeIds: Int32Array;
  /**
   * By folded word: GATE_DIGIT when it starts with a digit; else, when some
   * keys fold to it (a superset of the tokens that have one), GATE_KEYS plus
   * the index of those keys in `byFold`; else 0.
   */
  gate: FoldCache;
  /** Keys and their ids, grouped by their fold: "tu" → từ, tư, tu. */
  byFold: readonly (readonly (readonly [key: string, id: number])[])[];
}

const GATE_DIGIT = 1;
const GATE_KEYS = 2;

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

/** Number every key of both dispatch tables (first, next and previous tokens) and re-key the entries by id. */
function indexKeys(exact: Dispatch, folded: Dispatch): KeyIndex {
  const ids = new Map<string, number>();
  const idOf = (k: string) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size + 1));
    return id;
  };
  for (const d of [exact, folded]) {
    for (const [k, list] of d) {
      idOf(k);
      for (const e of list) for (const set of [e.next, e.prev]) if (set) for (const n of set) idOf(n);
    }
  }
  const members = (set: ReadonlySet<string> | null) => {
    if (set === null) return null;
    const a = new Uint8Array(ids.size + 1);
    for (const k of set) a[ids.get(k)!] = 1;
    return a;
  };
  const byId = (d: Dispatch) => {
    const out: (IdStarts | undefined)[] = new Array(ids.size + 1).fill(undefined);
    for (const [k, list] of d) {
      const anyNext = list.every((e) => e.next !== null) ? new Set(list.flatMap((e) => [...e.next!])) : null;
      out[ids.get(k)!] = { entries: list.map((e) => ({ c: e.c, next: members(e.next), prev: members(e.prev) })), next: members(anyNext) };
    }
    return out;
  };
  // A token's key is its lowercase, folded or written text, and its `fold` is the fold of any of these:
  // the keys are grouped under their fold, and a folded key also under itself.
  const groups = new Map<string, (readonly [string, number])[]>();
  for (const [k, id] of ids) {
    if (k.startsWith("#")) continue;
    for (const f of new Set([k, lexiconFold(k)])) {
      const g = groups.get(f);
      if (g) g.push([k, id]);
      else groups.set(f, [[k, id]]);
    }
  }
  const byFold = [...groups.values()];
  const groupOf = new Map([...groups.keys()].map((f, n) => [f, n]));
  const gate = new FoldCache((f) => {
    const c0 = f.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) return GATE_DIGIT;
    const n = groupOf.get(f);
    return n === undefined ? 0 : GATE_KEYS + n;
  });
  return { ids, exact: byId(exact), folded: byId(folded), shapeIds: Int32Array.from(SHAPES, (k) => ids.get(k) ?? 0), gate, byFold };
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

/** The key id of a token (see keyOf), 0 when no rule names its key. */
export function keyIdOf(t: Token, plain: boolean, index: KeyIndex): number {
  const g = index.gate.get(t);
  if (g === 0) return 0;
  const text = t.text;
  if (g === GATE_DIGIT) {
    const c0 = text.charCodeAt(0);
    // A token whose fold starts with a digit but not its text (a stray mark before it) is keyed by its text.
    if (c0 >= 48 && c0 <= 57) return index.shapeIds[numberShape(text)]!;
  }
  const key = t.kind === "word" ? (plain ? t.fold : t.lower) : text;
  const group = index.byFold[g - GATE_KEYS]!;
  for (let k = 0; k < group.length; k++) if (group[k]![0] === key) return group[k]![1];
  return 0;
}

/** Number shapes, the ids of their keys in KeyIndex.shapeIds. */
const SHAPES = ["#int", "#year", "#long", "#yx", "#numx", "#dm", "#time"] as const;
const [INT, YEAR, LONG, YX, NUMX, DM, TIME] = [0, 1, 2, 3, 4, 5, 6];

// "2026" → #year, "19/2" → #dm, "16:38" → #time, "1895-1986" → #yx, "12" → #int.
function numberShape(text: string): number {
  let n = 1;
  while (n < text.length && isDigit(text.charCodeAt(n))) n++;
  if (n === text.length) return n <= 3 ? INT : n === 4 ? YEAR : LONG;
  if (n === 4) return YX;
  if (n > 2) return NUMX;
  const c = text.charCodeAt(n);
  if (c === 47 || c === 46 || c === 45) return DM; // / . -
  if (c === 58 || c === 104 || c === 72 || c === 103 || c === 71) return TIME; // : h H g G
  return NUMX;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
