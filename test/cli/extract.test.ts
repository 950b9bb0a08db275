import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, rows, runCli, tempDir, TERMS_TSV } from "./helpers.js";

let dir: string;
let terms: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  terms = join(dir, "terms.tsv");
  writeFileSync(terms, TERMS_TSV);
  mkdirSync(join(dir, "news", "2026"), { recursive: true });
  writeFileSync(join(dir, "news", "b.txt"), "Sở Y tế Đà Nẵng họp sáng nay.");
  writeFileSync(join(dir, "news", "2026", "a.txt"), "Bộ Công an làm việc tại Hà Nội.");
  writeFileSync(join(dir, "news", "note.md"), "không phải đầu vào");
});

describe("thucthe extract", () => {
  it("extract: files give one JSONL line each, named by file, in the order given", async () => {
    const r = await runCli(["extract", "--terms", terms, "-q", join(dir, "news", "b.txt"), join(dir, "news", "2026", "a.txt")]);
    expect(r.code).toBe(0);
    const out = rows(r.stdout);
    expect(out.map((x) => x.doc)).toEqual(["b", "a"]);
    const spans = out[1]!.spans as Array<{ type: string; start: number; end: number; text: string }>;
    expect(spans).toContainEqual(expect.objectContaining({ type: "ORG", start: 0, end: 10, text: "Bộ Công an" }));
    expect(spans).toContainEqual(expect.objectContaining({ type: "LOC", start: 24, end: 30, text: "Hà Nội" }));
  });

  it("extract: a directory is walked recursively, sorted, .txt only, names relative to it", async () => {
    const r = await runCli(["extract", "--terms", terms, "-q", join(dir, "news")]);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((x) => x.doc)).toEqual(["2026/a", "b"]);
  });

  it("extract: a quoted glob with ** matches at any depth", async () => {
    const r = await runCli(["extract", "-q", "news/**/*.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((x) => x.doc)).toEqual(["2026/a", "b"]);
  });

  it("extract: JSONL on stdin gives one line per line, same order, extra fields and refDate kept", async () => {
    const input = [
      { id: "x1", text: "Bộ Công an họp.", source: "vnexpress" },
      { id: "x2", text: "Hà Nội hôm nay mưa.", refDate: "2026-02-19" },
      { id: "x3", text: "Không có gì." },
    ]
      .map((o) => JSON.stringify(o))
      .join("\n");
    const r = await runCli(["extract", "--terms", terms, "-q", "-"], { input });
    expect(r.code).toBe(0);
    const out = rows(r.stdout);
    expect(out.map((x) => x.doc)).toEqual(["x1", "x2", "x3"]);
    expect(out[0]!.source).toBe("vnexpress");
    expect(out[1]!.refDate).toBe("2026-02-19");
    expect(out[1]!.refDateSource).toBe("option");
    expect(out[0]).not.toHaveProperty("text");
  });

  it("extract: plain text on stdin is one document", async () => {
    const r = await runCli(["extract", "--terms", terms, "-q"], { input: "Đoàn công tác của Bộ Công an đến Đà Nẵng." });
    expect(r.code).toBe(0);
    const out = rows(r.stdout);
    expect(out).toHaveLength(1);
    expect((out[0]!.spans as Array<{ text: string }>).map((s) => s.text)).toEqual(["Bộ Công an", "Đà Nẵng"]);
  });

  it("extract: --types keeps only the types asked for", async () => {
    const r = await runCli(["extract", "--terms", terms, "--types", "LOC", "-q", join(dir, "news", "b.txt")]);
    const spans = rows(r.stdout)[0]!.spans as Array<{ type: string }>;
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.type === "LOC")).toBe(true);
  });

  it("extract: --ref-date is the reference date of every document", async () => {
    const r = await runCli(["extract", "--ref-date", "2025-11-19", "-q"], { input: "Hôm nay trời đẹp." });
    expect(rows(r.stdout)[0]!.refDate).toBe("2025-11-19");
  });

  it("extract: --format json writes one JSON array", async () => {
    const r = await runCli(["extract", "--terms", terms, "-f", "json", "-q", join(dir, "news")]);
    const arr = JSON.parse(r.stdout) as Array<{ doc: string }>;
    expect(arr.map((d) => d.doc)).toEqual(["2026/a", "b"]);
  });

  it("extract: --out FILE appears whole, with no temporary file left beside it", async () => {
    const out = join(dir, "res", "all.jsonl");
    const r = await runCli(["extract", "--terms", terms, "-q", "--out", out, join(dir, "news")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(rows(readFileSync(out, "utf8"))).toHaveLength(2);
    expect(readdirSync(join(dir, "res"))).toEqual(["all.jsonl"]);
  });

  it("extract: --out DIR/ writes one file per document, mirroring the input tree", async () => {
    const out = join(dir, "perdoc");
    const r = await runCli(["extract", "--terms", terms, "-f", "json", "-q", "--out", `${out}/`, join(dir, "news")]);
    expect(r.code).toBe(0);
    const a = JSON.parse(readFileSync(join(out, "2026", "a.json"), "utf8")) as { doc: string; spans: unknown[] };
    expect(a.doc).toBe("2026/a");
    expect(existsSync(join(out, "b.json"))).toBe(true);
  });

  it("extract: JSONL lines, extracted a chunk at a time, get the library's extract of each, bad lines in their place", async () => {
    const paras = readdirSync("corpora/articles")
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .flatMap((f) => readFileSync(join("corpora/articles", f), "utf8").split(/\n\s*\n/))
      .filter((p) => p.trim());
    const recs = paras.slice(0, 40).map((text, i) => ({ id: `p${i}`, text, ...(i % 3 === 0 ? { refDate: "2025-0" + (1 + (i % 9)) + "-15" } : {}) }));
    const lines = recs.map((r) => JSON.stringify(r));
    lines.splice(7, 0, "{ not json");
    lines.splice(20, 0, JSON.stringify({ id: "bad-date", text: "Hôm nay", refDate: "2025-02-30" }));
    const r = await runCli(["extract", "-q", "-"], { input: `${lines.join("\n")}\n` });
    expect(r.code).not.toBe(0);
    const out = rows(r.stdout);
    expect(out.map((x) => x.doc)).toEqual(lines.map((l) => (l.startsWith("{ not") ? null : (JSON.parse(l) as { id: string }).id)));
    const { createExtractor } = await import("../../src/index.js");
    const ex = createExtractor();
    for (const rec of recs) {
      const got = out.find((x) => x.doc === rec.id)!;
      expect(got.spans).toEqual(ex.extract(rec.text, rec.refDate ? { refDate: rec.refDate } : {}).spans);
    }
    expect(out.find((x) => x.doc === "bad-date")!.error).toMatch(/refDate/);
    expect(r.stderr).toMatch(/-:21: .*refDate/);
  });

  it("extract: --workers 2 gives the same bytes as the main thread, order kept across many chunks", async () => {
    // ~700 KB of JSONL: several 256 KB chunks travel to the workers. Only
    // DOCUMENT is asked for, to keep the test quick: it is about order.
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 700_000; i++) {
      const line =
        i % 400 === 7
          ? JSON.stringify({ id: `big${i}`, text: `Theo Quyết định số ${i}/QĐ-UBND, ${"người dân ".repeat(3000)}` })
          : JSON.stringify({ id: `d${i}`, text: `${"Người dân ".repeat(1 + (i % 30))}thực hiện Kế hoạch số ${i}/KH-UBND.` });
      lines.push(line);
      size += line.length + 1;
    }
    const input = `${lines.join("\n")}\n`;
    const args = ["extract", "--types", "DOCUMENT", "-q", "-"];
    const one = await runCli([...args, "--workers", "0"], { input });
    const two = await runCli([...args, "--workers", "2"], { input });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const out = rows(two.stdout);
    expect(out.map((x) => x.doc)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("thucthe extract as a streaming filter", () => {
  it("filter: each JSONL line written to stdin is answered before stdin closes", async () => {
    const { spawn } = await import("node:child_process");
    const { CLI } = await import("./helpers.js");
    const child = spawn(process.execPath, [CLI, "extract", "-q", "--terms", terms, "--workers", "1", "-"], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    const gotLines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no answer within 20 s; got ${JSON.stringify(out)}`)), 20_000);
        const check = () => {
          if (out.split("\n").length > n) {
            clearTimeout(t);
            child.stdout.off("data", onData);
            resolve();
          }
        };
        const onData = (d: Buffer) => {
          out += d.toString("utf8");
          check();
        };
        child.stdout.on("data", onData);
        check();
      });
    child.stdin.write(`${JSON.stringify({ id: "t1", text: "Bộ Công an họp." })}\n`);
    await gotLines(1);
    child.stdin.write(`${JSON.stringify({ id: "t2", text: "Hà Nội mưa." })}\n`);
    await gotLines(2);
    child.stdin.end();
    const code = await new Promise((r) => child.on("close", r));
    expect(code).toBe(0);
    expect(rows(out).map((x) => x.doc)).toEqual(["t1", "t2"]);
  });
});
