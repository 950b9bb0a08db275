import { describe, expect, it } from "vitest";
import { EdgeTable } from "../../src/lexicon/edge-table.js";
import { Lexicon, reusableMatch } from "../../src/lexicon/lexicon.js";
import { TokenTrie } from "../../src/lexicon/trie.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";
import { normalize } from "../../src/normalize/normalize.js";
import type { Token } from "../../src/tokenize/token.js";

const toks = (s: string) => tokenize(normalize(s).view);
/** The same tokens as if the id table had been full: every `fid` 0, so the walk goes by string. */
const uninterned = (ts: Token[]) => ts.map((t) => ({ ...t, fid: 0 }));
const lex = (rows: string[][]) => new Lexicon({ id: "t/walk", type: "ORG", columns: ["canonical"], rows });
const show = (m: ReturnType<Lexicon["longestAt"]>) => m && [m.start, m.end, m.exact, m.entries.map((e) => e.surface)];

describe("edge table", () => {
  it("finds every filed pair after growing, and nothing else", () => {
    const t = new EdgeTable();
    const want: number[] = [];
    const got: number[] = [];
    for (let p = 0; p < 300; p++) for (let k = 1; k <= 7; k++) t.set(p, k * 1000 + p, p * 7 + k);
    for (let p = 0; p < 300; p++) for (let k = 1; k <= 7; k++) (want.push(p * 7 + k), got.push(t.get(p, k * 1000 + p)));
    expect(got).toEqual(want);
    expect(t.get(0, 1)).toBe(-1);
    expect(t.get(300, 1300)).toBe(-1);
    expect(t.get(5, 1006)).toBe(-1);
  });
});

describe("trie walk by interned ids", () => {
  const l = lex([["Ủy ban nhân dân"], ["Ủy ban nhân dân tỉnh"], ["Uy ban"], ["Bộ Công an"], ["Bộ Công thương"], ["Bộ Cong an"]]);
  const texts = ["Ủy ban nhân dân tỉnh họp", "UY BAN NHAN DAN TINH", "uy ban nhan dan", "Ủy ban nhân", "Bộ Công an", "Bo Cong an", "BỘ CÔNG THƯƠNG", "Bộ Công", "Bộ Công an\nnhân"];
  it("gives the same matches as the string path (tokens whose word the id table had no room for)", () => {
    for (const text of texts) {
      const ts = toks(text);
      for (let i = 0; i < ts.length; i++) {
        for (const exactOnly of [false, true]) {
          const byId = show(l.longestAt(ts, i, exactOnly));
          expect(show(l.longestAt(uninterned(ts), i, exactOnly)), `${text} @${i} ${exactOnly}`).toEqual(byId);
        }
      }
    }
  });
  it("orders exact entries first when the entries under a key differ in diacritics", () => {
    const m = l.longestAt(toks("Bộ Cong an"), 0)!;
    expect([m.exact, m.entries.map((e) => e.surface)]).toEqual([true, ["Bộ Cong an", "Bộ Công an"]]);
    const n = l.longestAt(toks("Bo Cong an"), 0)!;
    expect([n.exact, n.entries.map((e) => e.surface)]).toEqual([false, ["Bộ Công an", "Bộ Cong an"]]);
  });
  it("finds entries added after a first word's subtree was built", () => {
    const t = new TokenTrie<string>();
    t.add(["ha", "noi"], { lower: ["hà", "nội"], value: "Hà Nội" });
    expect(t.longestAt(toks("Hà Nội mới"), 0)?.values).toEqual(["Hà Nội"]);
    t.add(["ha", "noi", "moi"], { lower: ["hà", "nội", "mới"], value: "Hà Nội mới" });
    expect(t.longestAt(toks("Hà Nội mới"), 0)?.values).toEqual(["Hà Nội mới"]);
    expect(t.longestAt(uninterned(toks("Hà Nội mới")), 0)?.values).toEqual(["Hà Nội mới"]);
    // A first word alone, and a word inside, become entries after the walks above.
    expect(t.longestAt(toks("Hà Tây"), 0)).toBeNull();
    t.add(["ha"], { lower: ["hà"], value: "Hà" });
    t.add(["ha", "noi", "moi", "xa"], { lower: ["hà", "nội", "mới", "xa"], value: "Hà Nội mới xa" });
    expect(t.longestAt(toks("Hà Tây"), 0)?.values).toEqual(["Hà"]);
    expect(t.longestAt(toks("Hà Nội mới xa"), 0)?.values).toEqual(["Hà Nội mới xa"]);
    expect(t.longestAt(toks("Hà Nội mới"), 0, true)?.values).toEqual(["Hà Nội mới"]);
    // A first word asked about before any entry started with it.
    expect([t.startsWith(toks("Huế")[0]!), t.longestAt(toks("Huế"), 0)]).toEqual([false, null]);
    t.add(["hue"], { lower: ["huế"], value: "Huế" });
    expect([t.startsWith(toks("Huế")[0]!), t.longestAt(toks("Huế"), 0)?.values]).toEqual([true, ["Huế"]]);
    // After walks: a node of one child gets a second one, a child gets entries, a path grows deeper.
    t.add(["ha", "tay"], { lower: ["hà", "tây"], value: "Hà Tây" });
    t.add(["ha", "noi", "cu"], { lower: ["hà", "nội", "cũ"], value: "Hà Nội cũ" });
    t.add(["ha", "noi", "moi", "xa", "lam"], { lower: ["hà", "nội", "mới", "xa", "lắm"], value: "Hà Nội mới xa lắm" });
    for (const [text, want] of [["Hà Tây", "Hà Tây"], ["Hà Nội cũ", "Hà Nội cũ"], ["Hà Nội mới", "Hà Nội mới"], ["Hà Nội mới xa lắm", "Hà Nội mới xa lắm"], ["Hà Nội mới xa", "Hà Nội mới xa"], ["Hà Nam", "Hà"]] as const) {
      expect(t.longestAt(toks(text), 0)?.values, text).toEqual([want]);
      expect(t.longestAt(uninterned(toks(text)), 0)?.values, text).toEqual([want]);
    }
  });
});

