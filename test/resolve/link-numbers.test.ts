import { describe, expect, it } from "vitest";
import { LinkNumbers } from "../../src/resolve/link-numbers.js";

// LinkNumbers numbers keys by first sight, as a Map would: in chains by
// length for a few hundred keys, then in a Map; reset between texts.
function reference(keys: string[]): number[] {
  const m = new Map<string, number>();
  return keys.map((k) => {
    if (!m.has(k)) m.set(k, m.size + 1);
    return m.get(k)!;
  });
}

describe("LinkNumbers", () => {
  let seed = 9;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8) % n;
  // Keys of few lengths (long chains), built by concatenation like the recognizers' keys.
  const key = (distinct: number) => {
    const n = rand(distinct);
    return `${["org", "loc", "person"][n % 3]}:${String(n).padStart(4, "0")}`;
  };

  it("numbers as a Map does, below and past the point where it becomes one", () => {
    const links = new LinkNumbers();
    for (const distinct of [1, 5, 40, 511, 512, 513, 3000]) {
      const keys = Array.from({ length: distinct * 3 }, () => key(distinct));
      links.reset();
      expect(keys.map((k) => links.number(k))).toEqual(reference(keys));
    }
  });

  it("starts again at 1 after reset, with keys of the last text forgotten", () => {
    const links = new LinkNumbers();
    expect(["a:x", "b:yy", "a:x", "c:z"].map((k) => links.number(k))).toEqual([1, 2, 1, 3]);
    links.reset();
    expect(["c:z", "a:x"].map((k) => links.number(k))).toEqual([1, 2]);
  });
});
