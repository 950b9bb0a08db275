/**
 * The rules to try at a token, by the id of its key (key-index.ts), as
 * written or folded. The rules' starts are gathered by first key when the
 * table is built (drafts: lists of key ids); the entries of one key, with
 * their membership arrays by id, are made the first time a text reaches
 * that key. A short text reaches a few keys of the 150-odd.
 */
import type { Compiled } from "./dispatch.js";
import type { StartItem } from "./start-keys.js";

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

/** An entry before its arrays are made: its next and previous keys as lists of ids. */
export interface Draft {
  c: Compiled;
  next: readonly number[] | null;
  prev: readonly number[] | null;
}

/** Drafts by first key id. */
export type Drafts = readonly (readonly Draft[] | undefined)[];

/**
 * Entries by first key id, in rule order (a rule that names a first key
 * twice, or two keys that fold alike, has one entry there, its conditions
 * added up); marks the first keys in `isStart`.
 */
export function draftsById(rules: readonly Compiled[], items: readonly (readonly StartItem[])[], isStart: Uint8Array): Drafts {
  const out: (Draft[] | undefined)[] = new Array<Draft[] | undefined>(isStart.length).fill(undefined);
  for (let r = 0; r < rules.length; r++) {
    const c = rules[r]!;
    for (const { first, next, prev } of items[r]!) {
      isStart[first] = 1;
      const list = (out[first] ??= []);
      const last = list[list.length - 1];
      if (last !== undefined && last.c === c) {
        // The rule names this key again: either condition admits the token.
        last.next = union(last.next, next);
        last.prev = union(last.prev, prev);
      } else list.push({ c, next, prev });
    }
  }
  return out;
}

const union = (a: readonly number[] | null, b: readonly number[] | null) => (a === null || b === null ? null : a === b ? a : a.concat(b));

/** Membership arrays by id, one per list of keys (lists are shared: start-keys.ts), made when first asked. */
export class Memberships {
  private readonly made = new Map<readonly number[], Uint8Array>();
  constructor(readonly size: number) {}

  of(ids: readonly number[] | null): Uint8Array | null {
    if (ids === null) return null;
    let a = this.made.get(ids);
    if (a === undefined) this.made.set(ids, (a = this.fresh(ids)));
    return a;
  }

  /** A membership array not shared. */
  fresh(ids: readonly number[]): Uint8Array {
    const a = new Uint8Array(this.size);
    for (let k = 0; k < ids.length; k++) a[ids[k]!] = 1;
    return a;
  }
}

/** The entries to try at each first key id, made per key on first use. */
export class StartTable {
  private readonly made: (IdStarts | undefined)[];
  constructor(
    private readonly drafts: Drafts,
    private readonly members: Memberships,
  ) {
    this.made = new Array<IdStarts | undefined>(drafts.length).fill(undefined);
  }

  /** The entries at a token of key `id`, or undefined when no rule starts there. */
  at(id: number): IdStarts | undefined {
    const s = this.made[id];
    return s !== undefined || this.drafts[id] === undefined ? s : this.make(id);
  }

  private make(id: number): IdStarts {
    const list = this.drafts[id]!;
    const entries: IdEntry[] = [];
    let any: number[] | null = [];
    for (const d of list) {
      entries.push({ c: d.c, next: this.members.of(d.next), prev: this.members.of(d.prev) });
      if (d.next === null) any = null;
      else if (any !== null) for (const n of d.next) any.push(n);
    }
    // One entry's next keys are its own array.
    const next = list.length === 1 ? entries[0]!.next : any === null ? null : this.members.fresh(any);
    return (this.made[id] = { entries, next });
  }
}

/**
 * By the fold class of a first token, the fold classes a next token may
 * have under some rule starting at some key of that fold, in either
 * dispatch; null when one of those rules takes any next token (and for
 * classes 0 and `digits`, which this does not narrow). Folds are coarser
 * than keys, so this only lets the scan drop, with two array reads, a
 * start whose next token no rule there admits ("những người", "năm đó"):
 * the keys themselves are compared only after it. Made per class on first
 * use.
 */
export class FoldNext {
  private readonly made: (Uint8Array | null | undefined)[];
  constructor(
    private readonly dispatches: readonly Drafts[],
    /** By key id, its fold class. */
    private readonly classes: Int32Array,
    private readonly digits: number,
  ) {
    this.made = new Array<Uint8Array | null | undefined>(digits + 1).fill(undefined);
    this.made[0] = null;
    this.made[digits] = null;
  }

  at(cls: number): Uint8Array | null {
    const a = this.made[cls];
    return a !== undefined ? a : (this.made[cls] = this.make(cls));
  }

  private make(cls: number): Uint8Array | null {
    let out: Uint8Array | null = null;
    for (const d of this.dispatches) {
      for (let id = 1; id < d.length; id++) {
        const list = d[id];
        if (list === undefined || this.classes[id] !== cls) continue;
        for (const e of list) {
          if (e.next === null) return null;
          out ??= new Uint8Array(this.digits + 1);
          for (const n of e.next) out[this.classes[n]!] = 1;
        }
      }
    }
    return out;
  }
}
