import { AccentFreePhrases, accentFreeSet } from "../common/accent-free-phrases.js";
import type { Token } from "../../tokenize/token.js";
import { FoldCache } from "../../tokenize/fold-id.js";
import { fold } from "../../lexicon/fold.js";
import { PositionMemo } from "../common/position-memo.js";
import { firstWords } from "../common/phrase-table.js";

/**
 * Head nouns of organization names (ANNOTATION.md ORG, RULES 15-24). A name
 * is a head followed by the words that name the body; the grammar that reads
 * them is in complements.ts.
 *
 *  - `lone`: the head alone, capitalized, is a specific standing body (RULES 17):
 *    "Chính phủ", "Đảng ủy", "Ban Chấp hành", "UBND".
 *  - `lowerTail`: lowercase words may follow the head directly and end the
 *    name: "Cảnh sát cơ động", "Bảo tàng lịch sử quân sự".
 *  - `numbered`: a number or code may name the unit: "Lữ đoàn 99", "Phòng PC02".
 *  - `bareLevel`: a bare level word may follow: "UBND tỉnh", "HĐND xã".
 *  - `abroad`: "tại <country>" belongs to the name: "Đại sứ quán Lào tại Nhật Bản".
 */
export interface OrgHead {
  lone?: boolean;
  lowerTail?: boolean;
  numbered?: boolean;
  bareLevel?: boolean;
  abroad?: boolean;
}

const H = (heads: readonly string[], props: OrgHead = {}): [string, OrgHead][] => heads.map((h) => [h, props]);

