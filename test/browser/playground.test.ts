import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { ROOT, tempDir } from "../cli/helpers.js";
import { launch } from "./chromium.js";

let browser: Browser | null = null;
let page = "";

beforeAll(async () => {
  page = join(tempDir("thucthe-playground-"), "playground.html");
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build-playground.mjs"), "--out", page], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build-playground failed: ${r.stderr}`);
  const b = await launch();
  if (typeof b === "string") console.warn(`SKIPPED playground browser test: ${b}`);
  else browser = b;
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe("playground in headless Chromium", () => {
  it("playground: typing a sentence highlights its OFFICIAL, ORG and DATE live, with no network", async (ctx) => {
    if (!browser) ctx.skip();
    const p = await browser!.newPage();
    const requests: string[] = [];
    p.on("request", (req) => {
      if (!req.url().startsWith("file:")) requests.push(req.url());
    });
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(pathToFileURL(page).href);
    await p.locator("#ref-date").fill("2026-02-19");
    await p.locator("#input").pressSequentially("Ngày 19/02/2026, Thứ trưởng Bộ Tài chính Trần Văn Hùng đã làm việc với Ngân hàng Nhà nước Việt Nam.", { delay: 2 });
    await expect.poll(() => p.locator("#view mark.e-OFFICIAL").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await p.locator("#view mark.e-ORG").count()).toBeGreaterThan(0);
    expect(await p.locator("#view mark.e-DATE").count()).toBeGreaterThan(0);
    expect(await p.locator("#view mark.e-DATE").first().getAttribute("data-tip")).toContain("value: 2026-02-19");
    expect(await p.locator("#status").textContent()).toMatch(/\d+ spans in/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await p.close();
  });
});
