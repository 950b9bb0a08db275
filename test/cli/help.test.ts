import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runCli } from "./helpers.js";

beforeAll(() => ensureBuilt());

describe("thucthe help and usage errors", () => {
  it("help: --help names every command and shows examples", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const cmd of ["extract", "eval", "demo", "--version"]) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toMatch(/Examples:\n\s+thucthe extract/);
  });

  it("help: extract --help documents every option with examples", async () => {
    const r = await runCli(["extract", "--help"]);
    expect(r.code).toBe(0);
    for (const opt of ["--format", "--out", "--types", "--ref-date", "--terms", "--workers", "--timeout", "--errors", "--resume", "--quiet", "--input", "--keep-text"]) {
      expect(r.stdout).toContain(opt);
    }
    expect(r.stdout).toContain("parallel --pipe");
  });

  it("help: --version prints the package version", async () => {
    const r = await runCli(["--version"]);
    expect(r.stdout).toMatch(/^thucthe \d+\.\d+\.\d+/);
  });

  it("usage: an unknown option exits 2 and says where to look", async () => {
    const r = await runCli(["extract", "--fromat", "json", "x.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --fromat; see "thucthe extract --help"');
  });

  it("usage: a bad --format, --ref-date or brat without --out exits 2 naming the fix", async () => {
    const f = await runCli(["extract", "--format", "xml", "-"], { input: "x" });
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("use one of json, jsonl, conll, brat, html");
    const d = await runCli(["extract", "--ref-date", "19/02/2026", "-"], { input: "x" });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("like 2026-02-19");
    const b = await runCli(["extract", "--format", "brat", "-"], { input: "x" });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("--out DIR/");
  });

  it("usage: an unknown command exits 2", async () => {
    const r = await runCli(["extrakt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("use extract, eval or demo");
  });
});