/* The heads as listed, with their properties. */
const HEAD_LIST: [string, OrgHead][] = [
  // state and party bodies: Bộ Công an, Ban Tuyên giáo, Văn phòng Chính phủ, Ủy ban Dân tộc, Hội đồng Dân tộc
  ...H(["bộ", "ban", "văn phòng", "ủy ban", "hội đồng", "tòa án", "tòa án nhân dân", "viện kiểm sát", "viện kiểm sát nhân dân",
    "kiểm toán", "thanh tra", "mặt trận", "cơ quan", "cơ quan cảnh sát điều tra", "cơ quan an ninh điều tra", "cơ quan điều tra",
    "kho bạc", "cao ủy", "quỹ", "chương trình", "tiến trình", "liên minh", "liên hiệp", "liên đoàn", "tổng liên đoàn", "tổ chức"]),
  // ministries' units: Tổng cục Hải quan, Cục Thống kê, Vụ Pháp chế, Viện Chiến lược, Sở Y tế, Phòng Cảnh sát kinh tế
  ...H(["tổng cục", "cục", "vụ", "viện", "sở", "phòng", "chi cục", "học viện", "viện hàn lâm"], { numbered: true }),
  ...H(["trung tâm"], { numbered: true, lowerTail: true }),
  // elliptical standing bodies (RULES 17)
  ...H(["đảng ủy", "đảng bộ", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "quân ủy", "đảng đoàn", "ban cán sự đảng",
    "ban chấp hành", "ban thường vụ", "ban giám hiệu", "ban giám đốc", "hội đồng quản trị", "tổng công ty", "chính phủ",
    "quốc hội", "chính quyền", "đảng"], { lone: true }),
  // "báo cáo Thường trực Tỉnh ủy": the standing committee of a body
  ...H(["thường trực"]),
  ...H(["ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân", "ubmttq", "ủy ban mặt trận tổ quốc"], { lone: true, bareLevel: true }),
  // police and army: Công an tỉnh Nghệ An, Cảnh sát cơ động, Bộ Tư lệnh Cảnh sát biển, Quân khu 7, Sư đoàn 312
  ...H(["công an", "cảnh sát", "bộ đội", "đồn", "đồn biên phòng", "trạm", "đội"], { lowerTail: true, numbered: true }),
  ...H(["bộ tư lệnh", "bộ chỉ huy", "bộ chỉ huy quân sự", "bộ tổng tham mưu", "tổng cục chính trị", "quân khu", "quân đoàn",
    "quân chủng", "binh chủng", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "hải đoàn", "hải đội", "vùng cảnh sát biển",
    "quân đội"], { numbered: true }),
  // businesses: Tập đoàn Điện lực Việt Nam, Công ty cổ phần Sao Mai, Ngân hàng Phương Nam
  ...H(["tập đoàn", "công ty", "công ty cổ phần", "công ty tnhh", "ngân hàng", "ngân hàng thương mại cổ phần", "hợp tác xã",
    "nhà máy", "xí nghiệp", "hãng", "nhà xuất bản", "sàn", "sở giao dịch"], { lowerTail: true }),
  // schools, hospitals, museums, media
  ...H(["trường đại học", "đại học", "trường cao đẳng", "trường thpt", "trường thcs", "trường tiểu học", "trường trung học",
    "trường mầm non", "trường chính trị", "trường sĩ quan", "trường quân sự", "trường cảnh sát", "trường an ninh", "bệnh viện", "trạm y tế",
    "bảo tàng", "thư viện", "nhà hát", "báo", "tạp chí", "đài", "đài truyền hình", "đài phát thanh", "thông tấn xã",
    "cổng thông tin điện tử"], { lowerTail: true }),
  // associations and foreign bodies
  ...H(["hội", "hiệp hội", "câu lạc bộ", "đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "phái đoàn thường trực"], { abroad: true }),
];
const HEAD_TABLE = new AccentFreePhrases<OrgHead>(HEAD_LIST, ["đài", "hội", "đội", "đồn", "trạm", "sàn", "hãng", "báo", "quỹ", "đảng"]);

/**
 * The head table behind a per-word gate on the first two words: most
 * capitalized words that could start a head ("Trung" of "Trung tâm", "Công"
 * of "Công an") are followed by a word no head has second ("Trung Quốc"),
 * and one array read per word settles them before the table is asked.
 */
export const ORG_HEADS = {
  match(tokens: readonly Token[], i: number): HeadMatch | null {
    return mayStartHead(tokens, i) ? headAt(tokens, i) : null;
  },
  /** `match(tokens, i) !== null` (the table's `has` answers the same). */
  has(tokens: readonly Token[], i: number): boolean {
    return mayStartHead(tokens, i) && headAt(tokens, i) !== null;
  },
  /** `match` where the caller has read the word gate already (`headWordBits` of the words at i and i + 1 allow a head). */
  matchGated(tokens: readonly Token[], i: number): HeadMatch | null {
    return headAt(tokens, i);
  },
};
type HeadMatch = NonNullable<ReturnType<typeof HEAD_TABLE.match>>;

/**
 * The head at token `i`, memoized per position for the token list asked
 * about last: the rules ask about the same words again (the main loop at
 * each word, a tail reading on through a nested head, the titles before a
 * lowercase head): common/position-memo.ts.
 */
function headAt(tokens: readonly Token[], i: number): HeadMatch | null {
  const kept = memo.get(tokens, i);
  return kept !== undefined ? kept : memo.set(i, HEAD_TABLE.match(tokens, i));
}
const memo = new PositionMemo<HeadMatch>();

const ONE = 1; // a head of one word
const FIRST = 2; // the first word of a longer head
const SECOND = 4; // the second word of a longer head
/* Per folded word (the table matches listed words exactly or, in unaccented texts, folded: fold is a superset). */
const HEAD_FOLDS = new Map<string, number>();
const HEAD_WORDS = (() => {
  const bits = HEAD_FOLDS;
  const or = (w: string, b: number) => bits.set(fold(w), (bits.get(fold(w)) ?? 0) | b);
  for (const [p] of HEAD_LIST) {
    const words = p.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 1) or(words[0]!, ONE);
    else {
      or(words[0]!, FIRST);
      or(words[1]!, SECOND);
    }
  }
  return new FoldCache((f) => bits.get(f) ?? 0);
})();

/**
 * The word gate of the heads for a folded word, as bits: `one` when it is
 * a head of one word, `first` when it starts a longer one, `second` when it
 * is the second word of one. A head may start at a word marked `one`, or
 * marked `first` before a word marked `second` (as `mayStartHead`).
 */
export function headWordBits(f: string, one: number, first: number, second: number): number {
  const b = HEAD_FOLDS.get(f) ?? 0;
  return (b & ONE ? one : 0) | (b & FIRST ? first : 0) | (b & SECOND ? second : 0);
}

/** A head may start at token `i`: its first word is a head, or starts one and the next word can be its second. */
function mayStartHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const b = HEAD_WORDS.get(t);
  if (b & ONE) return true;
  if ((b & FIRST) === 0) return false;
  const n = tokens[i + 1];
  return n !== undefined && (HEAD_WORDS.get(n) & SECOND) !== 0;
}

