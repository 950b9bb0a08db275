import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, runCli, tempDir, TERMS_TSV } from "./helpers.js";

let dir: string;
let terms: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  terms = join(dir, "terms.tsv");
  writeFileSync(terms, TERMS_TSV);
  mkdirSync(join(dir, "in"));
  for (let i = 0; i < 6; i++) writeFileSync(join(dir, "in", `bai-${i}.txt`), `Bài ${i}: Bộ Công an làm việc tại Hà Nội.`);
});

describe("thucthe extract --resume", () => {
  it("resume: documents whose output exists are skipped, the missing ones are done", async () => {
    const out = join(dir, "out");
    const first = await runCli(["extract", "--terms", terms, "-q", "--out", `${out}/`, join(dir, "in")]);
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `bai-${i}.jsonl`));
    // Pretend the run stopped after bai-2: drop the later outputs, mark a done one.
    for (const i of [3, 4, 5]) unlinkSync(join(out, `bai-${i}.jsonl`));
    writeFileSync(join(out, "bai-1.jsonl"), "kept\n");
    const again = await runCli(["extract", "--terms", terms, "-q", "--resume", "--out", `${out}/`, join(dir, "in")]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, "bai-1.jsonl"), "utf8")).toBe("kept\n");
    const redone = JSON.parse(readFileSync(join(out, "bai-4.jsonl"), "utf8")) as { doc: string; spans: Array<{ text: string }> };
    expect(redone.doc).toBe("bai-4");
    expect(redone.spans.map((s) => s.text)).toEqual(["Bộ Công an", "Hà Nội"]);
    expect(readdirSync(out).filter((f) => f.includes("tmp"))).toEqual([]);
  });

  it("resume: JSONL input resumes by id", async () => {
    const out = join(dir, "out-jsonl");
    const input = ["a", "b", "c"].map((id) => JSON.stringify({ id, text: `Bộ Công an ${id}` })).join("\n");
    await runCli(["extract", "-q", "-f", "json", "--out", `${out}/`, "-"], { input });
    writeFileSync(join(out, "b.json"), "{}");
    unlinkSync(join(out, "c.json"));
    const r = await runCli(["extract", "-q", "-f", "json", "--resume", "--out", `${out}/`, "-"], { input });
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, "b.json"), "utf8")).toBe("{}");
    expect(JSON.parse(readFileSync(join(out, "c.json"), "utf8"))).toMatchObject({ doc: "c" });
  });

  it("resume: without --out DIR it is a usage error", async () => {
    const r = await runCli(["extract", "--resume", join(dir, "in")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--resume needs --out DIR/");
  });
});
