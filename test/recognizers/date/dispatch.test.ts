import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { normalize } from "../../../src/normalize/normalize.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { EXACT_FLAGS, FOLDED_FLAGS, keyOf, ruleTable } from "../../../src/recognizers/date/dispatch.js";
import { WordStart } from "../../../src/recognizers/date/word-start.js";
import { foldClass, keyIdOf, START } from "../../../src/recognizers/date/key-index.js";
import { StartKeys } from "../../../src/recognizers/date/start-keys.js";
import { foldSameLength } from "../../../src/recognizers/date/match-text.js";
import { DATE_RULES } from "../../../src/recognizers/date/rules.js";
import { DATE_CASES } from "../../fixtures/date-cases.js";

// Sentences of our own that put each rule's start words in varied company.
const OWN = [
  "Sáng sớm 5/3, chiều tối nay, đêm khuya 12/4 và tối muộn 30/4 đều có mưa.",
  "Rạng sáng 19/2 và trưa 20/2, đoàn đến nơi; 20 giờ 30 phút tối 3/3 họp tiếp.",
  "Từ 7h đến 11h30 sáng 5/3, từ 14 giờ đến 16 giờ ngày 12/9/2025, lúc 16:38 (GMT+7).",
  "Trung tuần tháng 3, thượng tuần tháng Tư và hạ tuần tháng 11 năm 2024, cuối tháng 5, đầu tháng 6-2024.",
  "Giai đoạn 2016-2025, nhiệm kỳ 2026 - 2031, niên khóa 2024-2025, mùa giải 2023-2024, năm học 2025 - 2026.",
  "Thập niên 80, những năm 1990, thập kỷ 2010; quý III/2025, quý 2 năm 2024, quý I năm nay.",
  "Các ngày 4 và 5/7, ngày 1, 2, 3 tháng 9 âm lịch, từ ngày 7 - 9/10, 12-16/9/2023, 30/4-1/5/2025.",
  "Thứ 5 (19/2), Chủ nhật tuần sau, CN 22/2, thứ Bảy vừa qua, hôm thứ Sáu, thứ Hai tới.",
  "Mùng 3 Tết, mồng 5 tháng 5, rằm tháng Giêng, 23 tháng Chạp, chiều 30 Tết, đêm giao thừa.",
  "Cùng kỳ năm ngoái, cùng ngày, ngày hôm đó, hôm đó, ba ngày trước, hai tuần sau đó, năm ngày trước.",
  "Sáu tháng đầu năm 2025, 9 tháng cuối năm, tháng 3 năm nay, tuần tới, năm ngoái, bữa nay, ngày kia.",
  "Luật Đất đai 2024, SN 1990, (1895-1986), (2/9/1945 - 2025), Diễn đàn (DIF) 2023.",
  "Đêm 18 rạng sáng 19/2, tối 30, rạng sáng 31/12/2025, 7-Mar-2024, March 7, 2024, 7 March 2024.",
  "Có hiệu lực từ ngày ký; từ tháng 3/2019 đến nay; từ năm 2021 đến 2025; ngày 1/1 năm 2026.",
  "THỨ NĂM, 19/02/2026 16:38 GMT+7 — SÁNG NGÀY 19/11/2025, HÔM NAY 19/2.",
  // Ordinals after "thứ" (no weekday), and weekdays in digits glued to what follows.
  "Lần thứ 8, thứ 16 và thứ 1; thứ 27 tháng 2, thứ 7(21/2), thứ 3 tuần tới, thứ 02 và thứ 9 tới, thứ 5 19/2/2026.",
];

const corpusDir = join(__dirname, "../../../corpora/articles");
const ARTICLES = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(corpusDir, f), "utf8"));

const TEXTS = [...DATE_RULES.flatMap((r) => r.example.split(" · ")), ...DATE_CASES.map((c) => c.sentence), ...OWN, ...ARTICLES];

/** "Việt Nam" → "Viet Nam": the same text written without diacritics. */
const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

/**
 * Every token-aligned match of a rule, tried at every token, must start at
 * a token the rule's start keys admit: otherwise the matcher, which runs a
 * rule only there, would miss it.
 */
function missedStarts(text: string, plain: boolean): string[] {
  const view = normalize(text).view;
  const toks = tokenize(view);
  const s = plain ? foldSameLength(view) : view;
  const { rules, index } = ruleTable();
  const dispatch = plain ? index.folded : index.exact;
  const idOf = (t: (typeof toks)[number] | undefined) => (t ? index.ids.get(keyOf(t, plain)) ?? 0 : 0);
  const missed: string[] = [];
  for (const c of rules) {
    const re = plain ? c.folded : c.exact;
    const wordStart = new WordStart(plain ? FOLDED_FLAGS : EXACT_FLAGS);
    for (let i = 0; i < toks.length; i++) {
      // A rule compiled without its leading {lb} is asked it apart, as the matcher does.
      if (c.lb && !wordStart.at(s, toks[i]!.start)) continue;
      re.lastIndex = toks[i]!.start;
      const m = re.exec(s);
      if (!m || m[0].length === 0) continue;
      const end = toks[i]!.start + m[0].length;
      if (!toks.some((t) => t.end === end)) continue;
      const e = dispatch.at(idOf(toks[i]))?.entries.find((x) => x.c === c);
      if (!e || (e.next && !e.next[idOf(toks[i + 1])]) || (e.prev && !e.prev[idOf(toks[i - 1])])) missed.push(`${c.rule.id}: "${m[0]}" in "${text.slice(0, 60)}"`);
    }
  }
  return missed;
}

