import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { renderHtml } from "../../src/formats/html.js";
import { sample } from "../formats/fixtures.js";
import { ensureBuilt, ROOT, runCli, tempDir, TERMS_TSV } from "../cli/helpers.js";
import { launch } from "./chromium.js";

let browser: Browser | null = null;
let why = "";
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("thucthe-html-");
  const b = await launch();
  if (typeof b === "string") {
    why = b;
    console.warn(`SKIPPED browser tests of the HTML view: ${why}`);
  } else browser = b;
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

async function open(file: string): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(/^(?!file:)/, (route) => route.abort()); // the page must need no network
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe("HTML view in headless Chromium", () => {
  it("html view: the bundled corpus page shows marks, a legend and a side panel beside the text, without overflow", async (ctx) => {
    if (!browser) ctx.skip();
    const terms = join(dir, "terms.tsv");
    writeFileSync(terms, TERMS_TSV);
    const out = join(dir, "corpus.html");
    const r = await runCli(["extract", "-q", "--terms", terms, "--format", "html", "--out", out, join(ROOT, "corpora", "articles")]);
    expect(r.code).toBe(0);
    const page = await open(out);
    const info = await page.evaluate(() => {
      const sections = Array.from(document.querySelectorAll("section.doc"));
      const boxes = sections.map((s) => {
        const t = s.querySelector(".text")!.getBoundingClientRect();
        const p = s.querySelector("aside.panel")!.getBoundingClientRect();
        return { textRight: t.right, panelLeft: p.left, textWidth: t.width, panelWidth: p.width };
      });
      return {
        sections: sections.length,
        marks: document.querySelectorAll("mark.e").length,
        orgMarks: document.querySelectorAll("mark.e-ORG").length,
        legend: document.querySelectorAll(".legend li").length,
        groups: document.querySelectorAll("aside.panel li.group").length,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        boxes,
      };
    });
    expect(info.sections).toBe(5);
    expect(info.orgMarks).toBeGreaterThan(0);
    expect(info.legend).toBe(9);
    expect(info.groups).toBeGreaterThan(0);
    expect(info.overflow).toBeLessThanOrEqual(0);
    for (const b of info.boxes) {
      expect(b.panelLeft).toBeGreaterThanOrEqual(b.textRight - 1);
      expect(b.textWidth).toBeGreaterThan(500);
      expect(b.panelWidth).toBeGreaterThan(200);
    }
    await page.close();
  });

  it("html view: OFFICIAL parts are visible inside their OFFICIAL and hover shows the DATE value and the record", async (ctx) => {
    if (!browser) ctx.skip();
    const file = join(dir, "sample.html");
    writeFileSync(file, renderHtml([{ id: "sample", doc: sample }]));
    const page = await open(file);
    expect(await page.locator("mark.e-OFFICIAL mark.e-PERSON").count()).toBe(1);
    expect(await page.locator('.legend li[data-type="LOC"] b').textContent()).toBe("1");
    expect(await page.locator("mark.e-OFFICIAL mark.e-ORG").count()).toBe(1);
    const person = await page.locator("mark.e-PERSON").boundingBox();
    const official = await page.locator("mark.e-OFFICIAL").first().boundingBox();
    expect(person!.x).toBeGreaterThanOrEqual(official!.x);
    expect(person!.width).toBeGreaterThan(10);
    await page.locator("mark.e-DATE").hover();
    await expect.poll(() => page.locator(".tip").textContent()).toContain("value: 2026-02-19");
    expect(await page.locator(".tip").isVisible()).toBe(true);
    await page.locator("mark.e-OFFICIAL").first().hover({ position: { x: 3, y: 5 } });
    await expect.poll(() => page.locator(".tip").textContent()).toContain("person: Lê Văn Tám");
    // The side panel: clicking a group outlines its mentions.
    await page.locator("li.group", { hasText: "Hà Nội" }).click();
    expect(await page.locator("mark.e-LOC.hl").count()).toBe(1);
    await page.close();
  });
});
