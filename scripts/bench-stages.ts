// Development tool for performance work: times each stage from the source
// tree (no build needed) and checks that the output did not change.
//
//   npx tsx scripts/bench-stages.ts [--mb 4] [--stage official] [--save] [--passes 1] [--nofp]
//
// Inputs: shuffled paragraphs of the bundled articles (--mb, refDate given)
// plus every article under each eval variant (none, nodiacritics, upper,
// nfd, tone; refDate read from the dateline). For each stage it prints MB/s
// (process CPU time) and, per recognizer and for the final spans, a
// fingerprint of the output. `--save` stores the fingerprints in
// .bench/fingerprints.json; later runs compare with it and print CHANGED for
// any that differ (an optimization must not change what comes out).
// `--stage NAME` times only that stage (all stages still run, for inputs).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createExtractor } from "../src/index.js";
import { normalize } from "../src/normalize/normalize.js";
import { tokenize } from "../src/tokenize/tokenizer.js";
import type { Token } from "../src/tokenize/token.js";
import { PipelineContext } from "../src/pipeline/context.js";
import { orderRecognizers } from "../src/pipeline/order.js";
import { defaultRecognizers } from "../src/recognizers/index.js";
import { resolveOverlaps } from "../src/resolve/overlaps.js";
import { builtinLexicons } from "../src/lexicon/registry.js";
import { ENTITY_TYPES } from "../src/doc.js";
import { transformText, VARIANTS } from "../src/eval/variants.js";

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : d;
};
const targetMB = Number(opt("--mb", "4"));
const passes = Number(opt("--passes", "1"));
const only = args.includes("--stage") ? opt("--stage", "") : null;
// --nofp: no fingerprints (for profiling: hashing the outputs costs more than some stages).
const fp = !args.includes("--nofp");

const dir = "corpora/articles";
const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const paragraphs = articles.flatMap((a) => a.split(/\n\s*\n/)).filter((p) => p.trim());
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const docs: Array<{ text: string; refDate: string | null }> = [];
let bytes = 0;
while (bytes < targetMB * 1e6) {
  const n = 10 + Math.floor(rand() * 30);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(paragraphs[Math.floor(rand() * paragraphs.length)]!);
  const text = parts.join("\n\n");
  docs.push({ text, refDate: "2026-02-19" });
  bytes += Buffer.byteLength(text);
}
const variantDocs = VARIANTS.flatMap((v) => articles.map((a) => ({ text: v === "none" ? a : transformText(a, v).text, refDate: null })));
const MB = bytes / 1e6;

const clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const TOKEN_FIELDS = ["kind", "start", "end", "text", "lower", "fold", "cap", "upper", "diacritics", "spaceBefore", "sentenceStart", "sentence", "capsLine"] as const;
function tokenFields(tk: Token): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of TOKEN_FIELDS) o[f] = tk[f];
  return o;
}

/** Stable JSON: keys sorted, so property order does not matter. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

const recognizers = orderRecognizers(defaultRecognizers);
const lexicons = builtinLexicons();
const types = new Set(ENTITY_TYPES);
const extractor = createExtractor();
extractor.extract(paragraphs.slice(0, 30).join("\n\n")); // warm up: lexicons, JIT

function run(measure: boolean) {
  const time: Record<string, number> = { normalize: 0, tokenize: 0 };
  for (const r of recognizers) time[r.name] = 0;
  time.resolve = 0;
  const hashes: Record<string, ReturnType<typeof createHash>> = {};
  for (const k of [...Object.keys(time), "extract"]) hashes[k] = createHash("sha1");
  for (const [di, d] of [...docs, ...variantDocs].entries()) {
    const timed = measure && di < docs.length;
    let t = clock();
    const { view, map } = normalize(d.text);
    if (timed) time.normalize! += clock() - t;
    if (fp) hashes.normalize!.update(view);
    t = clock();
    const tokens = tokenize(view);
    if (timed) time.tokenize! += clock() - t;
    // The Token fields by name (not the object's own properties, so a token class with getters hashes the same); fid left out: ids depend on interning order.
    if (fp) hashes.tokenize!.update(stable(tokens.map(tokenFields)));
    const ctx = new PipelineContext({ text: d.text, view, map, tokens, refDate: d.refDate ?? "2026-02-19", lexicons, types });
    for (const r of recognizers) {
      t = clock();
      const c = r.recognize(ctx);
      if (timed) time[r.name]! += clock() - t;
      if (fp) {
        const sorted = [...c].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type) || a.source.localeCompare(b.source));
        hashes[r.name]!.update(stable(sorted));
      }
      ctx.add(c);
    }
    t = clock();
    const all = ENTITY_TYPES.flatMap((ty) => ctx.candidates(ty));
    resolveOverlaps(all);
    if (timed) time.resolve! += clock() - t;
    if (fp) hashes.extract!.update(stable(extractor.extract(d.text, d.refDate ? { refDate: d.refDate } : {})));
  }
  let ex = 0;
  if (measure) {
    const t = clock();
    for (const d of docs) extractor.extract(d.text, { refDate: "2026-02-19" });
    ex = clock() - t;
  }
  const prints: Record<string, string> = {};
  for (const [k, h] of Object.entries(hashes)) prints[k] = h.digest("hex").slice(0, 12);
  return { time, prints, ex };
}

let best: ReturnType<typeof run> | null = null;
for (let p = 0; p < passes; p++) {
  const r = run(true);
  if (!best) best = r;
  else {
    for (const k of Object.keys(r.time)) best.time[k] = Math.min(best.time[k]!, r.time[k]!);
    best.ex = Math.min(best.ex, r.ex);
  }
}
const { time, prints, ex } = best!;
const file = `.bench/fingerprints-${targetMB}mb.json`; // inputs depend on --mb
const saved: Record<string, string> | null = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
console.log(`inputs: ${MB.toFixed(1)} MB of shuffled paragraphs (timed) + ${variantDocs.length} article variants (fingerprint only)`);
for (const [k, ms] of Object.entries(time)) {
  if (only && k !== only) continue;
  const same = saved ? (saved[k] === prints[k] ? "same" : "CHANGED") : "";
  console.log(`${k.padEnd(18)} ${(MB / (ms / 1000)).toFixed(1).padStart(8)} MB/s ${ms.toFixed(0).padStart(7)} ms  ${prints[k]} ${same}`);
}
const sameEx = saved ? (saved.extract === prints.extract ? "same" : "CHANGED") : "";
console.log(`${"extract (whole)".padEnd(18)} ${(MB / (ex / 1000)).toFixed(1).padStart(8)} MB/s ${ex.toFixed(0).padStart(7)} ms  ${prints.extract} ${sameEx}`);
if (args.includes("--save")) {
  mkdirSync(".bench", { recursive: true });
  writeFileSync(file, JSON.stringify(prints, null, 2));
  console.log(`saved ${file}`);
}
