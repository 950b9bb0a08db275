import { describe, expect, it } from "vitest";
import { builtinLexicons } from "../../src/lexicon/registry.js";
import { Lexicon } from "../../src/lexicon/lexicon.js";
import { Heads, headsText } from "../../src/lexicon/heads.js";
import { LONGER, ONE_WORD } from "../../src/lexicon/trie.js";
import { parseDictionary } from "../../src/lexicon/registry.js";
import { DICTIONARY_TEXTS } from "../../src/generated/dictionaries.js";
import { tokenize } from "../../src/tokenize/tokenizer.js";

// Bundled lexicons answer first-word questions from their precomputed keys,
// without building the trie; a lexicon parsed from the same text without
// keys builds its trie. Both must give the same answers.
describe("first-word facts of bundled lexicons", () => {
  const reg = builtinLexicons();
  for (const id of reg.ids()) {
    it(`${id}: same answers as its trie`, () => {
      const fromKeys = reg.get(id);
      const fromTrie = new Lexicon(parseDictionary(id, DICTIONARY_TEXTS[id]!));
      const firsts = [...fromTrie.firstWords()];
      expect(new Set(fromKeys.firstWords())).toEqual(new Set(firsts));
      for (const f of [...firsts, "khong-co", "va", "ha", "noi", "thanh"]) {
        expect(fromKeys.startShape(f), f).toBe(fromTrie.startShape(f));
        expect(fromKeys.nextWords(f) && [...fromKeys.nextWords(f)!.keys()], f).toEqual(fromTrie.nextWords(f) && [...fromTrie.nextWords(f)!.keys()]);
      }
      expect([...fromKeys.secondWords()].sort()).toEqual([...fromTrie.secondWords()].sort());
      const toks = tokenize("Hà Nội, Thanh Hóa và Quảng Đông; HA NOI ha noi");
      expect(toks.map((t) => fromKeys.canStartAt(t))).toEqual(toks.map((t) => fromTrie.canStartAt(t)));
    });
  }
});

describe("heads of a keys text", () => {
  // Lines: one word (with lowercase keys after a tab), longer entries, a row without keys, a first word that is both.
  const keys = "ha\tHà\nha noi\nha noi moi\tha nội mới\n\nthanh hoa\nha tinh\nx\ny z w";
  it("first words by shape, second words, and the second words of one first word in line order", () => {
    expect(headsText(keys)).toBe("ha x\nha thanh y\nnoi hoa tinh z");
    const h = new Heads(keys);
    expect([h.shape("ha"), h.shape("thanh"), h.shape("x"), h.shape("noi"), h.shape("")]).toEqual([ONE_WORD | LONGER, LONGER, ONE_WORD, 0, 0]);
    expect([...h.next("ha")!.keys()]).toEqual(["noi", "tinh"]);
    expect([...h.next("y")!.keys()]).toEqual(["z"]);
    expect(h.next("x")).toBeNull();
    expect(h.next("noi")).toBeNull();
    expect([...h.firsts()].sort()).toEqual(["ha", "thanh", "x", "y"]);
    expect([...h.secondWords()].sort()).toEqual(["hoa", "noi", "tinh", "z"]);
  });
  it("a lexicon without rows has none", () => {
    const h = new Heads("");
    expect([h.has("a"), h.next("a"), h.secondWords().size, [...h.firsts()].length]).toEqual([false, null, 0, 0]);
  });
});
