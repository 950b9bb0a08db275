#!/usr/bin/env node
/**
 * Whole-extract speed of this build against another build, side by side in
 * one process: alternating passes over the same documents, CPU time. On a
 * machine whose speed moves by a third between runs, two separate bench runs
 * cannot show a 10% change; passes that alternate in one process can.
 *
 *   git worktree add /tmp/base REV && (cd /tmp/base && npm install && npm run build)
 *   npm run build && node scripts/bench-side-by-side.mjs /tmp/base [--mb 8] [--passes 4]
 *
 * Prints MB/s per pass for each build and the ratio this/other per pass.
 * Both builds must give the same spans (checked: a speed-up that changes
 * output is a bug). Not a test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { opt, root, twoBuilds } from "./lib/two-builds.mjs";

const { here, other: otherEntry, otherDir: other } = twoBuilds("bench-side-by-side.mjs", "[--mb 8] [--passes 4]");
const THIS = await import(pathToFileURL(here).href);
const OTHER = await import(pathToFileURL(otherEntry).href);

// The bench's documents: the bundled articles' paragraphs, shuffled.
const dir = join(root, "corpora", "articles");
const paragraphs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().flatMap((f) => readFileSync(join(dir, f), "utf8").split(/\n\s*\n/)).filter((p) => p.trim());
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const docs = [];
let bytes = 0;
while (bytes < Number(opt("--mb", "8")) * 1e6) {
  const n = 10 + Math.floor(rand() * 30);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(paragraphs[Math.floor(rand() * paragraphs.length)]);
  const d = parts.join("\n\n");
  docs.push(d);
  bytes += Buffer.byteLength(d);
}
const clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const builds = [
  ["this", THIS.createExtractor({ refDate: "2026-02-19" })],
  ["other", OTHER.createExtractor({ refDate: "2026-02-19" })],
];
// Warm up both (JIT, lexicons) and check they agree.
let differ = 0;
for (let i = 0; i < Math.min(300, docs.length); i++) {
  if (JSON.stringify(builds[0][1].extract(docs[i]).spans) !== JSON.stringify(builds[1][1].extract(docs[i]).spans)) differ++;
}
const speed = { this: [], other: [] };
const passes = Number(opt("--passes", "4"));
for (let p = 0; p < passes; p++) {
  for (const [name, ex] of p % 2 ? [...builds].reverse() : builds) {
    const t = clock();
    for (const d of docs) ex.extract(d);
    speed[name].push(bytes / 1e6 / ((clock() - t) / 1000));
  }
}
console.log(`${(bytes / 1e6).toFixed(1)} MB in ${docs.length} documents, ${passes} alternating passes, CPU time`);
console.log(`this  (${root}): ${speed.this.map((x) => x.toFixed(2)).join(" ")} MB/s`);
console.log(`other (${other}): ${speed.other.map((x) => x.toFixed(2)).join(" ")} MB/s`);
console.log(`this/other per pass: ${speed.this.map((x, i) => (x / speed.other[i]).toFixed(2)).join(" ")}`);
console.log(differ ? `WARNING: the builds' spans differ on ${differ} of the first 300 documents` : "spans identical on the first 300 documents");
