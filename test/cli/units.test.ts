import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { globBase, globToRegExp, isGlob } from "../../src/cli/glob.js";
import { decodeUtf8, firstInvalidByte } from "../../src/cli/utf8.js";
import { Progress } from "../../src/cli/progress.js";
import { readTerms } from "../../src/cli/terms.js";
import { safeName } from "../../src/cli/job.js";
import { parseArgs } from "../../src/cli/args.js";
import { tempDir } from "./helpers.js";

describe("CLI building blocks", () => {
  it("glob: * stays in one folder, ** crosses folders, {a,b} and [..] choose", () => {
    expect(isGlob("a/*.txt")).toBe(true);
    expect(isGlob("a/b.txt")).toBe(false);
    expect(globBase("news/2026/**/*.txt")).toBe("news/2026");
    expect(globBase("*.txt")).toBe(".");
    const re = globToRegExp("news/**/*.{txt,jsonl}");
    expect(["news/a.txt", "news/x/y/b.jsonl"].every((p) => re.test(p))).toBe(true);
    expect(["news/a.md", "other/a.txt"].some((p) => re.test(p))).toBe(false);
    expect(globToRegExp("a/*.txt").test("a/b/c.txt")).toBe(false);
    expect(globToRegExp("bai-[0-2].txt").test("bai-1.txt")).toBe(true);
    expect(globToRegExp("bai-[!0-2].txt").test("bai-1.txt")).toBe(false);
    expect(globToRegExp("a+b(1).txt").test("a+b(1).txt")).toBe(true);
  });

  it("utf8: the first bad byte and its line are found; overlong forms and surrogates are bad", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFHà Nội"))).toEqual({ ok: true, text: "Hà Nội" });
    const bad = decodeUtf8(Buffer.concat([Buffer.from("a\nb\n"), Buffer.from([0xc3, 0x28])]), 10);
    expect(bad).toMatchObject({ ok: false, byte: 4, line: 12 });
    expect(firstInvalidByte(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidByte(Buffer.from([0xe1, 0xbb]))).toBe(0); // cut short
    expect(firstInvalidByte(Buffer.from("ổn 😀"))).toBe(Buffer.byteLength("ổn 😀"));
  });

  it("progress: shows documents, MB/s, a bar and the ETA on a terminal; nothing otherwise", () => {
    let shown = "";
    const fake = { write: (s: string) => ((shown += s), true) } as unknown as NodeJS.WriteStream;
    const p = new Progress(true, fake);
    p.setTotal(4_000_000);
    p.tick(10, 1_000_000);
    expect(shown).toMatch(/\[#{6}-{18}\]\s+25%\s+10 docs\s+[\d.]+ MB\/s\s+ETA \d+:\d\d/);
    p.clear();
    expect(shown.endsWith("\r\x1b[K")).toBe(true);
    let quiet = "";
    new Progress(false, { write: (s: string) => ((quiet += s), true) } as unknown as NodeJS.WriteStream).tick(5, 100);
    expect(quiet).toBe("");
  });

  it("terms: TYPE columns and '# type:' headers both give terms, in NFC", () => {
    const f = join(tempDir(), "t.tsv");
    writeFileSync(f, `# my list\nCông ty Sao Mai\tORG\n# type: LOC\n${"Hồ Gươm".normalize("NFD")}\n\nPhố Huế\n`);
    expect(readTerms(f)).toEqual({ ORG: ["Công ty Sao Mai"], LOC: ["Hồ Gươm", "Phố Huế"] });
  });

  it("names: a document id becomes a safe relative path, never leaving the output folder", () => {
    expect(safeName("2026/bài-1")).toBe("2026/bài-1");
    expect(safeName("../../etc/passwd")).toBe("etc/passwd");
    expect(safeName("a b:c")).toBe("a%20b%3Ac");
    expect(safeName("")).toBe("_");
  });

  it("args: long, short, = forms, repeats and -- are understood", () => {
    const p = parseArgs(["-f", "conll", "--terms=a.tsv", "--terms", "b.tsv", "-q", "x.txt", "--", "--odd"], [
      { name: "format", short: "f", value: true },
      { name: "terms", value: true, repeat: true },
      { name: "quiet", short: "q" },
    ], "extract");
    expect(p.opts.get("format")).toEqual(["conll"]);
    expect(p.opts.get("terms")).toEqual(["a.tsv", "b.tsv"]);
    expect(p.opts.get("quiet")).toBe(true);
    expect(p.positionals).toEqual(["x.txt", "--odd"]);
  });
});
