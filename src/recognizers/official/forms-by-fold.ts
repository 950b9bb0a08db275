/**
 * Lowercase words filed under their folded form ("cô", "có" under "co"), for
 * questions asked per token: a fold is numbered at the first question about
 * it (`number`, meant for a FoldCache, so a token's fold id reads it), and
 * `has` compares the token's lowercase with the few forms filed there, with
 * no string hashed. Used by OFFICIAL's WordSet and by the written first words
 * of a lexicon (exact-firsts.ts).
 */
export class FormsByFold {
  private readonly byFold = new Map<string, string[]>();
  /** By string too: a FoldCache asks again for words without an id, and the lists must not grow. */
  private readonly numbers = new Map<string, number>();
  /** Per numbered fold: its forms. */
  private readonly forms: string[][] = [];
  /** Per numbered fold: the lowercase asked last and the answer. */
  private readonly lastLower: string[] = [];
  private readonly lastAnswer: boolean[] = [];

  /** File `lower` under `fold` (once). */
  file(fold: string, lower: string): void {
    const list = this.byFold.get(fold);
    if (!list) this.byFold.set(fold, [lower]);
    else if (!list.includes(lower)) list.push(lower);
  }

  /** 1 + the index of the forms filed under `fold`, or 0 when none is. */
  number(fold: string): number {
    let k = this.numbers.get(fold);
    if (k === undefined) {
      const list = this.byFold.get(fold);
      k = list ? this.forms.push(list) : 0;
      if (list) {
        this.lastLower.push("");
        this.lastAnswer.push(false);
      }
      this.numbers.set(fold, k);
    }
    return k;
  }

  /** Is `lower` one of the forms numbered `k` (k >= 1, from `number`)? */
  has(k: number, lower: string): boolean {
    // Tokens of one shape share their strings (tokenize/shape-table.ts): the same string object
    // as last time compares by reference, without reading either string.
    if (this.lastLower[k - 1] === lower) return this.lastAnswer[k - 1]!;
    const forms = this.forms[k - 1]!;
    let found = false;
    for (let f = 0; f < forms.length; f++) if (forms[f] === lower) found = true;
    this.lastLower[k - 1] = lower;
    this.lastAnswer[k - 1] = found;
    return found;
  }
}
