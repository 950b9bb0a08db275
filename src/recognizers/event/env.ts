import type { Candidate, Context } from "../recognizer.js";
import type { ScanEnv } from "./name-scan.js";
import { listedSeries } from "./listed.js";

/**
 * The DATE, LOC and ORG candidates of a text, indexed for the name scanner
 * (see `ScanEnv`), each index built on first use: every scan reads the
 * dates at every token, but the places and bodies only at a dash, a "và",
 * a "của" or on a line in capitals, and the series acronyms only there.
 */
export class CandidateIndex implements ScanEnv {
  readonly dates = new Map<number, Candidate>();
  private spans: Pick<ScanEnv, "locStart" | "locEnd" | "orgStart" | "orgEnd" | "spanEnd" | "orgSpanEnd"> | null = null;
  private listed: ReadonlySet<string> | null = null;

  constructor(readonly ctx: Context) {
    for (const d of ctx.candidates("DATE")) {
      const old = this.dates.get(d.start);
      if (!old || d.end > old.end) this.dates.set(d.start, d);
    }
  }

  get locStart(): Set<number> {
    return this.indexSpans().locStart;
  }
  get locEnd(): Set<number> {
    return this.indexSpans().locEnd;
  }
  get orgStart(): Set<number> {
    return this.indexSpans().orgStart;
  }
  get orgEnd(): Set<number> {
    return this.indexSpans().orgEnd;
  }
  get spanEnd(): Map<number, number> {
    return this.indexSpans().spanEnd;
  }
  get orgSpanEnd(): Map<number, number> {
    return this.indexSpans().orgSpanEnd;
  }
  get series(): ReadonlySet<string> {
    return (this.listed ??= listedSeries(this.ctx));
  }

  private indexSpans() {
    if (this.spans) return this.spans;
    const s = (this.spans = {
      locStart: new Set<number>(),
      locEnd: new Set<number>(),
      orgStart: new Set<number>(),
      orgEnd: new Set<number>(),
      spanEnd: new Map<number, number>(),
      orgSpanEnd: new Map<number, number>(),
    });
    for (const c of this.ctx.candidates("LOC")) addSpan(s.spanEnd, c, s.locStart, s.locEnd);
    for (const c of this.ctx.candidates("ORG")) {
      // An ORG that is no evidence still counts when another reading from its start was (it is in orgStart).
      if ((addSpan(s.spanEnd, c, s.orgStart, s.orgEnd) || s.orgStart.has(c.start)) && (s.orgSpanEnd.get(c.start) ?? -1) < c.end) s.orgSpanEnd.set(c.start, c.end);
    }
    return s;
  }
}

/** Index a LOC or ORG candidate; false when it is no evidence of a name (and is left out). */
function addSpan(spanEnd: Map<number, number>, c: Candidate, starts: Set<number>, ends: Set<number>): boolean {
  // A fuzzy guess ("ĐỘNG NỔI" for a province) is no evidence of a name.
  if (c.confidence !== undefined && c.confidence < 0.8) return false;
  starts.add(c.start);
  ends.add(c.end);
  if ((spanEnd.get(c.start) ?? -1) < c.end) spanEnd.set(c.start, c.end);
  return true;
}
