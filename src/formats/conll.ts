/**
 * CoNLL: one token a line, BIO tags over the outermost spans (OFFICIAL parts
 * are not tagged; the OFFICIAL is). Core-safe.
 *
 *   # doc = 000_07fe
 *   Thượng	0	5	B-OFFICIAL
 *   tướng	6	11	I-OFFICIAL
 *
 * Columns: token as written, start and end offsets (UTF-16, into the
 * original text), tag. A token that a span boundary cuts is split in two
 * lines, so reading the file back gives exactly the spans written. A blank
 * line ends a sentence; a blank line after the last sentence ends the doc.
 */
import type { EntityType, Span } from "../doc.js";
import { normalize } from "../normalize/normalize.js";
import { tokenize } from "../tokenize/tokenizer.js";

/** One token piece with its original offsets. */
interface Piece {
  start: number;
  end: number;
  sentence: number;
}

/** A span as CoNLL keeps it: type and offsets (and text when the source is known). */
export interface ConllSpan {
  type: EntityType;
  start: number;
  end: number;
  text?: string;
}

export interface ConllDoc {
  doc: string | null;
  spans: ConllSpan[];
}

/** Tokens of `text` in original offsets, cut at every outer span boundary. */
function pieces(text: string, cuts: number[]): Piece[] {
  const { view, map } = normalize(text);
  const out: Piece[] = [];
  let sentence = 0;
  for (const t of tokenize(view)) {
    if (t.kind === "newline") {
      sentence++;
      continue;
    }
    const s = map.toOriginalStart(t.start);
    const e = map.toOriginalEnd(t.end);
    if (e <= s) continue;
    sentence = Math.max(sentence, t.sentence);
    let from = s;
    for (const c of cuts) {
      if (c > from && c < e) {
        out.push({ start: from, end: c, sentence });
        from = c;
      }
    }
    out.push({ start: from, end: e, sentence });
  }
  return out;
}

/** A token column value: no tabs or line breaks. */
function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, " ");
}

/** Write one document as CoNLL lines (ends with a blank line). */
export function writeConll(id: string | null, text: string, spans: readonly Span[]): string {
  const outer = spans.filter((s) => s.parent === undefined).sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set(outer.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const lines: string[] = [`# doc = ${cell(id ?? "")}`];
  let k = 0; // index into outer
  let lastSentence = -1;
  let inside: Span | null = null;
  for (const p of pieces(text, cuts)) {
    while (k < outer.length && outer[k]!.end <= p.start) k++;
    const s = outer[k];
    const covered = s && s.start <= p.start && p.end <= s.end ? s : null;
    if (lastSentence !== -1 && p.sentence !== lastSentence && !(covered && covered === inside)) {
      lines.push("");
    }
    lastSentence = p.sentence;
    const tag = covered ? `${covered === inside ? "I" : "B"}-${covered.type}` : "O";
    inside = covered;
    lines.push(`${cell(text.slice(p.start, p.end))}\t${p.start}\t${p.end}\t${tag}`);
  }
  lines.push("", "");
  return lines.join("\n");
}

/**
 * Read CoNLL written by `writeConll` back into spans. `texts` (doc id →
 * text) fills in each span's text when given. Lenient: an I- tag without an
 * open span of its type starts one.
 */
export function readConll(content: string, texts?: ReadonlyMap<string, string>): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let cur: ConllDoc | null = null;
  let open: ConllSpan | null = null;
  const finish = () => {
    open = null;
  };
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = /^# doc = (.*)$/.exec(line);
    if (head) {
      cur = { doc: head[1] || null, spans: [] };
      docs.push(cur);
      finish();
      continue;
    }
    if (line === "" || line.startsWith("#")) continue; // sentence break keeps a span open only via I- tags
    const cols = line.split("\t");
    if (cols.length < 4) throw new Error(`line ${i + 1}: expected 4 tab-separated columns (token, start, end, tag), got ${cols.length}`);
    if (!cur) {
      cur = { doc: null, spans: [] };
      docs.push(cur);
    }
    const start = Number(cols[1]);
    const end = Number(cols[2]);
    const tag = cols[3]!;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`line ${i + 1}: start and end should be integers`);
    if (tag === "O") {
      finish();
      continue;
    }
    const m = /^([BI])-([A-Z]+)$/.exec(tag);
    if (!m) throw new Error(`line ${i + 1}: tag should be O, B-TYPE or I-TYPE, got ${JSON.stringify(tag)}`);
    const type = m[2] as EntityType;
    const o = open as ConllSpan | null;
    if (m[1] === "I" && o && o.type === type) {
      o.end = end;
    } else {
      open = { type, start, end };
      cur.spans.push(open);
    }
  }
  if (texts) {
    for (const d of docs) {
      const text = d.doc !== null ? texts.get(d.doc) : undefined;
      if (text !== undefined) for (const s of d.spans) s.text = text.slice(s.start, s.end);
    }
  }
  return docs;
}
