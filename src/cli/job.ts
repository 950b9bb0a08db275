/**
 * One unit of work for a worker: a text file, a text read from stdin, or a
 * chunk of JSONL lines. Runs the extractor and formats the result; in
 * directory mode it also writes the output files (atomically). Never throws:
 * whatever goes wrong with one document becomes an error naming file and line.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { checkRefDate, createExtractor, type Extractor } from "../pipeline/extractor.js";
import type { Doc, EntityType } from "../doc.js";
import { docRecord, errorRecord, parseInputLine, prettyRecord } from "../formats/jsonl.js";
import { writeConll } from "../formats/conll.js";
import { writeBrat } from "../formats/brat.js";
import { htmlDocSection, renderHtml } from "../formats/html.js";
import { decodeUtf8 } from "./utf8.js";
import type { Terms } from "./terms.js";

export const FORMATS = ["json", "jsonl", "conll", "brat", "html"] as const;
export type Format = (typeof FORMATS)[number];

/** What every worker needs to know (structured-cloneable). */
export interface JobSettings {
  format: Format;
  /** Directory mode: one output per document under this directory. Null: stream to the main thread. */
  outDir: string | null;
  resume: boolean;
  types?: EntityType[];
  refDate?: string | null;
  terms?: Terms;
  keepText: boolean;
}

export type Task =
  | { kind: "file"; path: string; name: string }
  | { kind: "text"; bytes: Uint8Array; name: string; file: string }
  | { kind: "lines"; file: string; firstLine: number; bytes: Uint8Array };

export interface DocError {
  file: string;
  line?: number;
  doc?: string | null;
  message: string;
}

export interface TaskResult {
  /** Stream mode: the formatted output of the task's documents (json: objects joined by ",\n"). */
  out: string;
  /** The same output as UTF-8 bytes (set by the worker thread instead of `out`). */
  outBytes?: Uint8Array;
  docs: number;
  skipped: number;
  bytes: number;
  errors: DocError[];
}

/** File extension of each format in directory mode (brat also writes the .txt). */
export const EXTENSION: Record<Format, string> = { json: ".json", jsonl: ".jsonl", conll: ".conll", brat: ".ann", html: ".html" };

/** A document id made safe as a relative file path: letters, digits, . _ - and "/" between clean segments. */
export function safeName(id: string): string {
  const segs = id
    .split(/[\\/]+/)
    .map((s) => s.replace(/[^\p{L}\p{N}._-]/gu, (c) => `%${c.codePointAt(0)!.toString(16).toUpperCase()}`))
    .filter((s) => s !== "" && s !== "." && s !== "..");
  return segs.length ? segs.join("/") : "_";
}

