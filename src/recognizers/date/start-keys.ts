/**
 * A rule's `starts` ("{partOfDay}>{pod2}|hôm|ngày tháng>#int (<#year"),
 * read into key ids: each item is a first token, optionally with `>` and
 * the next tokens allowed, and with `<` after the previous tokens allowed;
 * `{name}` expands through grammar FIRST (a FIRST entry's own `>` wins over
 * the item's, and is dropped in a list of next or previous tokens).
 *
 * Keys are numbered as they are read, each with the id of its folded form
 * (the key of the same token in text read folded: its `fold`), so the rules' starts are
 * read once for both dispatches, with no set or map per rule: a list of
 * keys read before ("{pod2}|hôm|ngày|mùng", seven rules name it) is the
 * same array again, and key-index.ts makes one membership array of it.
 */
import { FIRST } from "./grammar.js";
import { fold } from "../../lexicon/fold.js";

/** A token a rule may start at, and the ids the next and the previous token may have (null: any). */
export interface StartItem {
  first: number;
  next: readonly number[] | null;
  prev: readonly number[] | null;
}

/** "#int" names both shapes of 1–3 digits (see grammar FIRST). */
const INT = "#int";
const INT27 = "#int2-7";

export class StartKeys {
  /** Every key read, by its text; ids count from 1. */
  readonly ids = new Map<string, number>();
  /** By id: the key's text. */
  readonly keys: string[] = [""];
  /** By id: the id of the key's folded form (a number shape, "#…", is its own). */
  readonly folded: number[] = [0];
  /** Lists of keys already read, by their text. */
  private readonly lists = new Map<string, readonly number[]>();
  /** Folded lists, by the list they fold. */
  private readonly foldedLists = new Map<readonly number[], readonly number[]>();

  /** The id of a key, numbering it (and its folded form) when new. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    this.folded.push(id);
    if (key.charCodeAt(0) !== 35) {
      // (#: a number shape is not folded.)
      const f = fold(key);
      if (f !== key) this.folded[id] = this.id(f);
    }
    return id;
  }

  /** The items of a rule's `starts`, as written. */
  read(starts: string): StartItem[] {
    const out: StartItem[] = [];
    for (const item of starts.split(" ")) {
      if (!item) continue;
      const lt = item.indexOf("<");
      const prev = lt > 0 ? this.list(item.slice(0, lt)) : null;
      const rest = lt < 0 ? item : item.slice(lt + 1);
      const gt = rest.indexOf(">");
      const head = gt < 0 ? rest : rest.slice(0, gt);
      const outer = gt < 0 ? null : this.list(rest.slice(gt + 1));
      if (head.charCodeAt(0) !== 123) {
        this.push(out, head, outer, prev);
        continue;
      }
      // {name}: each of its first words, with its own next words when it names them.
      for (const entry of firstWords(head).split(" ")) {
        const own = entry.indexOf(">");
        if (own < 0) this.push(out, entry, outer, prev);
        else this.push(out, entry.slice(0, own), this.list(entry.slice(own + 1)), prev);
      }
    }
    return out;
  }

  /** The same items for text read folded: each key by its folded form. */
  fold(items: readonly StartItem[]): StartItem[] {
    const out: StartItem[] = [];
    for (const { first, next, prev } of items) out.push({ first: this.folded[first]!, next: this.foldList(next), prev: this.foldList(prev) });
    return out;
  }

  private push(out: StartItem[], first: string, next: readonly number[] | null, prev: readonly number[] | null): void {
    out.push({ first: this.id(first), next, prev });
    if (first === INT) out.push({ first: this.id(INT27), next, prev });
  }

  /** The ids of a `|` list, `{name}`s expanded (their own `>` dropped), "#int" widened. */
  private list(text: string): readonly number[] {
    let ids = this.lists.get(text);
    if (ids !== undefined) return ids;
    const out: number[] = [];
    for (const item of text.split("|")) {
      if (item.charCodeAt(0) !== 123) this.add(out, item);
      else for (const entry of firstWords(item).split(" ")) this.add(out, entry.split(">")[0]!);
    }
    this.lists.set(text, out);
    return out;
  }

  private add(out: number[], key: string): void {
    out.push(this.id(key));
    if (key === INT) out.push(this.id(INT27));
  }

  private foldList(ids: readonly number[] | null): readonly number[] | null {
    if (ids === null) return null;
    let out = this.foldedLists.get(ids);
    if (out === undefined) {
      const f: number[] = [];
      for (const id of ids) f.push(this.folded[id]!);
      this.foldedLists.set(ids, (out = f));
    }
    return out;
  }
}

/** FIRST's words for "{name}". */
function firstWords(item: string): string {
  const name = item.slice(1, -1);
  const first = item.charCodeAt(item.length - 1) === 125 ? FIRST[name] : undefined;
  if (first === undefined) throw new Error(`date grammar: no first words for ${item}`);
  return first;
}
