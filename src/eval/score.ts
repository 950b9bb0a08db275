import { ENTITY_TYPES, type EntityType, type Span } from "../doc.js";

/** A gold span as the gold files write it (OFFICIAL titles are strings). */
export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  value?: string | null;
  person?: string | null;
  rank?: string | null;
  titles?: string[];
  partOfDay?: string;
}

export interface GoldDoc {
  doc: string;
  refDate: string | null;
  spans: GoldSpan[];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  exact: PRF;
  partial: PRF;
}

export interface Miss {
  doc: string;
  kind: "miss" | "false-alarm" | "wrong-value" | "wrong-record";
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** For wrong values/records: expected vs got. */
  expected?: string;
  got?: string;
  context: string;
}

export interface EvalReport {
  documents: number;
  byType: Record<EntityType, TypeScore>;
  micro: { exact: PRF; partial: PRF };
  /** Share of exactly found DATE spans whose value is right. */
  dateValue: { correct: number; total: number; accuracy: number };
  /** Share of exactly found OFFICIAL spans whose (person, rank, set of titles) record is right. */
  officialRecord: { correct: number; total: number; accuracy: number };
  errors: Miss[];
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

type Predicted = Pick<Span, "type" | "start" | "end" | "text"> & {
  value?: string | null;
  person?: string | null;
  rank?: string | null;
  titles?: ({ text: string } | string)[];
};

const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;

function context(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 40);
  const b = Math.min(text.length, end + 40);
  return (text.slice(a, start) + "[[" + text.slice(start, end) + "]]" + text.slice(end, b)).replace(/\s+/g, " ");
}

function recordOf(s: { person?: string | null; rank?: string | null; titles?: ({ text: string } | string)[] }): string {
  const titles = (s.titles ?? []).map((t) => (typeof t === "string" ? t : t.text)).map((t) => t.normalize("NFC"));
  return JSON.stringify([s.person ?? null, s.rank ?? null, [...new Set(titles)].sort()]);
}

/**
 * Score predictions against gold, as ANNOTATION.md's Scoring section says:
 * exact match on (type, start, end); partial match on any overlap of the same
 * type; micro averages over all types; DATE values and OFFICIAL records on the
 * exactly found spans.
 */
