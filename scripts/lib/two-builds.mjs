// What the scripts that compare this build with another checkout's share
// (bench-side-by-side.mjs, bench-cold.mjs): the command line's checkout,
// both builds' entry files, and a usage error when either is missing.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const root = join(fileURLToPath(import.meta.url), "..", "..", "..");

/** The command line's arguments, and the value after `--name` (else `dflt`). */
export const args = process.argv.slice(2);
export const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

/** A checkout's built package entry. */
export const entry = (dir) => join(dir, "dist", "index.js");

/**
 * The two builds' entry files, { here, other }, and the other checkout's
 * folder, `otherDir`, from the first argument
 * (OTHER_CHECKOUT). Exits with 2 and says what to do when either build is
 * missing; `usage` is the rest of the script's usage line.
 */
export function twoBuilds(script, usage) {
  const other = args[0] && !args[0].startsWith("--") ? resolve(args[0]) : null;
  if (!other || !existsSync(entry(other))) {
    console.error(`usage: node scripts/${script} OTHER_CHECKOUT ${usage}  (OTHER_CHECKOUT/dist/index.js must exist: build it first)`);
    process.exit(2);
  }
  if (!existsSync(entry(root))) {
    console.error(`${script.replace(/\.mjs$/, "")}: dist/index.js is missing here; run \`npm run build\` first`);
    process.exit(2);
  }
  return { here: entry(root), other: entry(other), otherDir: other };
}
