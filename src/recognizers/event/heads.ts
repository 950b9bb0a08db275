import { PhraseTable, phraseSet } from "../common/phrase-table.js";
import type { Token } from "../../tokenize/token.js";
import { fold } from "../../lexicon/fold.js";

/**
 * Head nouns that open an event name, with what they need to name one.
 *
 * - `kind` groups heads that behave alike: a `ceremony` before a named event
 *   stays out of it (RULES 32); an `election` may run on lowercase
 *   ("bầu cử đại biểu HĐND tỉnh Bình An").
 * - `lowercase`: what a lowercase head needs (RULES 34): `"proper"` = a proper
 *   name right after it ("chiến dịch Quang Trung"), `"never"` = not a head
 *   when lowercase.
 * - `next`: what must follow a capitalized head: `"cap"` = a capitalized word
 *   ("Giải Bóng đá …", "Ngày Sách …"), `"any"` = a complement of any case.
 */
export type HeadKind = "meeting" | "fair" | "contest" | "ceremony" | "observance" | "campaign" | "election";

export interface HeadRule {
  kind: HeadKind;
  lowercase: "proper" | "never" | "election";
  next: "cap" | "any";
  /** Lowercase words that may open the name after a "cap" head: "Ngày truyền thống …". */
  lowerOpeners?: readonly string[];
}

const meeting: HeadRule = { kind: "meeting", lowercase: "proper", next: "any" };
const fair: HeadRule = { kind: "fair", lowercase: "proper", next: "any" };
const ceremony: HeadRule = { kind: "ceremony", lowercase: "proper", next: "any" };
const campaign: HeadRule = { kind: "campaign", lowercase: "proper", next: "any" };

export const HEADS: readonly (readonly [string, HeadRule])[] = [
  // meetings: "Hội nghị Bộ trưởng Y tế ASEAN", "Kỳ họp thứ 9 Quốc hội khóa XV"
  ["hội nghị", meeting],
  ["hội nghị thượng đỉnh", meeting],
  ["hội thảo", meeting],
  ["tọa đàm", meeting],
  ["diễn đàn", meeting],
  ["đại hội", meeting],
  ["kỳ họp", meeting],
  ["khóa họp", meeting],
  ["phiên họp", meeting],
  ["cuộc họp", { ...meeting, lowercase: "never" }],
  ["giao ban", { ...meeting, lowercase: "never" }],
  ["đối thoại", { ...meeting, lowercase: "never", next: "cap" }],
  // fairs, shows, festivals: "Hội chợ Thương mại Việt - Lào lần thứ 3"
  ["hội chợ", fair],
  ["triển lãm", fair],
  ["festival", fair],
  ["liên hoan", fair],
  ["tuần lễ", fair],
  ["hội diễn", fair],
  ["hội thi", fair],
  ["hội báo", fair],
  ["hội sách", fair],
  ["lễ hội", fair],
  ["ngày hội", fair],
  // contests and games: "Giải Bóng đá U23 châu Á", "Kỳ thi Học sinh giỏi quốc gia"
  ["giải", { kind: "contest", lowercase: "never", next: "cap", lowerOpeners: ["bóng đá", "bóng chuyền", "bóng rổ", "bóng bàn", "vô địch", "quần vợt", "cầu lông", "cờ vua", "cờ tướng", "điền kinh", "bơi lội", "xe đạp", "việt dã", "chạy", "đua", "bắn súng", "golf", "marathon", "thể thao", "futsal"] }],
  ["giải đấu", { kind: "contest", lowercase: "proper", next: "any" }],
  ["cuộc thi", { kind: "contest", lowercase: "proper", next: "any" }],
  ["kỳ thi", { kind: "contest", lowercase: "proper", next: "cap" }],
  ["hội khỏe", { kind: "contest", lowercase: "never", next: "cap" }],
  ["hội thao", { kind: "contest", lowercase: "proper", next: "any" }],
  // ceremonies: "Lễ ra mắt Chi nhánh miền Trung", "Phiên họp toàn thể của …"
  ["lễ", ceremony],
  ["buổi lễ", { ...ceremony, lowercase: "never" }],
  ["phiên", { ...ceremony, lowercase: "never" }],
  ["lễ kỷ niệm", ceremony],
  // observances: "Ngày Gia đình Việt Nam", "Tết Độc lập"
  ["ngày", { kind: "observance", lowercase: "never", next: "cap", lowerOpeners: ["truyền thống", "quốc tế", "pháp luật", "thành lập", "hội", "sách", "toàn dân"] }],
  ["tết", { kind: "observance", lowercase: "never", next: "cap" }],
  // "Tháng hành động vì trẻ em", "Tháng Thanh niên", "Năm Du lịch quốc gia" (not "Tháng Giêng", "Năm Giáp Thìn")
  ["tháng", { kind: "observance", lowercase: "never", next: "cap", lowerOpeners: ["hành động", "nhân đạo"] }],
  ["năm", { kind: "observance", lowercase: "never", next: "cap" }],
  // campaigns: "Cao điểm tấn công trấn áp tội phạm", "chiến dịch Hoàng Diệu"
  ["chiến dịch", campaign],
  ["cao điểm", { ...campaign, lowercase: "never" }],
  ["đợt cao điểm", { ...campaign, lowercase: "never" }],
  // elections: "bầu cử Tổng thống Mỹ 2024", "Tổng tuyển cử"
  ["bầu cử", { kind: "election", lowercase: "election", next: "any" }],
  ["cuộc bầu cử", { kind: "election", lowercase: "never", next: "any" }],
  ["tổng tuyển cử", { kind: "election", lowercase: "election", next: "any" }],
];

