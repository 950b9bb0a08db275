import { describe, it } from "vitest";
import { expectEvents } from "./helpers.js";

describe("event: a head noun with the complements that name it", () => {
  it.each<[string, string, string]>([
    ["edition 'lần thứ N' stays in", "Bộ trưởng Lê Hà dự Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16 tại Lào.", "Hội nghị Bộ trưởng Y tế ASEAN lần thứ 16"],
    ["a written ordinal edition", "Đoàn tham dự Diễn đàn Hợp tác Mê Kông - Lan Thương lần thứ ba vào tuần trước.", "Diễn đàn Hợp tác Mê Kông - Lan Thương lần thứ ba"],
    ["a roman edition and 'của <ORG>'", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng diễn ra thành công.", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"],
    ["session number and 'khóa N'", "Kỳ họp thứ 7 Quốc hội khóa XV bế mạc chiều nay.", "Kỳ họp thứ 7 Quốc hội khóa XV"],
    ["a 'về' topic with 'và' inside it", "Sáng 5/6, Hội thảo về an ninh mạng và bảo vệ dữ liệu cá nhân đã khai mạc.", "Hội thảo về an ninh mạng và bảo vệ dữ liệu cá nhân"],
    ["a country pair joined by a dash and the year", "Đoàn tham dự Diễn đàn Kinh tế Việt Nam - Hàn Quốc 2024 tại Seoul.", "Diễn đàn Kinh tế Việt Nam - Hàn Quốc 2024"],
    ["'giữa <ORG> và <ORG>' stays in", "Hai bên dự Hội nghị hợp tác lần thứ 5 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào.", "Hội nghị hợp tác lần thứ 5 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào"],
    ["a period date stays in the name", "Ủy ban tỉnh tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024 vào sáng nay.", "Hội nghị sơ kết 6 tháng đầu năm 2024"],
    ["commas listing tasks do not end the name", "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Bộ Tư pháp diễn ra sáng nay.", "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Bộ Tư pháp"],
    ["'phòng, chống' inside a topic", "Việt Nam dự Hội nghị Bộ trưởng về phòng, chống ma túy lần thứ 7 tại Bangkok.", "Hội nghị Bộ trưởng về phòng, chống ma túy lần thứ 7"],
    ["a quoted title right after the head", 'Hội thảo "Biển và đảo: quá khứ, hiện tại" thu hút nhiều học giả.', 'Hội thảo "Biển và đảo: quá khứ, hiện tại"'],
    ["a session named by its own complement", "Phiên họp toàn thể của Hội đồng Doanh nghiệp ASEAN đã bế mạc.", "Phiên họp toàn thể của Hội đồng Doanh nghiệp ASEAN"],
    ["a meeting named by lowercase words only", "Hai bên tham dự Cuộc họp nhóm chuyên gia kỹ thuật tại Viêng Chăn.", "Cuộc họp nhóm chuyên gia kỹ thuật"],
  ])("%s", (_name, text, want) => {
    expectEvents(text, [want]);
  });

  it("a UN session with its body", () => {
    expectEvents("Khóa họp thứ 79 Đại hội đồng Liên hợp quốc khai mạc tại New York.", ["Khóa họp thứ 79 Đại hội đồng Liên hợp quốc"]);
  });

  it("two editions held together", () => {
    expectEvents("Hội nghị Cấp cao ASEAN lần thứ 46 và 47 diễn ra tại Kuala Lumpur.", ["Hội nghị Cấp cao ASEAN lần thứ 46 và 47"]);
  });

  it("the verb 'họp' after a name ends it", () => {
    expectEvents("Ban Chỉ đạo Đại hội Thể thao toàn quốc họp phiên thứ nhất.", ["Đại hội Thể thao toàn quốc"]);
  });

  it("a comma that opens the next clause ends the name", () => {
    expectEvents("Hội nghị tổng kết công tác năm 2023, lãnh đạo Bộ cho biết kết quả tốt.", ["Hội nghị tổng kết công tác năm 2023"]);
  });

  it("two events joined by 'và' are two spans", () => {
    expectEvents("Thủ tướng dự Hội chợ Thương mại Việt - Lào lần thứ 3 và Hội chợ Nông sản Tây Bắc 2023.", [
      "Hội chợ Thương mại Việt - Lào lần thứ 3",
      "Hội chợ Nông sản Tây Bắc 2023",
    ]);
  });

  it("a day date after the name ends it", () => {
    expectEvents("Tuần lễ Văn hóa Du lịch Sông Hàn diễn ra từ ngày 1 đến 7/7.", ["Tuần lễ Văn hóa Du lịch Sông Hàn"]);
  });

  it("'tại <place>' ends the name", () => {
    expectEvents("Bộ trưởng dự Hội nghị Thượng đỉnh G20 lần thứ 18 tại Ấn Độ.", ["Hội nghị Thượng đỉnh G20 lần thứ 18"]);
  });
});

describe("event: fairs, festivals, contests, campaigns, elections", () => {
  it.each<[string, string, string]>([
    ["a festival with its year", "Festival Huế 2024 thu hút hàng trăm nghìn lượt khách.", "Festival Huế 2024"],
    ["a lowercase 'lễ hội' before a proper name", "Du khách đổ về lễ hội Đền Hùng 2024 từ sớm.", "lễ hội Đền Hùng 2024"],
    ["a tournament", "Vận động viên đạt Giải Nhất tại Giải Vô địch Cờ vua quốc gia 2024.", "Giải Vô địch Cờ vua quốc gia 2024"],
    ["a lowercase contest with a quoted title", 'Em đoạt giải nhất cuộc thi "Đại sứ văn hóa đọc" năm nay.', 'cuộc thi "Đại sứ văn hóa đọc"'],
    ["a lowercase campaign with a proper name", "Năm nay, chiến dịch Hoàng Diệu thu hút hàng nghìn thanh niên.", "chiến dịch Hoàng Diệu"],
    ["a capitalized police campaign", "Công an tỉnh triển khai Cao điểm tấn công trấn áp tội phạm để giữ bình yên.", "Cao điểm tấn công trấn áp tội phạm"],
    ["an election, 'cuộc' left out, the term left out", "Cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026.", "bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp"],
  ])("%s", (_name, text, want) => {
    expectEvents(text, [want]);
  });
});
