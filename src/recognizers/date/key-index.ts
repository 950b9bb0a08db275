/**
 * The date dispatch (dispatch.ts) by small integer key ids, so the matcher
 * keys a token with array reads. Every key a rule names (a first, next or
 * previous token) gets an id (start-keys.ts); next and previous tokens
 * allowed become membership arrays by id, made per first key when a text
 * first reaches it (start-table.ts).
 *
 * A token's key is its lowercase (folded in plain text) or written text,
 * or its number shape, and the fold of that key is the token's `fold`. So
 * a per-word gate (FoldCache by `token.fid`) can hold, for each fold, all a
 * token needs: whether it starts with a digit, whether a rule may start
 * there, the id of the key that is the fold itself (the key of any word
 * read folded or written without marks), and the other keys that fold to
 * it ("tu" → từ, tư). Most tokens fail the gate with one array read; a
 * word with marks compares its lowercase with a few keys.
 */
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import type { Compiled } from "./dispatch.js";
import type { StartItem, StartKeys } from "./start-keys.js";
import { draftsById, FoldNext, Memberships, StartTable } from "./start-table.js";

export interface KeyIndex {
  ids: ReadonlyMap<string, number>;
  /** Entries by the id of the first token's key. */
  exact: StartTable;
  folded: StartTable;
  /** Key ids of the number shapes (0 for a shape no rule names), by numberShape. */
  shapeIds: Int32Array;
  /** By folded word: its digit, start and key facts (see the bits below). */
  gate: FoldCache;
  /** Keys and their ids, in groups of one fold; a gate value names one. */
  groups: readonly (readonly (readonly [key: string, id: number])[])[];
  /** The key id last read per fold id for a form with marks (see FormMemo). */
  forms: FormMemo;
  /** By a first token's fold class, the next tokens' fold classes any rule there admits (see start-table FoldNext). */
  foldNext: FoldNext;
}

// A gate value: DIGIT, the fold starts with a digit; START, a rule may start at a token of this fold (a
// digit, or a fold some first-token key folds to); NEWLINE, a line break (the scan's only other reason to
// stop at a token); then the id of the key equal to the fold; then the index + 1 of the group of keys
// that fold to it. One array read per token, its neighbours' read from the same array.
export const DIGIT = 1;
export const START = 2;
export const NEWLINE = 4;
const SELF_SHIFT = 3;
const SELF_MASK = 0x3ff;
const GROUP_SHIFT = 13;

/**
 * The index of the rules' starts, read as written (`exact`) and folded, and
 * the gate's facts by fold. The rules' starts are gathered by first key
 * here; each key's entries are made when a text first reaches it.
 */
export function indexKeys(rules: readonly Compiled[], exact: readonly (readonly StartItem[])[], names: StartKeys): KeyIndex {
  const size = names.keys.length;
  if (names.ids.size > SELF_MASK) throw new Error("date dispatch: too many keys for the gate");
  const isStart = new Uint8Array(size);
  const written = draftsById(rules, exact, isStart);
  const folded = draftsById(
    rules,
    exact.map((items) => names.fold(items)),
    isStart,
  );
  // Keys by fold: under the key itself and under its fold, a gate value naming the group.
  const groups: (readonly [string, number])[][] = [[]];
  const groupOf = new Map<string, number>();
  const classes = new Int32Array(size);
  const join = (f: string, key: string, id: number) => {
    const g = groupOf.get(f);
    if (g !== undefined) groups[g]!.push([key, id]);
    else groupOf.set(f, groups.push([[key, id]]) - 1);
  };
  for (let id = 1; id < size; id++) {
    const key = names.keys[id]!;
    if (key.charCodeAt(0) === 35) {
      classes[id] = DIGITS; // #: a number shape
      continue;
    }
    const self = names.folded[id]!;
    const f = names.keys[self]!;
    join(key, key, id);
    if (self !== id) join(f, key, id);
    classes[id] = f.charCodeAt(0) >= 48 && f.charCodeAt(0) <= 57 ? DIGITS : self;
  }
  const gate = new FoldCache((f) => {
    const c0 = f.charCodeAt(0);
    // A "newline" token is a run of line breaks (and spaces between them), the only token starting with one.
    if (c0 === 10) return NEWLINE;
    if (c0 >= 48 && c0 <= 57) return DIGIT | START;
    const g = groupOf.get(f);
    if (g === undefined) return 0;
    let self = 0;
    let start = 0;
    for (const [key, id] of groups[g]!) {
      if (key === f) self = id;
      if (isStart[id] === 1) start = START;
    }
    return start | (self << SELF_SHIFT) | (g << GROUP_SHIFT);
  });
  const shapeIds = new Int32Array(SHAPES.length);
  for (let k = 0; k < SHAPES.length; k++) shapeIds[k] = names.ids.get(SHAPES[k]!) ?? 0;
  const members = new Memberships(size);
  return {
    ids: names.ids,
    exact: new StartTable(written, members),
    folded: new StartTable(folded, members),
    shapeIds,
    gate,
    groups,
    forms: new FormMemo(),
    foldNext: new FoldNext([written, folded], classes, DIGITS),
  };
}