describe("date rules run only at the tokens that can start them", () => {
  it("admit every match a rule makes at any token, in text with diacritics", () => {
    expect(TEXTS.flatMap((t) => missedStarts(t, false))).toEqual([]);
  });

  it("admit every match a rule makes at any token, in text without diacritics", () => {
    expect(TEXTS.flatMap((t) => missedStarts(strip(t), true))).toEqual([]);
  });

  it("give a token the id of its key, read through the per-word gate, whatever the case or marks", () => {
    const { index } = ruleTable();
    const texts = [...OWN, ...ARTICLES.slice(0, 3)];
    for (const text of [...texts, ...texts.map((t) => t.toUpperCase()), ...texts.map(strip)]) {
      for (const t of tokenize(normalize(text).view)) {
        for (const plain of [false, true]) {
          // Twice: the second read comes from the gate's cache.
          const id = index.ids.get(keyOf(t, plain)) ?? 0;
          const starts = index.folded.at(id) !== undefined || index.exact.at(id) !== undefined;
          for (let k = 0; k < 2; k++) {
            expect(keyIdOf(t, plain, index)).toBe(id);
            if (starts) expect(index.gate.get(t) & START).toBe(START);
          }
        }
      }
    }
  });

  it("let through the fold classes every first and next token some rule admits by their keys", () => {
    const { index } = ruleTable();
    const texts = [...TEXTS.slice(0, 400), ...OWN];
    for (const text of [...texts, ...texts.map((t) => t.toUpperCase()), ...texts.map(strip)]) {
      const toks = tokenize(normalize(text).view);
      for (let i = 0; i + 1 < toks.length; i++) {
        for (const plain of [false, true]) {
          const at = (plain ? index.folded : index.exact).at(keyIdOf(toks[i]!, plain, index));
          if (!at || (at.next && !at.next[keyIdOf(toks[i + 1]!, plain, index)])) continue;
          const folds = index.foldNext.at(foldClass(index.gate.get(toks[i]!)));
          if (folds) expect(folds[foldClass(index.gate.get(toks[i + 1]!))], `${toks[i]!.text} ${toks[i + 1]!.text}`).toBe(1);
        }
      }
    }
  });

  it("key number tokens by shape: 1–3 digits, a year, day/month, clock time, year range", () => {
    const keys = tokenize("12 2026 19/2 16:38 7h30 1895-1986 0912345678").map((t) => keyOf(t, false));
    expect(keys).toEqual(["#int", "#year", "#dm", "#time", "#time", "#yx", "#long"]);
    // A weekday's digit: 1–3 digits whose first is 2–7 have a shape of their own, which "#int" names too.
    expect(tokenize("2 7 27 1 8 02 700").map((t) => keyOf(t, false))).toEqual(["#int2-7", "#int2-7", "#int2-7", "#int", "#int", "#int", "#int2-7"]);
  });

  it("read start keys with the next and previous tokens they require, as written and folded", () => {
    const names = new StartKeys();
    const keys = (ids: readonly number[] | null) => (ids === null ? null : ids.map((id) => names.keys[id]!).sort());
    const read = (starts: string) => {
      const items = names.read(starts);
      return [items, names.fold(items)].map((list) => list.map((it) => ({ first: names.keys[it.first], next: keys(it.next), prev: keys(it.prev) })));
    };
    // "#int" names both shapes of 1–3 digits, as a first token and in a list.
    expect(read("#int>giờ")[0]!.map((it) => it.first)).toEqual(["#int", "#int2-7"]);
    expect(read("tháng>#int")[0]![0]!.next).toEqual(["#int", "#int2-7"]);
    // A FIRST entry's own ">" wins as a first token, and is dropped in a list.
    const [weekday] = read("{weekday}");
    expect(weekday!.find((it) => it.first === "thứ")?.next).toContain("năm");
    expect(weekday!.find((it) => it.first === "thứ")?.next).not.toContain("#int");
    expect(weekday!.find((it) => it.first === "cn")).toEqual({ first: "cn", next: null, prev: null });
    expect(read("{partOfDay}>{weekday}")[0]!.find((it) => it.first === "sáng")?.next).toEqual(["chủ", "cn", "thứ"]);
    const [exact, folded] = read("(<#year tháng>#int|{monthWord} hôm|mùng<ngày");
    expect(exact![0]).toEqual({ first: "#year", next: null, prev: ["("] });
    expect(exact![1]!.next).toContain("chạp");
    expect(folded![1]).toEqual({ first: "thang", next: exact![1]!.next!.map((k) => k.normalize("NFD").replace(/[\u0300-\u036f]/g, "")).sort(), prev: null });
    expect(folded![2]).toEqual({ first: "ngay", next: null, prev: ["hom", "mung"] });
    // A list read twice is one array: its membership array is made once.
    const a = names.read("tháng>{monthWord}|#int");
    const b = names.read("năm>{monthWord}|#int");
    expect(a[0]!.next).toBe(b[0]!.next);
    expect(names.fold(a)[0]!.next).toBe(names.fold(b)[0]!.next);
    expect(() => names.read("{nosuchpiece}")).toThrow(/no first words/);
  });

  it("give a rule that names a first key twice one entry there, admitting either condition", () => {
    // date.point names "#int" in {time} ("#int>giờ") and again ("#int>tháng").
    const { index } = ruleTable();
    const point = (e: { c: { rule: { id: string } } }) => e.c.rule.id === "date.point";
    const entries = index.exact.at(index.ids.get("#int")!)!.entries.filter(point);
    expect(entries).toHaveLength(1);
    for (const k of ["giờ", "tháng"]) expect(entries[0]!.next![index.ids.get(k)!], k).toBe(1);
    expect(entries[0]!.next![index.ids.get("năm")!]).toBe(0);
  });
});
