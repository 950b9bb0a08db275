import type { Token } from "../../tokenize/token.js";
import { accentFreeSet } from "../common/accent-free-phrases.js";
import { isCapToken } from "../common/proper-name-run.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { SecondWordGated } from "./second-word-gate.js";

/**
 * Context checks for place names that are also common words or given names
 * ("Anh", "Mỹ", "Đức", "Nga", "Pháp", "Nhật" …, countries_vi.tsv
 * `ambiguous_forms`). Such a form is a place only when the context says so.
 */

/** Words before a name that make it a person: "ông Đức", "chị Nga", "anh Pháp". */
const PERSON_BEFORE = new Set([
  "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "đồng chí", "bạn", "cậu", "mợ", "dì",
  "chồng", "vợ", "mẹ", "bố", "cha", "con", "bé", "nàng", "chàng", "ngài", "tên", "đối tượng", "nghi phạm",
]);
/** The two-word ones, by their second word: "chí" → ["đồng"] (read without joining two tokens' words). */
const PERSON_BEFORE_PAIRS = new Map<string, string[]>();
for (const p of PERSON_BEFORE) {
  const [a, b, ...more] = p.split(" ");
  if (b === undefined || more.length > 0) continue;
  PERSON_BEFORE_PAIRS.set(b, [...(PERSON_BEFORE_PAIRS.get(b) ?? []), a!]);
}

/**
 * Per folded word: 1 when some person word folds to it ("ong" for "ông",
 * "ba" for "bà"). A word whose fold is none is no person word as written
 * either: one array read settles most words before a place (the set itself
 * hashes the word's string).
 */
const PERSON_BEFORE_FOLDS = new Set([...PERSON_BEFORE].map(fold));
const PERSON_BEFORE_GATE = new FoldCache((f) => (PERSON_BEFORE_FOLDS.has(f) ? 1 : 0));
function personWord(t: Token): boolean {
  return PERSON_BEFORE_GATE.get(t) !== 0 && PERSON_BEFORE.has(t.lower);
}

/** Words before a name that make it a language or a people, not the place: "tiếng Anh". */
const LANGUAGE_BEFORE = new Set(["tiếng", "chữ", "giọng", "văn"]);

/**
 * Compounds that start with an ambiguous form and are ordinary words:
 * "Pháp luật", "Anh hùng", "Đức tin", "Mỹ thuật", "Nhật ký", "Ý kiến".
 */
const COMPOUND_WORDS = new SecondWordGated([
  "pháp luật", "pháp lệnh", "pháp chế", "pháp lý", "pháp nhân", "pháp y", "pháp quyền", "pháp định", "pháp trị", "pháp sư",
  "pháp môn", "pháp thuật", "pháp danh", "pháp hiệu", "pháp điển", "pháp đình",
  "anh hùng", "anh em", "anh chị", "anh ấy", "anh ta", "anh trai", "anh ruột", "anh dũng", "anh tài", "anh linh", "anh hào",
  "đức tin", "đức tính", "đức độ", "đức hạnh", "đức phật", "đức vua", "đức giáo hoàng", "đức cha",
  "mỹ thuật", "mỹ phẩm", "mỹ nghệ", "mỹ quan", "mỹ nhân", "mỹ mãn", "mỹ miều", "mỹ học", "mỹ tục", "mỹ vị",
  "nhật ký", "nhật báo", "nhật thực", "nhật trình", "nhật dụng",
  "ý kiến", "ý chí", "ý nghĩa", "ý thức", "ý tưởng", "ý định", "ý muốn", "ý nguyện", "ý tế",
  "nga mi", "úc châu", "lào xào", "séc ngân",
]);
export const COMPOUNDS = COMPOUND_WORDS.set;

/**
 * An ambiguous form at [i, j) names a place here: capitalized, not the first
 * word of a sentence, not part of a longer capitalized name, not after a
 * person word or a language word, not the start of a common compound.
 */
export function ambiguousFormIsPlace(tokens: readonly Token[], i: number, j: number): boolean {
  const first = tokens[i]!;
  if (!first.cap || first.upper && j - i === 1 && first.text.length <= 2) return false;
  if (first.sentenceStart) return false;
  if (COMPOUND_WORDS.has(tokens, i)) return false;
  const prev = tokens[i - 1];
  if (prev) {
    if (isCapToken(prev) && prev.kind === "word" && !prev.sentenceStart) return false; // "Tuấn Anh", "Minh Đức"
    if (personWord(prev) || LANGUAGE_BEFORE.has(prev.lower)) return false;
    const prev2 = tokens[i - 2];
    if (prev2 && PERSON_BEFORE_PAIRS.get(prev.lower)?.includes(prev2.lower)) return false;
    if (isCapToken(prev) && prev.sentenceStart && personWord(prev)) return false;
  }
  const next = tokens[j];
  if (next && isCapToken(next) && next.kind === "word" && next.spaceBefore) return false; // "Anh Tuấn", "Đức Minh"
  return true;
}

/**
 * A name that is also a person's given name or a surname + given name
 * ("Hà Nam", "Thái Bình") reads as a person right after a person word or a
 * capitalized surname.
 */
export function looksLikePersonContext(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  // "anh Thanh Hải", "Ông Hải Nam" (a capital only because the sentence starts there)
  return personWord(prev) && (!prev.cap || prev.sentenceStart);
}

/**
 * Listed place names that are also common phrases: "hòa bình" (peace),
 * "tây nam" (a wind). Case tells them apart in running text; in a line of
 * capitals ("VÌ HÒA BÌNH, ỔN ĐỊNH") they are places only after a word that
 * introduces a place ("TẠI HÒA BÌNH").
 */
export const COMMON_PHRASE_PLACES = accentFreeSet([
  "hòa bình", "thái bình", "tây nam", "đông nam", "tây bắc", "đông bắc", "trung ương", "thống nhất", "độc lập", "tự do",
  "hạnh phúc", "bình an", "yên bình", "thịnh vượng", "phú quý", "vĩnh cửu",
]);

/** Words that introduce a place: "tại", "ở", "đến", "thăm". */
export const PLACE_BEFORE = new Set(["tại", "ở", "đến", "tới", "từ", "về", "thăm", "sang", "rời", "quê", "vùng", "miền"]);

/**
 * A one-word country in a line of capitals whose neighbour, across a comma,
 * a dash, "và" or "với", is another listed country: "TRUNG QUỐC, LÀO,
 * CAMPUCHIA", "VIỆT NAM VÀ MỸ". `countryAt(k)` gives the end of a country
 * starting at token k, or -1.
 */
export function countryInList(tokens: readonly Token[], i: number, countryAt: (k: number) => number): boolean {
  if (COMPOUND_WORDS.has(tokens, i)) return false;
  const joiner = (t: Token | undefined) => !!t && (t.text === "," || t.text === "-" || t.lower === "và" || t.lower === "với");
  if (joiner(tokens[i + 1]) && countryAt(i + 2) > i + 2) return true;
  if (!joiner(tokens[i - 1])) return false;
  // A country of one to three words ending right before the joiner.
  for (let s = i - 2; s >= 0 && s >= i - 4; s--) if (countryAt(s) === i - 1) return true;
  return false;
}
