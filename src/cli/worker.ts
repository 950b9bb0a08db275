/**
 * Worker thread entry (built to dist/worker.cjs): receives tasks from the
 * pool, answers with their results, one at a time.
 */
import { parentPort, workerData } from "node:worker_threads";
import { JobRunner, type JobSettings, type Task } from "./job.js";

if (parentPort) {
  const runner = new JobRunner(workerData as JobSettings);
  const port = parentPort;
  port.on("message", (msg: { id: number; task: Task }) => {
    port.postMessage({ id: msg.id, result: runner.run(msg.task) });
  });
}
