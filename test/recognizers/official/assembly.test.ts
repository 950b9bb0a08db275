import { describe, expect, it } from "vitest";
import type { Recognizer } from "../../../src/index.js";
import { expectOfficial, officials, partsOf, run, top } from "./helpers.js";

/** A stand-in ORG recognizer: proposes the listed names wherever they occur. */
function orgs(...names: string[]): Recognizer {
  return {
    name: "test-orgs",
    types: ["ORG"],
    recognize: (ctx) =>
      names.flatMap((n) => {
        const out = [];
        for (let at = ctx.view.indexOf(n); at >= 0; at = ctx.view.indexOf(n, at + 1)) out.push({ type: "ORG" as const, start: at, end: at + n.length, source: "test" });
        return out;
      }),
  };
}

describe("official: assembly of rank, name and titles", () => {
  it("rank, name, then titles in apposition, each title with its organization", () => {
    const o = expectOfficial("Hôm qua, Trung tướng Phạm Văn Dũng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Y tế đã dự.", {
      text: "Trung tướng Phạm Văn Dũng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Y tế",
      person: "Phạm Văn Dũng",
      rank: "Trung tướng",
      titles: ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Y tế"],
      parts: ["RANK Trung tướng", "PERSON Phạm Văn Dũng", "TITLE Ủy viên", "ORG Trung ương Đảng", "TITLE Thứ trưởng", "ORG Bộ Y tế"],
    });
    expect(o.titles[1]).toEqual({ title: "Thứ trưởng", org: "Bộ Y tế", text: "Thứ trưởng Bộ Y tế" });
  });

  it("name first, then a title whose organization names a country", () => {
    expectOfficial("Buổi lễ do đồng chí Trương Kiến Hoa, Thứ trưởng Bộ Tư pháp Campuchia chủ trì.", {
      text: "Trương Kiến Hoa, Thứ trưởng Bộ Tư pháp Campuchia",
      person: "Trương Kiến Hoa",
      titles: ["Thứ trưởng Bộ Tư pháp Campuchia"],
      parts: ["PERSON Trương Kiến Hoa", "TITLE Thứ trưởng", "ORG Bộ Tư pháp Campuchia"],
    });
  });

  it("title and organization first, the name right after the organization", () => {
    expectOfficial("Sau đó, Bộ trưởng Bộ Nội vụ Campuchia Sar Kheng thăm trường.", {
      text: "Bộ trưởng Bộ Nội vụ Campuchia Sar Kheng",
      person: "Sar Kheng",
      titles: ["Bộ trưởng Bộ Nội vụ Campuchia"],
    });
  });

  it("several titles before the name, joined by commas", () => {
    expectOfficial("Phó Thủ tướng, Bộ trưởng Tư pháp Lê Thành Long phát biểu.", {
      text: "Phó Thủ tướng, Bộ trưởng Tư pháp Lê Thành Long",
      person: "Lê Thành Long",
      titles: ["Phó Thủ tướng", "Bộ trưởng Tư pháp"],
    });
  });

  it("titles joined by kiêm", () => {
    expectOfficial("Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Đỗ Văn Chiến chủ trì.", {
      text: "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Đỗ Văn Chiến",
      person: "Đỗ Văn Chiến",
      titles: ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
    });
  });

  it("a dash joins a name and its title", () => {
    expectOfficial("Thượng tá Mai Văn Sơn - Trưởng phòng Cảnh sát giao thông cho biết.", {
      text: "Thượng tá Mai Văn Sơn - Trưởng phòng Cảnh sát giao thông",
      person: "Mai Văn Sơn",
      rank: "Thượng tá",
      titles: ["Trưởng phòng Cảnh sát giao thông"],
      parts: ["RANK Thượng tá", "PERSON Mai Văn Sơn", "TITLE Trưởng", "ORG phòng Cảnh sát giao thông"],
    });
  });

  it("a title in parentheses after the name, through the closing parenthesis", () => {
    expectOfficial("Ông Trần Minh Đức (nguyên Giám đốc Sở Xây dựng) vắng mặt.", {
      text: "Trần Minh Đức (nguyên Giám đốc Sở Xây dựng)",
      person: "Trần Minh Đức",
      titles: ["nguyên Giám đốc Sở Xây dựng"],
    });
  });

  it("several titles inside the parentheses, and a parenthesis that holds more than titles stays out", () => {
    expectOfficial("Ông Trần Minh Đức (nguyên Giám đốc Sở Xây dựng, nguyên Phó Chủ tịch UBND tỉnh) vắng mặt.", {
      text: "Trần Minh Đức (nguyên Giám đốc Sở Xây dựng, nguyên Phó Chủ tịch UBND tỉnh)",
      person: "Trần Minh Đức",
      titles: ["nguyên Giám đốc Sở Xây dựng", "nguyên Phó Chủ tịch UBND tỉnh"],
    });
    expectOfficial("Đại tá Lê Văn Hòa (Giám đốc Sở Y tế, sinh năm 1970) cho biết.", { text: "Đại tá Lê Văn Hòa", person: "Lê Văn Hòa", rank: "Đại tá", titles: [] });
  });

  it("ends where the clause goes on", () => {
    expectOfficial("Đoàn do Thiếu tướng Hà Văn Tới, Cục trưởng Cục An ninh mạng làm trưởng đoàn.", {
      text: "Thiếu tướng Hà Văn Tới, Cục trưởng Cục An ninh mạng",
      person: "Hà Văn Tới",
      rank: "Thiếu tướng",
      titles: ["Cục trưởng Cục An ninh mạng"],
    });
  });

  it("ends before a unit that follows the last title after a comma", () => {
    expectOfficial("Đại tá Hà Văn Nam, Phó Chỉ huy trưởng, Lữ đoàn 99 đã báo cáo.", {
      text: "Đại tá Hà Văn Nam, Phó Chỉ huy trưởng",
      person: "Hà Văn Nam",
      rank: "Đại tá",
      titles: ["Phó Chỉ huy trưởng"],
    });
  });

  it("two officials joined by và stay two", () => {
    const doc = run("Bộ trưởng Lê Văn Thành và Thứ trưởng Bộ Công Thương Phan Thị Hà đã ký.");
    expect(officials(doc).map((o) => o.text)).toEqual(["Bộ trưởng Lê Văn Thành", "Thứ trưởng Bộ Công Thương Phan Thị Hà"]);
  });

  it("a place or an event in the title's slot is a LOC or EVENT part", () => {
    const o = expectOfficial("Đại sứ Nhật Bản tại Việt Nam Yamada Takio trao quà.", {
      text: "Đại sứ Nhật Bản tại Việt Nam Yamada Takio",
      person: "Yamada Takio",
      titles: ["Đại sứ Nhật Bản tại Việt Nam"],
      parts: ["TITLE Đại sứ", "LOC Nhật Bản", "LOC Việt Nam", "PERSON Yamada Takio"],
    });
    expect(o.titles[0]!.org).toBe("Nhật Bản tại Việt Nam");
    expectOfficial("Ông Lim Boon Heng, Chủ tịch Hội nghị ABC 7, phát biểu.", {
      text: "Lim Boon Heng, Chủ tịch Hội nghị ABC 7",
      person: "Lim Boon Heng",
      titles: ["Chủ tịch Hội nghị ABC 7"],
      parts: ["PERSON Lim Boon Heng", "TITLE Chủ tịch", "EVENT Hội nghị ABC 7"],
    });
  });

  it("an acronym in parentheses in the slot is one more part", () => {
    expectOfficial("Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Lào Kim Sato phát biểu.", {
      text: "Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Lào Kim Sato",
      person: "Kim Sato",
      titles: ["Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Lào"],
      parts: ["TITLE Trưởng đại diện", "ORG Quỹ Nhi đồng Liên hợp quốc", "ORG UNICEF", "LOC Lào", "PERSON Kim Sato"],
    });
  });

  it("fills the slot from an ORG candidate of the ORG recognizer when there is one", () => {
    expectOfficial(
      "Giám đốc Trung tâm Ánh Dương Xanh Lê Thị Mơ phát biểu.",
      { text: "Giám đốc Trung tâm Ánh Dương Xanh Lê Thị Mơ", person: "Lê Thị Mơ", titles: ["Giám đốc Trung tâm Ánh Dương Xanh"], parts: ["TITLE Giám đốc", "ORG Trung tâm Ánh Dương Xanh", "PERSON Lê Thị Mơ"] },
      [orgs("Trung tâm Ánh Dương Xanh")],
    );
  });

  it("trims an ORG candidate that ran into the person's name", () => {
    expectOfficial(
      "Bộ trưởng Bộ Y tế Nhật Bản Vương Tiểu Long phát biểu.",
      { text: "Bộ trưởng Bộ Y tế Nhật Bản Vương Tiểu Long", person: "Vương Tiểu Long", titles: ["Bộ trưởng Bộ Y tế Nhật Bản"] },
      [orgs("Bộ Y tế Nhật Bản Vương Tiểu Long")],
    );
  });

  it("the organization right before the name is an ORG part", () => {
    const doc = run("Bộ trưởng Bộ Xây dựng Lê Quang Vinh chủ trì.");
    expect(partsOf(doc, officials(doc)[0]!)).toEqual(["TITLE Bộ trưởng", "ORG Bộ Xây dựng", "PERSON Lê Quang Vinh"]);
  });
});

