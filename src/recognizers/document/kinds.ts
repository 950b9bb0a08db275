import { PhraseTable } from "../common/phrase-table.js";

/**
 * Kinds of numbered legal and official documents, as written in the press,
 * with the canonical kind reported on the span. Matched lowercase, so
 * "nghị quyết số 18" is found as well as "Nghị quyết số 18".
 */
export const DOCUMENT_KINDS: readonly (readonly [surface: string, kind: string])[] = [
  ["Nghị quyết", "Nghị quyết"],
  ["Nghị quyết liên tịch", "Nghị quyết liên tịch"],
  ["Nghị định", "Nghị định"],
  ["Quyết định", "Quyết định"],
  ["Thông tư", "Thông tư"],
  ["Thông tư liên tịch", "Thông tư liên tịch"],
  ["Chỉ thị", "Chỉ thị"],
  ["Kế hoạch", "Kế hoạch"],
  ["Luật", "Luật"],
  ["Bộ luật", "Bộ luật"],
  ["Pháp lệnh", "Pháp lệnh"],
  ["Lệnh", "Lệnh"],
  ["Sắc lệnh", "Sắc lệnh"],
  ["Công văn", "Công văn"],
  ["Công điện", "Công điện"],
  ["Thông báo", "Thông báo"],
  ["Thông báo kết luận", "Thông báo kết luận"],
  ["Kết luận", "Kết luận"],
  ["Hướng dẫn", "Hướng dẫn"],
  ["Quy định", "Quy định"],
  ["Quy chế", "Quy chế"],
  ["Tờ trình", "Tờ trình"],
  ["Báo cáo", "Báo cáo"],
  ["Đề án", "Đề án"],
  ["Chương trình", "Chương trình"],
  ["Văn bản", "Văn bản"],
  ["Biên bản", "Biên bản"],
  // abbreviated kinds, only before a coded number: "QĐ 1234/QĐ-TTg"
  ["NQ", "Nghị quyết"],
  ["NĐ", "Nghị định"],
  ["QĐ", "Quyết định"],
  ["TT", "Thông tư"],
  ["CT", "Chỉ thị"],
  ["KH", "Kế hoạch"],
  ["CV", "Công văn"],
];

/** Abbreviated kinds ("QĐ", "NĐ"): a document only with a coded number after them. */
export const ABBREVIATED_KINDS = new Set(["nq", "nđ", "qđ", "tt", "ct", "kh", "cv"]);

export const KIND_TABLE = new PhraseTable(DOCUMENT_KINDS);

/** Kinds whose own name may stand between the kind and "số": "Luật Đất đai số 31/2024/QH15". */
export const NAMED_KINDS = new Set(["Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Nghị định", "Quyết định", "Kế hoạch", "Chỉ thị", "Thông tư", "Quy định", "Đề án", "Chương trình"]);

/** Words before a kind that make it generic, not one numbered document: "các Nghị định". */
export const PLURAL_BEFORE = new Set(["các", "những", "nhiều", "mọi", "mấy"]);

/** Kinds that name a document by a bare number without "số": "Nghị định 100", "Kế hoạch 22" (not "Báo cáo 3"). */
export const PLAIN_NUMBER_KINDS = new Set(["Nghị quyết", "Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Kế hoạch", "Công văn", "Công điện"]);

/** Words after a bare number that make it a count, not a document number: "Kế hoạch 5 năm". */
export const COUNT_WORDS = new Set([
  "năm", "tháng", "tuần", "giờ", "phút", "người", "triệu", "tỷ", "nghìn", "ngàn", "trăm", "điểm", "lần", "km", "%",
  "đồng", "xã", "tỉnh", "huyện", "dự", "nội", "nhiệm", "giải", "điều", "mục", "chỉ", "bước", "giai", "cấp", "trường", "đơn",
]);