/**
 * A token's fold class, read from its gate value: the id of the key equal
 * to its fold, DIGITS for a fold starting with a digit (every number
 * shape), 0 for a fold no key equals.
 */
export function foldClass(g: number): number {
  return (g & DIGIT) !== 0 ? DIGITS : (g >>> SELF_SHIFT) & SELF_MASK;
}

/** The fold class of every number shape (above any key id, see the gate's SELF_MASK). */
const DIGITS = SELF_MASK + 1;

/** The id of a token's key (see dispatch keyOf), else 0. */
export function keyIdOf(t: Token, plain: boolean, index: KeyIndex): number {
  const g = index.gate.get(t);
  return g === 0 ? 0 : keyIdFrom(t, g, plain, index);
}

/** keyIdOf with the token's gate value already read. */
export function keyIdFrom(t: Token, g: number, plain: boolean, index: KeyIndex): number {
  if ((g & DIGIT) !== 0) {
    // A token whose fold starts with a digit but not its text (a stray mark before it) is keyed by its text.
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) return index.shapeIds[numberShape(t.text)]!;
  }
  let key: string;
  if (t.kind === "word") {
    // Read folded, or written without marks (lower === fold), a word's key is its fold.
    if (plain || !t.diacritics) return (g >>> SELF_SHIFT) & SELF_MASK;
    key = t.lower;
  } else key = t.text;
  return index.forms.idOf(t.fid, key, index.groups[g >>> GROUP_SHIFT]!);
}

/**
 * The key id of a form written with marks (or a non-word's text), among the
 * keys of its fold: remembered per fold id with the string it was read for.
 * Tokens share their strings (one per distinct text, see tokenize/shapes),
 * so the next "ngày" finds the very string remembered and compares one
 * pointer; another form of the fold ("Ngày", "ngáy") compares by content,
 * is looked up in the group and remembered in turn.
 */
class FormMemo {
  private forms: (string | null)[] = new Array<string | null>(1024).fill(null);
  private ids = new Int32Array(1024);

  idOf(fid: number, form: string, group: readonly (readonly [key: string, id: number])[]): number {
    if (fid < this.forms.length && this.forms[fid] === form) return this.ids[fid]!;
    let id = 0;
    for (let k = 0; k < group.length; k++) {
      if (group[k]![0] === form) {
        id = group[k]![1];
        break;
      }
    }
    if (fid !== 0) this.remember(fid, form, id);
    return id;
  }

  private remember(fid: number, form: string, id: number): void {
    if (fid >= this.forms.length) {
      let n = this.forms.length;
      while (n <= fid) n *= 2;
      const forms = new Array<string | null>(n).fill(null);
      for (let k = 0; k < this.forms.length; k++) forms[k] = this.forms[k]!;
      const ids = new Int32Array(n);
      ids.set(this.ids);
      this.forms = forms;
      this.ids = ids;
    }
    this.forms[fid] = form;
    this.ids[fid] = id;
  }
}

/** Number shapes, in numberShape's numbering. */
export const SHAPES = ["#int", "#year", "#long", "#yx", "#numx", "#dm", "#time", "#int2-7"] as const;
const [INT, YEAR, LONG, YX, NUMX, DM, TIME, INT27] = [0, 1, 2, 3, 4, 5, 6, 7];

// "2026" → #year, "19/2" → #dm, "16:38" → #time, "1895-1986" → #yx, "12" → #int, "27" → #int2-7 (an index in SHAPES).
export function numberShape(text: string): number {
  let n = 1;
  while (n < text.length && isDigit(text.charCodeAt(n))) n++;
  if (n === text.length) {
    if (n > 3) return n === 4 ? YEAR : LONG;
    const c0 = text.charCodeAt(0);
    return c0 >= 50 && c0 <= 55 ? INT27 : INT; // 2–7
  }
  if (n === 4) return YX;
  if (n > 2) return NUMX;
  const c = text.charCodeAt(n);
  if (c === 47 || c === 46 || c === 45) return DM; // / . -
  if (c === 58 || c === 104 || c === 72 || c === 103 || c === 71) return TIME; // : h H g G
  return NUMX;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
