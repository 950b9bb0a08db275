import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor, defaultRecognizers, extractMany, OptionError, type Recognizer } from "../../src/index.js";
import { transformText, VARIANTS } from "../../src/eval/variants.js";

// extractMany runs each recognizer over a batch of texts before the next
// one (for the processor's caches): its Docs must be exactly those of
// extract on each text alone, whatever the batch's mix of lengths and
// writing, including the token objects it reuses between texts.
const dir = "corpora/articles";
const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const paragraphs = articles.flatMap((a) => a.split(/\n\s*\n/)).filter((p) => p.trim());

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
/** Texts of one to thirty paragraphs, in every variant of writing, shuffled. */
function mixedTexts(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 30);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(paragraphs[Math.floor(rand() * paragraphs.length)]!);
    out.push(transformText(parts.join("\n\n"), VARIANTS[Math.floor(rand() * VARIANTS.length)]!).text);
  }
  return out;
}

describe("extractMany", () => {
  it("gives each text the Doc that extract gives it alone", () => {
    const texts = mixedTexts(80); // several batches of 128K code units
    const alone = createExtractor({ refDate: "2026-02-19" });
    const expected = texts.map((t) => alone.extract(t));
    expect(createExtractor({ refDate: "2026-02-19" }).extractMany(texts)).toEqual(expected);
    // Twice on the same extractor: the reused tokens change nothing.
    const again = createExtractor({ refDate: "2026-02-19" });
    again.extractMany(texts.slice(60));
    expect(again.extractMany(texts)).toEqual(expected);
  });

  it("keeps each text's reference date: its own, the options', or its dateline's", () => {
    const ex = createExtractor();
    const items = [
      { text: "Hà Nội, ngày 3/4/2025. Hôm nay Bộ Công an họp.", refDate: null },
      "TP.HCM, ngày 19/2/2026 - Hôm nay Bộ Ngoại giao họp.",
      { text: "Hôm nay Bộ Công an họp.", refDate: "2024-05-06" },
      "Hôm nay Bộ Công an họp.",
    ];
    const docs = ex.extractMany(items, { refDate: "2020-01-02" });
    expect(docs.map((d) => [d.refDate, d.refDateSource])).toEqual([
      [null, null],
      ["2020-01-02", "option"],
      ["2024-05-06", "option"],
      ["2020-01-02", "option"],
    ]);
    const bare = ex.extractMany(["TP.HCM, ngày 19/2/2026 - Hôm nay Bộ Ngoại giao họp.", "Hôm nay Bộ Công an họp."]);
    expect(bare.map((d) => [d.refDate, d.refDateSource])).toEqual([
      ["2026-02-19", "dateline"],
      [null, null],
    ]);
    expect(bare[0]).toEqual(ex.extract("TP.HCM, ngày 19/2/2026 - Hôm nay Bộ Ngoại giao họp."));
  });

  it("asks only for the types given, as extract does", () => {
    const texts = mixedTexts(10);
    const ex = createExtractor({ refDate: "2026-02-19" });
    expect(ex.extractMany(texts, { types: ["DATE", "PERSON"] })).toEqual(texts.map((t) => ex.extract(t, { types: ["DATE", "PERSON"] })));
  });

  it("works with a caller's recognizers (which get fresh tokens) and the default extractor", () => {
    const seen: string[] = [];
    const spy: Recognizer = { name: "spy", types: ["PERSON"], recognize: (ctx) => (seen.push(ctx.tokens[0]?.text ?? ""), []) };
    const ex = createExtractor({ recognizers: [...defaultRecognizers, spy], refDate: "2026-02-19" });
    const texts = ["Bộ Công an", "Hà Nội", ""];
    expect(ex.extractMany(texts)).toEqual(texts.map((t) => ex.extract(t)));
    expect(seen.slice(0, 3)).toEqual(["Bộ", "Hà", ""]);
    expect(extractMany(["Bộ Công an"])[0]!.spans.map((s) => s.text)).toEqual(["Bộ Công an"]);
    expect(extractMany([])).toEqual([]);
  });

  it("a text longer than a batch is a batch of its own", () => {
    const long = paragraphs.join("\n\n").repeat(2).slice(0, 300_000);
    const ex = createExtractor({ refDate: "2026-02-19" });
    const [a, b, c] = ex.extractMany(["Bộ Công an", long, "Hà Nội"]);
    expect(b).toEqual(createExtractor({ refDate: "2026-02-19" }).extract(long));
    expect([a!.spans[0]!.text, c!.spans[0]!.text]).toEqual(["Bộ Công an", "Hà Nội"]);
  });

  it("takes texts together up to batchChars code units: the order of recognizer calls shows the batches", () => {
    const calls: string[] = [];
    const spy = (name: string): Recognizer => ({ name, types: ["PERSON"], recognize: (ctx) => (calls.push(`${name}:${ctx.text}`), []) });
    const texts = ["aaaa", "bbbb", "cccc"];
    const order = (batchChars?: number) => {
      calls.length = 0;
      createExtractor({ recognizers: [spy("A"), spy("B")], batchChars }).extractMany(texts);
      return calls.join(" ");
    };
    // Default: one batch, so A runs over every text before B.
    expect(order()).toBe("A:aaaa A:bbbb A:cccc B:aaaa B:bbbb B:cccc");
    // 8 code units: two texts, then the third alone.
    expect(order(8)).toBe("A:aaaa A:bbbb B:aaaa B:bbbb A:cccc B:cccc");
    // 1: each text is a batch of its own (never an empty batch).
    expect(order(1)).toBe("A:aaaa B:aaaa A:bbbb B:bbbb A:cccc B:cccc");
    // Whatever the batches, the Docs are extract's.
    const mixed = mixedTexts(12);
    const alone = createExtractor({ refDate: "2026-02-19" });
    const expected = mixed.map((t) => alone.extract(t));
    for (const batchChars of [1, 5000, 40_000]) expect(createExtractor({ refDate: "2026-02-19", batchChars }).extractMany(mixed)).toEqual(expected);
  });

  it("rejects a batchChars that is not a positive integer", () => {
    for (const bad of [0, -5, 1.5, Number.NaN, "32768"]) {
      expect(() => createExtractor({ batchChars: bad as never })).toThrow(OptionError);
    }
    expect(() => createExtractor({ batchChars: 0 })).toThrow(/batchChars should be a positive integer/);
  });

  it("rejects a bad item before any work, naming it", () => {
    const ex = createExtractor();
    expect(() => ex.extractMany(["Hà Nội", 42 as never])).toThrow(/texts\[1\] should be a string or \{ text, refDate\? \}, got number/);
    expect(() => ex.extractMany([{ text: "Hà Nội", refDate: "2026-13-01" }])).toThrow(OptionError);
    expect(() => ex.extractMany([{ text: "Hà Nội", refDate: "2026-13-01" }])).toThrow(/texts\[0\]: refDate/);
    expect(() => ex.extractMany("Hà Nội" as never)).toThrow(/expects an array/);
  });
});
