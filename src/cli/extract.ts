/**
 * `thucthe extract`: inputs → worker pool → ordered output. Streams with a
 * bounded number of tasks in flight; per-document errors are reported and
 * the run goes on; output files are written whole or not at all.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, unlinkSync, type WriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { once } from "node:events";
import { ENTITY_TYPES, type EntityType } from "../doc.js";
import { OptionError, ThucTheError } from "../errors.js";
import { checkRefDate } from "../pipeline/extractor.js";
import { bratAnnotationConf } from "../formats/brat.js";
import { htmlPageEnd, htmlPageStart } from "../formats/html.js";
import { optFlag, optValue, optValues, parseArgs, type OptionSpec } from "./args.js";
import { EXTRACT_HELP } from "./help.js";
import { tasksOf, totalBytes, type InputMode } from "./inputs.js";
import { FORMATS, writeAtomic, type DocError, type Format, type JobSettings, type TaskResult } from "./job.js";
import { WorkerPool } from "./pool.js";
import { OrderedWriter } from "./ordered.js";
import { Progress } from "./progress.js";
import { readTerms, type Terms } from "./terms.js";

const SPECS: OptionSpec[] = [
  { name: "format", short: "f", value: true },
  { name: "out", short: "o", value: true },
  { name: "types", short: "t", value: true },
  { name: "ref-date", value: true },
  { name: "terms", value: true, repeat: true },
  { name: "workers", short: "j", value: true },
  { name: "timeout", value: true },
  { name: "errors", value: true },
  { name: "resume" },
  { name: "input", value: true },
  { name: "keep-text" },
  { name: "quiet", short: "q" },
  { name: "help", short: "h" },
];

/** Where the worker bundle sits: beside this file once built (dist/cli.cjs → dist/worker.cjs). */
function workerFile(): string {
  const here = typeof __dirname === "string" ? __dirname : process.cwd();
  return join(here, "worker.cjs");
}

interface Config {
  inputs: string[];
  settings: JobSettings;
  outFile: string | null;
  errorsFile: string | null;
  workers: number;
  mode: InputMode;
  quiet: boolean;
  timeoutMs: number;
}

function configure(argv: string[]): Config | "help" {
  const p = parseArgs(argv, SPECS, "extract");
  if (optFlag(p, "help")) return "help";
  const format = (optValue(p, "format") ?? "jsonl") as Format;
  if (!FORMATS.includes(format)) throw new OptionError(`thucthe extract: unknown --format ${JSON.stringify(format)}; use one of ${FORMATS.join(", ")}`);
  let types: EntityType[] | undefined;
  const t = optValue(p, "types");
  if (t !== undefined) {
    types = t.split(",").map((x) => x.trim().toUpperCase()).filter(Boolean) as EntityType[];
    const bad = types.find((x) => !(ENTITY_TYPES as readonly string[]).includes(x));
    if (bad || !types.length) throw new OptionError(`thucthe extract: unknown type ${JSON.stringify(bad ?? t)} in --types; use a comma list of ${ENTITY_TYPES.join(", ")}`);
  }
  let refDate: string | null | undefined;
  const rd = optValue(p, "ref-date");
  if (rd !== undefined) {
    try {
      refDate = rd === "none" ? null : checkRefDate(rd);
    } catch {
      throw new OptionError(`thucthe extract: --ref-date should be a date like 2026-02-19 (or "none"), got ${JSON.stringify(rd)}`);
    }
  }
  let terms: Terms | undefined;
  for (const f of optValues(p, "terms")) terms = readTerms(f, terms);
  const wv = optValue(p, "workers");
  const workers = wv === undefined ? availableParallelism() : Number(wv);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new OptionError(`thucthe extract: --workers should be a whole number from 0 to 256, got ${JSON.stringify(wv)}`);
  const tv = optValue(p, "timeout") ?? "600";
  const timeout = Number(tv);
  if (!Number.isFinite(timeout) || timeout < 0) throw new OptionError(`thucthe extract: --timeout should be a number of seconds (0 for none), got ${JSON.stringify(tv)}`);
  const mode = (optValue(p, "input") ?? "auto") as InputMode;
  if (!["auto", "text", "jsonl"].includes(mode)) throw new OptionError(`thucthe extract: --input should be auto, text or jsonl, got ${JSON.stringify(mode)}`);
  const out = optValue(p, "out");
  let outDir: string | null = null;
  let outFile: string | null = null;
  if (out !== undefined) {
    const isDir = out.endsWith("/") || (existsSync(out) && statSync(out).isDirectory()) || format === "brat";
    if (isDir) outDir = out.replace(/\/+$/, "") || "/";
    else outFile = out;
  }
  if (format === "brat" && !outDir) throw new OptionError(`thucthe extract: --format brat writes a .txt and an .ann per document; give a directory with --out DIR/`);
  const resume = optFlag(p, "resume");
  if (resume && !outDir) throw new OptionError(`thucthe extract: --resume needs --out DIR/ (it skips documents whose output file is already there)`);
  let inputs = p.positionals;
  if (!inputs.length) {
    if (process.stdin.isTTY) throw new OptionError(`thucthe extract: no input; give files, directories or '-' for stdin (pipe text or JSONL in). See "thucthe extract --help"`);
    inputs = ["-"];
  }
  const settings: JobSettings = { format, outDir, resume, keepText: optFlag(p, "keep-text") };
  if (types) settings.types = types;
  if (refDate !== undefined) settings.refDate = refDate;
  if (terms) settings.terms = terms;
  return { inputs, settings, outFile, errorsFile: optValue(p, "errors") ?? null, workers, mode, quiet: optFlag(p, "quiet"), timeoutMs: timeout * 1000 };
}

