import type { Token } from "../../tokenize/token.js";

/**
 * In-document memory of the people named so far. A full name gives the link key
 * every later mention shares: "Đại tá Lê Quốc Hùng" … "Giám đốc Lê Quốc Hùng" … "ông Hùng".
 */
export class NameMemory {
  /** Folded full name → link key. */
  private readonly full = new Map<string, string>();
  /** Folded last syllable (the given name) → link key, or null when two people share it. */
  private readonly given = new Map<string, string | null>();
  /** Folded full names as syllable lists, to cut a name that ran on into the next word. */
  private readonly lists: string[][] = [];
  /** Grows with every new person: results computed from the memory are valid for one version. */
  version = 0;

  /** Remember the name of tokens [i, j) and return its link key. */
  add(toks: readonly Token[], i: number, j: number): string {
    if (j - i === 1) return this.shortKey(toks[i]!.fold);
    let key = toks[i]!.fold;
    for (let k = i + 1; k < j; k++) key += " " + toks[k]!.fold;
    let link = this.full.get(key);
    if (!link) {
      const folds: string[] = [];
      for (let k = i; k < j; k++) folds.push(toks[k]!.fold);
      link = `person:${key}`;
      this.full.set(key, link);
      this.lists.push(folds);
      this.version++;
      const last = folds[folds.length - 1]!;
      const prev = this.given.get(last);
      this.given.set(last, prev === undefined || prev === link ? link : null);
    }
    return link;
  }

  /** Link key of a given name alone ("ông Quang"): the one person known by it, else its own key. */
  shortKey(fold: string): string {
    return this.given.get(fold) ?? `person:${fold}`;
  }

  /** A single syllable that names a person already met. */
  knowsGiven(fold: string): boolean {
    return !!this.given.get(fold);
  }

  /**
   * Length of the longest known name that is a proper prefix of the syllables of tokens [i, j)
   * ("Lê Hòa Huân …" after "Lê Hòa" gives 2), or 0.
   */
  knownPrefix(toks: readonly Token[], i: number, j: number): number {
    let best = 0;
    for (const l of this.lists) {
      if (l.length >= j - i || l.length <= best) continue;
      let ok = true;
      for (let k = 0; k < l.length; k++) if (l[k] !== toks[i + k]!.fold) ok = false;
      if (ok) best = l.length;
    }
    return best;
  }
}
