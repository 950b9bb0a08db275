import type { Recognizer } from "../recognizers/recognizer.js";
import { OptionError } from "../errors.js";

/**
 * Order recognizers so that each runs after those producing the types it
 * `needs`; otherwise keep the given order. Throws on duplicate names.
 */
export function orderRecognizers(list: readonly Recognizer[]): Recognizer[] {
  const names = new Set<string>();
  for (const r of list) {
    if (!r || typeof r.recognize !== "function" || typeof r.name !== "string") {
      throw new OptionError("thucthe: each recognizer needs a name, types and a recognize(ctx) function");
    }
    if (names.has(r.name)) throw new OptionError(`thucthe: two recognizers are named "${r.name}"`);
    names.add(r.name);
  }
  const out: Recognizer[] = [];
  const placed = new Set<Recognizer>();
  const visiting = new Set<Recognizer>();
  const visit = (r: Recognizer) => {
    if (placed.has(r) || visiting.has(r)) return; // a cycle keeps the given order
    visiting.add(r);
    for (const need of r.needs ?? []) {
      // A recognizer that needs a type it also produces (the fuzzy gazetteer
      // reads LOC and adds LOC) runs after the others producing it; it is not
      // a producer that others must wait for.
      for (const other of list) if (other !== r && other.types.includes(need) && !(other.needs ?? []).includes(need)) visit(other);
    }
    visiting.delete(r);
    placed.add(r);
    out.push(r);
  };
  for (const r of list) visit(r);
  return out;
}
