/**
 * JSON and JSONL records: the shape `thucthe extract` writes and reads.
 * Core-safe (no node: imports): the playground uses it too.
 *
 * Output line:  {"doc": "000_07fe", "refDate": "2026-02-19", "spans": [...]}
 * Input line:   {"id": "000_07fe", "text": "…", "refDate"?: "2026-02-19", …other fields}
 */
import type { Doc, Span } from "../doc.js";

/** One document as `thucthe extract` writes it. */
export interface DocRecord {
  doc: string | null;
  refDate: string | null;
  refDateSource?: Doc["refDateSource"];
  spans: Span[];
  text?: string;
  [field: string]: unknown;
}

/** A document to extract from, as read from a JSONL line. */
export interface InputRecord {
  id: string | null;
  text: string;
  refDate?: string | null;
  /** Every other field of the line, passed through to the output. */
  extra: Record<string, unknown>;
}

/** The record of a Doc: passthrough fields first, then doc, refDate and spans. */
export function docRecord(id: string | null, doc: Doc, extra: Record<string, unknown> = {}, keepText = false): DocRecord {
  const rec: DocRecord = { ...extra, doc: id, refDate: doc.refDate, refDateSource: doc.refDateSource, spans: doc.spans };
  if (keepText) rec.text = doc.text;
  return rec;
}

/** A record as readable JSON: its fields on one line each, one span a line. */
export function prettyRecord(rec: DocRecord): string {
  const fields = Object.entries(rec).map(([k, v]) => {
    if (k === "spans" && Array.isArray(v)) {
      return `  "spans": ${v.length ? `[\n${v.map((s) => `    ${JSON.stringify(s)}`).join(",\n")}\n  ]` : "[]"}`;
    }
    return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `{\n${fields.join(",\n")}\n}`;
}

/** An error line that keeps "one line out per line in" when a line could not be processed. */
export function errorRecord(id: string | null, message: string): string {
  return JSON.stringify({ doc: id, error: message, spans: [] });
}

/**
 * Parse one JSONL input line. Returns a string (what is wrong, phrased as
 * what to do) instead of throwing.
 */
export function parseInputLine(line: string): InputRecord | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return `not valid JSON (${why}); each line should be an object like {"id": "a1", "text": "…"}`;
  }
  if (row === null || typeof row !== "object" || Array.isArray(row)) {
    return `expected a JSON object like {"id": "a1", "text": "…"}, got ${Array.isArray(row) ? "an array" : JSON.stringify(row)}`;
  }
  const { id, text, refDate, ...extra } = row as Record<string, unknown>;
  if (typeof text !== "string") {
    return `the line has no "text" string field (got ${text === undefined ? "none" : typeof text}); add "text": "…"`;
  }
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") {
    return `"id" should be a string or a number, got ${typeof id}`;
  }
  if (refDate !== undefined && refDate !== null && typeof refDate !== "string") {
    return `"refDate" should be "YYYY-MM-DD" or null, got ${typeof refDate}`;
  }
  const out: InputRecord = { id: id === undefined || id === null ? null : String(id), text, extra };
  if (refDate !== undefined) out.refDate = refDate as string | null;
  return out;
}

/** Read a JSONL text of DocRecords back (skips blank lines; throws with the line number on a bad one). */
export function readDocRecords(jsonl: string): DocRecord[] {
  const out: DocRecord[] = [];
  const lines = jsonl.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1}: not a JSON line; expected {"doc": …, "spans": […]}`);
    }
    if (!row || typeof row !== "object" || !Array.isArray((row as DocRecord).spans)) {
      throw new Error(`line ${i + 1}: expected {"doc": …, "spans": […]}`);
    }
    out.push(row as DocRecord);
  }
  return out;
}
