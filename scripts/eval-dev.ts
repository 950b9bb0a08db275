// Development eval: scores the source tree (not dist) on corpora/articles.
//   npx tsx scripts/eval-dev.ts [--type DATE[,ORG]] [--errors 40] [--gold-refdate] [--variant nodiacritics] [--json]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/index.js";
import { scoreDocuments, formatReport, type GoldDoc } from "../src/eval/score.js";
import { transformGold, type Variant } from "../src/eval/variants.js";
import type { EntityType } from "../src/doc.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt("--dir") ?? "corpora/articles";
const types = opt("--type")?.split(",") as EntityType[] | undefined;
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()
  .map((f) => {
    let gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldDoc;
    let text = readFileSync(join(dir, f.replace(/\.gold\.json$/, ".txt")), "utf8");
    const variant = (opt("--variant") ?? "none") as Variant;
    if (variant !== "none") ({ gold, text } = transformGold(gold, text, variant));
    const doc = extract(text, args.includes("--gold-refdate") ? { refDate: gold.refDate } : {});
    return { gold, text, predicted: doc.spans };
  });
const report = scoreDocuments(docs);
if (args.includes("--json")) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, { errors: Number(opt("--errors") ?? 0), ...(types ? { types } : {}) }));
