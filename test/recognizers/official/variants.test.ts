import { describe, expect, it } from "vitest";
import type { Recognizer } from "../../../src/index.js";
import { expectOfficial, officials, run, top } from "./helpers.js";

describe("official: texts in capitals and without diacritics", () => {
  it("finds an official in a headline written in capitals", () => {
    expectOfficial("THỨ TRƯỞNG LÊ VĂN HÒA THAM DỰ HỘI NGHỊ", { text: "THỨ TRƯỞNG LÊ VĂN HÒA", person: "LÊ VĂN HÒA", titles: ["THỨ TRƯỞNG"] });
  });

  it("stops a unit's name in capitals before the clause", () => {
    expectOfficial("ĐỒNG CHÍ TRẦN VĂN SƠN, THỨ TRƯỞNG BỘ TƯ PHÁP CAMPUCHIA CHỦ TRÌ", {
      text: "TRẦN VĂN SƠN, THỨ TRƯỞNG BỘ TƯ PHÁP CAMPUCHIA",
      person: "TRẦN VĂN SƠN",
      titles: ["THỨ TRƯỞNG BỘ TƯ PHÁP CAMPUCHIA"],
    });
  });

  it("does not read a common word after ĐỒNG CHÍ in capitals as a name", () => {
    expect(top(run("CÁC ĐỒNG CHÍ LÃNH ĐẠO TỈNH ĐÃ DỰ"), "PERSON")).toEqual([]);
  });

  it("finds an official in text typed without diacritics", () => {
    expectOfficial("Hom qua, Dai ta Le Van Hoa, Giam doc So Y te da phat bieu.", {
      text: "Dai ta Le Van Hoa, Giam doc So Y te",
      person: "Le Van Hoa",
      rank: "Dai ta",
      titles: ["Giam doc So Y te"],
    });
  });

  it("does not read two undiacritized capitals as a name without context", () => {
    expect(top(run("Khach den tham Khu moi Ha An vao sang nay."), "PERSON")).toEqual([]);
  });
});

describe("official: slots next to other recognizers", () => {
  it("reads an ambiguous country form as the slot only when a name follows", () => {
    expectOfficial("Tổng thống Mỹ Joe Biden phát biểu.", {
      text: "Tổng thống Mỹ Joe Biden",
      person: "Joe Biden",
      titles: ["Tổng thống Mỹ"],
      parts: ["TITLE Tổng thống", "LOC Mỹ", "PERSON Joe Biden"],
    });
    expect(officials(run("Ông Trần Đức Mỹ, Giám đốc Sở, phát biểu.")).map((o) => o.person)).toEqual(["Trần Đức Mỹ"]);
  });

  it("keeps 'của' before the organization in the title's text", () => {
    expectOfficial("Bà Rina Hu, Giám đốc quốc gia của WB tại Việt Nam, nhận định.", {
      text: "Rina Hu, Giám đốc quốc gia của WB tại Việt Nam",
      person: "Rina Hu",
      titles: ["Giám đốc quốc gia của WB tại Việt Nam"],
      parts: ["PERSON Rina Hu", "TITLE Giám đốc quốc gia", "ORG WB", "LOC Việt Nam"],
    });
  });

  it("does not let a guessed LOC that swallows the name hide it", () => {
    const badLoc: Recognizer = {
      name: "bad-loc",
      types: ["LOC"],
      recognize: (ctx) => {
        const at = ctx.view.indexOf("Bản Kishida");
        return at < 0 ? [] : [{ type: "LOC", start: at, end: at + "Bản Kishida Fumio".length, source: "test" }];
      },
    };
    expectOfficial("Thủ tướng Nhật Bản Kishida Fumio đến Hà Nội.", { text: "Thủ tướng Nhật Bản Kishida Fumio", person: "Kishida Fumio", titles: ["Thủ tướng Nhật Bản"] }, [badLoc]);
  });
});