/** Write `content` to `path` whole or not at all: a temporary file beside it, then a rename. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${Math.random().toString(36).slice(2)}.tmp-thucthe`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
}

export class JobRunner {
  private extractor: Extractor | null = null;
  constructor(private readonly settings: JobSettings) {}

  private get ex(): Extractor {
    this.extractor ??= createExtractor({ terms: this.settings.terms, types: this.settings.types, batchChars: BATCH_CHARS });
    return this.extractor;
  }

  run(task: Task): TaskResult {
    const r: TaskResult = { out: "", docs: 0, skipped: 0, bytes: 0, errors: [] };
    const parts: string[] = [];
    try {
      if (task.kind === "lines") this.lines(task, r, parts);
      else this.whole(task, r, parts);
    } catch (err) {
      r.errors.push({ file: task.kind === "file" ? task.path : task.file, message: `internal error: ${msg(err)}` });
    }
    r.out = parts.join(this.settings.format === "json" ? ",\n" : "");
    return r;
  }

  /** A whole text: a file, or stdin. */
  private whole(task: Extract<Task, { kind: "file" | "text" }>, r: TaskResult, parts: string[]): void {
    const file = task.kind === "file" ? task.path : task.file;
    if (this.settings.outDir && this.settings.resume && this.done(task.name)) {
      r.skipped++;
      return;
    }
    let bytes: Uint8Array;
    if (task.kind === "file") {
      try {
        bytes = readFileSync(task.path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        r.errors.push({ file, doc: task.name, message: `cannot read the file (${code ?? msg(err)}); check that it exists and is readable` });
        return;
      }
    } else bytes = task.bytes;
    r.bytes += bytes.length;
    const dec = decodeUtf8(bytes);
    if (!dec.ok) {
      r.errors.push({ file, line: dec.line, doc: task.name, message: dec.message });
      return;
    }
    this.one(task.name, dec.text, this.settings.refDate, {}, file, undefined, r, parts);
  }

  /**
   * A chunk of JSONL lines. The lines are read first, then their texts are
   * extracted together (`extractMany`: faster than one by one), then the
   * outputs are written in the lines' order, error records in their place.
   */
  private lines(task: Extract<Task, { kind: "lines" }>, r: TaskResult, parts: string[]): void {
    const b = task.bytes;
    r.bytes += b.length;
    let line = task.firstLine;
    let from = 0;
    const jsonlOut = !this.settings.outDir && this.settings.format === "jsonl";
    /** The chunk's entries in order: a ready output (an error record) or a document to extract. */
    const entries: Array<string | LineDoc> = [];
    while (from < b.length) {
      let to = b.indexOf(10, from);
      if (to < 0) to = b.length;
      let end = to;
      if (end > from && b[end - 1] === 13) end--;
      const lineNo = line;
      line++;
      const slice = b.subarray(from, end);
      from = to + 1;
      if (isBlank(slice)) continue;
      const dec = decodeUtf8(slice, lineNo);
      if (!dec.ok) {
        r.errors.push({ file: task.file, line: lineNo, message: dec.message });
        if (jsonlOut) entries.push(`${errorRecord(null, "invalid UTF-8")}\n`);
        continue;
      }
      const rec = parseInputLine(dec.text);
      if (typeof rec === "string") {
        r.errors.push({ file: task.file, line: lineNo, message: rec });
        if (jsonlOut) entries.push(`${errorRecord(null, rec)}\n`);
        continue;
      }
      const name = rec.id ?? `${task.file === "-" ? "stdin" : basename(task.file)}-${lineNo}`;
      if (this.settings.outDir && this.settings.resume && this.done(name)) {
        r.skipped++;
        continue;
      }
      const refDate = rec.refDate !== undefined ? rec.refDate : this.settings.refDate;
      // A bad reference date fails its line only, as extract would (before the batch, which would fail whole).
      try {
        checkRefDate(refDate);
      } catch (err) {
        this.failed(rec.id, msg(err), task.file, lineNo, r, entries);
        continue;
      }
      entries.push({ id: rec.id, text: rec.text, refDate, extra: rec.extra, line: lineNo, name });
    }
    // Extracted a batch at a time and formatted at once, so a batch's Docs die
    // young instead of outliving the whole chunk (less garbage promoted).
    let i = 0;
    while (i < entries.length) {
      let j = i;
      let chars = 0;
      const batch: LineDoc[] = [];
      while (j < entries.length && (chars < BATCH_CHARS || batch.length === 0)) {
        const e = entries[j++]!;
        if (typeof e === "string") continue;
        batch.push(e);
        chars += e.text.length;
      }
      let docs: Doc[] | null = null;
      try {
        docs = this.ex.extractMany(batch.map((e) => (e.refDate === undefined ? e.text : { text: e.text, refDate: e.refDate })));
      } catch {
        // Never expected (the items were checked): fall back to one by one, which names the line that fails.
      }
      let k = 0;
      for (; i < j; i++) {
        const e = entries[i]!;
        if (typeof e === "string") parts.push(e);
        else if (docs) this.emit(e.id, docs[k++]!, e.extra, task.file, e.line, r, parts, e.name);
        else this.one(e.id, e.text, e.refDate, e.extra, task.file, e.line, r, parts, e.name);
        entries[i] = "";
      }
    }
  }

  /** A document that could not be extracted: its error, and an error record in JSONL output. */
  private failed(id: string | null, message: string, file: string, line: number | undefined, r: TaskResult, parts: Array<string | LineDoc>): void {
    const e: DocError = { file, doc: id, message };
    if (line !== undefined) e.line = line;
    r.errors.push(e);
    if (!this.settings.outDir && this.settings.format === "jsonl") parts.push(`${errorRecord(id, message)}\n`);
  }

  /** Extract one document and format (or write) it. */
  private one(
    id: string | null,
    text: string,
    refDate: string | null | undefined,
    extra: Record<string, unknown>,
    file: string,
    line: number | undefined,
    r: TaskResult,
    parts: string[],
    name = id ?? file,
  ): void {
    let doc: Doc;
    try {
      doc = this.ex.extract(text, refDate === undefined ? {} : { refDate });
    } catch (err) {
      this.failed(id, msg(err), file, line, r, parts);
      return;
    }
    this.emit(id, doc, extra, file, line, r, parts, name);
  }

  /** Format a document's result into `parts`, or write its file in directory mode. */
  private emit(id: string | null, doc: Doc, extra: Record<string, unknown>, file: string, line: number | undefined, r: TaskResult, parts: string[], name: string): void {
    r.docs++;
    const { format, outDir, keepText } = this.settings;
    if (outDir) {
      try {
        this.writeDoc(outDir, name, id, doc, extra);
      } catch (err) {
        const e: DocError = { file, doc: id, message: `cannot write the output (${(err as NodeJS.ErrnoException).code ?? msg(err)})` };
        if (line !== undefined) e.line = line;
        r.errors.push(e);
        r.docs--;
      }
      return;
    }
    switch (format) {
      case "jsonl":
        parts.push(`${JSON.stringify(docRecord(id, doc, extra, keepText))}\n`);
        break;
      case "json":
        parts.push(prettyRecord(docRecord(id, doc, extra, keepText)));
        break;
      case "conll":
        parts.push(writeConll(id, doc.text, doc.spans));
        break;
      case "html":
        parts.push(htmlDocSection(id, doc));
        break;
      case "brat":
        throw new Error("brat needs an output directory");
    }
  }

  private target(name: string): string {
    return join(this.settings.outDir!, safeName(name) + EXTENSION[this.settings.format]);
  }

  /** Resume: is this document's output already there? */
  private done(name: string): boolean {
    return existsSync(this.target(name));
  }

  private writeDoc(outDir: string, name: string, id: string | null, doc: Doc, extra: Record<string, unknown>): void {
    const path = this.target(name);
    switch (this.settings.format) {
      case "jsonl":
        writeAtomic(path, `${JSON.stringify(docRecord(id, doc, extra, this.settings.keepText))}\n`);
        break;
      case "json":
        writeAtomic(path, `${prettyRecord(docRecord(id, doc, extra, this.settings.keepText))}\n`);
        break;
      case "conll":
        writeAtomic(path, writeConll(id, doc.text, doc.spans));
        break;
      case "html":
        writeAtomic(path, renderHtml([{ id, doc }], `thucthe · ${id ?? name}`));
        break;
      case "brat":
        // The .txt first: the .ann marks the document as done for --resume.
        writeAtomic(join(outDir, `${safeName(name)}.txt`), doc.text);
        writeAtomic(path, writeBrat(doc.text, doc.spans));
        break;
    }
  }
}

/**
 * The CLI's extractor takes batches of this many UTF-16 code units at most
 * (three to five news articles). On the 50 MB benchmark (2026-11-23, best of
 * two runs each) one worker took 10.8 s with these batches against 13.5 s
 * with one article at a time, and two workers 9.3 s against 9.4 s. Whole
 * 256 KB chunks were as fast (10.7 and 9.1 s) but two workers peaked at
 * 285–297 MB RSS against 280–283 MB, closer to the 300 MB ceiling: more
 * garbage survives the worker's small young generation.
 */
const BATCH_CHARS = 1 << 15;

/** A JSONL line's document, waiting for the chunk's extraction. */
interface LineDoc {
  id: string | null;
  text: string;
  refDate: string | null | undefined;
  extra: Record<string, unknown>;
  line: number;
  name: string;
}

function isBlank(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function msg(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
