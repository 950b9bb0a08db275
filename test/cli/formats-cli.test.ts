import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readBrat } from "../../src/formats/brat.js";
import { readConll } from "../../src/formats/conll.js";
import type { Span } from "../../src/doc.js";
import { ensureBuilt, ROOT, rows, runCli, tempDir, TERMS_TSV } from "./helpers.js";

const corpus = join(ROOT, "corpora", "articles");
let dir: string;
let terms: string;
let jsonl: Map<string, Span[]>;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  terms = join(dir, "terms.tsv");
  writeFileSync(terms, TERMS_TSV);
  const r = await runCli(["extract", "-q", "--terms", terms, corpus]);
  expect(r.code).toBe(0);
  jsonl = new Map(rows(r.stdout).map((x) => [x.doc as string, x.spans as Span[]]));
});

const texts = () => new Map(readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => [f.slice(0, -4), readFileSync(join(corpus, f), "utf8")]));

describe("thucthe extract formats on the bundled corpus", () => {
  it("brat: --out DIR gets .txt, .ann and annotation.conf; the .ann reads back to the JSONL spans, nested parts included", async () => {
    const out = join(dir, "brat");
    const r = await runCli(["extract", "-q", "--terms", terms, "-f", "brat", "--out", out, corpus]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toContain("annotation.conf");
    for (const [doc, text] of texts()) {
      expect(readFileSync(join(out, `${doc}.txt`), "utf8")).toBe(text);
      const back = readBrat(readFileSync(join(out, `${doc}.ann`), "utf8"), text);
      const want = jsonl.get(doc)!;
      expect(back.map(({ type, start, end, parent }) => ({ type, start, end, parent }))).toEqual(
        want.map(({ type, start, end, parent }) => ({ type, start, end, parent })),
      );
      expect(back).toEqual(want.map((s) => expect.objectContaining(s) as unknown));
    }
  });

  it("conll: the CoNLL output reads back to the outermost JSONL spans", async () => {
    const r = await runCli(["extract", "-q", "--terms", terms, "-f", "conll", corpus]);
    expect(r.code).toBe(0);
    const docs = readConll(r.stdout, texts());
    expect(docs.map((d) => d.doc)).toEqual([...jsonl.keys()]);
    for (const d of docs) {
      const outer = jsonl.get(d.doc!)!.filter((s) => s.parent === undefined).map(({ type, start, end, text }) => ({ type, start, end, text }));
      expect(d.spans).toEqual(outer);
    }
  });

  it("html: --out FILE is one page with a section per document and a mark per outermost span", async () => {
    const out = join(dir, "view.html");
    const r = await runCli(["extract", "-q", "--terms", terms, "-f", "html", "--out", out, corpus]);
    expect(r.code).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page.trimEnd().endsWith("</html>")).toBe(true);
    expect(page.match(/<section class="doc"/g)).toHaveLength(jsonl.size);
    const spans = [...jsonl.values()].flat();
    expect(page.match(/<mark class="e /g)).toHaveLength(spans.length);
  });
});