describe("official: what is not an official", () => {
  it("a plural or generic title gives no OFFICIAL", () => {
    expect(officials(run("Các Bộ trưởng ASEAN thông qua tuyên bố."))).toEqual([]);
    expect(officials(run("Dự có các đồng chí Giám đốc sở của một số tỉnh."))).toEqual([]);
  });

  it("a plural title before a list gives one PERSON per name", () => {
    const doc = run("Các đồng chí Phó Giám đốc Sở Nội vụ: Lê Văn An, Vũ Thị Bình đã dự.");
    expect(officials(doc)).toEqual([]);
    expect(top(doc, "PERSON").map((p) => p.text)).toEqual(["Lê Văn An", "Vũ Thị Bình"]);
  });

  it("a title with no name gives no OFFICIAL", () => {
    expect(officials(run("Giám đốc Sở Y tế cho biết bệnh viện đã sẵn sàng."))).toEqual([]);
    expect(officials(run("Thủ tướng: cần tiếp tục cải cách."))).toEqual([]);
  });

  it("a title used as a predicate is not attached to the name", () => {
    const doc = run("Ông Phan Văn Tú giữ chức Giám đốc Sở Y tế từ năm 2020.");
    expect(officials(doc)).toEqual([]);
    expect(top(doc, "PERSON").map((p) => p.text)).toEqual(["Phan Văn Tú"]);
  });

  it("a person with no rank or title is a PERSON, not an OFFICIAL", () => {
    const doc = run("Bà Nguyễn Thị Thu tiếp đoàn khách.");
    expect(officials(doc)).toEqual([]);
    expect(top(doc, "PERSON").map((p) => p.text)).toEqual(["Nguyễn Thị Thu"]);
  });
});

