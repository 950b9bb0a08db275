import { beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, ensureBuilt, rows, runCli, tempDir, TERMS_TSV } from "./helpers.js";

let dir: string;
let terms: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  terms = join(dir, "terms.tsv");
  writeFileSync(terms, TERMS_TSV);
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "1-good.txt"), "Bộ Công an ở Hà Nội.");
  // Line 2 holds a Windows-1258 byte that is not UTF-8.
  writeFileSync(join(dir, "in", "2-latin.txt"), Buffer.concat([Buffer.from("Dòng một\nSai m"), Buffer.from([0xe3, 0x20]), Buffer.from("ở đây\n")]));
  symlinkSync(join(dir, "in", "gone.txt"), join(dir, "in", "3-dangling.txt"));
  writeFileSync(join(dir, "in", "4-good.txt"), "Sở Y tế Đà Nẵng.");
});

describe("thucthe extract: bad input never loses the rest", () => {
  it("errors: invalid UTF-8 and an unreadable file are reported with file and line, the rest is processed, exit 1", async () => {
    const errs = join(dir, "errors.jsonl");
    const r = await runCli(["extract", "--terms", terms, "-q", "--errors", errs, join(dir, "in")]);
    expect(r.code).toBe(1);
    expect(rows(r.stdout).map((x) => x.doc)).toEqual(["1-good", "4-good"]);
    expect(r.stderr).toContain(`${join(dir, "in", "2-latin.txt")}:2: invalid UTF-8 at byte 17`);
    expect(r.stderr).toMatch(/3-dangling\.txt: cannot read the file \(ENOENT\)/);
    const logged = rows(readFileSync(errs, "utf8"));
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ file: join(dir, "in", "2-latin.txt"), line: 2, doc: "2-latin" });
  });

  it("errors: a malformed JSONL line keeps its place as an error line; the others are processed", async () => {
    const input = ['{"id":"a","text":"Bộ Công an."}', '{"id":"b","text":"thiếu ngoặc"', '{"id":"c"}', '{"id":"d","text":"Hà Nội."}'].join("\n");
    const r = await runCli(["extract", "--terms", terms, "-q", "-"], { input });
    expect(r.code).toBe(1);
    const out = rows(r.stdout);
    expect(out.map((x) => x.doc)).toEqual(["a", null, null, "d"]);
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]!.error).toMatch(/no "text" string field/);
    expect(r.stderr).toContain("-:2: not valid JSON");
    expect(r.stderr).toContain('-:3: the line has no "text" string field');
  });

  it("errors: invalid UTF-8 inside a JSONL file names the file and line", async () => {
    const f = join(dir, "bad.jsonl");
    writeFileSync(f, Buffer.concat([Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"id":"c","text":"ok"}\n')]));
    const r = await runCli(["extract", "-q", f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:2: invalid UTF-8`);
    expect(rows(r.stdout).map((x) => x.doc)).toEqual(["a", null, "c"]);
  });

  it("errors: a missing input is reported and the other inputs still run", async () => {
    const r = await runCli(["extract", "-q", join(dir, "nope.txt"), join(dir, "in", "1-good.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope.txt: no such file or directory");
    expect(rows(r.stdout)).toHaveLength(1);
  });

  it("errors: a bad refDate in one JSONL line fails that line only", async () => {
    const input = '{"id":"a","text":"x","refDate":"19/02"}\n{"id":"b","text":"y"}\n';
    const r = await runCli(["extract", "-q", "-"], { input });
    expect(r.code).toBe(1);
    expect(rows(r.stdout).map((x) => x.doc)).toEqual(["a", "b"]);
    expect(r.stderr).toContain("-:1: thucthe: refDate should be an ISO date");
  });

  it("errors: a terms file with an unknown type stops before any work, naming file and line", async () => {
    const bad = join(dir, "bad-terms.tsv");
    writeFileSync(bad, "Bộ Công an\tORG\nHà Nội\tPLACE\n");
    const r = await runCli(["extract", "--terms", bad, "-"], { input: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2: no type for "Hà Nội"`);
  });

  it("atomic: a run stopped half-way leaves no --out file and no temporary file", async () => {
    const outDir = join(dir, "killed");
    mkdirSync(outDir);
    const out = join(outDir, "all.jsonl");
    const child = spawn(process.execPath, [CLI, "extract", "-q", "--out", out, "-"], { stdio: ["pipe", "ignore", "pipe"] });
    for (let i = 0; i < 2000; i++) child.stdin.write(`${JSON.stringify({ id: `k${i}`, text: "Bộ Công an ở Hà Nội. ".repeat(20) })}\n`);
    await new Promise((r) => setTimeout(r, 1500)); // work under way, stdin still open
    child.kill("SIGTERM");
    await new Promise((r) => child.on("close", r));
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe("thucthe extract: a task that hangs", () => {
  it("timeout: a task past --timeout is stopped and reported, the next ones still run, exit 1", async () => {
    const r = await runCli(["extract", "-q", "--timeout", "0.001", join(dir, "in", "1-good.txt"), join(dir, "in", "4-good.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "in", "1-good.txt")}: it took longer than 0.001 s (--timeout) while processing this input; it was skipped`);
    expect(r.stderr).toContain("4-good.txt: it took longer than 0.001 s");
  });
});