export function scoreDocuments(
  docs: readonly { gold: GoldDoc; text: string; predicted: readonly Predicted[] }[],
): EvalReport {
  const counts = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, tp: 0, fp: 0, fn: 0, ptp: 0, pfp: 0, pfn: 0 }]),
  ) as Record<EntityType, { gold: number; predicted: number; tp: number; fp: number; fn: number; ptp: number; pfp: number; pfn: number }>;
  const dateValue = { correct: 0, total: 0, accuracy: 0 };
  const officialRecord = { correct: 0, total: 0, accuracy: 0 };
  const errors: Miss[] = [];

  for (const { gold, text, predicted } of docs) {
    const goldByKey = new Map(gold.spans.map((g) => [key(g), g]));
    const predByKey = new Map(predicted.map((p) => [key(p), p]));
    for (const g of gold.spans) {
      const c = counts[g.type];
      if (!c) continue;
      c.gold++;
      const p = predByKey.get(key(g));
      if (p) {
        c.tp++;
        if (g.type === "DATE") {
          dateValue.total++;
          if ((p.value ?? null) === (g.value ?? null)) dateValue.correct++;
          else errors.push({ doc: gold.doc, kind: "wrong-value", type: g.type, start: g.start, end: g.end, text: g.text, expected: String(g.value ?? null), got: String(p.value ?? null), context: context(text, g.start, g.end) });
        }
        if (g.type === "OFFICIAL") {
          officialRecord.total++;
          const want = recordOf(g);
          const got = recordOf(p);
          if (want === got) officialRecord.correct++;
          else errors.push({ doc: gold.doc, kind: "wrong-record", type: g.type, start: g.start, end: g.end, text: g.text, expected: want, got, context: context(text, g.start, g.end) });
        }
      } else {
        c.fn++;
        errors.push({ doc: gold.doc, kind: "miss", type: g.type, start: g.start, end: g.end, text: g.text, context: context(text, g.start, g.end) });
      }
      if (predicted.some((q) => q.type === g.type && q.start < g.end && g.start < q.end)) c.ptp++;
      else c.pfn++;
    }
    for (const p of predicted) {
      const c = counts[p.type];
      if (!c) continue;
      c.predicted++;
      if (!goldByKey.has(key(p))) {
        c.fp++;
        errors.push({ doc: gold.doc, kind: "false-alarm", type: p.type, start: p.start, end: p.end, text: p.text, context: context(text, p.start, p.end) });
      }
      if (!gold.spans.some((g) => g.type === p.type && g.start < p.end && p.start < g.end)) c.pfp++;
    }
  }

  // Partial: precision over predicted spans that overlap some gold span of their type,
  // recall over gold spans that some predicted span of their type overlaps.
  const partial = (overlapPred: number, predicted: number, overlapGold: number, goldN: number, fp: number, fn: number): PRF => {
    const precision = predicted === 0 ? 0 : overlapPred / predicted;
    const recall = goldN === 0 ? 0 : overlapGold / goldN;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { tp: overlapGold, fp, fn, precision, recall, f1 };
  };
  const byType = {} as Record<EntityType, TypeScore>;
  let tp = 0, fp = 0, fn = 0, ptp = 0, pfp = 0, pfn = 0, totalPred = 0, totalGold = 0;
  for (const t of ENTITY_TYPES) {
    const c = counts[t];
    byType[t] = {
      gold: c.gold,
      predicted: c.predicted,
      exact: prf(c.tp, c.fp, c.fn),
      partial: partial(c.predicted - c.pfp, c.predicted, c.ptp, c.gold, c.pfp, c.pfn),
    };
    tp += c.tp; fp += c.fp; fn += c.fn; ptp += c.ptp; pfp += c.pfp; pfn += c.pfn;
    totalPred += c.predicted; totalGold += c.gold;
  }
  dateValue.accuracy = dateValue.total ? dateValue.correct / dateValue.total : 0;
  officialRecord.accuracy = officialRecord.total ? officialRecord.correct / officialRecord.total : 0;
  return {
    documents: docs.length,
    byType,
    micro: {
      exact: prf(tp, fp, fn),
      partial: partial(totalPred - pfp, totalPred, ptp, totalGold, pfp, pfn),
    },
    dateValue,
    officialRecord,
    errors,
  };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/** The report as a plain-text table. */
export function formatReport(r: EvalReport, opts: { errors?: number; types?: readonly EntityType[] } = {}): string {
  const lines: string[] = [];
  lines.push(`documents: ${r.documents}`);
  lines.push("type       gold  pred |  exact P    R    F1 | partial P    R    F1");
  lines.push("---------  ----  ---- | ------- ----- ----- | --------- ----- -----");
  const types = opts.types ?? ENTITY_TYPES;
  for (const t of types) {
    const s = r.byType[t];
    lines.push(
      `${t.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} |   ${pct(s.exact.precision)} ${pct(s.exact.recall)} ${pct(s.exact.f1)} |     ${pct(s.partial.precision)} ${pct(s.partial.recall)} ${pct(s.partial.f1)}`,
    );
  }
  const m = r.micro;
  lines.push(`${"micro".padEnd(9)} ${"".padStart(5)} ${"".padStart(5)} |   ${pct(m.exact.precision)} ${pct(m.exact.recall)} ${pct(m.exact.f1)} |     ${pct(m.partial.precision)} ${pct(m.partial.recall)} ${pct(m.partial.f1)}`);
  lines.push(`DATE value accuracy:      ${pct(r.dateValue.accuracy)}%  (${r.dateValue.correct}/${r.dateValue.total})`);
  lines.push(`OFFICIAL record accuracy: ${pct(r.officialRecord.accuracy)}%  (${r.officialRecord.correct}/${r.officialRecord.total})`);
  const n = opts.errors ?? 0;
  if (n > 0) {
    const errs = r.errors.filter((e) => types.includes(e.type)).slice(0, n);
    lines.push("", `errors (first ${errs.length} of ${r.errors.filter((e) => types.includes(e.type)).length}):`);
    for (const e of errs) {
      const extra = e.expected !== undefined ? `  expected ${e.expected} got ${e.got}` : "";
      lines.push(`  ${e.kind.padEnd(11)} ${e.type.padEnd(8)} ${e.doc} ${e.start}-${e.end} ${JSON.stringify(e.text)}${extra}\n      … ${e.context}`);
    }
  }
  return lines.join("\n");
}
