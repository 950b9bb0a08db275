/**
 * brat standoff: `<doc>.ann` beside `<doc>.txt`. Every span is kept, the
 * parts nested inside an OFFICIAL too, tied to it by a `HasPart` relation;
 * the fields a span carries beyond type and offsets (DATE value, OFFICIAL
 * record, entityId …) go in an AnnotatorNotes line as JSON. Core-safe.
 *
 *   T1	OFFICIAL 0 23	Thượng tướng Lê Văn Tám
 *   #1	AnnotatorNotes T1	{"person":"Lê Văn Tám","rank":"Thượng tướng","titles":[]}
 *   T2	RANK 0 12	Thượng tướng
 *   R1	HasPart Arg1:T1 Arg2:T2
 *
 * brat counts offsets in Unicode code points; thucthe in UTF-16 code units.
 * The writer and reader convert, so text with emoji stays aligned.
 */
import { ENTITY_TYPES, type EntityType, type Span } from "../doc.js";

/** Fields that the T line itself holds. */
const BASE = new Set(["type", "start", "end", "text", "parent"]);

/** Converts UTF-16 offsets of `text` to code point offsets and back. */
export class CodePointIndex {
  /** UTF-16 offset of each code point (null when the text has no surrogate pairs). */
  private readonly units: number[] | null;
  constructor(text: string) {
    // Example: "a😀b" has 4 UTF-16 units and 3 code points.
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.units = null;
      return;
    }
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) {
      units.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    units.push(text.length);
    this.units = units;
  }
  /** Code point offset of a UTF-16 offset. */
  toCodePoint(u: number): number {
    if (!this.units) return u;
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.units[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** UTF-16 offset of a code point offset. */
  toUnit(cp: number): number {
    if (!this.units) return cp;
    return this.units[Math.max(0, Math.min(cp, this.units.length - 1))]!;
  }
}

/** The fragments of [start, end) between line breaks (brat spans may not cross one). */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out.length ? out : [[start, end]];
}

/** Write a document's spans as a brat `.ann` file (the `.txt` is the text itself). */
export function writeBrat(text: string, spans: readonly Span[]): string {
  const cp = new CodePointIndex(text);
  const lines: string[] = [];
  let notes = 0;
  let rels = 0;
  spans.forEach((s, i) => {
    const frags = fragments(text, s.start, s.end)
      .map(([a, b]) => `${cp.toCodePoint(a)} ${cp.toCodePoint(b)}`)
      .join(";");
    const shown = fragments(text, s.start, s.end)
      .map(([a, b]) => text.slice(a, b))
      .join(" ");
    lines.push(`T${i + 1}\t${s.type} ${frags}\t${shown}`);
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s)) if (!BASE.has(k) && v !== undefined) extra[k] = v;
    if (Object.keys(extra).length) lines.push(`#${++notes}\tAnnotatorNotes T${i + 1}\t${JSON.stringify(extra)}`);
    if (s.parent !== undefined) lines.push(`R${++rels}\tHasPart Arg1:T${s.parent + 1} Arg2:T${i + 1}`);
  });
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** The brat `annotation.conf` that declares thucthe's types. */
export function bratAnnotationConf(): string {
  return [
    "[entities]",
    ...ENTITY_TYPES,
    "",
    "[relations]",
    "HasPart\tArg1:OFFICIAL, Arg2:PERSON|RANK|TITLE|ORG|LOC|EVENT",
    "<OVERLAP>\tArg1:OFFICIAL, Arg2:<ENTITY>, <OVL-TYPE>:contain",
    "",
    "[events]",
    "",
    "[attributes]",
    "",
  ].join("\n");
}

/**
 * Read a `.ann` back into spans (order of the T lines; `parent` from HasPart
 * relations; note fields merged back). Throws with the line number on a line
 * it cannot read.
 */
export function readBrat(ann: string, text: string): Span[] {
  const cp = new CodePointIndex(text);
  const spans: Span[] = [];
  const byId = new Map<string, number>();
  const later: Array<() => void> = [];
  const lines = ann.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const fail = (what: string) => new Error(`line ${i + 1}: ${what}: ${JSON.stringify(line.slice(0, 80))}`);
    const cols = line.split("\t");
    const id = cols[0]!;
    if (id.startsWith("T")) {
      // Example: T1	ORG 10 20;21 30	Bộ Công an
      const m = /^([A-Z]+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? "");
      if (!m || !(ENTITY_TYPES as readonly string[]).includes(m[1]!)) throw fail("expected TYPE START END");
      const nums = m[2]!.split(/[ ;]/).map(Number);
      const start = cp.toUnit(Math.min(...nums));
      const end = cp.toUnit(Math.max(...nums));
      byId.set(id, spans.length);
      spans.push({ type: m[1] as EntityType, start, end, text: text.slice(start, end) } as Span);
    } else if (id.startsWith("#")) {
      // Example: #1	AnnotatorNotes T3	{"value":"2026-02-19"}
      const m = /^AnnotatorNotes (T\d+)$/.exec(cols[1] ?? "");
      if (!m) continue; // other notes are not ours
      const note = cols.slice(2).join("\t");
      later.push(() => {
        const at = byId.get(m[1]!);
        if (at === undefined) throw fail(`note for unknown ${m[1]}`);
        let extra: unknown;
        try {
          extra = JSON.parse(note);
        } catch {
          return; // a free-text note written by a person
        }
        if (extra && typeof extra === "object") Object.assign(spans[at]!, extra);
      });
    } else if (id.startsWith("R")) {
      // Example: R1	HasPart Arg1:T1 Arg2:T2
      const m = /^HasPart Arg1:(T\d+) Arg2:(T\d+)$/.exec(cols[1] ?? "");
      if (!m) continue;
      later.push(() => {
        const p = byId.get(m[1]!);
        const c = byId.get(m[2]!);
        if (p === undefined || c === undefined) throw fail("relation to an unknown T id");
        spans[c]!.parent = p;
      });
    }
  }
  for (const f of later) f();
  return spans;
}
