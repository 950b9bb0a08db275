import type { Candidate, Context } from "../recognizer.js";
import type { ScanEnv } from "./name-scan.js";
import { listedSeries } from "./listed.js";

/**
 * The DATE, LOC and ORG candidates of a text, indexed for the name scanner
 * (see `ScanEnv`), each index built on first use: every scan reads the
 * dates at every token, but the places and bodies only at a dash, a "và",
 * a "của" or on a line in capitals, and where their longest readings end
 * (spanEnd, orgSpanEnd) and the series acronyms only on a line in capitals.
 */
export class CandidateIndex implements ScanEnv {
  readonly dates = new Map<number, Candidate>();
  private bounds: Pick<ScanEnv, "locStart" | "locEnd" | "orgStart" | "orgEnd"> | null = null;
  private longest: Pick<ScanEnv, "spanEnd" | "orgSpanEnd"> | null = null;
  private listed: ReadonlySet<string> | null = null;

  constructor(readonly ctx: Context) {
    for (const d of ctx.candidates("DATE")) {
      const old = this.dates.get(d.start);
      if (!old || d.end > old.end) this.dates.set(d.start, d);
    }
  }

  get locStart(): Set<number> {
    return this.indexBounds().locStart;
  }
  get locEnd(): Set<number> {
    return this.indexBounds().locEnd;
  }
  get orgStart(): Set<number> {
    return this.indexBounds().orgStart;
  }
  get orgEnd(): Set<number> {
    return this.indexBounds().orgEnd;
  }
  get spanEnd(): Map<number, number> {
    return this.indexLongest().spanEnd;
  }
  get orgSpanEnd(): Map<number, number> {
    return this.indexLongest().orgSpanEnd;
  }
  get series(): ReadonlySet<string> {
    return (this.listed ??= listedSeries(this.ctx));
  }

  private indexBounds() {
    if (this.bounds) return this.bounds;
    const s = (this.bounds = { locStart: new Set<number>(), locEnd: new Set<number>(), orgStart: new Set<number>(), orgEnd: new Set<number>() });
    for (const c of this.ctx.candidates("LOC")) {
      if (!isEvidence(c)) continue;
      s.locStart.add(c.start);
      s.locEnd.add(c.end);
    }
    for (const c of this.ctx.candidates("ORG")) {
      if (!isEvidence(c)) continue;
      s.orgStart.add(c.start);
      s.orgEnd.add(c.end);
    }
    return s;
  }

  private indexLongest() {
    if (this.longest) return this.longest;
    const s = (this.longest = { spanEnd: new Map<number, number>(), orgSpanEnd: new Map<number, number>() });
    for (const c of this.ctx.candidates("LOC")) if (isEvidence(c)) keepLonger(s.spanEnd, c);
    // An ORG that is no evidence still counts for orgSpanEnd once one that is started at its offset (earlier in the list).
    const orgStarts = new Set<number>();
    for (const c of this.ctx.candidates("ORG")) {
      if (isEvidence(c)) {
        keepLonger(s.spanEnd, c);
        orgStarts.add(c.start);
      }
      if (orgStarts.has(c.start)) keepLonger(s.orgSpanEnd, c);
    }
    return s;
  }
}

/** A fuzzy guess ("ĐỘNG NỔI" for a province) is no evidence of a name. */
function isEvidence(c: Candidate): boolean {
  return c.confidence === undefined || !(c.confidence < 0.8);
}

/** Start offset → end of the longest candidate from there. */
function keepLonger(ends: Map<number, number>, c: Candidate): void {
  if ((ends.get(c.start) ?? -1) < c.end) ends.set(c.start, c.end);
}
