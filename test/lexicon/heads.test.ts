import { describe, expect, it } from "vitest";
import { builtinLexicons } from "../../src/lexicon/registry.js";
import { Lexicon } from "../../src/lexicon/lexicon.js";
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
        expect(fromKeys.nextWords(f) && [...fromKeys.nextWords(f)!.keys()].sort(), f).toEqual(fromTrie.nextWords(f) && [...fromTrie.nextWords(f)!.keys()].sort());
      }
      expect(new Set(fromKeys.secondWords())).toEqual(new Set(fromTrie.secondWords()));
      const toks = tokenize("Hà Nội, Thanh Hóa và Quảng Đông; HA NOI ha noi");
      expect(toks.map((t) => fromKeys.canStartAt(t))).toEqual(toks.map((t) => fromTrie.canStartAt(t)));
    });
  }
});
