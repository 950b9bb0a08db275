#!/usr/bin/env node
// Measures the design card's candidate dependencies against what thucthe uses,
// for the README's dependency table. The candidates are not dependencies, so
// install them in a scratch folder first:
//   mkdir /tmp/depcheck && cd /tmp/depcheck && npm init -y >/dev/null &&
//   npm i unorm natural wink-nlp wink-eng-lite-web-model fast-levenshtein
//   NODE_PATH=/tmp/depcheck/node_modules node /path/to/thucthe/scripts/measure-deps.mjs
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(join(process.env.NODE_PATH ?? ".", "x.js"));
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "corpora", "articles");
const corpus = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
const big = corpus.normalize("NFD").repeat(40); // decomposed input, ~2 MB
const mb = (Buffer.byteLength(big, "utf8") / 1e6).toFixed(1);

function time(fn, reps = 3) {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const unorm = require("unorm");
const tNative = time(() => big.normalize("NFC"));
const tUnorm = time(() => unorm.nfc(big));
console.log(`NFC of ${mb} MB NFD text: String.prototype.normalize ${tNative.toFixed(1)} ms, unorm ${tUnorm.toFixed(1)} ms (${(tUnorm / tNative).toFixed(1)}x slower); same result: ${unorm.nfc(big) === big.normalize("NFC")}`);

const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");
const nlp = winkNLP(model);
const sample = "Ngày 19/02/2026, Nghị quyết số 202/2025/QH15 và Chỉ thị số 03/CT-BCA-X11 tại TP.HCM, PGS.TS. Lê Văn A.";
console.log("wink-nlp tokens:", JSON.stringify(nlp.readDoc(sample).tokens().out()));
const nfc = corpus.repeat(10);
const tWink = time(() => nlp.readDoc(nfc).tokens().out(), 1);
const { tokenize, normalize } = await import(join(root, "dist", "index.js"));
const tOurs = time(() => tokenize(normalize(nfc).view), 3);
console.log(`tokenize ${(Buffer.byteLength(nfc) / 1e6).toFixed(2)} MB: wink-nlp ${tWink.toFixed(0)} ms, thucthe normalize+tokenize ${tOurs.toFixed(0)} ms`);

const natural = require("natural/package.json");
console.log("natural", natural.version, "runtime dependencies:", Object.keys(natural.dependencies).join(", "));

const lev = require("fast-levenshtein");
const words = corpus.split(/\s+/).filter((w) => w.length >= 8).slice(0, 2000);
const tLev = time(() => {
  let s = 0;
  for (let i = 0; i < words.length; i++) s += lev.get(words[i], words[(i * 7) % words.length]);
  return s;
});
console.log(`fast-levenshtein: ${words.length} pairs in ${tLev.toFixed(1)} ms`);