/** An output stream: stdout, or a temporary file renamed into place at the end. */
class Sink {
  private readonly stream: NodeJS.WritableStream;
  private readonly tmp: string | null;
  broken = false;
  constructor(private readonly path: string | null) {
    if (path) {
      mkdirSync(dirname(path), { recursive: true });
      this.tmp = join(dirname(path), `.${Date.now().toString(36)}-${process.pid}.tmp-thucthe`);
      this.stream = createWriteStream(this.tmp);
    } else {
      this.tmp = null;
      this.stream = process.stdout;
    }
    this.stream.on("error", (err: NodeJS.ErrnoException) => {
      this.broken = true;
      if (err.code !== "EPIPE") process.stderr.write(`thucthe: cannot write the output (${err.code ?? err.message})\n`);
    });
  }
  async write(s: string | Uint8Array): Promise<void> {
    if (!s.length || this.broken) return;
    if (!this.stream.write(s)) await Promise.race([once(this.stream, "drain"), once(this.stream, "error")]).catch(() => {});
  }
  /** Finish: the file appears whole under its name (or stdout is flushed). */
  async close(): Promise<void> {
    if (!this.tmp) return;
    const ws = this.stream as WriteStream;
    await new Promise<void>((resolve) => ws.end(() => resolve()));
    if (this.broken) this.discard();
    else renameSync(this.tmp, this.path!);
  }
  discard(): void {
    if (!this.tmp) return;
    try {
      unlinkSync(this.tmp);
    } catch {
      /* not there */
    }
  }
}

export async function runExtract(argv: string[]): Promise<number> {
  let cfg: Config | "help";
  try {
    cfg = configure(argv);
  } catch (err) {
    if (err instanceof ThucTheError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (cfg === "help") {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  const { settings, inputs } = cfg;
  // A progress line only on a terminal, and not when the output itself goes to that terminal.
  const toTerminal = !cfg.outFile && !settings.outDir && process.stdout.isTTY === true;
  const showProgress = !cfg.quiet && process.stderr.isTTY === true && !toTerminal;
  const progress = new Progress(showProgress);
  if (showProgress) void totalBytes(inputs).then((n) => progress.setTotal(n));
  // Errors go to stderr as they come, and to --errors FILE (streamed, renamed into place at the end).
  const errorSink = cfg.errorsFile ? new Sink(cfg.errorsFile) : null;
  let errors = 0;
  const report = (e: DocError) => {
    errors++;
    progress.clear();
    const where = e.line !== undefined ? `${e.file}:${e.line}` : e.file;
    process.stderr.write(`thucthe: ${where}: ${e.message}\n`);
    void errorSink?.write(`${JSON.stringify(e)}\n`);
  };

  const sink = settings.outDir ? null : new Sink(cfg.outFile);
  const onSignal = () => {
    sink?.discard();
    errorSink?.discard();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  if (settings.outDir) {
    mkdirSync(settings.outDir, { recursive: true });
    if (settings.format === "brat") writeAtomic(join(settings.outDir, "annotation.conf"), bratAnnotationConf());
  }

  const t0 = Date.now();
  let docs = 0;
  let skipped = 0;
  let bytes = 0;
  let first = true;
  const fmt = settings.format;
  if (sink && fmt === "json") await sink.write("[\n");
  if (sink && fmt === "html") await sink.write(htmlPageStart("thucthe"));
  const consume = async (r: TaskResult) => {
    docs += r.docs;
    skipped += r.skipped;
    bytes += r.bytes;
    for (const e of r.errors) report(e);
    progress.tick(r.docs + r.skipped, r.bytes);
    if (sink && (r.out || r.outBytes?.length)) {
      if (fmt === "json" && !first) await sink.write(",\n");
      await sink.write(r.outBytes ? Buffer.from(r.outBytes.buffer, r.outBytes.byteOffset, r.outBytes.byteLength) : r.out);
      first = false;
    }
  };

  const pool = new WorkerPool(cfg.workers, workerFile(), settings, cfg.timeoutMs);
  const ordered = new OrderedWriter(consume, Math.max(2, cfg.workers * 3));
  try {
    for await (const task of tasksOf(inputs, { mode: cfg.mode, stdin: process.stdin, onError: report })) {
      await ordered.push(pool.run(task));
      if (sink?.broken) break;
    }
    await ordered.close();
  } catch (err) {
    sink?.discard(); // never leave a half-written --out file behind
    errorSink?.discard();
    throw err;
  } finally {
    await pool.close();
  }
  if (sink && fmt === "json") await sink.write(first ? "]\n" : "\n]\n");
  if (sink && fmt === "html") await sink.write(htmlPageEnd());
  await sink?.close();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  progress.clear();

  await errorSink?.close();
  if (!cfg.quiet && process.stderr.isTTY) {
    const secs = (Date.now() - t0) / 1000;
    const parts = [`${docs} documents`, `${(bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s`];
    if (skipped) parts.push(`${skipped} skipped (already done)`);
    if (errors) parts.push(`${errors} errors`);
    process.stderr.write(`thucthe: ${parts.join(", ")}\n`);
  }
  return errors || sink?.broken || errorSink?.broken ? 1 : 0;
}