describe("trie walk against a brute-force reading", () => {
  // Nodes of several spellings (kept by spelling: "Nam", "Nâm", "Nằm", then "Nam" again).
  const rows = [["Hà"], ["Hà Nội"], ["Hà Nội mới"], ["Ha Noi moi xa"], ["Hạ Long"], ["Ha Long Bay"], ["Nam"], ["Nam Định"], ["Nâm"], ["Quảng Nam"], ["Quang Nam"], ["Đà Nẵng"], ["Nằm"], ["Nam", "Nam 2"], ["Quảng Nam", "Quảng Nam 2"], ["Hà"]];
  const l = lex(rows);
  const keyed = rows.map(([s]) => {
    const ts = toks(s!);
    return { surface: s!, fold: ts.map((t) => t.fold), lower: ts.map((t) => t.lower) };
  });
  /** The longest folded match, exact entries first; with `exactOnly`, the longest exact one. */
  const reference = (ts: Token[], i: number, exactOnly: boolean) => {
    const at = (keys: string[], f: (t: Token) => string) => keys.every((k, j) => ts[i + j] !== undefined && f(ts[i + j]!) === k);
    const folded = keyed.filter((e) => at(e.fold, (t) => t.fold));
    const exact = folded.filter((e) => at(e.lower, (t) => t.lower));
    const pool = exactOnly ? exact : folded;
    if (pool.length === 0) return null;
    const n = Math.max(...pool.map((e) => e.fold.length));
    const same = folded.filter((e) => e.fold.length === n);
    const ex = same.filter((e) => exact.includes(e));
    return [i, i + n, ex.length > 0, [...ex, ...same.filter((e) => !ex.includes(e))].map((e) => e.surface)];
  };
  const texts = ["Hà Nội mới xa", "HÀ NỘI MỚI", "Ha Noi moi xa", "Hà Nôi mới", "hà nội", "Hạ Long Bay", "Ha Long Bay", "Nam Định", "Nâm Đinh", "Quảng Nam", "Quang Nam", "QUẢNG NAM", "Đà Nẵng", "Da Nang", "Nằm", "NĂM", "Nâm Nam", "Quảng Nâm"];
  it("gives its answer at every position, in any order of texts (exact checks keep the text's strings)", () => {
    for (const order of [texts, [...texts].reverse(), texts]) {
      for (const text of order) {
        const ts = toks(text);
        for (let i = 0; i < ts.length; i++) {
          for (const exactOnly of [false, true]) expect(show(l.longestAt(ts, i, exactOnly)), `${text} @${i} ${exactOnly}`).toEqual(reference(ts, i, exactOnly));
        }
      }
    }
  });
  it("keeps what the accent rule keeps in one walk (longestAsWritten: folded, then exact when written with other diacritics)", () => {
    const accentOk = (ts: Token[], m: NonNullable<ReturnType<Lexicon["longestAt"]>>) => m.exact || ts.slice(m.start, m.end).every((t) => !t.diacritics);
    for (const text of [...texts, "Hà Nôi mới xa", "Hạ Nội", "Nâm Định", "Ha Nội mới", "Quảng Nám"]) {
      const ts = toks(text);
      for (let i = 0; i < ts.length; i++) {
        for (const t of [ts, uninterned(ts)]) {
          let m = l.longestAt(t, i);
          if (m && !accentOk(t, m)) m = l.longestAt(t, i, true);
          expect(show(l.longestAsWritten(t, i)), `${text} @${i}`).toEqual(show(m));
        }
      }
    }
  });
  it("writes the same match into one reused object (longestAtInto)", () => {
    const into = reusableMatch();
    for (const text of texts) {
      const ts = toks(text);
      for (let i = 0; i < ts.length; i++) {
        for (const exactOnly of [false, true]) {
          const m = l.longestAtInto(ts, i, exactOnly, into);
          expect(m === null || m === into).toBe(true);
          expect(show(m), `${text} @${i} ${exactOnly}`).toEqual(show(l.longestAt(ts, i, exactOnly)));
        }
      }
    }
  });
});
