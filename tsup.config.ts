import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: runs in browsers too, so no node: imports outside src/cli.
    entry: { index: "src/index.ts", corpora: "src/corpora/index.ts", internal: "src/internal.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "node20",
    platform: "neutral",
    splitting: false,
    treeshake: true,
  },
  {
    // The command-line tool (Node only).
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["cjs"],
    dts: false,
    target: "node20",
    platform: "node",
    splitting: false,
  },
]);
