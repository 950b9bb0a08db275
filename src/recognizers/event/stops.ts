import { phraseSet } from "../common/phrase-table.js";

/**
 * Where an event name ends. A name runs over capitalized words, numbers,
 * editions and lowercase descriptors until one of these words opens the
 * clause that goes on: "Hội nghị SOMTC 20 | do Lào chủ trì",
 * "Đại hội XIV | xác định …", "Diễn đàn … lần thứ hai | cùng đại diện …".
 */
export const CLAUSE_WORDS = phraseSet([
  // function words and auxiliaries
  "do", "được", "bị", "đã", "đang", "sẽ", "vừa", "mới", "cũng", "còn", "là", "có", "không", "chưa",
  "khi", "thì", "mà", "nên", "nhưng", "để", "nhằm", "theo", "bởi", "cho", "này", "đó", "ấy", "nay",
  "kia", "vào", "lúc", "từ", "đến", "tới", "ở", "cùng", "hoặc", "hay", "như", "rằng", "nơi", "tuy", "dù",
  "nếu", "sau", "trước", "trên", "dưới", "qua", "bên lề", "đây", "hôm", "hôm nay", "nhé", "ra",
  // verbs that follow an event as its predicate
  "diễn ra", "khai mạc", "bế mạc", "kết thúc", "thu hút", "quy tụ", "nhấn mạnh", "thống nhất", "nhất trí",
  "thông qua", "ghi nhận", "đánh giá", "thảo luận", "tập trung", "chính thức", "phát biểu", "tiếp tục",
  "bày tỏ", "chủ trì", "đồng chủ trì", "xác định", "kêu gọi", "đề nghị", "yêu cầu", "khẳng định", "hướng tới",
  "mở màn", "khởi tranh", "hạ màn", "khép lại", "trở lại",
  "tham dự", "tham gia", "gồm", "bao gồm", "mang", "kéo dài", "cho biết", "đạt", "góp phần", "làm việc",
  "thông báo", "trao đổi", "đề xuất", "chia sẻ", "thể hiện", "nêu", "đặt", "đưa", "diễn", "tổ chức",
  "lần này", "lần đầu", "năm nay", "năm ngoái", "năm tới", "năm sau", "năm trước", "năm qua",
  "họp", "thành lập", "nhiệm kỳ", "chủ đề", "với chủ đề", "thành công", "trở thành", "quyết định", "ban hành",
  "ông", "bà", "đồng chí", "ngài", "anh", "chị",
  // adverbial openers after a name: "… 2024 nhân dịp …", "… đối với đồng chí …"
  "đầu tuần", "cuối tuần", "hằng tuần", "hàng tuần", "hằng tháng", "hàng tháng", "hằng năm", "hàng năm",
  "đầu năm", "cuối năm", "đầu tháng", "cuối tháng",
  "đối với", "nhân dịp", "dịp", "chào mừng", "hưởng ứng", "dưới sự", "với sự", "bên cạnh", "cũng như",
]);

/** Clause words that stay unambiguous without diacritics ("duoc", "se", "khong"). */
export const FOLD_SAFE_CLAUSE_WORDS = new Set(["được", "sẽ", "ở", "không", "nhằm", "theo", "vào", "bởi", "hôm", "nếu", "rằng", "ông", "bà"]);

/** Lowercase phrases that look like clause words but belong to a name: "phục vụ tại ngũ". */
export const NAME_PHRASES = phraseSet(["công tác tổ chức", "tổ chức cán bộ", "tổ chức xây dựng", "tổ chức cơ sở", "họp mặt", "tại ngũ", "tại chỗ", "từ xa", "đến năm", "ra quân", "ra mắt", "có điều kiện"]);

/**
 * After "trong", these open an adverbial ("trong khuôn khổ", "trong mọi tình
 * huống") and end the name; otherwise "trong" belongs to a topic:
 * "… vai trò phụ nữ trong gìn giữ hòa bình".
 */
export const AFTER_TRONG_STOP = new Set([
  "khuôn", "mọi", "các", "những", "thời", "bối", "dịp", "quá", "đó", "năm", "tháng", "ngày", "tuần", "khi",
  "lúc", "suốt", "vòng", "phạm", "lịch", "nước", "cả", "hai", "ba", "này", "đợt", "buổi", "chương", "số",
]);

/** After "với", these open an adverbial ("với sự tham gia", "với chủ đề") and end the name. */
export const AFTER_VOI_STOP = new Set(["sự", "chủ", "các", "hơn", "gần", "khoảng", "số", "nhiều", "hai", "ba", "những", "mục", "tinh", "quy"]);

/** After a comma inside a name, these end it: "Hội nghị …, và …", "…, của …". */
export const AFTER_COMMA_STOP = new Set(["và", "của", "về", "tại", "với", "trong"]);

/** Ordinals after "lần thứ": "lần thứ hai", "lần thứ 15", "lần thứ XIV". */
export const ORDINAL_WORDS = new Set([
  "nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai",
]);

/** A roman numeral token: "XIV", "XX", "IX". */
export function isRoman(text: string): boolean {
  return /^[IVXLC]+$/.test(text);
}
