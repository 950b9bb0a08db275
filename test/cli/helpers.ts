/**
 * Test helpers for the command line: the built CLI (dist/cli.cjs, built
 * once if missing), a runner, temporary directories, and system tools
 * installed on demand (GNU parallel, chromium) when the machine lacks them.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(ROOT, "bin", "thucthe.cjs");

/** Build dist/ with tsup when the CLI bundle is missing (npm test builds first, so this is for single-folder runs). */
export function ensureBuilt(): void {
  const cli = join(ROOT, "dist", "cli.cjs");
  const ok = () => existsSync(cli) && existsSync(join(ROOT, "dist", "worker.cjs")) && !readFileSync(cli, "utf8").includes("CLI not built yet");
  if (ok()) return;
  const lock = join(ROOT, "dist", ".build-lock");
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (ok()) return;
      spawnSync("sleep", ["0.5"]);
    }
  }
  try {
    if (!ok()) {
      const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    try {
      rmdirSync(lock);
    } catch {
      /* gone */
    }
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `thucthe ARGS` with optional stdin, waiting for it to finish. An
 * extract without --workers gets one worker: the tests' inputs are small and
 * each worker thread loads the lexicons (the test suite runs files in parallel).
 */
export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  if (args[0] === "extract" && !args.some((a) => a === "-j" || a.startsWith("--workers"))) args = [...args, "--workers", "1"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {});
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export function tempDir(prefix = "thucthe-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** JSONL text → parsed rows. */
export function rows(jsonl: string): Array<Record<string, unknown>> {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * Make sure a system command exists, installing its Debian package with
 * apt-get when missing (idempotent; root only). Returns null when ready, or
 * the reason it cannot be had (the test then skips, saying so).
 */
export function ensureCommand(command: string, pkg = command): string | null {
  if (which(command)) return null;
  const r = spawnSync("bash", [join(ROOT, "scripts", "ensure-browser.sh"), pkg], { encoding: "utf8", timeout: 540_000 });
  if (which(command)) return null;
  return `${command} is not installed and could not be installed with apt-get (${(r.stderr || r.stdout || "").trim().split("\n").slice(-2).join(" ")})`;
}

export function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(":")) {
    const p = join(dir, command);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** A sentence factory: small Vietnamese texts of our own, with custom terms the tests pass in. */
export const TERMS_TSV = "# type: ORG\nBộ Công an\nSở Y tế\n# type: LOC\nHà Nội\nĐà Nẵng\n";
