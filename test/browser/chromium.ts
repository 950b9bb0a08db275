/**
 * Headless Chromium for the browser tests: Debian's chromium (installed by
 * scripts/ensure-browser.sh when missing) driven by playwright-core. When
 * no browser can be had, `launch()` returns the reason and the tests skip,
 * saying so.
 */
import { chromium, type Browser } from "playwright-core";
import { ensureCommand, which } from "../cli/helpers.js";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch(): Promise<Browser | string> {
  const missing = ensureCommand("chromium");
  if (missing) return missing;
  try {
    return await chromium.launch({ executablePath: which("chromium")!, args: CHROMIUM_FLAGS });
  } catch (err) {
    return `chromium did not start: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
  }
}
