import { describe, expect, it } from "vitest";
import { VersionedMemo } from "../../../src/recognizers/official/versioned-memo.js";

describe("VersionedMemo", () => {
  it("keeps an answer (null included) for one memory version only", () => {
    const m = new VersionedMemo<string>();
    m.start(10);
    expect(m.get(3, 0)).toBeUndefined();
    expect(m.set(3, 0, "a")).toBe("a");
    m.set(4, 0, null);
    expect(m.get(3, 0)).toBe("a");
    expect(m.get(4, 0)).toBeNull();
    // A person met since: the answer is read again.
    expect(m.get(3, 1)).toBeUndefined();
    m.set(3, 1, "b");
    expect(m.get(3, 1)).toBe("b");
  });

  it("forgets the last text's answers without clearing, at every version", () => {
    const m = new VersionedMemo<string>();
    m.start(10);
    m.set(2, 0, "a");
    m.set(2, 5, "b");
    m.set(7, 3, null);
    m.release();
    m.start(10);
    for (let v = 0; v < 12; v++) for (let k = 0; k < 10; k++) expect(m.get(k, v)).toBeUndefined();
    m.set(2, 0, "c");
    expect(m.get(2, 0)).toBe("c");
  });

  it("on a text with more keys than its slots, never gives one key's answer for another (it may forget)", () => {
    const m = new VersionedMemo<number>();
    m.start(1_000_000);
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) / (0x7fffffff >>> 8);
    let kept = 0;
    for (let q = 0; q < 30_000; q++) {
      const key = Math.floor(rand() * 1_000_000);
      const version = key % 3;
      const v = m.get(key, version);
      if (v === undefined) m.set(key, version, key % 5 === 0 ? null : key);
      else {
        kept++;
        expect(v).toBe(key % 5 === 0 ? null : key);
      }
    }
    expect(kept).toBeGreaterThan(0);
    // Keys one slot count apart (65,536) share a slot: the later one wins.
    m.set(10, 0, 1);
    m.set(10 + 65_536, 0, 2);
    expect(m.get(10, 0)).toBeUndefined();
    expect(m.get(10 + 65_536, 0)).toBe(2);
  });

  it("starts over for each text, short or long", () => {
    const m = new VersionedMemo<number>();
    m.start(5);
    m.set(1, 0, 1);
    m.start(200_000);
    expect(m.get(1, 0)).toBeUndefined();
    m.set(199_999, 2, 42);
    expect(m.get(199_999, 2)).toBe(42);
    m.release();
    m.start(5);
    expect(m.get(1, 0)).toBeUndefined();
    expect(m.get(4, 2)).toBeUndefined();
  });
});
