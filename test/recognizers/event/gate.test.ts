import { describe, expect, it } from "vitest";
import { CAPITAL_ONLY, eventGate, HEAD, LISTED, LISTED_LONG, LISTED_NEXT, SECOND, SERIES, TWO_WORDS } from "../../../src/recognizers/event/gate.js";
import { Lexicon } from "../../../src/lexicon/lexicon.js";
import { tokenize } from "../../../src/tokenize/tokenizer.js";
import { normalize } from "../../../src/normalize/normalize.js";

const tok = (s: string) => tokenize(normalize(s).view)[0]!;
const named = new Lexicon({ id: "event/named", type: "EVENT", columns: ["canonical", "kind"], rows: [["Tết Nguyên đán"], ["SEA Games"]] });

describe("EVENT per-word gate (bits by folded word)", () => {
  it("a head's first word is gated however it is written", () => {
    for (const w of ["Hội", "hội", "HỘI", "hoi", "Hoi"]) expect(eventGate(undefined).get(tok(w)) & HEAD).toBe(HEAD);
    expect(eventGate(undefined).get(tok("Bộ"))).toBe(0);
  });
  it("capital-only marks only folds every reading of which needs a capital", () => {
    for (const w of ["năm", "nam", "Năm", "tháng", "THANG"]) expect(eventGate(undefined).get(tok(w)) & (HEAD | CAPITAL_ONLY)).toBe(HEAD | CAPITAL_ONLY);
    // "le" may be a lowercase "lễ" ("lễ tuyên dương …"), "ngay" a "ngày hội", "giai" a "giải đấu"
    for (const w of ["lễ", "le", "lê", "ngày", "giải"]) expect(eventGate(undefined).get(tok(w)) & (HEAD | CAPITAL_ONLY)).toBe(HEAD);
  });
  it("listed first words are gated per lexicon (custom lexicons get their own gate)", () => {
    expect(eventGate(named).get(tok("tet")) & LISTED).toBe(LISTED);
    expect(eventGate(named).get(tok("SEA")) & LISTED).toBe(LISTED);
    expect(eventGate(undefined).get(tok("SEA")) & LISTED).toBe(0);
    const other = new Lexicon({ id: "event/named", type: "EVENT", columns: ["canonical"], rows: [["Lễ hội Hoa Ban"]] });
    expect(eventGate(other).get(tok("Tết")) & LISTED).toBe(0);
  });
  it("a first word whose heads all have two words needs a second word of some head after it", () => {
    const g = eventGate(undefined);
    for (const w of ["Chiến", "đại", "Triển", "DIEN"]) expect(g.get(tok(w)) & TWO_WORDS).toBe(TWO_WORDS);
    for (const w of ["lễ", "Giải", "tết", "ngày"]) expect(g.get(tok(w)) & TWO_WORDS).toBe(0);
    for (const w of ["dịch", "hội", "lãm", "đàn", "NGHỊ"]) expect(g.get(tok(w)) & SECOND).toBe(SECOND);
    for (const w of ["lược", "biểu", "khai"]) expect(g.get(tok(w)) & SECOND).toBe(0);
  });
  it("a listed first word all of whose names go on needs a listed second word after it", () => {
    const lex = new Lexicon({ id: "event/named", type: "EVENT", columns: ["canonical"], rows: [["Tết"], ["Tết Nguyên đán"], ["SEA Games"]] });
    const g = eventGate(lex);
    expect(g.get(tok("Tết")) & (LISTED | LISTED_LONG)).toBe(LISTED); // "Tết" alone is listed
    expect(g.get(tok("SEA")) & (LISTED | LISTED_LONG)).toBe(LISTED | LISTED_LONG);
    for (const w of ["Games", "GAMES", "nguyen", "Nguyên"]) expect(g.get(tok(w)) & LISTED_NEXT).toBe(LISTED_NEXT);
    expect(g.get(tok("đán")) & LISTED_NEXT).toBe(0);
  });
  it("series acronyms are gated by their folded text, alone or with a glued edition", () => {
    const lex = new Lexicon({ id: "event/named", type: "EVENT", columns: ["canonical", "kind"], rows: [["AMMTC", "AMMTC", "series"], ["COP", "COP", "series"], ["SEA Games"]] });
    const g = eventGate(lex);
    for (const w of ["AMMTC", "COP28", "cop"]) expect(g.get(tok(w)) & SERIES).toBe(SERIES);
    for (const w of ["SEA", "COPA", "AMM"]) expect(g.get(tok(w)) & SERIES).toBe(0);
    expect(eventGate(undefined).get(tok("AMMTC")) & SERIES).toBe(0);
  });
});
