import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { AccentFreePhrases, accentFreeSet } from "../common/accent-free-phrases.js";

/**
 * Administrative words that stand before a place name and stay in the LOC
 * span (ANNOTATION.md, LOC): "tỉnh Lâm Đồng", "TP. Hồ Chí Minh", "xã Quảng Lập".
 * `numbered`: the name may be a number ("phường 5", "ấp 4", "quận 1").
 * `lexicons`: which lists name the places of that level, best first.
 */
export interface LevelWord {
  /** "province" | "district" | "commune" | "below" (below the commune) | "foreign". */
  tier: "province" | "district" | "commune" | "below" | "foreign";
  numbered: boolean;
}

const LEVEL_WORD_LIST: readonly (readonly [string, LevelWord])[] = [
  // tỉnh Lâm Đồng, thành phố Cần Thơ, TP. Hồ Chí Minh, TP Hà Nội
  ["tỉnh", { tier: "province", numbered: false }],
  ["thành phố", { tier: "province", numbered: false }],
  ["tp.", { tier: "province", numbered: false }],
  ["tp", { tier: "province", numbered: false }],
  // quận Du Trung, huyện Tam Hà, thị xã Sơn Tây, quận 1
  ["quận", { tier: "district", numbered: true }],
  ["huyện", { tier: "district", numbered: false }],
  ["thị xã", { tier: "district", numbered: false }],
  ["q.", { tier: "district", numbered: true }],
  // xã Quảng Lập, phường 5, thị trấn Đông Anh, đặc khu Phú Quốc
  ["xã", { tier: "commune", numbered: false }],
  ["phường", { tier: "commune", numbered: true }],
  ["p.", { tier: "commune", numbered: true }],
  ["thị trấn", { tier: "commune", numbered: false }],
  ["đặc khu", { tier: "commune", numbered: false }],
  // ấp 4, tổ 7, khu phố Tân Lập 2, thôn Đông (RULES 27); not "bản", far more often "bản Hiến pháp"
  ["ấp", { tier: "below", numbered: true }],
  ["thôn", { tier: "below", numbered: true }],
  ["tổ", { tier: "below", numbered: true }],
  ["tổ dân phố", { tier: "below", numbered: true }],
  ["khu phố", { tier: "below", numbered: true }],
  ["xóm", { tier: "below", numbered: true }],
  ["làng", { tier: "below", numbered: false }],
  // bang California, tiểu bang Texas, châu tự trị …, khu tự trị Tây Tạng
  ["bang", { tier: "foreign", numbered: false }],
  ["tiểu bang", { tier: "foreign", numbered: false }],
  ["khu tự trị", { tier: "foreign", numbered: false }],
];

export const LEVEL_WORDS = new AccentFreePhrases<LevelWord>(LEVEL_WORD_LIST);

/** The level words as listed ("thành phố"), for per-word gates (word-gates.ts). */
export const LEVEL_PHRASES: readonly string[] = LEVEL_WORD_LIST.map(([p]) => p);

/** Level words that stay out of the span when a name follows (ANNOTATION.md: descriptive nouns). */
export const DESCRIPTIVE_WORDS = accentFreeSet(["vùng", "khu vực", "miền", "thủ đô", "nước", "quốc gia"]);

/** Lowercase level words that start a line of speech rather than a place ("tổ" in "tổ chức"). */
const LEVEL_FALSE_FRIEND_LIST: readonly string[] = [
  "tổ chức", "tổ quốc", "tổ công tác", "tổ tiên", "xã hội", "bản thân", "bản chất", "bản lĩnh", "bản sắc", "bản án",
  "thôn tính", "làng nghề", "vùng biên", "phường hội", "quận chúa", "bang giao", "huyện ủy", "tỉnh ủy", "thành phố trực thuộc",
];
export const LEVEL_FALSE_FRIENDS = accentFreeSet(LEVEL_FALSE_FRIEND_LIST);

/**
 * Per folded word: 1 when it is the second word of a false friend. Each has
 * two words or more, matched as written or folded, so none starts at token
 * `i` unless this holds for token `i + 1`: most level words are followed by
 * a name ("tỉnh Lâm Đồng"), and one array read settles them.
 */
const FALSE_FRIEND_SECONDS = new Set(LEVEL_FALSE_FRIEND_LIST.map((p) => fold(p.normalize("NFC").toLowerCase()).split(/\s+/)[1]!));
const FALSE_FRIEND_SECOND = new FoldCache((f) => (FALSE_FRIEND_SECONDS.has(f) ? 1 : 0));

/** A false friend starts at token `i` (`LEVEL_FALSE_FRIENDS.has`, gated by the next word). */
export function levelFalseFriendAt(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n !== undefined && FALSE_FRIEND_SECOND.get(n) !== 0 && LEVEL_FALSE_FRIENDS.has(tokens, i);
}
