import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, ensureBuilt, ensureCommand, tempDir, TERMS_TSV } from "./helpers.js";

let missing: string | null = null;

beforeAll(() => {
  ensureBuilt();
  missing = ensureCommand("parallel");
  if (missing) console.warn(`SKIPPED GNU parallel sharding test: ${missing}`);
}, 600_000);

describe("thucthe extract as a streaming filter", () => {
  it("sharding: GNU parallel --pipe over several jobs gives exactly the single-process output", (ctx) => {
    if (missing) ctx.skip();
    const dir = tempDir();
    const terms = join(dir, "terms.tsv");
    writeFileSync(terms, TERMS_TSV);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      lines.push(JSON.stringify({ id: `p${i}`, text: `Tin ${i}: ${"Bộ Công an và Sở Y tế Hà Nội. ".repeat(1 + (i % 7))}`, n: i }));
    }
    const input = join(dir, "in.jsonl");
    writeFileSync(input, `${lines.join("\n")}\n`);
    const cmd = `${process.execPath} ${CLI} extract -q --workers 1 --terms ${terms} -`;
    const single = spawnSync("bash", ["-c", `${cmd} < ${input}`], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(single.status).toBe(0);
    const sharded = spawnSync(
      "bash",
      ["-c", `parallel --will-cite --pipe --keep-order --block 40k -j 3 ${cmd} < ${input}`],
      { encoding: "utf8", maxBuffer: 1 << 28 },
    );
    expect(sharded.status).toBe(0);
    expect(sharded.stdout.split("\n").length).toBe(lines.length + 1);
    expect(sharded.stdout).toBe(single.stdout);
  });
});
