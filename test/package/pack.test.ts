import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The published package, as a user gets it: npm pack, install the tarball in a
// fresh project, import it as ESM, require it as CJS, type-check a consumer.
const root = join(__dirname, "..", "..");
let dir = "";

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });

describe("package: the tarball works for ESM, CJS and TypeScript consumers", () => {
  beforeAll(() => {
    if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    dir = mkdtempSync(join(tmpdir(), "thucthe-pack-"));
    run("npm", ["pack", "--silent", "--pack-destination", dir], root);
    const tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, tgz)], dir);
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("imports as ESM and extracts", () => {
    writeFileSync(
      join(dir, "esm.mjs"),
      `import { extract, createExtractor } from "thucthe";
       import { articles } from "thucthe/corpora";
       const doc = extract("Bộ Công an họp hôm nay.", { refDate: "2026-02-19" });
       const ex = createExtractor({ terms: { ORG: ["Sao Mai"] } });
       console.log(JSON.stringify({ ok: typeof doc.text === "string" && Array.isArray(doc.spans), n: articles.length, custom: ex.extract("Sao Mai").spans.length }));`,
    );
    expect(JSON.parse(run("node", ["esm.mjs"], dir))).toEqual({ ok: true, n: 5, custom: 1 });
  });

  it("requires as CJS and extracts", () => {
    writeFileSync(
      join(dir, "cjs.cjs"),
      `const { extract } = require("thucthe");
       const { articles } = require("thucthe/corpora");
       const doc = extract("Bộ Công an họp hôm nay.");
       console.log(JSON.stringify({ ok: Array.isArray(doc.spans), n: articles.length }));`,
    );
    expect(JSON.parse(run("node", ["cjs.cjs"], dir))).toEqual({ ok: true, n: 5 });
  });

  it("type-checks a consumer against the shipped .d.ts", () => {
    writeFileSync(
      join(dir, "consumer.ts"),
      `import { extract, type Span, type DateSpan, type OfficialSpan } from "thucthe";
       import { articles, score } from "thucthe/corpora";
       const doc = extract("Thứ trưởng Lương Tam Quang", { types: ["OFFICIAL", "DATE"], refDate: "2026-02-19" });
       for (const s of doc.spans as Span[]) {
         if (s.type === "DATE") { const v: string | null = (s as DateSpan).value; void v; }
         if (s.type === "OFFICIAL") { const t: string[] = (s as OfficialSpan).titles.map((x) => x.title); void t; }
       }
       const r = score((text) => extract(text).spans);
       const f: number = r.micro.exact.f1; void f; void articles;
       // @ts-expect-error: unknown type names are rejected at compile time
       extract("x", { types: ["PLACE"] });
       `,
    );
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["consumer.ts"] }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    expect(() => run("node", [tsc, "-p", "tsconfig.json"], dir)).not.toThrow();
  });

  it("the CLI binary runs from the installed package", () => {
    const out = run("node", [join(dir, "node_modules", "thucthe", "bin", "thucthe.cjs"), "--help"], dir);
    expect(out).toMatch(/thucthe/);
  });
});
