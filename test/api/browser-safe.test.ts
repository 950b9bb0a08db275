import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// The core runs unchanged in a browser: no node: imports (or Node built-ins)
// anywhere under src/ except src/cli/, and no file reads at run time.
const src = join(__dirname, "..", "..", "src");
const files: string[] = [];
const walk = (d: string) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) {
      if (relative(src, p) !== "cli") walk(p);
    } else if (n.endsWith(".ts")) files.push(p);
  }
};
walk(src);

const NODE_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](node:|fs|path|os|child_process|worker_threads|url|stream|readline)["'/]/;

describe("core is browser-safe", () => {
  it.each(files.map((f) => [relative(src, f), f]))("%s imports no Node built-in", (_rel, f) => {
    expect(readFileSync(f, "utf8")).not.toMatch(NODE_IMPORT);
  });
});