/** Heads that are also the first words of events or other things: never ORG heads. */
export const NOT_ORG_AFTER_HEAD_PHRASES: readonly string[] = [
  "hội nghị", "hội thảo", "hội chợ", "hội diễn", "hội thi", "hội khỏe", "hội thao", "hội ngộ", "hội đàm", "hội viên",
  "ban tổ chức", "ban chỉ huy lễ", "hội đồng xét xử", "hội đồng thi", "đội ngũ", "đội tuyển", "đội nghi lễ",
  "phòng chống", "phòng, chống", "phòng ngừa", "bộ trưởng", "cục trưởng", "vụ trưởng", "viện trưởng", "sở hữu",
  "trưởng ban", "trạm dừng", "đài tưởng niệm", "chương trình nghị sự", "quỹ đất", "cơ quan chức năng",
  "lực lượng chức năng", "bộ phận", "bộ máy", "bộ mặt", "bộ hồ sơ", "đảng viên", "đảng phí", "đảng tịch",
];
export const NOT_ORG_AFTER_HEAD = accentFreeSet(NOT_ORG_AFTER_HEAD_PHRASES);

/**
 * Title words before a lowercase head in a title slot (NOTES O3, RULES 2):
 * "Bí thư đảng ủy Xã Tân Phú", "Trưởng ban Kinh tế Tỉnh ủy".
 */
const TITLE_PHRASES = [
  "bí thư", "phó bí thư", "trưởng", "phó trưởng", "chánh", "phó chánh", "giám đốc", "phó giám đốc", "chủ tịch",
  "phó chủ tịch", "ủy viên", "thường vụ", "thường trực", "tổng thư ký", "thư ký",
];
export const TITLE_BEFORE_LOWER_HEAD = accentFreeSet(TITLE_PHRASES);

/**
 * A title can end with this token: its folded word is the last word of one
 * ("thư" of "bí thư"). A title matched exactly or folded ends on such a
 * word, so a lowercase head after any other word has no title before it.
 */
export function mayEndTitle(t: Token | undefined): boolean {
  return t !== undefined && TITLE_LAST_WORDS.get(t) === 1;
}
const TITLE_LAST_WORDS = (() => {
  const last = new Set(TITLE_PHRASES.map((p) => fold(p.normalize("NFC").toLowerCase().split(/\s+/).at(-1)!)));
  return new FoldCache((f) => (last.has(f) ? 1 : 0));
})();

/**
 * The folded first words of a list of phrases ("tiem" of "tiệm vàng"): the
 * words a phrase table of them may start at (its first words, in any case
 * and accent form), read from the list without making the table.
 */
export function firstFolds(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(firstWords(phrases).map(fold));
}

/** Lowercase heads allowed after such a title. */
const LOWER_HEAD_PHRASES = [
  "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "đảng ủy", "ban", "thanh tra", "văn phòng", "hội đồng", "ủy ban", "sở", "phòng",
];
export const LOWER_HEADS = accentFreeSet(LOWER_HEAD_PHRASES);
/** Their folded first words (the table is made when a text first asks it). */
export const lowerHeadFirsts = (): ReadonlySet<string> => firstFolds(LOWER_HEAD_PHRASES);

/**
 * Lowercase class nouns before a name that stands on its own: the noun stays
 * out (RULES 26, NOTES G3): "tiệm vàng Kim Lượng", "báo CAND", "trường ĐH Tây Bắc".
 */
