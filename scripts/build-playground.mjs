#!/usr/bin/env node
/**
 * Build the playground: the library bundled for the browser (no node:
 * modules; the build fails if one sneaks in) and inlined with the HTML
 * view's style into ONE self-contained file, dist/playground.html.
 *
 *   node scripts/build-playground.mjs [--out FILE]
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const i = process.argv.indexOf("--out");
const out = i >= 0 ? process.argv[i + 1] : join(root, "dist", "playground.html");

const bundle = await build({
  entryPoints: [join(root, "playground", "main.ts")],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: ["es2020"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
const js = bundle.outputFiles[0].text;

// The view's style and legend come from the same module the CLI uses.
const assets = await build({
  stdin: {
    contents: `import { HTML_STYLE } from "./src/formats/html-assets.ts"; import { htmlLegend } from "./src/formats/html.ts"; globalThis.__out = { style: HTML_STYLE, legend: htmlLegend() };`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  write: false,
  format: "iife",
  platform: "neutral",
  logLevel: "warning",
});
const sandbox = {};
new Function("globalThis", assets.outputFiles[0].text)(sandbox);
const { style, legend } = sandbox.__out;

const safeJs = js.replace(/<\/script/gi, "<\\/script");
const page = readFileSync(join(root, "playground", "index.html"), "utf8")
  .replace("<!--THUCTHE_STYLE-->", () => `<style>${style}</style>`)
  .replace("<!--THUCTHE_LEGEND-->", () => legend)
  .replace("<!--THUCTHE_BUNDLE-->", () => `<script>${safeJs}</script>`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`playground: ${out} (${(page.length / 1024).toFixed(0)} KB, self-contained)`);
