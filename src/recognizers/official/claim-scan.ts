import { Claims } from "../common/claims.js";

type Range = { readonly start: number; readonly end: number };

/**
 * `Claims.crosses` over some candidate lists, asked a few times per text: a text names a
 * free-standing person a handful of times, so the first questions read the lists as they are
 * (no sort, no typed arrays per text); past SCANS questions the lists are indexed (Claims),
 * so a long text never costs a pass per question.
 */
export class ClaimScan {
  private claims: Claims | null = null;
  private asked = 0;

  constructor(private readonly lists: ReadonlyArray<ReadonlyArray<Range>>) {}

  /** A claimed range overlaps [a, b), other than one inside it and shorter (Claims.crosses). */
  crosses(a: number, b: number): boolean {
    if (this.claims) return this.claims.crosses(a, b);
    if (++this.asked > SCANS) return (this.claims = new Claims(this.lists)).crosses(a, b);
    for (const list of this.lists) for (const c of list) if (crossing(c, a, b)) return true;
    return false;
  }
}

/** The rule of Claims.crosses for one range: one starting before a crosses when it ends after a; one starting inside, unless it is inside and shorter. */
function crossing(c: Range, a: number, b: number): boolean {
  if (c.start < a) return c.end > a;
  return c.start < b && a < c.end && !(c.end <= b && c.end - c.start < b - a);
}

/** Questions per text answered by reading the lists. */
const SCANS = 4;
