// Side by side: thucthe's DATE recognizer and chrono-node's Vietnamese parser
// on the same test set (test/fixtures/date-cases.ts), accuracy per class.
//   npx tsx scripts/date-vs-chrono.ts [--misses]
// A case is right when the expected span is found with its exact text and
// ISO value (for "not a date" cases: when nothing is found). chrono's
// results are read at the precision it marks as certain, as ISO values;
// the UTC offset is compared only when the expected value has one.
import * as chrono from "chrono-node";
import { extract } from "../src/index.js";
import { DATE_CASES, REF_DATE, type DateCase, type DateClass } from "../test/fixtures/date-cases.js";

type ChronoComponents = { get(c: string): number | null; isCertain(c: string): boolean };
type ChronoResult = { text: string; start: ChronoComponents; end?: ChronoComponents | null };
const vi = (chrono as unknown as { vi: { parse(text: string, ref: Date): ChronoResult[] } }).vi;

const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, "0");

function chronoPoint(c: ChronoComponents): string {
  const y = c.get("year");
  let v = pad(y, 4);
  if (!c.isCertain("month") && !c.isCertain("day")) return c.isCertain("year") ? v : `${v}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
  v += `-${pad(c.get("month"))}`;
  if (!c.isCertain("day") && !c.isCertain("weekday")) return v;
  v += `-${pad(c.get("day"))}`;
  if (c.isCertain("hour")) v += `T${pad(c.get("hour"))}:${pad(c.get("minute"))}`;
  return v;
}

function chronoValue(r: ChronoResult): string {
  const a = chronoPoint(r.start);
  return r.end ? `${a}/${chronoPoint(r.end)}` : a;
}

const stripZone = (v: string | null) => (v ?? "").replace(/([+-]\d\d:\d\d)(?=\/|$)/g, "");

function thuctheRight(c: DateCase): boolean {
  const spans = extract(c.sentence, { refDate: REF_DATE, types: ["DATE"] }).spans as Array<{ text: string; value: string | null }>;
  if (c.text === null) return spans.length === 0;
  return spans.some((s) => s.text === c.text && s.value === c.value);
}

/** Strict: exact span text and value. Lenient: any result with the right value, whatever its extent. */
function chronoRight(c: DateCase, lenient = false): boolean {
  // Noon of the reference day in Vietnam.
  const ref = new Date(`${REF_DATE}T12:00:00+07:00`);
  let results: ChronoResult[];
  try {
    results = vi.parse(c.sentence, ref);
  } catch {
    results = [];
  }
  if (c.text === null) return results.length === 0;
  const want = c.value!.includes("+") ? c.value! : stripZone(c.value);
  return results.some((r) => (lenient || r.text.trim() === c.text) && (chronoValue(r) === want || stripZone(chronoValue(r)) === stripZone(want)));
}

const classes = [...new Set(DATE_CASES.map((c) => c.cls))] as DateClass[];
const showMisses = process.argv.includes("--misses");
let totalT = 0;
let totalC = 0;
let totalL = 0;
const rows: string[] = [];
const misses: string[] = [];
for (const cls of classes) {
  const cases = DATE_CASES.filter((c) => c.cls === cls);
  let t = 0;
  let ch = 0;
  let len = 0;
  for (const c of cases) {
    if (chronoRight(c, true)) len++;
    const okT = thuctheRight(c);
    const okC = chronoRight(c);
    if (okT) t++;
    if (okC) ch++;
    if (!okT) misses.push(`  thucthe miss [${cls}] ${c.sentence} → expected ${c.text ?? "(nothing)"} = ${c.value}`);
  }
  totalT += t;
  totalC += ch;
  totalL += len;
  const flag = t < ch ? "  <-- thucthe behind: a bug" : "";
  rows.push(`${cls.padEnd(14)} ${String(cases.length).padStart(5)}   ${((100 * t) / cases.length).toFixed(1).padStart(6)}%   ${((100 * ch) / cases.length).toFixed(1).padStart(6)}%   ${((100 * len) / cases.length).toFixed(1).padStart(6)}%${flag}`);
}
console.log(`Date test set: ${DATE_CASES.length} expressions, reference date ${REF_DATE}\n`);
console.log("class          cases   thucthe   chrono-vi   chrono-vi (value only, any extent)");
console.log("-------------  -----   -------   ---------   -------");
for (const r of rows) console.log(r);
console.log("-------------  -----   -------   ---------   -------");
const pct = (n: number) => `${((100 * n) / DATE_CASES.length).toFixed(1).padStart(6)}%`;
console.log(`${"all".padEnd(14)} ${String(DATE_CASES.length).padStart(5)}   ${pct(totalT)}   ${pct(totalC)}   ${pct(totalL)}`);
if (showMisses && misses.length) console.log(`\n${misses.join("\n")}`);
