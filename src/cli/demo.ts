import { createExtractor, type Span } from "../index.js";
import { articles } from "../corpora/index.js";

/**
 * The main job on the bundled corpus: each article's entities as a table,
 * then the eval scores.
 */
export async function runDemo(argv: string[]): Promise<number> {
  const color = process.stdout.isTTY && !argv.includes("--no-color");
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const extractor = createExtractor();
  for (const a of articles) {
    const doc = extractor.extract(a.text);
    const firstLine = a.text.split("\n").find((l) => l.trim().length > 30)?.trim() ?? "";
    process.stdout.write(`\n${bold(`━━ ${a.id}`)}  ${dim(firstLine.slice(0, 90))}\n`);
    process.stdout.write(dim(`refDate ${doc.refDate ?? "none"} (${doc.refDateSource ?? "no dateline"}), ${doc.spans.length} spans\n`));
    process.stdout.write(`${"offsets".padEnd(11)} ${"type".padEnd(9)} ${"text".padEnd(60)} details\n`);
    for (const s of doc.spans) {
      const indent = s.parent !== undefined ? "  └ " : "";
      const text = (indent + s.text.replace(/\s+/g, " ")).slice(0, 60);
      process.stdout.write(`${`${s.start}-${s.end}`.padEnd(11)} ${s.type.padEnd(9)} ${text.padEnd(60)} ${dim(details(s))}\n`);
    }
  }
  process.stdout.write(`\n${bold("Scores on the bundled gold")} (thucthe eval corpora/articles)\n`);
  const { score, formatReport } = await import("../corpora/index.js");
  process.stdout.write(formatReport(score((text) => extractor.extract(text).spans)) + "\n");
  return 0;
}

function details(s: Span): string {
  switch (s.type) {
    case "DATE":
      return `value=${s.value ?? "null"}${s.partOfDay ? ` ${s.partOfDay}` : ""}`;
    case "OFFICIAL":
      return `${s.entityId ? `id=${s.entityId} ` : ""}person=${s.person ?? "-"} rank=${s.rank ?? "-"} titles=[${s.titles.map((t) => t.text).join("; ")}]`;
    default:
      return s.entityId ? `id=${s.entityId}` : "";
  }
}
