import { describe, expect, it } from "vitest";
import { expectOfficial, officials, run } from "./helpers.js";

describe("official: titles and their modifiers", () => {
  it.each([
    ["Phó Thủ tướng", "Phó Thủ tướng Lê Minh Khải"],
    ["Tổng Bí thư", "Tổng Bí thư Trần Văn Hòa"],
    ["Phó Tổng Giám đốc", "Phó Tổng Giám đốc Nguyễn Thị Vân"],
    ["Quyền Giám đốc", "Quyền Giám đốc Vũ Đức Mạnh"],
    ["Chủ tịch nước", "Chủ tịch nước Hoàng Văn Minh"],
    ["Trưởng đoàn", "Trưởng đoàn Lê Văn Hải"],
    ["Đại sứ", "Đại sứ Phạm Quang Vinh"],
  ])("title %s before a name keeps its modifiers", (title, official) => {
    expectOfficial(`Sáng nay, ${official} đã phát biểu.`, { text: official, person: official.slice(title.length + 1), titles: [title] });
  });

  it("keeps a modifier after the role in the TITLE (Thường trực, thứ hai, Thường vụ)", () => {
    expectOfficial("Phó Thủ tướng Thường trực Đặng Văn Tú chủ trì.", { text: "Phó Thủ tướng Thường trực Đặng Văn Tú", person: "Đặng Văn Tú", titles: ["Phó Thủ tướng Thường trực"] });
    const o = expectOfficial("Ông Lê Huy Cận, Ủy viên Thường vụ Tỉnh ủy, dự lễ.", { text: "Lê Huy Cận, Ủy viên Thường vụ Tỉnh ủy", person: "Lê Huy Cận", titles: ["Ủy viên Thường vụ Tỉnh ủy"] });
    expect(o.titles[0]).toEqual({ title: "Ủy viên Thường vụ", org: "Tỉnh ủy", text: "Ủy viên Thường vụ Tỉnh ủy" });
  });

  it("keeps nguyên and cựu in the TITLE", () => {
    const o = expectOfficial("Ông Trần Văn Nam, nguyên Giám đốc Sở Tài chính, bị khởi tố.", {
      text: "Trần Văn Nam, nguyên Giám đốc Sở Tài chính",
      person: "Trần Văn Nam",
      titles: ["nguyên Giám đốc Sở Tài chính"],
      parts: ["PERSON Trần Văn Nam", "TITLE nguyên Giám đốc", "ORG Sở Tài chính"],
    });
    expect(o.titles[0]!.org).toBe("Sở Tài chính");
  });

  it("keeps a ministry named by its field in the TITLE, with no ORG", () => {
    expectOfficial("Bộ trưởng Ngoại giao Lê Văn Kiên tiếp khách.", {
      text: "Bộ trưởng Ngoại giao Lê Văn Kiên",
      person: "Lê Văn Kiên",
      titles: ["Bộ trưởng Ngoại giao"],
      parts: ["TITLE Bộ trưởng Ngoại giao", "PERSON Lê Văn Kiên"],
    });
  });

  it("keeps a fixed office name whole (Ủy viên Quốc vụ, with either tone placement)", () => {
    expectOfficial("Ông Lý Minh Hạo, Uỷ viên Quốc vụ, phát biểu.", { text: "Lý Minh Hạo, Uỷ viên Quốc vụ", person: "Lý Minh Hạo", titles: ["Uỷ viên Quốc vụ"] });
  });

  it("splits a title fused with its unit: the role is the TITLE, the unit the ORG", () => {
    expectOfficial("Trưởng ban Kinh tế Tỉnh ủy Lê Văn Hải phát biểu.", {
      text: "Trưởng ban Kinh tế Tỉnh ủy Lê Văn Hải",
      person: "Lê Văn Hải",
      titles: ["Trưởng ban Kinh tế Tỉnh ủy"],
      parts: ["TITLE Trưởng", "ORG ban Kinh tế Tỉnh ủy", "PERSON Lê Văn Hải"],
    });
    expectOfficial("Chánh Văn phòng Bộ Tư pháp Nguyễn Thanh Tịnh cho biết.", {
      text: "Chánh Văn phòng Bộ Tư pháp Nguyễn Thanh Tịnh",
      person: "Nguyễn Thanh Tịnh",
      titles: ["Chánh Văn phòng Bộ Tư pháp"],
      parts: ["TITLE Chánh", "ORG Văn phòng Bộ Tư pháp", "PERSON Nguyễn Thanh Tịnh"],
    });
  });

  it("reads academic titles as TITLEs without an organization", () => {
    expectOfficial("PGS.TS. Nguyễn Văn Hiệu, Hiệu trưởng Trường Đại học Bách khoa, phát biểu.", {
      text: "PGS.TS. Nguyễn Văn Hiệu, Hiệu trưởng Trường Đại học Bách khoa",
      person: "Nguyễn Văn Hiệu",
      titles: ["PGS.TS.", "Hiệu trưởng Trường Đại học Bách khoa"],
    });
  });

  it("reads an abbreviated title as a TITLE with no ORG", () => {
    expectOfficial("Ông Ngô Văn Hà, UVTW, dự hội nghị.", { text: "Ngô Văn Hà, UVTW", person: "Ngô Văn Hà", titles: ["UVTW"] });
  });

  it("accepts a lowercase role after a capitalized modifier", () => {
    expectOfficial("Phó thủ tướng Bùi Văn Tâm đề nghị.", { text: "Phó thủ tướng Bùi Văn Tâm", person: "Bùi Văn Tâm", titles: ["Phó thủ tướng"] });
  });

  it("does not read a lowercase common noun as a title", () => {
    expect(officials(run("Thay mặt nhóm đại biểu Bộ Y tế, ông Lê Văn An phát biểu."))).toEqual([]);
  });
});

describe("official: more title forms", () => {
  it("reads academic titles written without the final dot", () => {
    expectOfficial("GS.TS Nguyễn Thanh Hà nhận giải.", { text: "GS.TS Nguyễn Thanh Hà", person: "Nguyễn Thanh Hà", titles: ["GS.TS"] });
  });

  it("accepts a lowercase title later in the apposition when its organization follows", () => {
    expectOfficial("Đại tá Lê Văn Minh, Chánh Văn phòng Sở Y tế, người phát ngôn Sở Y tế thông tin.", {
      text: "Đại tá Lê Văn Minh, Chánh Văn phòng Sở Y tế, người phát ngôn Sở Y tế",
      person: "Lê Văn Minh",
      rank: "Đại tá",
      titles: ["Chánh Văn phòng Sở Y tế", "người phát ngôn Sở Y tế"],
    });
  });
});

describe("official: lowercase titles", () => {
  it("reads a lowercase title right before a full name", () => {
    expectOfficial("Sau đó thứ trưởng Lê Văn Hòa phát biểu.", { text: "thứ trưởng Lê Văn Hòa", person: "Lê Văn Hòa", titles: ["thứ trưởng"] });
  });

  it("does not read a lowercase title before a common word", () => {
    expect(officials(run("Các giám đốc sở đã có mặt đông đủ."))).toEqual([]);
  });
});
