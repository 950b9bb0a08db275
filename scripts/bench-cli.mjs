#!/usr/bin/env node
/**
 * Benchmark of `thucthe extract` as a streaming JSONL filter: the bundled
 * corpus repeated to N MB of JSONL (default 50), run with --workers 1 and
 * --workers 2 (or the counts given), reporting wall time, MB/s, the speed-up
 * over one worker and the peak RSS of the process (VmHWM, all threads).
 *
 *   npm run build && node scripts/bench-cli.mjs [--mb 50] [--workers 1,2] [--repeat 1]
 *
 * With --repeat N the counts are run in turn N times and the best time of
 * each is kept (other processes on the machine only ever slow a run down).
 * It also splits the CPU time by thread: main, extraction (the worker
 * threads) and V8's helper threads (compiler, collector), which is where
 * the cost of a second worker shows.
 *
 * Not a test: timings depend on the machine. Figures go in the README.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, openSync, closeSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const mb = Number(arg("mb", "50"));
const counts = arg("workers", "1,2").split(",").map(Number);
const repeat = Number(arg("repeat", "1"));
/** Flags for node itself (V8 experiments), such as --node-flags "--single-threaded-gc". */
const nodeFlags = arg("node-flags", "").split(" ").filter(Boolean);
const cli = join(root, "bin", "thucthe.cjs");
if (!existsSync(join(root, "dist", "cli.cjs"))) {
  console.error("bench-cli: dist/cli.cjs is missing; run `npm run build` first");
  process.exit(2);
}

// 1. The input: corpus articles as JSONL lines, repeated with fresh ids.
const dir = join(root, ".bench");
mkdirSync(dir, { recursive: true });
const input = join(dir, `corpus-${mb}mb.jsonl`);
if (!existsSync(input) || statSync(input).size < mb * 1e6) {
  const articles = readdirSync(join(root, "corpora", "articles"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(join(root, "corpora", "articles", f), "utf8") }));
  const out = createWriteStream(input);
  let size = 0;
  for (let rep = 0; size < mb * 1e6; rep++) {
    for (const a of articles) {
      const line = `${JSON.stringify({ id: `${a.id}-${rep}`, text: a.text })}\n`;
      size += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, "drain");
    }
  }
  out.end();
  await once(out, "finish");
}
const bytes = statSync(input).size;

// 2. One run: stdin from the file, stdout to /dev/null, VmHWM polled from /proc.
async function run(workers) {
  const inFd = openSync(input, "r");
  const outFd = openSync("/dev/null", "w");
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeFlags, cli, "extract", "-q", "--workers", String(workers), "-"], { stdio: [inFd, outFd, "inherit"] });
  let peakKb = 0;
  let cpuTicks = 0;
  const ticksOf = (stat) => {
    // utime + stime, in clock ticks (fields 14 and 15; counted after the command name).
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  };
  const threadTicks = new Map(); // tid → ticks, last seen
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
      cpuTicks = Math.max(cpuTicks, ticksOf(readFileSync(`/proc/${child.pid}/stat`, "utf8")));
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        try {
          threadTicks.set(tid, Math.max(threadTicks.get(tid) ?? 0, ticksOf(readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8"))));
        } catch {
          /* the thread ended */
        }
      }
    } catch {
      /* exited */
    }
  }, 20);
  const [code] = await once(child, "exit");
  clearInterval(poll);
  closeSync(inFd);
  closeSync(outFd);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = cpuTicks / 100; // USER_HZ is 100 on Linux
  // Where the CPU went: the main thread, the extraction threads (the `workers`
  // busiest others; with --workers 0 the main thread extracts) and the rest,
  // which are V8's helper threads (optimizing compiler, garbage collector)
  // and libuv's. Sampled every 20 ms, so the last few ticks may be missing.
  const main = (threadTicks.get(String(child.pid)) ?? 0) / 100;
  const others = [...threadTicks].filter(([tid]) => tid !== String(child.pid)).map(([, t]) => t / 100).sort((a, b) => b - a);
  const extracting = others.slice(0, workers).reduce((a, b) => a + b, 0);
  const helpers = others.slice(workers).reduce((a, b) => a + b, 0);
  return { workers, code, secs, cpu, threads: { main, extracting, helpers }, mbps: bytes / 1e6 / secs, peakMb: peakKb / 1024 };
}

console.log(`input: ${(bytes / 1e6).toFixed(1)} MB of JSONL (${input}), node ${process.version}, ${(await import("node:os")).availableParallelism()} cores`);
const best = new Map();
for (let k = 0; k < repeat; k++) {
  for (const w of counts) {
    const r = await run(w);
    console.log(`--workers ${w}: ${r.secs.toFixed(1)} s, ${r.mbps.toFixed(2)} MB/s, CPU ${r.cpu.toFixed(1)} s (${(r.cpu / r.secs).toFixed(2)} cores busy), peak RSS ${r.peakMb.toFixed(0)} MB, exit ${r.code}`);
    console.log(`    CPU by thread: main ${r.threads.main.toFixed(1)} s, extracting ${r.threads.extracting.toFixed(1)} s, V8/libuv helpers ${r.threads.helpers.toFixed(1)} s`);
    const b = best.get(w);
    best.set(w, b ? { ...r, threads: r.secs < b.secs ? r.threads : b.threads, secs: Math.min(b.secs, r.secs), cpu: Math.min(b.cpu, r.cpu), mbps: Math.max(b.mbps, r.mbps), peakMb: Math.max(b.peakMb, r.peakMb) } : r);
  }
}
const results = [...best.values()];
if (repeat > 1) {
  console.log(`best of ${repeat}:`);
  for (const r of results) console.log(`--workers ${r.workers}: ${r.secs.toFixed(1)} s, ${r.mbps.toFixed(2)} MB/s, peak RSS (max) ${r.peakMb.toFixed(0)} MB; fastest run's CPU: extracting ${r.threads.extracting.toFixed(1)} s, helpers ${r.threads.helpers.toFixed(1)} s`);
}
const base = results.find((r) => r.workers === 1);
if (base) {
  for (const r of results) {
    if (r === base) continue;
    console.log(`speed-up --workers ${r.workers} vs 1: ${(base.secs / r.secs).toFixed(2)}× (wall clock)`);
    // On a busy machine the wall clock says more about the neighbours than about thucthe:
    // with N free cores the run would take its CPU time spread over N workers.
    console.log(`  CPU time ${base.cpu.toFixed(1)} s → ${r.cpu.toFixed(1)} s; on ${r.workers} free cores: ${((base.cpu * r.workers) / r.cpu).toFixed(2)}× at best`);
  }
  const load = (await import("node:os")).loadavg()[0];
  if (load > 1.5) console.log(`note: load average ${load.toFixed(1)} during the run; other processes took CPU, rerun on an idle machine for wall-clock figures`);
}
