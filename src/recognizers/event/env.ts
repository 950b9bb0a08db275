import type { Candidate, Context } from "../recognizer.js";
import type { OffsetSet, ScanEnv } from "./name-scan.js";
import { listedSeries } from "./listed.js";

/* Flags of a view offset: an evidence LOC / ORG candidate starts or ends there. */
const LOC_START = 1;
const LOC_END = 2;
const ORG_START = 4;
const ORG_END = 8;
/** Bits below the DATE part of a mark. */
const FLAG_BITS = 4;

/**
 * The marks of the text being scanned, one per view offset: its low
 * FLAG_BITS bits are the flags above, the bits over them 1 + the index (in
 * the text's DATE candidates) of the longest DATE starting there, or 0.
 * One buffer serves every text, where a map of dates and four sets of
 * offsets were made per text, and it is not cleared: each cell pairs a
 * stamp with its mark, and a mark counts only under the stamp of the text
 * that wrote it (the next text takes the next stamp), so a text costs the
 * marks it writes, not a fill as long as the text. `owner` is the index
 * the buffer holds; an index whose marks were overwritten (another text
 * indexed since) writes them again under a new stamp.
 */
let cells = new Int32Array(2 * 4096);
let stamp = 0;
let owner: CandidateIndex | null = null;

/**
 * A fresh stamp for a text of `offsets` offsets (at most MAX_KEPT: a longer text keeps its
 * marks in a map of its own): the buffer grown (zeros), or cleared once before stamps overflow.
 */
function nextStamp(offsets: number): number {
  if (cells.length < 2 * offsets) {
    cells = new Int32Array(2 * Math.max(offsets, cells.length));
    stamp = 0;
  } else if (stamp >= STAMP_LIMIT) {
    cells.fill(0);
    stamp = 0;
  }
  return ++stamp;
}
/** Offsets kept between texts (512 KB of cells). */
const MAX_KEPT = 1 << 16;
const STAMP_LIMIT = 1 << 30;

/**
 * The DATE, LOC and ORG candidates of a text, indexed for the name scanner
 * (see `ScanEnv`): every scan reads the dates at every token, but the places
 * and bodies only at a dash, a "và", a "của" or on a line in capitals (their
 * flags are marked on first use), and where their longest readings end
 * (spanEnd, orgSpanEnd) and the series acronyms only on a line in capitals
 * (each built on first use).
 */
export class CandidateIndex implements ScanEnv {
  private readonly dateList: readonly Candidate[];
  /** The stamp of this text's marks (see `cells`). */
  private stamp = 0;
  /**
   * The marks of a text longer than the kept buffer (MAX_KEPT offsets), by offset: a text of
   * ten million characters would otherwise take an 80 MB buffer and fault in a page of it for
   * each mark (200 ms of a 3 s extract), for marks as many as its candidates.
   */
  private sparse: Map<number, number> | null = null;
  private boundsMarked = false;
  private longest: { spanEnd: Map<number, number>; orgSpanEnd: Map<number, number> } | null = null;
  private listed: ReadonlySet<string> | null = null;
  readonly locStart: OffsetSet = new FlagSet(this, LOC_START);
  readonly locEnd: OffsetSet = new FlagSet(this, LOC_END);
  readonly orgStart: OffsetSet = new FlagSet(this, ORG_START);
  readonly orgEnd: OffsetSet = new FlagSet(this, ORG_END);

  constructor(readonly ctx: Context) {
    this.dateList = ctx.candidates("DATE");
    this.markDates();
  }

  dateAt(offset: number): Candidate | undefined {
    if (owner !== this && this.sparse === null) this.remark();
    const d = this.mark(offset) >> FLAG_BITS;
    return d === 0 ? undefined : this.dateList[d - 1];
  }

  /** The flags at a view offset (the LOC and ORG bounds marked first, on first use). */
  flags(offset: number): number {
    if (!this.boundsMarked) this.markBounds();
    if (owner !== this && this.sparse === null) this.remark();
    return this.mark(offset) & ((1 << FLAG_BITS) - 1);
  }

  /** The mark at a view offset: 0 unless this text's stamp wrote it. */
  private mark(offset: number): number {
    if (this.sparse !== null) return this.sparse.get(offset) ?? 0;
    return cells[2 * offset] === this.stamp ? cells[2 * offset + 1]! : 0;
  }

  private setMark(offset: number, mark: number): void {
    if (this.sparse !== null) {
      this.sparse.set(offset, mark);
      return;
    }
    cells[2 * offset] = this.stamp;
    cells[2 * offset + 1] = mark;
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

  /** Take the buffer for this text and mark its dates: at each start, the longest (the first of equal ones). */
  private markDates(): void {
    const offsets = this.ctx.view.length + 1;
    if (offsets > MAX_KEPT) this.sparse = new Map();
    else {
      this.stamp = nextStamp(offsets);
      owner = this;
    }
    const dates = this.dateList;
    for (let k = 0; k < dates.length; k++) {
      const d = dates[k]!;
      const m = this.mark(d.start);
      const old = m >> FLAG_BITS;
      if (old === 0 || d.end > dates[old - 1]!.end) this.setMark(d.start, ((k + 1) << FLAG_BITS) | (m & ((1 << FLAG_BITS) - 1)));
    }
  }

  private markBounds(): void {
    if (owner !== this && this.sparse === null) this.remark();
    this.boundsMarked = true;
    for (const c of this.ctx.candidates("LOC")) {
      if (!isEvidence(c)) continue;
      this.setMark(c.start, this.mark(c.start) | LOC_START);
      this.setMark(c.end, this.mark(c.end) | LOC_END);
    }
    for (const c of this.ctx.candidates("ORG")) {
      if (!isEvidence(c)) continue;
      this.setMark(c.start, this.mark(c.start) | ORG_START);
      this.setMark(c.end, this.mark(c.end) | ORG_END);
    }
  }

  /** Another text took the buffer since: mark this one's again, under a new stamp. */
  private remark(): void {
    this.markDates();
    if (this.boundsMarked) {
      this.boundsMarked = false;
      this.markBounds();
    }
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

/** The view offsets with one flag of an index. */
class FlagSet implements OffsetSet {
  constructor(
    private readonly index: CandidateIndex,
    private readonly flag: number,
  ) {}
  has(offset: number): boolean {
    return (this.index.flags(offset) & this.flag) !== 0;
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
