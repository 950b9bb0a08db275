import { describe, expect, it } from "vitest";
import { entityGroups, escapeHtml, markText, renderHtml, spanDetails } from "../../src/formats/html.js";
import type { Span } from "../../src/doc.js";
import { sample } from "./fixtures.js";

describe("HTML view", () => {
  it("html: OFFICIAL parts are marks nested inside the OFFICIAL mark", () => {
    const html = markText(sample.text, sample.spans);
    expect(html).toMatch(/<mark class="e e-OFFICIAL" data-i="1"[^>]*><mark class="e e-TITLE" data-i="2"[^>]*>Thứ trưởng<\/mark> <mark class="e e-ORG"/);
    expect(html).toContain(">Lê Văn Tám</mark></mark>");
  });

  it("html: the text between marks is kept and escaped", () => {
    const text = "a<b> & Hà Nội";
    const spans: Span[] = [{ type: "LOC", start: 7, end: 13, text: "Hà Nội" }];
    expect(markText(text, spans)).toMatch(/^a&lt;b&gt; &amp; <mark[^>]*>Hà Nội<\/mark>$/);
    expect(escapeHtml(`"'`)).toBe("&quot;&#39;");
  });

  it("html: hover details show the DATE value and the OFFICIAL record", () => {
    expect(spanDetails(sample.spans[0]!)).toContain("value: 2026-02-19");
    const off = spanDetails(sample.spans[1]!);
    expect(off).toContain("person: Lê Văn Tám");
    expect(off).toContain("title: Thứ trưởng  ·  org: Bộ Công an");
  });

  it("html: the side panel groups mentions by entityId", () => {
    const text = "Ông Lê Văn Tám nói. Sau đó Tám về Hà Nội.";
    const spans: Span[] = [
      { type: "PERSON", start: 4, end: 14, text: "Lê Văn Tám", entityId: "p1" },
      { type: "PERSON", start: 27, end: 30, text: "Tám", entityId: "p1" },
      { type: "LOC", start: 34, end: 40, text: "Hà Nội" },
    ];
    const groups = entityGroups(spans);
    expect(groups).toEqual([
      { type: "PERSON", label: "Lê Văn Tám", spans: [0, 1] },
      { type: "LOC", label: "Hà Nội", spans: [2] },
    ]);
    expect(text.slice(27, 30)).toBe("Tám");
  });

  it("html: the page is self-contained: no external URL, a legend, one section per document", () => {
    const page = renderHtml([
      { id: "a", doc: sample },
      { id: "b", doc: { text: "x", spans: [], refDate: null } },
    ]);
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(page.match(/<section class="doc"/g)).toHaveLength(2);
    expect(page).toContain('<ul class="legend">');
    expect(page).toContain("No entities found.");
  });
});
