/**
 * The `thucthe` command: dispatches to extract, eval and demo.
 * Exit codes: 0 done, 1 some input failed, 2 wrong usage.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runExtract } from "./extract.js";
import { runEval } from "./eval.js";
import { runDemo } from "./demo.js";
import { MAIN_HELP } from "./help.js";

function version(): string {
  try {
    const here = typeof __dirname === "string" ? __dirname : process.cwd();
    return (JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "extract":
      return runExtract(rest);
    case "eval":
      return runEval(rest);
    case "demo":
      return runDemo(rest);
    case undefined:
    case "-h":
    case "--help":
    case "help":
      process.stdout.write(MAIN_HELP);
      return cmd === undefined ? 2 : 0;
    case "-v":
    case "--version":
      process.stdout.write(`thucthe ${version()}\n`);
      return 0;
    default:
      process.stderr.write(`thucthe: unknown command ${JSON.stringify(cmd)}; use extract, eval or demo (see "thucthe --help")\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`thucthe: unexpected error (please report): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
