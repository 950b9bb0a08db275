import type { Candidate } from "../recognizers/recognizer.js";
import { LinkNumbers } from "./link-numbers.js";

/**
 * Entity ids: candidates (and OFFICIAL parts) that carry the same `link` key
 * get the same `entityId` ("e1", "e2", … in order of first mention: each
 * kept candidate, then its parts in their order, depth first). An OFFICIAL
 * without a key of its own takes its PERSON part's.
 *
 * The pipeline asks while it writes the spans, in that order, so no map from
 * candidate to id is built: `reset` before a text, then `of(c)` for each
 * kept candidate followed by `ofParts(c, ids)` for its parts. The table of
 * link numbers lives across texts (reset), and the id strings are made once
 * ("e1" is the same string in every document).
 */
export class EntityIds {
  private readonly links = new LinkNumbers();

  /** Start a text: no link seen. */
  reset(): void {
    this.links.reset();
  }

  /** The id of `c` (undefined without a link), numbering its link when first seen. Does not visit its parts. */
  of(c: Candidate): string | undefined {
    let link = c.link;
    // An OFFICIAL is a mention of its person: it shares the PERSON part's id.
    if (link === undefined && c.type === "OFFICIAL" && c.parts) {
      for (const p of c.parts) {
        if (p.type === "PERSON") {
          link = p.link;
          break;
        }
      }
    }
    if (!link) return undefined;
    return idString(this.links.number(link));
  }

  /** The ids of `c.parts` into `out` by part index (after `of(c)`), each part's own parts numbered after it. */
  ofParts(c: Candidate, out: (string | undefined)[]): void {
    const parts = c.parts;
    if (!parts) return;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      out[k] = this.of(p);
      if (p.parts) this.numberParts(p);
    }
  }

  /** Number the links of c's parts, depth first (ids of nested parts are not shown, but take their numbers). */
  private numberParts(c: Candidate): void {
    for (const p of c.parts!) {
      this.of(p);
      if (p.parts) this.numberParts(p);
    }
  }
}

/** "e1", "e2", …: the first ones made once and shared by every document. */
const idStrings: string[] = [];
const SHARED_IDS = 4096;
function idString(n: number): string {
  if (n > SHARED_IDS) return `e${n}`;
  while (idStrings.length < n) idStrings.push(`e${idStrings.length + 1}`);
  return idStrings[n - 1]!;
}