export const HEAD_TABLE = new PhraseTable(HEADS);

/**
 * First words (lowercase and folded) all of whose heads need a capital
 * ("ngày", "năm", "tháng", "cuộc"): written lowercase in running text they
 * open no event, which the recognizer tests before anything else.
 */
export const CAPITAL_ONLY_FIRST: ReadonlySet<string> = (() => {
  const ok = new Map<string, boolean>();
  for (const [phrase, rule] of HEADS) {
    const first = phrase.split(" ")[0]!;
    for (const key of [first, fold(first)]) ok.set(key, (ok.get(key) ?? true) && rule.lowercase === "never");
  }
  return new Set([...ok].filter(([, v]) => v).map(([k]) => k));
})();

/**
 * Words naming the kind of a ceremony or session, which alone do not name an
 * event (RULES 35): "Lễ xuất phát", "Phiên khai mạc", "Lễ kỷ niệm 15 năm …".
 */
export const CEREMONY_TYPES: readonly string[] = [
  "khai mạc", "bế mạc", "xuất phát", "chào cờ", "thượng cờ", "kỷ niệm", "tổng kết", "sơ kết", "ra mắt",
  "ký kết", "công bố", "trao giải", "trao thưởng", "tuyên dương", "khánh thành", "khởi công", "động thổ",
  "đón", "chào đón", "tiễn", "mít tinh", "phát động", "truy điệu", "an táng", "cầu siêu", "dâng hương",
  "giao nhận quân", "nhập ngũ", "tốt nghiệp", "khai giảng", "bế giảng", "gắn biển", "thành lập",
  "chào mừng", "kết nạp", "tuyên thệ", "báo công", "xuất quân", "diễu binh", "duyệt binh", "nhậm chức",
  "họp", "toàn thể", "trọng thể", "long trọng", "tổng duyệt", "hợp luyện", "bàn giao", "trao quyết định",
];

const CEREMONY_TYPE_TABLE = phraseSet(CEREMONY_TYPES);

/** Token index after the ceremony type words at `k` ("khai mạc", "kỷ niệm"), or `k` when there are none. */
export function ceremonyTypeEnd(toks: readonly Token[], k: number, byFold = false): number {
  for (;;) {
    const e = CEREMONY_TYPE_TABLE.endAt(toks, k, byFold);
    if (e === k) return k;
    k = e;
  }
}

/** Words after "Giải" that name a prize rank, not a tournament: "đạt Giải Nhất". */
export const PRIZE_RANKS = new Set(["nhất", "nhì", "ba", "tư", "khuyến", "đặc", "vàng", "bạc", "đồng", "a", "b", "c"]);

/** Determiners that make a head plural or generic: "các hội thảo", "nhiều Hội nghị". */
export const GENERIC_BEFORE = new Set(["các", "những", "nhiều", "mọi", "mấy", "từng", "mỗi", "vài"]);

/**
 * Words that start like a head but name no event: a trial or trading session,
 * a prize, "Ngày Tết" (during Tết), verbs such as "giải quyết".
 */
export const NOT_HEADS: readonly string[] = [
  "phiên tòa", "phiên xử", "phiên giao dịch", "phiên chợ", "phiên dịch", "phiên bản", "phiên hiệu",
  "ngày tết", "lễ tết", "ngày xuân", "ngày hè", "ngày càng", "ngày nay", "ngày mai", "ngày xưa", "ngày thường",
  "giải thưởng", "giải pháp", "giải phóng", "giải quyết", "giải trí", "giải ngân", "giải thích", "giải tỏa", "giải cứu",
  "lễ phục", "lễ tân", "lễ vật", "lễ nghi", "lễ phép", "lễ đài",
  // months and years named on the calendar, a place: DATE and LOC, not events
  "tháng giêng", "tháng một", "tháng hai", "tháng ba", "tháng tư", "tháng năm", "tháng sáu", "tháng bảy", "tháng tám",
  "tháng chín", "tháng mười", "tháng chạp", "năm giáp", "năm ất", "năm bính", "năm đinh", "năm mậu", "năm kỷ",
  "năm canh", "năm tân", "năm nhâm", "năm quý", "năm căn", "năm mới", "năm học", "năm tài",
];
