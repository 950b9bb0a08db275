import { describe, expect, it } from "vitest";
import { expectOfficial, officials, run, top } from "./helpers.js";

const persons = (text: string) => top(run(text), "PERSON").map((p) => p.text);

describe("official: names", () => {
  it("finds a Vietnamese name from a listed surname and given syllables, with no context", () => {
    expect(persons("Trong buổi sáng, Nguyễn Thị Hồng Nhung đã về đến nhà.")).toEqual(["Nguyễn Thị Hồng Nhung"]);
  });

  it("finds a name whose given syllables are not listed when a title stands before it", () => {
    expectOfficial("Thứ trưởng Đinh Khắc Xuyến dự lễ.", { text: "Thứ trưởng Đinh Khắc Xuyến", person: "Đinh Khắc Xuyến", titles: ["Thứ trưởng"] });
  });

  it("finds Sino-Vietnamese renderings of Chinese names", () => {
    expectOfficial("Bộ trưởng Tài chính Trung Quốc Lam Phật An phát biểu.", {
      text: "Bộ trưởng Tài chính Trung Quốc Lam Phật An",
      person: "Lam Phật An",
      titles: ["Bộ trưởng Tài chính Trung Quốc"],
      parts: ["TITLE Bộ trưởng Tài chính", "LOC Trung Quốc", "PERSON Lam Phật An"],
    });
    expect(persons("Đồng chí Hứa Kim Long tham dự.")).toEqual(["Hứa Kim Long"]);
  });

  it("finds Western names after a title and its country", () => {
    expectOfficial("Tổng thống Chile Ana Ruiz thăm Hà Nội.", {
      text: "Tổng thống Chile Ana Ruiz",
      person: "Ana Ruiz",
      titles: ["Tổng thống Chile"],
      parts: ["TITLE Tổng thống", "LOC Chile", "PERSON Ana Ruiz"],
    });
  });

  it("keeps a Malay formal name whole with its honorifics and bin", () => {
    expect(persons("Phát biểu có ông Dato Seri Ahmad Faizal bin Osman.")).toEqual(["Dato Seri Ahmad Faizal bin Osman"]);
  });

  it("finds a foreign name with accents that are not Vietnamese", () => {
    expect(persons("Nhà văn José Saramago từng đến đây.")).toEqual(["José Saramago"]);
  });

  it.each(["ông", "bà", "đồng chí", "ngài", "Ông", "Bà"])("leaves the address word %s out of the name", (addr) => {
    // Capitalized, the address word starts the sentence.
    const text = addr[0] === addr[0]!.toUpperCase() ? `${addr} Lê Hoàng Minh đến muộn.` : `Hôm ấy ${addr} Lê Hoàng Minh đến muộn.`;
    const doc = run(text);
    const p = top(doc, "PERSON");
    expect(p.map((x) => x.text)).toEqual(["Lê Hoàng Minh"]);
    expect(p[0]!.start).toBe(text.indexOf("Lê Hoàng Minh"));
  });

  it("reads a given name alone after ông or bà as a PERSON", () => {
    expect(persons("Theo bà Lan, giá vàng tăng mạnh.")).toEqual(["Lan"]);
  });

  it("reads each name in a list after các đồng chí as a PERSON", () => {
    expect(persons("Dự có các đồng chí Lê Văn An, Vũ Thị Bình và Hồ Minh Châu.")).toEqual(["Lê Văn An", "Vũ Thị Bình", "Hồ Minh Châu"]);
  });

  it("keeps religious honorifics out of the name and out of the OFFICIAL", () => {
    const o = expectOfficial("Đại đức Thích Minh Tâm, Phó Trưởng ban Trị sự, dẫn đoàn.", {
      text: "Thích Minh Tâm, Phó Trưởng ban Trị sự",
      person: "Thích Minh Tâm",
      titles: ["Phó Trưởng ban Trị sự"],
    });
    expect(o.rank).toBeNull();
  });

  it("finds initials and bylines", () => {
    expect(persons("Theo lời anh N.V.T., vụ việc xảy ra lúc nửa đêm.")).toEqual(["N.V.T."]);
    expect(persons("Nạn nhân là ông Lê Văn K. ở xã bên.")).toEqual(["Lê Văn K."]);
    expect(persons("Bài viết kết thúc.\n\nMinh Khôi\n\nIn bài")).toEqual(["Minh Khôi"]);
    expect(persons("(Ảnh: Thu Hà)")).toEqual(["Thu Hà"]);
    expect(persons("Dọn vệ sinh đường phố. (Ảnh: MINH KHÔI)")).toEqual(["MINH KHÔI"]);
  });

  it("finds a name withheld as one letter", () => {
    expect(persons("Nguyễn Văn A (SN 1990) bị bắt.")).toEqual(["Nguyễn Văn A"]);
  });

  it("does not read places and street names as people", () => {
    expect(persons("Đường Trần Hưng Đạo và phố Lê Lợi bị ngập; tỉnh Hà Giang có mưa.")).toEqual([]);
  });

  it("does not read acronyms or words inside a longer proper name as people", () => {
    expect(persons("Cơ chế UNODC ASEAN được duy trì.")).toEqual([]);
    expect(persons("Ông được tặng Huân chương Trường Sơn Vàng.")).toEqual([]);
  });

  it("does not read a title after đồng chí as a name", () => {
    expect(run("Buổi làm việc với đồng chí Giám đốc kéo dài.").spans).toEqual([]);
    expect(officials(run("Buổi làm việc với đồng chí Giám đốc kéo dài."))).toEqual([]);
  });
});

describe("official: transliterations", () => {
  it("reads a transliteration in parentheses after a name as a second PERSON of the same person", () => {
    const doc = run("Ông John Miller (Giôn Min-lơ) phát biểu.");
    const p = top(doc, "PERSON");
    expect(p.map((x) => x.text)).toEqual(["John Miller", "Giôn Min-lơ"]);
    expect(p[1]!.entityId).toBe(p[0]!.entityId);
  });

  it("keeps the transliteration outside the OFFICIAL", () => {
    const doc = run("Tổng thống Chile Ana Ruiz (A-na Ru-ít) thăm Hà Nội.");
    expect(officials(doc).map((o) => o.text)).toEqual(["Tổng thống Chile Ana Ruiz"]);
    expect(top(doc, "PERSON").map((x) => x.text)).toEqual(["A-na Ru-ít"]);
  });
});

describe("official: foreign names in running text", () => {
  it("keeps hyphenated parts of a foreign name", () => {
    expect(persons("Huấn luyện viên Kim Sang-woo chia tay đội bóng.")).toEqual(["Kim Sang-woo"]);
  });

  it("does not take a Vietnamese word that opens the sentence into a foreign name", () => {
    expect(persons("Theo Bloomberg, giá vàng tăng.")).toEqual([]);
  });
});
