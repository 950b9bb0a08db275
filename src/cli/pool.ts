/**
 * A fixed pool of worker threads. `run(task)` resolves with the task's
 * result; a worker that dies (a crash, out of memory) fails its current task
 * with an error naming the input and is replaced, so the run goes on.
 * `size` 0 runs tasks in the calling thread.
 */
import { Worker } from "node:worker_threads";
import { JobRunner, type JobSettings, type Task, type TaskResult } from "./job.js";

/**
 * Heap limits of each worker. A bounded young generation makes V8 collect
 * garbage early instead of letting each thread's heap swell: on the 50 MB
 * benchmark, two workers peaked at ~410 MB of RSS with V8's defaults in the
 * third session. On 2026-11-24 (sixth session, three alternated rounds on a
 * loaded machine), 24 MB against 48 MB: one worker 10.3 against 9.5 s, two
 * workers 8.0 against 7.6 s (speed-up 1.27 against 1.31, within the noise),
 * peak RSS with two workers 250 against 280 MB; the ceiling is 300 MB, so
 * the smaller young generation stays. The old generation cap only stops a
 * runaway document (a 4 MB text needs ~600 MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

interface Slot {
  worker: Worker;
  busy: { id: number; task: Task; resolve: (r: TaskResult) => void } | null;
  /** Stops a task that runs past the time limit. */
  timer?: ReturnType<typeof setTimeout>;
  timedOut?: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ id: number; task: Task; resolve: (r: TaskResult) => void }> = [];
  private nextId = 0;
  private closed = false;
  private readonly local: JobRunner | null;

  constructor(
    readonly size: number,
    private readonly workerFile: string,
    private readonly settings: JobSettings,
    /** A task still running after this long is stopped and reported (0: no limit). */
    private readonly timeoutMs = 0,
  ) {
    this.local = size === 0 ? new JobRunner(settings) : null;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerFile, { workerData: this.settings, resourceLimits: WORKER_LIMITS }), busy: null };
    slot.worker.on("message", (m: { id: number; result: TaskResult }) => {
      clearTimeout(slot.timer);
      const b = slot.busy;
      slot.busy = null;
      if (b && b.id === m.id) b.resolve(m.result);
      this.pump();
    });
    const died = (why: string) => {
      clearTimeout(slot.timer);
      const b = slot.busy;
      slot.busy = null;
      const reason = slot.timedOut ? `it took longer than ${this.timeoutMs / 1000} s (--timeout)` : `the worker stopped (${why})`;
      if (b) b.resolve(failed(b.task, `${reason} while processing this input; it was skipped`));
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    slot.worker.on("error", (err) => died(err.message));
    slot.worker.on("exit", (code) => {
      if (!this.closed) died(`exit code ${code}`);
    });
    return slot;
  }

  run(task: Task): Promise<TaskResult> {
    if (this.local) {
      const r = this.local.run(task);
      return new Promise((resolve) => setImmediate(() => resolve(r)));
    }
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.busy) continue;
      const job = this.queue.shift()!;
      slot.busy = job;
      // Hand the input bytes over rather than copying them (each task owns its buffer).
      const transfer = job.task.kind === "file" ? [] : [job.task.bytes.buffer as ArrayBuffer];
      slot.worker.postMessage({ id: job.id, task: job.task }, transfer);
      if (this.timeoutMs > 0) {
        slot.timer = setTimeout(() => {
          slot.timedOut = true;
          void slot.worker.terminate();
        }, this.timeoutMs);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function failed(task: Task, message: string): TaskResult {
  const file = task.kind === "file" ? task.path : task.file;
  const err = task.kind === "lines" ? { file, line: task.firstLine, message: `${message} (lines from ${task.firstLine})` } : { file, message };
  return { out: "", docs: 0, skipped: 0, bytes: 0, errors: [err] };
}
