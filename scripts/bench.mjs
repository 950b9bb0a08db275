#!/usr/bin/env node
// npm run bench [-- --mb 20] [-- --passes 3] [-- --json]
// Measures, in one run on one core: (a) a baseline, one pass of a Unicode
// regex splitting the text into syllables; (b) extract with all recognizers,
// called document by document, and (b') the same documents through
// extractMany (batches, as the CLI runs them); (c) each stage alone (normalize, tokenize, each recognizer, resolve).
// Times are process CPU time, the best of --passes passes (default 3); (a), (b)
// and (b') run in rounds, and each round's ratio to the baseline is printed too.
// Also peak RSS (document by document, and in batches), cold start in a fresh process, npm tarball size, minified
// browser bundle size, and time per MB for inputs of growing length.
import { readFileSync, readdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const json = args.includes("--json");
const targetMB = Number(args[args.indexOf("--mb") + 1]) || (args.includes("--mb") ? 20 : 20);
const log = (...a) => { if (!json) console.log(...a); };

const lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);
const internal = await import(pathToFileURL(join(root, "dist", "internal.js")).href);

// A corpus of at least targetMB: the bundled articles' paragraphs, shuffled into new documents.
const dir = join(root, "corpora", "articles");
const paragraphs = readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => readFileSync(join(dir, f), "utf8").split(/\n\s*\n/)).filter((p) => p.trim());
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
function makeDoc() {
  const n = 10 + Math.floor(rand() * 30);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(paragraphs[Math.floor(rand() * paragraphs.length)]);
  return parts.join("\n\n");
}

