// Which edit distance verifies fuzzy candidates? Compares fast-levenshtein, the engine it
// wraps (fastest-levenshtein), and the library's own banded, bounded edit distance
// (src/lexicon/edit-distance.ts, which gives up once the bound is passed) on 20,000 pairs
// of place-like folded keys; then the cost of importing each package in a fresh process
// (median of 9), which is what the library saves by not importing one.
//   npx tsx scripts/measure-levenshtein.ts
import { execFileSync } from "node:child_process";
import lev from "fast-levenshtein";
import { distance } from "fastest-levenshtein";
import { boundedDistance } from "../src/lexicon/edit-distance.js";

const syl = ["thanh", "hoa", "quang", "ngai", "binh", "duong", "ha", "noi", "ho", "chi", "minh", "bac", "kinh", "dong", "nai", "tay", "ninh", "lam"];
let seed = 1;
const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const words: string[] = [];
for (let i = 0; i < 20000; i++) words.push(Array.from({ length: 2 + Math.floor(r() * 3) }, () => syl[Math.floor(r() * syl.length)]).join(" "));
for (let rep = 0; rep < 5; rep++) {
  let t = performance.now();
  let a = 0;
  for (let i = 0; i < words.length; i++) a += lev.get(words[i]!, words[(i * 7 + 3) % words.length]!) <= 2 ? 1 : 0;
  const tl = performance.now() - t;
  t = performance.now();
  let b = 0;
  for (let i = 0; i < words.length; i++) b += boundedDistance(words[i]!, words[(i * 7 + 3) % words.length]!, 2) <= 2 ? 1 : 0;
  const tb = performance.now() - t;
  t = performance.now();
  let c = 0;
  for (let i = 0; i < words.length; i++) c += distance(words[i]!, words[(i * 7 + 3) % words.length]!) <= 2 ? 1 : 0;
  const tf = performance.now() - t;
  console.log(`20000 pairs: fast-levenshtein ${tl.toFixed(1)} ms, fastest-levenshtein ${tf.toFixed(1)} ms, bounded ${tb.toFixed(1)} ms, same verdicts: ${a === b && a === c}`);
}
// fast-levenshtein builds an Intl.Collator when it loads (for an option we do not use).
for (const pkg of ["fast-levenshtein", "fastest-levenshtein"]) {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const t=performance.now(); await import(${JSON.stringify(pkg)}); console.log(performance.now()-t)`], { encoding: "utf8" });
    times.push(Number(out));
  }
  times.sort((x, y) => x - y);
  console.log(`import ${pkg}: ${times[4]!.toFixed(1)} ms (median of 9 fresh processes)`);
}
