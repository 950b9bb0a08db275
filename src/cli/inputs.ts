/**
 * Turn the command line's inputs into tasks, lazily: files, directories
 * (recursive), globs, "-" for stdin. Text files become one task each; JSONL
 * (by extension, or stdin starting with "{") is cut into chunks of whole
 * lines, so a file of any size streams in bounded memory.
 */
import { createReadStream, promises as fsp, statSync, type Stats } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { Readable } from "node:stream";
import { globBase, globToRegExp, isGlob } from "./glob.js";
import type { DocError, Task } from "./job.js";

/** How much JSONL one task carries (whole lines; a longer line travels alone). */
export const CHUNK_BYTES = 256 * 1024;

export type InputMode = "auto" | "text" | "jsonl";

const JSONL_EXT = /\.(jsonl|ndjson)$/i;
/** Files picked up when walking a directory. */
const WALK_EXT = /\.(txt|jsonl|ndjson)$/i;

export interface InputOptions {
  mode: InputMode;
  stdin: Readable;
  /** Called for an input that cannot be opened at all. */
  onError: (e: DocError) => void;
}

/** The document name of a text file: its path (relative to the directory given), without ".txt". */
export function docName(path: string, root?: string): string {
  const rel = root ? relative(root, path) : basename(path);
  return rel.split(sep).join("/").replace(/\.txt$/i, "");
}

/** All tasks of all inputs, in command-line order, directories sorted by name. */
export async function* tasksOf(inputs: string[], opts: InputOptions): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input === "-") {
      yield* stdinTasks(opts);
      continue;
    }
    let st: Stats | null = null;
    try {
      st = statSync(input);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      for await (const f of walk(input, opts.onError)) if (WALK_EXT.test(f)) yield* fileTasks(f, docName(f, input), opts);
    } else if (st) {
      yield* fileTasks(input, docName(input), opts);
    } else if (isGlob(input)) {
      const pattern = input.replace(/^\.\//, "");
      const re = globToRegExp(pattern);
      const base = globBase(pattern);
      let any = false;
      for await (const f of walk(base, opts.onError)) {
        const rel = f.split(sep).join("/");
        if (re.test(rel)) {
          any = true;
          yield* fileTasks(f, docName(f, base === "." ? undefined : base), opts);
        }
      }
      if (!any) opts.onError({ file: input, message: "the pattern matched no file" });
    } else {
      opts.onError({ file: input, message: "no such file or directory; check the path (globs need quotes: 'dir/**/*.txt')" });
    }
  }
}

function fileTasks(path: string, name: string, opts: InputOptions): AsyncGenerator<Task> | Task[] {
  if (opts.mode === "jsonl" || (opts.mode === "auto" && JSONL_EXT.test(path))) {
    return lineTasks(createReadStream(path, { highWaterMark: 1 << 20 }), path, opts);
  }
  return [{ kind: "file", path, name }];
}

/** Files under `dir`, depth first, entries sorted by name; hidden entries skipped. */
export async function* walk(dir: string, onError: (e: DocError) => void): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (err) {
    onError({ file: dir, message: `cannot read the directory (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = dir === "." ? e.name : join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, onError);
    else if (e.isFile() || e.isSymbolicLink()) yield p;
  }
}

/** Stdin: JSONL when forced or when the first non-blank byte is "{", else one text document. */
async function* stdinTasks(opts: InputOptions): AsyncGenerator<Task> {
  const it = opts.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let mode = opts.mode;
  while (mode === "auto") {
    const n = await it.next();
    if (n.done) break;
    head.push(n.value);
    const s = Buffer.concat(head).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
    if (s.length) mode = s.startsWith("{") ? "jsonl" : "text";
  }
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (;;) {
        const n = await it.next();
        if (n.done) return;
        yield n.value;
      }
    },
  };
  if (mode === "jsonl") {
    yield* lineTasks(rest, "-", opts);
    return;
  }
  const all: Buffer[] = [];
  for await (const b of rest) all.push(b);
  const bytes = Buffer.concat(all);
  if (bytes.length === 0 && mode === "auto") return; // nothing piped in
  yield { kind: "text", bytes: new Uint8Array(bytes), name: "stdin", file: "-" };
}

/** How long a partial chunk of complete lines may wait for more input before it is sent on (a trickle gets answers). */
export const FLUSH_MS = 50;
const IDLE = Symbol("idle");

/**
 * Cut a byte stream into tasks of whole lines, each knowing its first line
 * number: at CHUNK_BYTES, or sooner when the input pauses with complete
 * lines waiting (so the filter answers a slow producer line by line).
 */
export async function* lineTasks(stream: AsyncIterable<Buffer | string>, file: string, opts: InputOptions): AsyncGenerator<Task> {
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let complete = false; // pending holds at least one "\n"
  let line = 1;
  const emit = (upto: Buffer): Task => {
    const task: Task = { kind: "lines", file, firstLine: line, bytes: new Uint8Array(upto) };
    let i = -1;
    while ((i = upto.indexOf(10, i + 1)) !== -1) line++;
    return task;
  };
  /** Tasks for the complete lines pending; the tail stays. */
  const cut = (): Task | null => {
    const buf = Buffer.concat(pending, pendingLen);
    const at = buf.lastIndexOf(10);
    if (at < 0) {
      pending = [buf];
      complete = false;
      return null;
    }
    const rest = buf.subarray(at + 1);
    pending = rest.length ? [Buffer.from(rest)] : [];
    pendingLen = rest.length;
    complete = false;
    return emit(buf.subarray(0, at + 1));
  };
  const it = stream[Symbol.asyncIterator]();
  try {
    let next = it.next();
    for (;;) {
      let r: IteratorResult<Buffer | string> | typeof IDLE;
      if (complete) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        r = await Promise.race([next, new Promise<typeof IDLE>((ok) => (timer = setTimeout(() => ok(IDLE), FLUSH_MS)))]);
        clearTimeout(timer);
        if (r === IDLE) {
          const t = cut();
          if (t) yield t;
          continue;
        }
      } else r = await next;
      if (r.done) break;
      next = it.next();
      const b = typeof r.value === "string" ? Buffer.from(r.value) : r.value;
      pending.push(b);
      pendingLen += b.length;
      if (b.includes(10)) complete = true;
      if (pendingLen >= CHUNK_BYTES && complete) {
        const t = cut();
        if (t) yield t;
      }
    }
  } catch (err) {
    opts.onError({ file, line, message: `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)}); the lines before were processed` });
  }
  if (pendingLen) yield emit(Buffer.concat(pending, pendingLen));
}

/** Total size in bytes of the inputs when it can be known cheaply (files, dirs, stdin from a file), else null. */
export async function totalBytes(inputs: string[], stdinFd = 0): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    try {
      if (input === "-") {
        const st = await fsp.stat(`/dev/fd/${stdinFd}`).catch(() => null);
        if (!st?.isFile()) return null;
        total += st.size;
        continue;
      }
      const st = await fsp.stat(input).catch(() => null);
      if (!st) {
        if (!isGlob(input)) continue;
        const re = globToRegExp(input.replace(/^\.\//, ""));
        for await (const f of walk(globBase(input.replace(/^\.\//, "")), () => {})) {
          if (re.test(f.split(sep).join("/"))) total += (await fsp.stat(f)).size;
        }
      } else if (st.isDirectory()) {
        for await (const f of walk(input, () => {})) if (WALK_EXT.test(f)) total += (await fsp.stat(f).catch(() => ({ size: 0 }))).size;
      } else total += st.size;
    } catch {
      return null;
    }
  }
  return total;
}