// Process CPU time in ms: steadier than wall time on a shared machine. Each
// measurement takes the best of several passes.
const clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// --rss-child: the memory of one process annotating the corpus as a stream
// (documents made one at a time, as a batch job reads them), nothing else.
// With --batched, documents are gathered into 256 KB batches for extractMany, as the CLI does.
if (args.includes("--rss-child")) {
  const ex = lib.createExtractor();
  const batched = args.includes("--batched");
  let made = 0;
  let batch = [];
  let batchBytes = 0;
  while (made < targetMB * 1e6) {
    const d = makeDoc();
    const b = Buffer.byteLength(d, "utf8");
    made += b;
    if (!batched) {
      ex.extract(d, { refDate: "2026-02-19" });
      continue;
    }
    batch.push(d);
    batchBytes += b;
    if (batchBytes >= 256 * 1024) {
      ex.extractMany(batch, { refDate: "2026-02-19" });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) ex.extractMany(batch, { refDate: "2026-02-19" });
  console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

// --linear-child: time per MB for inputs of growing length (run by the parent).
if (args.includes("--linear-child")) {
  const parts = [];
  let made = 0;
  while (made < Math.max(targetMB, 11) * 1e6) {
    const d = makeDoc();
    made += d.length;
    parts.push(d);
  }
  const unit = parts.join("\n\n");
  const ex = lib.createExtractor();
  // Warm up on 4 MB (the JIT settles after a few MB), then on 3 MB of 1 KB and
  // of 10 KB slices: V8 compiles the hot functions for what it has seen, and
  // the first short texts after long ones deoptimize them again (reads past
  // the end of short arrays: 139 deoptimizations and 227 recompilations in
  // the first seconds of 1 KB texts, which cost 1.5-3× per MB until they
  // settle). Every row then measures its length, not the compiler catching up.
  for (let k = 0; k < 20; k++) ex.extract(unit.slice(k * 2e5, (k + 1) * 2e5), { refDate: "2026-02-19" });
  for (const size of [1e3, 1e4]) for (let k = 0; k < 3e6 / size; k++) ex.extract(unit.slice(8e6 + k * size, 8e6 + (k + 1) * size), { refDate: "2026-02-19" });
  const rows = [];
  for (const [count, size] of [[1, 1e3], [1, 1e5], [10, 1e5], [100, 1e4], [1, 1e6], [10, 1e6], [1, 1e7]]) {
    // Each document of a row is a different slice of the same text (100 × 10 KB covers
    // the same 1 MB as 1 × 1 MB), so rows differ in document length, not in what the
    // text talks about. A trial runs the row on fresh slices until it has taken 500 ms
    // (one 1 KB document alone is lost in timer noise); the row keeps the best of three
    // trials, as the other measurements keep the best pass.
    let slice = 0;
    let best = null;
    for (let trial = 0; trial < 3; trial++) {
      let ms = 0;
      let bytes = 0;
      let runs = 0;
      do {
        const docs = [];
        for (let i = 0; i < count; i++, slice++) {
          const at = (slice * size) % Math.max(1, unit.length - size);
          docs.push(unit.slice(at, at + size));
        }
        const t = clock();
        for (const d of docs) ex.extract(d, { refDate: "2026-02-19" });
        ms += clock() - t;
        for (const d of docs) bytes += Buffer.byteLength(d);
        runs++;
      } while (ms < 500);
      const row = { documents: count, bytesEach: Math.round(bytes / count / runs), runs, msPerMB: ms / (bytes / 1e6) };
      if (!best || row.msPerMB < best.msPerMB) best = row;
    }
    rows.push(best);
  }
  console.log(JSON.stringify(rows));
  process.exit(0);
}

const docs = [];
let bytes = 0;
while (bytes < targetMB * 1e6) {
  const d = makeDoc();
  docs.push(d);
  bytes += Buffer.byteLength(d, "utf8");
}
const MB = bytes / 1e6;
const PASSES = Number(args[args.indexOf("--passes") + 1]) || 3;
const mbs = (ms) => MB / (ms / 1000);

// (a) baseline: one regex pass splitting into syllables.
function baseline() {
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  let count = 0;
  const t = clock();
  for (const d of docs) {
    re.lastIndex = 0;
    while (re.exec(d) !== null) count++;
  }
  return { ms: clock() - t, count };
}

// (b) extract, all recognizers.
function full() {
  const ex = lib.createExtractor();
  let spans = 0;
  const t = clock();
  for (const d of docs) spans += ex.extract(d, { refDate: "2026-02-19" }).spans.length;
  return { ms: clock() - t, spans };
}

// (b') the same documents through extractMany: each recognizer runs over a
// batch of texts before the next one, as the CLI does with a chunk of lines.
function fullMany() {
  const ex = lib.createExtractor();
  let spans = 0;
  const t = clock();
  for (const d of ex.extractMany(docs, { refDate: "2026-02-19" })) spans += d.spans.length;
  return { ms: clock() - t, spans };
}

// (c) stages, timed one by one over the same documents.
function stages() {
  const recognizers = internal.orderRecognizers(internal.defaultRecognizers);
  const lexicons = internal.builtinLexicons();
  const types = new Set(internal.ENTITY_TYPES);
  const time = { normalize: 0, tokenize: 0, resolve: 0 };
  for (const r of recognizers) time[`recognizer:${r.name}`] = 0;
  for (const d of docs) {
    let t = clock();
    const { view, map } = internal.normalize(d);
    time.normalize += clock() - t;
    t = clock();
    const tokens = internal.tokenize(view);
    time.tokenize += clock() - t;
    const ctx = new internal.PipelineContext({ text: d, view, map, tokens, refDate: "2026-02-19", lexicons, types });
    for (const r of recognizers) {
      t = clock();
      const c = r.recognize(ctx);
      time[`recognizer:${r.name}`] += clock() - t;
      ctx.add(c);
    }
    t = clock();
    const all = internal.ENTITY_TYPES.flatMap((ty) => ctx.candidates(ty));
    internal.resolveOverlaps(all);
    time.resolve += clock() - t;
  }
  return { ms: 0, time };
}

// Warm up (JIT, lexicon tries: the compiler settles after a few MB) on the
// first 4 MB of documents, through both entry points, then measure.
{
  const warm = [];
  for (let i = 0, b = 0; i < docs.length && b < 4e6; i++) {
    warm.push(docs[i]);
    b += docs[i].length;
  }
  const ex = lib.createExtractor();
  for (const d of warm) ex.extract(d, { refDate: "2026-02-19" });
  ex.extractMany(warm, { refDate: "2026-02-19" });
}
// (a), (b) and (b') in rounds, one after the other, so that each round's
// ratio (b)/(a) compares passes run a few seconds apart: this VM's speed
// moves by a third between minutes, which the best of separate series hides.
const rounds = [];
for (let i = 0; i < PASSES; i++) rounds.push({ a: baseline(), b: full(), m: fullMany() });
const pick = (k) => rounds.map((r) => r[k]).reduce((x, y) => (y.ms < x.ms ? y : x));
const base = pick("a");
const whole = pick("b");
const many = pick("m");
const median = (xs) => [...xs].sort((x, y) => x - y)[(xs.length - 1) >> 1];
const roundRatios = (k) => rounds.map((r) => r.a.ms / r[k].ms);
if (many.spans !== whole.spans) throw new Error(`bench: extractMany found ${many.spans} spans, extract ${whole.spans}`);
// Stages: the best pass for each stage.
const stage = {};
for (let i = 0; i < PASSES; i++) {
  const { time } = stages();
  for (const [k, v] of Object.entries(time)) stage[k] = Math.min(stage[k] ?? Infinity, v);
}

// Linearity: time per MB for 1, 10, 100 documents of growing length, in a
// fresh process (warmed up first) so the garbage left by the runs above does
// not land on the first rows.
const linear = JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--linear-child", "--mb", String(Math.min(targetMB, 12))], { encoding: "utf8", maxBuffer: 1 << 20 }));
const perMB = linear.map((l) => l.msPerMB);
const flatRatio = Math.max(...perMB) / Math.min(...perMB);

// Peak RSS of this process holds the whole corpus; the streaming figure is one process annotating document by document.
const peakRssMB = process.resourceUsage().maxRSS / 1024;
const streamRssMB = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--rss-child", "--mb", String(targetMB)], { encoding: "utf8" })).maxRssMB;
const batchedRssMB = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--rss-child", "--batched", "--mb", String(targetMB)], { encoding: "utf8" })).maxRssMB;

// Cold start: import + first extract of a short text in a fresh process.
const coldScript = `const t0=performance.now();import(${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)}).then(m=>{const t1=performance.now();m.extract("Thứ trưởng Lương Tam Quang đến Hà Nội hôm nay.");const t2=performance.now();console.log(JSON.stringify({importMs:t1-t0,firstExtractMs:t2-t1,sinceProcessStartMs:t2}))})`;
const colds = [];
for (let i = 0; i < 5; i++) colds.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", coldScript], { encoding: "utf8" })));
colds.sort((a, b) => a.importMs + a.firstExtractMs - (b.importMs + b.firstExtractMs));
const cold = colds[2];

// Sizes: npm tarball, minified browser bundle.
const tmp = mkdtempSync(join(tmpdir(), "thucthe-bench-"));
let tarball = null;
try {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  tarball = JSON.parse(out)[0].size;
} catch { /* reported as null */ }
let bundle = null;
try {
  const esbuild = await import("esbuild");
  const r = await esbuild.build({ entryPoints: [join(root, "dist", "index.js")], bundle: true, minify: true, format: "esm", platform: "browser", write: false });
  const code = r.outputFiles[0].contents;
  bundle = { bytes: code.length, gzipBytes: gzipSync(code).length };
} catch { /* reported as null */ }
rmSync(tmp, { recursive: true, force: true });

const result = {
  corpusMB: +MB.toFixed(2),
  documents: docs.length,
  baseline: { mbPerSec: +mbs(base.ms).toFixed(1), syllables: base.count },
  extract: { mbPerSec: +mbs(whole.ms).toFixed(2), spans: whole.spans, ratioToBaseline: +(base.ms / whole.ms).toFixed(3), roundRatios: roundRatios("b").map((r) => +r.toFixed(3)) },
  extractMany: { mbPerSec: +mbs(many.ms).toFixed(2), spans: many.spans, ratioToBaseline: +(base.ms / many.ms).toFixed(3), roundRatios: roundRatios("m").map((r) => +r.toFixed(3)) },
  stages: Object.fromEntries(Object.entries(stage).map(([k, ms]) => [k, { ms: +ms.toFixed(0), mbPerSec: +mbs(ms).toFixed(1) }])),
  peakRssMB: { streaming: +streamRssMB.toFixed(0), streamingBatched: +batchedRssMB.toFixed(0), benchProcess: +peakRssMB.toFixed(0) },
  coldStart: { importMs: +cold.importMs.toFixed(1), firstExtractMs: +cold.firstExtractMs.toFixed(1), totalMs: +(cold.importMs + cold.firstExtractMs).toFixed(1), sinceProcessStartMs: +cold.sinceProcessStartMs.toFixed(1) },
  tarballBytes: tarball,
  browserBundle: bundle,
  linearity: { runs: linear.map((l) => ({ ...l, msPerMB: +l.msPerMB.toFixed(1) })), maxOverMin: +flatRatio.toFixed(2) },
};
if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  log(`corpus: ${result.corpusMB} MB in ${result.documents} documents (bundled articles' paragraphs, shuffled)`);
  log(`(a) baseline, one regex pass into syllables: ${result.baseline.mbPerSec} MB/s`);
  log(`(b) extract, all recognizers:               ${result.extract.mbPerSec} MB/s  = ${(result.extract.ratioToBaseline * 100).toFixed(1)}% of baseline  (${result.extract.spans} spans)`);
  log(`(b') extractMany, the same documents:      ${result.extractMany.mbPerSec} MB/s  = ${(result.extractMany.ratioToBaseline * 100).toFixed(1)}% of baseline  (batches of 128K code units)`);
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const spread = (rs) => `median ${pct(median(rs))}, range ${pct(Math.min(...rs))}–${pct(Math.max(...rs))}`;
  log(`    per round, (b)/(a) measured a few seconds apart: ${spread(result.extract.roundRatios)}; (b')/(a): ${spread(result.extractMany.roundRatios)} (${PASSES} rounds)`);
  log(`(c) stages alone:`);
  for (const [k, v] of Object.entries(result.stages)) log(`    ${k.padEnd(28)} ${String(v.mbPerSec).padStart(8)} MB/s  (${v.ms} ms)`);
  log(`peak RSS: ${result.peakRssMB.streaming} MB annotating the corpus document by document in one process, ${result.peakRssMB.streamingBatched} MB in 256 KB batches (this bench process, holding the whole corpus: ${result.peakRssMB.benchProcess} MB)`);
  log(`cold start (fresh process): import ${result.coldStart.importMs} ms + first extract ${result.coldStart.firstExtractMs} ms = ${result.coldStart.totalMs} ms`);
  log(`npm tarball: ${tarball === null ? "n/a" : (tarball / 1e6).toFixed(2) + " MB"}; minified browser bundle: ${bundle ? `${(bundle.bytes / 1e6).toFixed(2)} MB (${(bundle.gzipBytes / 1e6).toFixed(2)} MB gzip)` : "n/a"}`);
  log(`time per MB by input shape (flat within 2x wanted; max/min over all rows = ${result.linearity.maxOverMin}):`);
  for (const l of result.linearity.runs) log(`    ${String(l.documents).padStart(3)} × ${String(l.bytesEach).padStart(9)} B  ${String(l.msPerMB).padStart(8)} ms/MB`);
}
