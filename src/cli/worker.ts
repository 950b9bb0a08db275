/**
 * Worker thread entry (built to dist/worker.cjs): receives tasks from the
 * pool, answers with their results, one at a time.
 */
import { parentPort, workerData } from "node:worker_threads";
import { JobRunner, type JobSettings, type Task } from "./job.js";

if (parentPort) {
  const runner = new JobRunner(workerData as JobSettings);
  const port = parentPort;
  const encoder = new TextEncoder();
  port.on("message", (msg: { id: number; task: Task }) => {
    const result = runner.run(msg.task);
    // The output travels as UTF-8 bytes whose buffer is handed over, not
    // copied: the main thread only writes it out.
    if (result.out) {
      result.outBytes = encoder.encode(result.out);
      result.out = "";
      port.postMessage({ id: msg.id, result }, [result.outBytes.buffer as ArrayBuffer]);
    } else port.postMessage({ id: msg.id, result });
  });
}
