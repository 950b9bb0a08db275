import { describe, expect, it } from "vitest";
import { TaggedRows } from "../../src/recognizers/common/tagged-rows.js";

describe("TaggedRows", () => {
  it("gives every position of a text its own tag, and another text other tags, in rows of bounded count", () => {
    const rows = new TaggedRows(3, 4); // at most 16 rows
    rows.begin(10);
    const first = Array.from({ length: 10 }, (_, i) => [rows.row(i), rows.tag(i)]);
    expect(new Set(first.map(([r]) => r)).size).toBe(10); // a short text: a row per position
    rows.begin(10);
    for (let i = 0; i < 10; i++) expect(rows.tag(i)).not.toBe(first[i]![1]); // stale for the next text
    rows.begin(100);
    expect(rows.cells.length).toBe(16 * 3);
    // Positions 16 apart share a row and differ in tag.
    expect(rows.row(3)).toBe(rows.row(19));
    expect(rows.tag(3)).not.toBe(rows.tag(19));
  });

  it("starts its stamps over (one fill) before a tag could overflow", () => {
    const rows = new TaggedRows(2, 4); // 15 texts between fills
    rows.begin(8);
    rows.cells[rows.row(5)] = rows.tag(5);
    for (let k = 0; k < 40; k++) {
      rows.begin(8);
      expect(rows.cells[rows.row(5)]).not.toBe(rows.tag(5));
      expect(rows.tag(5)).toBeGreaterThan(0);
    }
  });
});
