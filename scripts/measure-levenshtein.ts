// Which edit distance verifies fuzzy candidates? Compares fast-levenshtein, the engine it
// wraps (fastest-levenshtein, which the library uses), and a banded, bounded edit distance
// of our own (which gives up once the bound is passed) on 20,000 pairs of place-like
// folded keys; then the cost of importing each package in a fresh process (median of 9).
//   npx tsx scripts/measure-levenshtein.ts
import { execFileSync } from "node:child_process";
import lev from "fast-levenshtein";
import { distance } from "fastest-levenshtein";

/**
 * Levenshtein distance of a and b if it is at most `max`, else max + 1.
 * Only the diagonal band of width 2·max+1 is computed.
 */
function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  const INF = max + 1;
  let prev = new Int32Array(lb + 1);
  let cur = new Int32Array(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : INF;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur[0] = i <= max ? i : INF;
    if (lo > 1) cur[lo - 1] = INF;
    let rowMin = cur[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      cur[j] = v > INF ? INF : v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = INF;
    if (rowMin > max) return INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb]!, INF);
}


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