describe("official: settled cases of the annotation rules", () => {
  it("a parent body in parentheses inside a title is one more ORG part", () => {
    expectOfficial("Bà Hà Lan Anh, Vụ trưởng Vụ Pháp chế (Bộ Nội vụ) cho biết.", {
      text: "Hà Lan Anh, Vụ trưởng Vụ Pháp chế (Bộ Nội vụ)",
      person: "Hà Lan Anh",
      titles: ["Vụ trưởng Vụ Pháp chế (Bộ Nội vụ)"],
      parts: ["PERSON Hà Lan Anh", "TITLE Vụ trưởng", "ORG Vụ Pháp chế", "ORG Bộ Nội vụ"],
    });
  });

  it("a modifier after the organization is inside the OFFICIAL and in no span", () => {
    expectOfficial("Bộ trưởng Bộ Tài chính thứ hai Singapore Lim Wei đến thăm.", {
      text: "Bộ trưởng Bộ Tài chính thứ hai Singapore Lim Wei",
      person: "Lim Wei",
      titles: ["Bộ trưởng Bộ Tài chính thứ hai Singapore"],
      parts: ["TITLE Bộ trưởng", "ORG Bộ Tài chính", "LOC Singapore", "PERSON Lim Wei"],
    });
  });

  it("khóa stays out of the organization", () => {
    expectOfficial("Chủ tịch HĐND tỉnh Bình An khóa X Lê Văn Tám phát biểu.", {
      text: "Chủ tịch HĐND tỉnh Bình An khóa X Lê Văn Tám",
      person: "Lê Văn Tám",
      titles: ["Chủ tịch HĐND tỉnh Bình An khóa X"],
      parts: ["TITLE Chủ tịch", "ORG HĐND tỉnh Bình An", "PERSON Lê Văn Tám"],
    });
  });

  it("an event's organizing committee stays in the TITLE; a standing commission is an ORG", () => {
    expectOfficial("Ông Đỗ Văn Bình, Trưởng Ban Tổ chức Liên hoan Ẩm thực Sông Đà 2024, cho biết.", {
      text: "Đỗ Văn Bình, Trưởng Ban Tổ chức Liên hoan Ẩm thực Sông Đà 2024",
      person: "Đỗ Văn Bình",
      titles: ["Trưởng Ban Tổ chức Liên hoan Ẩm thực Sông Đà 2024"],
      parts: ["PERSON Đỗ Văn Bình", "TITLE Trưởng Ban Tổ chức", "EVENT Liên hoan Ẩm thực Sông Đà 2024"],
    });
    expectOfficial("Đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương dự.", {
      text: "Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương",
      person: "Lê Minh Hưng",
      titles: ["Trưởng Ban Tổ chức Trung ương"],
      parts: ["PERSON Lê Minh Hưng", "TITLE Trưởng", "ORG Ban Tổ chức Trung ương"],
    });
  });

  it("a unit and its parent place after a comma are two parts when the name follows", () => {
    expectOfficial("Chủ tịch UBND huyện Tam Hà, tỉnh Bình An Lê Văn Tám phát biểu.", {
      text: "Chủ tịch UBND huyện Tam Hà, tỉnh Bình An Lê Văn Tám",
      person: "Lê Văn Tám",
      titles: ["Chủ tịch UBND huyện Tam Hà, tỉnh Bình An"],
      parts: ["TITLE Chủ tịch", "ORG UBND huyện Tam Hà", "LOC tỉnh Bình An", "PERSON Lê Văn Tám"],
    });
  });

  it("an appositive place after the last title stays outside", () => {
    expectOfficial("Ông Viên Gia Hòa, Bí thư thành ủy Trùng Khánh, Trung Quốc dự.", {
      text: "Viên Gia Hòa, Bí thư thành ủy Trùng Khánh",
      person: "Viên Gia Hòa",
      titles: ["Bí thư thành ủy Trùng Khánh"],
    });
  });

  it("a guessed ORG that is all a person's name does not fill the slot", () => {
    expectOfficial("Sau đó, Thứ trưởng Lê Quang Tâm phát biểu.", { text: "Thứ trưởng Lê Quang Tâm", person: "Lê Quang Tâm", titles: ["Thứ trưởng"] }, [orgs("Lê Quang Tâm")]);
  });
});

describe("official: generic units after a title", () => {
  it("keeps a lowercase generic unit in the title's text, in no span", () => {
    const o = expectOfficial("Bác sĩ Nguyễn Văn Bình, Giám đốc bệnh viện, cho biết.", {
      text: "Nguyễn Văn Bình, Giám đốc bệnh viện",
      person: "Nguyễn Văn Bình",
      titles: ["Giám đốc bệnh viện"],
      parts: ["PERSON Nguyễn Văn Bình", "TITLE Giám đốc"],
    });
    expect(o.titles[0]!.org).toBeNull();
    expectOfficial("Giám đốc bệnh viện Nguyễn Văn An cho biết.", { text: "Giám đốc bệnh viện Nguyễn Văn An", person: "Nguyễn Văn An", titles: ["Giám đốc bệnh viện"] });
  });
});
