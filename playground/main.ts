/**
 * The playground: type or paste Vietnamese text, pick a reference date, see
 * the entities live. Bundled with the library for the browser by
 * scripts/build-playground.mjs into one self-contained HTML file.
 */
import { createExtractor } from "../src/index.js";
import { htmlDocSection } from "../src/formats/html.js";
import { HTML_SCRIPT } from "../src/formats/html-assets.js";

const EXAMPLE =
  "Hà Nội, ngày 12/3/2026 - Sáng nay, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Công an, " +
  "đã tiếp Đoàn đại biểu Bộ Nội vụ Lào tại trụ sở Bộ ở Hà Nội. Hai bên thống nhất triển khai " +
  "Kế hoạch số 15/KH-BCA trong giai đoạn 2026-2030.";

const extractor = createExtractor();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>("input");
const refDate = $<HTMLInputElement>("ref-date");
const useDateline = $<HTMLInputElement>("use-dateline");
const view = $<HTMLElement>("view");
const status = $<HTMLElement>("status");

refDate.value = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

function render(): void {
  const text = input.value;
  const t0 = performance.now();
  // With the box ticked the text's dateline wins; the picked date is the fallback.
  let doc = extractor.extract(text, useDateline.checked ? {} : { refDate: refDate.value || null });
  if (useDateline.checked && !doc.refDate && refDate.value) doc = extractor.extract(text, { refDate: refDate.value });
  const ms = performance.now() - t0;
  view.innerHTML = text.trim() ? htmlDocSection("text", doc) : "";
  status.textContent = `${doc.spans.length} spans in ${ms.toFixed(1)} ms · refDate ${doc.refDate ?? "none"}${doc.refDateSource ? ` (${doc.refDateSource})` : ""}`;
  (window as unknown as { thuctheCountLegend?: () => void }).thuctheCountLegend?.();
  document.body.dataset.ready = String(Date.now());
}

let timer: ReturnType<typeof setTimeout> | undefined;
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(render, 120);
};
input.addEventListener("input", later);
refDate.addEventListener("change", render);
useDateline.addEventListener("change", render);
$<HTMLButtonElement>("example").addEventListener("click", () => {
  input.value = EXAMPLE;
  render();
});

// The view's hover details and side panel behaviour.
const script = document.createElement("script");
script.textContent = HTML_SCRIPT;
document.body.appendChild(script);
render();
