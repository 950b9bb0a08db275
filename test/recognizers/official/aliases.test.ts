import { describe, expect, it } from "vitest";
import { expectOfficial, run, top } from "./helpers.js";

const persons = (text: string) => top(run(text), "PERSON");

describe("official: aliases in parentheses after a name", () => {
  it("makes the alias with its quoted nickname a second PERSON of the same person", () => {
    const text = "Bị can Vũ Văn Tài (tức Tài “râu”) đã ra đầu thú.";
    const p = persons(text);
    expect(p.map((x) => x.text)).toEqual(["Vũ Văn Tài", "Tài “râu”"]);
    expect(p[1]!.start).toBe(text.indexOf("Tài “râu”"));
    expect(p[1]!.entityId).toBe(p[0]!.entityId);
  });

  it("ends the alias at a comma inside the parenthesis", () => {
    expect(persons('Đối tượng Lê Văn Hải (biệt danh Hải "còi", 40 tuổi) bị bắt.').map((x) => x.text)).toEqual(["Lê Văn Hải", 'Hải "còi"']);
  });

  it("reads the alias as a part of an OFFICIAL whose titles follow it in the parenthesis", () => {
    expectOfficial("Bị can Vũ Văn Tài (tức Tài “râu”, nguyên Phó Giám đốc Sở Tài chính) bị bắt.", {
      text: "Vũ Văn Tài (tức Tài “râu”, nguyên Phó Giám đốc Sở Tài chính)",
      person: "Vũ Văn Tài",
      titles: ["nguyên Phó Giám đốc Sở Tài chính"],
      parts: ["PERSON Vũ Văn Tài", "PERSON Tài “râu”", "TITLE nguyên Phó Giám đốc", "ORG Sở Tài chính"],
    });
  });

  it("takes no alias from a lowercase restatement after tức", () => {
    expect(persons("Ông Lê Văn Tám (tức người đứng đầu nhóm) bị bắt.").map((x) => x.text)).toEqual(["Lê Văn Tám"]);
  });
});

describe("official: a preposition opening a sentence starts no name", () => {
  it("does not read the source after Theo in a photo credit as a name", () => {
    expect(persons("Ảnh: Theo VnExpress").map((x) => x.text)).toEqual([]);
  });

  it("still reads a name whose surname is also a preposition at the start of a sentence", () => {
    expect(persons("Từ Văn Minh phát biểu tại hội nghị.").map((x) => x.text)).toEqual(["Từ Văn Minh"]);
  });

  it("still reads a name after the preposition", () => {
    expect(persons("Theo Nguyễn Thị Lan, giá vàng tăng.").map((x) => x.text)).toEqual(["Nguyễn Thị Lan"]);
  });
});
