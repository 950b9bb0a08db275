import type { Token } from "../../tokenize/token.js";
import { AccentFreePhrases, accentFreeSet } from "../common/accent-free-phrases.js";
import { SecondWordGated } from "./second-word-gate.js";

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

/** Lowercase level words that start a line of speech rather than a place ("tổ" in "tổ chức"): read second word first. */
const LEVEL_FALSE_FRIEND_WORDS = new SecondWordGated([
  "tổ chức", "tổ quốc", "tổ công tác", "tổ tiên", "xã hội", "bản thân", "bản chất", "bản lĩnh", "bản sắc", "bản án",
  "thôn tính", "làng nghề", "vùng biên", "phường hội", "quận chúa", "bang giao", "huyện ủy", "tỉnh ủy", "thành phố trực thuộc",
]);
export const LEVEL_FALSE_FRIENDS = LEVEL_FALSE_FRIEND_WORDS.set;

/** A false friend starts at token `i` (`LEVEL_FALSE_FRIENDS.has`, most level places settled by the next word). */
export function levelFalseFriendAt(tokens: readonly Token[], i: number): boolean {
  return LEVEL_FALSE_FRIEND_WORDS.has(tokens, i);
}
