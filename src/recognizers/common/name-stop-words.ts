import { accentFreeSet } from "./accent-free-phrases.js";

/**
 * Lowercase words that never continue a proper name: function words, verbs
 * and adverbs that open the clause after a name, counters and time words.
 * "Bộ Y tế đã …", "Khu du lịch Tràng An ở …", "Ủy ban … khóa XV".
 * Shared by the ORG and LOC recognizers for the lowercase part of names
 * ("Cục Quản lý dược", "Viện nghiên cứu Hải sản").
 */
export const NAME_STOP_WORDS = accentFreeSet([
  // function words
  "và", "với", "của", "cho", "cùng", "tại", "ở", "trong", "ngoài", "trên", "dưới", "giữa", "sau", "trước", "khi", "từ",
  "đến", "tới", "theo", "do", "bởi", "vì", "nên", "mà", "nhưng", "hay", "hoặc", "thì", "là", "có", "không", "chưa", "về",
  "thuộc", "này", "đó", "đây", "kia", "ấy", "nay", "các", "những", "mọi", "mỗi", "một", "hai", "ba", "bốn", "năm", "sáu",
  "bảy", "tám", "chín", "mười", "nhiều", "ít", "hơn", "rất", "đều", "cũng", "còn", "vẫn", "lại", "luôn", "để", "nhằm",
  "như", "nếu", "thế", "vậy", "gì", "nào", "ai", "đâu", "bao", "vào", "ra", "lên", "xuống", "đi", "qua", "lúc", "hết",
  "nơi", "người", "cả", "toàn", "riêng", "chính thức", "tự", "nhau", "bằng", "việc", "cuộc", "lần", "thứ",
  // auxiliaries and frequent verbs after a subject
  "đã", "đang", "sẽ", "vừa", "mới", "được", "bị", "phải", "cần", "muốn", "nên", "hãy", "đề nghị", "yêu cầu", "cho biết",
  "tổ chức", "phối hợp", "triển khai", "chỉ đạo", "ban hành", "thông báo", "công bố", "phát hiện", "bắt giữ", "khởi tố",
  "tiếp nhận", "tiếp", "làm", "ký", "gửi", "nhận", "trao", "tặng", "cử", "đón", "thăm", "hội đàm", "gặp", "tham dự",
  "tham gia", "chủ trì", "phát biểu", "khẳng định", "nhấn mạnh", "đánh giá", "cảm ơn", "mong muốn", "sẵn sàng",
  "tháp tùng", "hợp tác", "trao đổi", "thống nhất", "đạt", "giữ", "giữ chức", "bày tỏ", "chúc mừng", "tuyên bố",
  "thực hiện", "tăng cường", "đẩy mạnh", "ủng hộ", "hỗ trợ", "giúp", "giúp đỡ", "diễn ra", "khai mạc",
  "bế mạc", "kết thúc", "bắt đầu", "đưa", "mở", "đóng", "cấp", "xử lý", "xử phạt", "kiểm tra", "tiếp tục", "chuẩn bị",
  "nói", "viết", "đăng", "phản ánh", "chia sẻ", "cho rằng", "nêu", "trả lời", "báo cáo", "đề xuất", "kiến nghị",
  "giành", "đoạt", "thắng", "thua", "đánh bại", "vượt", "lọt", "tấn công", "rút", "bắn", "kêu gọi", "phản đối", "cáo buộc", "bác bỏ", "ra mắt", "ký kết", "công nhận", "tuyển",
  "tuyển sinh", "tuyển dụng", "khuyến cáo", "cảnh báo", "tiếp xúc", "làm việc", "họp", "bàn", "quyết định", "phê duyệt",
  // time and edition words
  "ngày", "tháng", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khóa", "nhiệm kỳ", "giai đoạn", "năm nay",
  // plural and generic markers that make a reference generic
  "hai nước", "các nước", "hai bên", "hai đảng", "các cấp", "địa phương", "cơ sở", "trưởng", "phó", "viên",
  // unaccented, these read as name words: "di dân" (đi), "cơ động" (có), "nội vụ" (nơi)
], ["đi", "có", "cần", "nơi"]);
