import { describe, it } from "vitest";
import { expectSpans } from "../org/helpers.js";

// A capitalized word that is a one-word foreign subdivision is not walked in that list when
// standaloneOk would reject the match whatever the context: a word with diacritics is settled
// without asking why, and a bare Vietnamese syllable ("Nam", "Trung") without the list's match
// (whose walk builds the list's trie). The places found are the same.
describe("loc: one-word subdivisions settled before their walk", () => {
  it("keeps foreign places and drops Vietnamese syllables, accented or bare", () => {
    expectSpans("Đoàn đến Tokyo, rồi sang Texas và Viên.", "LOC", ["Tokyo", "Texas", "Viên"]);
    expectSpans("Doan den Tokyo, roi sang Texas va Vien, gap anh Nam o Viet Nam.", "LOC", ["Tokyo", "Texas", "Vien", "Viet Nam"]);
    expectSpans("Anh Nam và chị Trung đi Bắc Kinh.", "LOC", ["Bắc Kinh"]);
  });
});