const CLASS_NOUN_PHRASES = [
  "tiệm vàng", "tiệm", "cửa hàng", "công ty", "nhà hàng", "khách sạn", "quán", "siêu thị", "hãng", "tập đoàn", "báo",
  "trang", "tờ", "đài", "trường", "ngân hàng", "nhà mạng", "ứng dụng", "mạng xã hội", "nền tảng",
  "hãng tin", "hãng thông tấn", "trại giam",
];
export const CLASS_NOUNS = accentFreeSet(CLASS_NOUN_PHRASES);
/** Their folded first words. */
export const classNounFirsts = (): ReadonlySet<string> => firstFolds(CLASS_NOUN_PHRASES);

/** Words in the longest lowercase head or class noun: the name after one starts within this many tokens. */
export const LOWER_NOUN_WORDS = Math.max(...[...LOWER_HEAD_PHRASES, ...CLASS_NOUN_PHRASES].map((p) => p.split(/\s+/).length));

/** Folded first words of the lowercase heads and class nouns of two words or more ("tiệm" of "tiệm vàng"): after any other, the name comes next. */
export const LONG_NOUN_FIRSTS: ReadonlySet<string> = new Set(
  [...LOWER_HEAD_PHRASES, ...CLASS_NOUN_PHRASES].map((p) => p.normalize("NFC").toLowerCase().split(/\s+/)).filter((w) => w.length > 1).map((w) => fold(w[0]!)),
);

/**
 * Lowercase words common in the descriptive part of institution names,
 * accepted at the end of a name ("Cảnh sát cơ động", "Bảo hiểm xã hội",
 * "Bảo tàng lịch sử quân sự").
 */
export const NAME_VOCAB_PHRASES: readonly string[] = [
  "nhân dân", "quốc gia", "quốc tế", "xã hội", "chủ nghĩa", "cơ động", "giao thông", "hình sự", "kinh tế", "quy hoạch",
  "thành phố", "tỉnh", "trung ương", "tối cao", "cấp cao", "vũ trang", "biên phòng", "đặc nhiệm", "điều tra", "cảnh vệ",
  "phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ", "quản lý", "hành chính", "xuất nhập cảnh", "di dân", "ma túy",
  "môi trường", "khoa học", "công nghệ", "phát triển", "nông thôn", "thương mại", "cổ phần", "đầu tư",
  "dịch vụ", "chứng khoán", "an ninh", "trật tự", "kỹ thuật", "hậu cần", "chính trị", "tư pháp", "thi hành án",
  "dân sự", "hải quan", "thuế", "du lịch", "văn hóa", "thể thao", "y tế", "giáo dục", "truyền thông", "thông tin",
  "điện tử", "báo chí", "pháp chế", "tổng hợp", "đối ngoại", "nội vụ", "tài chính", "ngân sách", "kế hoạch",
  "xây dựng", "dự án", "chỉ huy", "điều hành", "nghiên cứu", "kiểm soát", "bảo vệ", "huấn luyện", "giám sát", "bệnh tật", "khí tượng",
  "thủy văn", "phát thanh", "truyền hình", "lưu trữ", "đa khoa", "nhi", "ung bướu", "phụ sản",
];
export const NAME_VOCAB = accentFreeSet(NAME_VOCAB_PHRASES);

/**
 * Common words whose second half is a head noun: "cơ sở", "cán bộ", "xã hội".
 * Case separates them in running text; in capitals the head must not be read
 * as the start of a name ("CƠ SỞ XÂY DỰNG" is not "Sở Xây dựng").
 */
export const WORD_ENDING_IN_HEAD = accentFreeSet([
  "cơ sở", "cán bộ", "toàn bộ", "nội bộ", "tiến bộ", "sơ bộ", "đồng bộ", "xã hội", "cơ hội", "lễ hội", "quốc phòng",
  "dự phòng", "nhiệm vụ", "dịch vụ", "phục vụ", "chức vụ", "nghiệp vụ", "công vụ", "bố cục", "kết cục", "thông báo",
  "cảnh báo", "dự báo", "tình báo", "đồng đội", "phân đội", "trực ban",
]);
