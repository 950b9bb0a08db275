#!/usr/bin/env node
/**
 * Cold start of this build against another build: fresh processes that
 * import `dist/index.js` and extract one text, the two builds taken in
 * turn, so that the machine's moods fall on both alike. Prints the medians
 * of the import, the first extract and their sum for each build, and warns
 * when the builds find different spans.
 *
 *   git worktree add /tmp/base REV && (cd /tmp/base && npm install && npm run build)
 *   npm run build && node scripts/bench-cold.mjs /tmp/base [--runs 11] [--text short|para|article]
 *
 * Texts: `short` is the sentence `npm run bench` times; `para` two news
 * sentences with an official, a body, an event, a date and a document; and
 * `article` the first 600 characters of each bundled article in turn (a
 * dateline, a headline, officials: more tables are reached). Not a test.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { opt, root, twoBuilds } from "./lib/two-builds.mjs";

const { here, other } = twoBuilds("bench-cold.mjs", "[--runs 11] [--text short|para|article]");
const runs = Number(opt("--runs", "11"));
const which = opt("--text", "short");
const articlesDir = join(root, "corpora", "articles");
const articles = readdirSync(articlesDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(articlesDir, f), "utf8").slice(0, 600));
const TEXTS = {
  short: () => "Thứ trưởng Lương Tam Quang đến Hà Nội hôm nay.",
  para: () =>
    "Sáng 12/3, tại trụ sở Bộ Ngoại giao, Thứ trưởng Nguyễn Minh Vũ tiếp Đại sứ Nhật Bản. Hai bên trao đổi về Hội nghị Bộ trưởng ASEAN lần thứ 14 tổ chức tại Đà Nẵng theo Quyết định số 123/QĐ-TTg.",
  article: (r) => articles[r % articles.length],
};
if (!TEXTS[which]) {
  console.error(`bench-cold: --text is short, para or article, not ${JSON.stringify(which)}`);
  process.exit(2);
}

// One fresh process: import, then the first extract; prints the times and the spans found.
const script = (file, text) => `
const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(file).href)});
const t1 = performance.now();
const doc = m.extract(${JSON.stringify(text)});
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, spans: doc.spans.map((s) => s.type + ":" + s.start + ":" + s.end) }));`;

const builds = { this: here, other };
const res = { this: [], other: [] };
let differ = 0;
for (let r = 0; r < runs; r++) {
  const text = TEXTS[which](r);
  const seen = {};
  for (const name of r % 2 ? ["other", "this"] : ["this", "other"]) {
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script(builds[name], text)], { encoding: "utf8" }));
    res[name].push(out);
    seen[name] = JSON.stringify(out.spans);
  }
  if (seen.this !== seen.other) differ++;
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const fmt = (x) => x.toFixed(1).padStart(6);
console.log(`cold start, ${runs} fresh processes per build, taken in turn (text: ${which})`);
for (const name of ["this", "other"]) {
  const v = res[name];
  console.log(`${name.padEnd(5)}  import ${fmt(med(v.map((x) => x.importMs)))} ms  first extract ${fmt(med(v.map((x) => x.firstMs)))} ms  sum ${fmt(med(v.map((x) => x.importMs + x.firstMs)))} ms`);
}
const ratio = med(res.other.map((x, i) => (x.importMs + x.firstMs) / (res.this[i].importMs + res.this[i].firstMs)));
console.log(`median per-run ratio other/this: ${ratio.toFixed(2)} (> 1: this build starts faster)`);
if (differ) console.log(`warning: the builds found different spans in ${differ} of ${runs} runs`);
