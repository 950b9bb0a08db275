import { describe, expect, it } from "vitest";
import { builtinLexicons } from "../../../src/lexicon/registry.js";
import { termKeys, type Lexicon } from "../../../src/lexicon/lexicon.js";
import { fold } from "../../../src/lexicon/fold.js";
import { lowerLedKeys } from "../../../src/recognizers/common/proper-name-run.js";
import { CLASS_NOUNS, firstFolds, LOWER_HEADS, NAME_VOCAB, NAME_VOCAB_PHRASES, NOT_ORG_AFTER_HEAD, NOT_ORG_AFTER_HEAD_PHRASES } from "../../../src/recognizers/org/heads.js";
import {
  ACRONYM_LIST, CLASS_NOUN, LOWER_HEAD, ACRONYM_LOWER_LED, ACRONYM_PAIR_END, ACRONYM_THIRD, BODY_PAIR_END, BODY_THIRD, GLUED_MEDIA, MEDIA_PAIR_END, MEDIA_THIRD, orgLists, PLAIN_WORD, reportsAcronym,
} from "../../../src/recognizers/org/word-gates.js";

// The ORG gates read what they need of the lists' entries in one pass per lexicon (entryFacts).
// Here every such bit is checked against the sets made the plain way, one set per question.
const word = (f: string) => ({ fid: 0, fold: f });

function reference(lists: Lexicon[]) {
  const reported = new Set<string>();
  const pairEnds = new Set<string>();
  const thirds = new Set<string>();
  for (const l of lists) {
    for (const e of l.entries()) {
      const keys = termKeys(e.surface)?.fold;
      if (!keys || keys.length === 0) continue;
      if (reportsAcronym(e)) reported.add(keys[0]!);
      if (keys.length === 2) pairEnds.add(keys[1]!);
      else if (keys.length > 2) thirds.add(keys[2]!);
    }
  }
  return { reported, pairEnds, thirds, lowerLed: lowerLedKeys(lists) };
}

describe("ORG word bits read from the entries", () => {
  const reg = builtinLexicons();
  const g = orgLists(reg);
  const find = (ids: string[]) => ids.map((id) => reg.find(id)!).filter(Boolean);
  const bodies = reference(find(["org/vn-bodies", "org/intl-orgs"]));
  const media = reference(find(["org/media", "org/companies"]));
  const acronyms = reference(find(["org/intl-orgs", "org/vn-bodies", "org/media"]));
  const words = new Set<string>();
  for (const l of find(["org/vn-bodies", "org/intl-orgs", "org/media", "org/companies"])) {
    for (const e of l.entries()) for (const f of termKeys(e.surface)?.fold ?? []) words.add(f);
  }
  for (const f of ["bo", "cong", "an", "facebook", "sefacebook", "tiktok", "vnexpress", "(", "g20", "abc"]) words.add(f);

  it("are the bits of the plain sets, for every word of the lists", () => {
    expect(words.size).toBeGreaterThan(100);
    for (const f of words) {
      const b = g.gates.get(word(f));
      const want = (set: ReadonlySet<string>, bit: number) => expect(b & bit, `${f} ${bit}`).toBe(set.has(f) ? bit : 0);
      want(acronyms.reported, ACRONYM_LIST);
      want(acronyms.lowerLed, ACRONYM_LOWER_LED);
      want(bodies.pairEnds, BODY_PAIR_END);
      want(bodies.thirds, BODY_THIRD);
      want(media.pairEnds, MEDIA_PAIR_END);
      want(media.thirds, MEDIA_THIRD);
      want(acronyms.pairEnds, ACRONYM_PAIR_END);
      want(acronyms.thirds, ACRONYM_THIRD);
      expect(b & PLAIN_WORD, f).toBe(/^[a-z]+$/.test(f) ? PLAIN_WORD : 0);
    }
  });

  it("marks a word glued to a one-word outlet written capitalized", () => {
    const outlets = reg.find("org/media")!.entries().filter((e) => /^\p{Lu}\p{L}+$/u.test(e.surface));
    expect(outlets.length).toBeGreaterThan(3);
    for (const e of outlets) expect(g.gates.get(word("xe" + fold(e.surface))) & GLUED_MEDIA, e.surface).toBe(GLUED_MEDIA);
    // Not a glued word: letters before the outlet are needed (some outlets end with another, as "Yonhap" with "AP").
    expect(g.gates.get(word("facebook")) & GLUED_MEDIA).toBe(0);
  });
});

describe("ORG word bits read from the phrase lists", () => {
  it("LOWER_HEAD and CLASS_NOUN mark the first words of the tables, folded", () => {
    const g = orgLists(builtinLexicons());
    for (const [table, bit] of [[LOWER_HEADS, LOWER_HEAD], [CLASS_NOUNS, CLASS_NOUN]] as const) {
      const firsts = new Set([...table.firstExact, ...table.firstFold].map(fold));
      for (const f of [...firsts, "xe", "nha", "bo", "cong"]) expect(g.gates.get(word(f)) & bit, f).toBe(firsts.has(f) ? bit : 0);
    }
  });

  it("firstFolds of a list are the folded first words of its table", () => {
    for (const [table, list] of [[NAME_VOCAB, NAME_VOCAB_PHRASES], [NOT_ORG_AFTER_HEAD, NOT_ORG_AFTER_HEAD_PHRASES]] as const) {
      expect([...firstFolds(list)].sort()).toEqual([...new Set([...table.firstExact, ...table.firstFold].map(fold))].sort());
    }
  });
});
