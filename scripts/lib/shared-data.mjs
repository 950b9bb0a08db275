// What the dictionary import scripts share: where the project and
// ../shared/data are, and reading a shared TSV file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const root = join(fileURLToPath(import.meta.url), "..", "..", "..");

/** The shared data folder: the script's first argument, else ../shared/data beside the project. */
export const dataDir = process.argv[2] ?? join(root, "..", "shared", "data");

/** Rows of a shared TSV (NFC, blank lines skipped) as objects keyed by its header, cells trimmed. */
export function readTsv(name) {
  const lines = readFileSync(join(dataDir, name), "utf8").normalize("NFC").split("\n").filter((l) => l.trim() !== "");
  const head = lines[0].split("\t");
  return lines.slice(1).map((l) => {
    const cells = l.split("\t");
    return Object.fromEntries(head.map((h, i) => [h, (cells[i] ?? "").trim()]));
  });
}
