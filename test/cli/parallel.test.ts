import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, ensureBuilt, ensureCommand, tempDir } from "./helpers.js";

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
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      lines.push(JSON.stringify({ id: `p${i}`, text: `Tin ${i}: ${"Người dân thực hiện ".repeat(1 + (i % 3))}Kế hoạch số ${i}/KH-UBND.`, n: i }));
    }
    const input = join(dir, "in.jsonl");
    writeFileSync(input, `${lines.join("\n")}\n`);
    // Only DOCUMENT, to keep it quick: the test is about sharding, not recall.
    const cmd = `${process.execPath} ${CLI} extract -q --workers 1 --types DOCUMENT -`;
    const single = spawnSync("bash", ["-c", `${cmd} < ${input}`], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(single.status).toBe(0);
    const sharded = spawnSync(
      "bash",
      ["-c", `parallel --will-cite --pipe --keep-order --block 30k -j 3 ${cmd} < ${input}`],
      { encoding: "utf8", maxBuffer: 1 << 28 },
    );
    expect(sharded.status).toBe(0);
    expect(sharded.stdout.split("\n").length).toBe(lines.length + 1);
    expect(sharded.stdout).toBe(single.stdout);
    expect(single.stdout).toContain('"type":"DOCUMENT"');
  });
});
