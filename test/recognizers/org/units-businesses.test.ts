import { describe, expect, it } from "vitest";
import { expectSpans, spansOf } from "./helpers.js";

describe("org: police and army units, businesses, schools, associations", () => {
  it("police of a province keeps the place", () => {
    expectSpans("Sáng nay, Công an tỉnh Nghệ An thông tin về vụ việc.", "ORG", ["Công an tỉnh Nghệ An"]);
  });

  it("police named by a bare province name", () => {
    expectSpans("Theo Công an Quảng Ninh, hai đối tượng đã bị bắt.", "ORG", ["Công an Quảng Ninh"]);
  });

  it("a numbered army unit", () => {
    expectSpans("Chiến sĩ Quân khu 7 giúp dân chống lũ.", "ORG", ["Quân khu 7"]);
  });

  it("a company named after its head noun", () => {
    expectSpans("Tập đoàn Điện lực Việt Nam cam kết đủ điện cho mùa hè.", "ORG", ["Tập đoàn Điện lực Việt Nam"]);
  });

  it("a hospital and a university", () => {
    expectSpans("Bệnh nhân được chuyển từ Bệnh viện Bạch Mai về Trường Đại học Y Hà Nội.", "ORG", [
      "Bệnh viện Bạch Mai",
      "Trường Đại học Y Hà Nội",
    ]);
  });

  it("an association keeps its province", () => {
    expectSpans("Hội Nông dân tỉnh Hải Dương trao quà cho hội viên.", "ORG", ["Hội Nông dân tỉnh Hải Dương"]);
  });

  it("a lowercase class noun stays out: tiệm vàng", () => {
    expectSpans("Kẻ gian đột nhập tiệm vàng Kim Hoa lúc rạng sáng.", "ORG", ["Kim Hoa"]);
  });

  it("an award named like a body is not an ORG", () => {
    expect(spansOf("Ông được trao Huân chương Lao động hạng Nhất.", "ORG")).toEqual([]);
  });

  it("a sentence-initial capital does not make a noun part of a name", () => {
    expect(spansOf("Đội ngũ y bác sĩ làm việc xuyên đêm.", "ORG")).toEqual([]);
  });
});

describe("org: venues, parents after a class noun, committees", () => {
  it("a named centre is an ORG even when its name holds an event word", () => {
    expectSpans("Triển lãm diễn ra tại Trung tâm Hội nghị Quốc gia (NCC) ở Hà Nội.", "ORG", ["Trung tâm Hội nghị Quốc gia", "NCC"]);
  });

  it("a parent body after a class-noun name joins it", () => {
    expectSpans("Phạm nhân chấp hành án tại trại giam K5 Bộ Nội vụ.", "ORG", ["K5 Bộ Nội vụ"]);
  });

  it("an organizing committee and its initials are not ORGs", () => {
    expect(spansOf("BTC giải chạy cho biết, Ban Tổ chức sẽ hoàn tiền.", "ORG")).toEqual([]);
  });
});

describe("org: verbs between a head and a place", () => {
  it("a verb after a bare head does not lead into a place", () => {
    expectSpans("Quân đội tấn công Dải Gaza.", "ORG", []);
    expectSpans("Quân đội tấn công Dải Gaza.", "LOC", ["Dải Gaza"]);
  });

  it("name words after a head lead into the place that ends the name", () => {
    expectSpans("Họ đến Trung tâm điều hành giao thông thành phố Nam Ninh.", "ORG", ["Trung tâm điều hành giao thông thành phố Nam Ninh"]);
  });
});

describe("org: where a school or an institute's name ends", () => {
  it("a verb phrase before a capitalized word is not part of the name", () => {
    expectSpans("Học sinh Trường THCS Nguyễn Trãi giành giải Nhất.", "ORG", ["Trường THCS Nguyễn Trãi"]);
  });

  it("fields joined by 'và' with lowercase words inside", () => {
    expectSpans("Viện Chiến lược và Chính sách tài chính phối hợp tổ chức.", "ORG", ["Viện Chiến lược và Chính sách tài chính"]);
  });
});

describe("org: project boards", () => {
  it("a project management board keeps its lowercase words and province", () => {
    expectSpans("Sáng nay, Ban Quản lý dự án Đầu tư xây dựng tỉnh Long An bàn giao công trình.", "ORG", [
      "Ban Quản lý dự án Đầu tư xây dựng tỉnh Long An",
    ]);
  });
});
