import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { createExtractor } from "../index.js";
import { ENTITY_TYPES, type EntityType } from "../doc.js";
import { scoreDocuments, formatReport, type GoldDoc } from "../eval/score.js";
import { VARIANTS, transformGold, type Variant } from "../eval/variants.js";

export const EVAL_HELP = `thucthe eval DIR [options]

Scores thucthe (or your own predictions) against the gold files in DIR:
every <doc>.gold.json beside its <doc>.txt. Prints precision, recall and F1
per type (exact and partial match), micro averages, DATE value accuracy and
OFFICIAL record accuracy, as ANNOTATION.md's Scoring section defines them.

Options:
  --json              print the report as JSON
  --errors N          list the first N misses, false alarms, wrong values and records
  --types T1,T2       only these types in the table and error list
  --pred FILE.jsonl   score these predictions ({"doc", "spans"} per line) instead of running thucthe
  --gold-refdate      pass each gold file's refDate to thucthe (default: thucthe finds it)
  --variant V         score on a transformed copy of the texts, offsets moved with them:
                      none | nodiacritics | upper | nfd | tone (the other tone placement)
  -h, --help          this help

Examples:
  thucthe eval corpora/articles
  thucthe eval corpora/articles --errors 30 --types DATE
  thucthe eval corpora/articles --variant nodiacritics
  thucthe extract --format jsonl my-gold/*.txt > pred.jsonl && thucthe eval my-gold --pred pred.jsonl
`;

function fail(msg: string): number {
  process.stderr.write(`thucthe eval: ${msg}\n`);
  return 2;
}

export async function runEval(argv: string[]): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  let dir: string | undefined;
  let json = false;
  let errors = 0;
  let types: EntityType[] | undefined;
  let predFile: string | undefined;
  let goldRef = false;
  let variant: Variant = "none";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--json") json = true;
      else if (a === "--errors") errors = Number(val());
      else if (a === "--types") types = val().split(",").map((t) => t.trim().toUpperCase()) as EntityType[];
      else if (a === "--pred") predFile = val();
      else if (a === "--gold-refdate") goldRef = true;
      else if (a === "--variant") {
        const v = val();
        if (!(VARIANTS as readonly string[]).includes(v)) return fail(`unknown variant "${v}"; use one of ${VARIANTS.join(", ")}`);
        variant = v as Variant;
      }
      else if (a.startsWith("-")) return fail(`unknown option ${a}; see thucthe eval --help`);
      else if (dir === undefined) dir = a;
      else return fail(`one gold folder at a time, got "${dir}" and "${a}"`);
    } catch (e) {
      return fail((e as Error).message);
    }
  }
  if (!dir) return fail("which gold folder? e.g. thucthe eval corpora/articles");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return fail(`"${dir}" is not a folder`);
  if (!Number.isFinite(errors) || errors < 0) return fail("--errors takes a number, e.g. --errors 20");
  if (types) {
    const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
    if (bad.length) return fail(`unknown type ${bad.join(", ")}; types are ${ENTITY_TYPES.join(", ")}`);
  }
  const goldFiles = readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort();
  if (goldFiles.length === 0) return fail(`no *.gold.json files in "${dir}"`);

  let predictions: Map<string, unknown[]> | null = null;
  if (predFile) {
    predictions = new Map();
    const lines = readFileSync(predFile, "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      try {
        const row = JSON.parse(line) as { doc?: string; id?: string; spans?: unknown[] };
        const id = String(row.doc ?? row.id ?? "").replace(/\.txt$/, "");
        predictions.set(basename(id), row.spans ?? []);
      } catch {
        return fail(`${predFile}:${i + 1}: not a JSON line; expected {"doc": …, "spans": […]}`);
      }
    }
  }

  const extractor = createExtractor();
  const docs = [];
  let problems = 0;
  for (const f of goldFiles) {
    const id = f.slice(0, -".gold.json".length);
    const txtPath = join(dir, `${id}.txt`);
    let gold: GoldDoc;
    let text: string;
    try {
      gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldDoc;
      text = readFileSync(txtPath, "utf8");
    } catch (e) {
      process.stderr.write(`thucthe eval: ${join(dir, f)}: cannot read it or its .txt (${(e as Error).message}); skipped\n`);
      problems++;
      continue;
    }
    if (variant !== "none") ({ gold, text } = transformGold(gold, text, variant));
    const predicted = predictions
      ? ((predictions.get(id) ?? []) as never[])
      : extractor.extract(text, goldRef ? { refDate: gold.refDate } : {}).spans;
    docs.push({ gold, text, predicted });
  }
  const report = scoreDocuments(docs);
  if (json) process.stdout.write(JSON.stringify(types ? { ...report, errors: report.errors.filter((e) => types!.includes(e.type)).slice(0, errors || undefined) } : { ...report, errors: errors ? report.errors.slice(0, errors) : report.errors }, null, 2) + "\n");
  else process.stdout.write(formatReport(report, { errors, ...(types ? { types } : {}) }) + "\n");
  return problems ? 1 : 0;
}
