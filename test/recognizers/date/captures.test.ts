import { describe, expect, it } from "vitest";
import { captures, readGroups } from "../../../src/recognizers/date/captures.js";
import { compose } from "../../../src/recognizers/date/grammar.js";
import { EXACT_FLAGS, ruleTable } from "../../../src/recognizers/date/dispatch.js";
import { DATE_RULES } from "../../../src/recognizers/date/rules.js";
import { DATE_CASES } from "../../fixtures/date-cases.js";

const TEXTS = [...DATE_RULES.flatMap((r) => r.example.split(" · ")), ...DATE_CASES.map((c) => c.sentence)];

describe("rule groups read by number", () => {
  it("number groups as the regex does, named or not, past escapes, classes and lookarounds", () => {
    const c = captures("(a)\\((?<x>b)[(](?:c)(?<=d)(?<!e)(?<y>(f))");
    expect(c.names).toEqual(["x", "y"]);
    expect(c.slots).toEqual([2, 3]);
    expect(c.source).toBe("(a)\\((b)[(](?:c)(?<=d)(?<!e)((f))");
    expect(new RegExp(c.source).exec("a(bfx")).toBeNull();
  });

  it("give every rule's match the groups its named pattern gives, lowercased when read as written", () => {
    const { rules } = ruleTable();
    for (const c of rules) {
      const want = new RegExp(compose(c.rule.pattern), EXACT_FLAGS);
      for (const text of [...TEXTS, ...TEXTS.map((t) => t.toUpperCase())]) {
        for (let pos = 0; pos < text.length; pos++) {
          want.lastIndex = pos;
          const m = want.exec(text);
          const re = c.exact;
          // The rule is compiled without a leading {lb}, which the matcher asks apart: compare where it holds.
          if (c.lb && pos > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[pos - 1]!)) continue;
          re.lastIndex = pos;
          const got = re.exec(text);
          if (!m && !got) continue;
          expect(got?.[0]).toBe(m?.[0]);
          if (!m) continue;
          const lowered = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, v?.toLowerCase()]));
          expect(c.read(got, false)).toEqual(lowered);
        }
      }
    }
  });

  it("lowercase groups read as written as toLowerCase does, skipping only strings already lowercase", () => {
    const c = captures("(?<a>x)");
    const values = ["19/2", "ngày", "Ngày", "THÁNG 3", "tháng Chạp", "İstanbul", "ΟΔΟΣ", "σ", "K", "ſept", "\u{10400}", "a\u{10428}", "ǅ", "ß", "ẞ", "\ud801"];
    for (const v of [...values, ...values]) {
      const m = Object.assign([v, v], { index: 0, input: v }) as unknown as RegExpExecArray;
      expect(readGroups(m, c, { a: undefined }, true).a).toBe(v.toLowerCase());
      expect(readGroups(m, c, { a: undefined }, false).a).toBe(v);
    }
  });
});
