import { describe, expect, it } from "vitest";
import { expectOfficial, officials, partsOf, run, top } from "./helpers.js";

describe("official: ranks", () => {
  it.each([
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
    "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn úy",
    "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì",
    "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
  ])("rank %s before a name is a RANK inside the OFFICIAL", (rank) => {
    const text = `Hôm qua, ${rank} Lê Văn Hòa đã về thăm đơn vị.`;
    expectOfficial(text, { text: `${rank} Lê Văn Hòa`, person: "Lê Văn Hòa", rank, titles: [], parts: [`RANK ${rank}`, "PERSON Lê Văn Hòa"] });
  });

  it("accepts the new-style tone placement and keeps the text as written", () => {
    expectOfficial("Đại uý Trần Minh Khoa trực ban.", { text: "Đại uý Trần Minh Khoa", person: "Trần Minh Khoa", rank: "Đại uý", titles: [] });
  });

  it("treats a lowercase rank as a rank", () => {
    expectOfficial("Cùng đi có đại tá Phan Quốc Việt.", { text: "đại tá Phan Quốc Việt", person: "Phan Quốc Việt", rank: "đại tá", titles: [] });
  });

  it("attaches a rank only to the name right after it", () => {
    const doc = run("Thượng tá Lý Cường, Mai Văn Tùng và các chiến sĩ đã có mặt.");
    expect(officials(doc).map((o) => o.text)).toEqual(["Thượng tá Lý Cường"]);
    expect(top(doc, "PERSON").map((p) => p.text)).toEqual(["Mai Văn Tùng"]);
  });

  it("gives no RANK span for a rank without a name", () => {
    const doc = run("Anh được thăng quân hàm Đại tá vào năm ngoái.");
    expect(doc.spans).toEqual([]);
  });

  it("steps over an honorary phrase before the rank and leaves it out of the span", () => {
    const doc = run("Anh hùng Lực lượng vũ trang nhân dân, Đại tá Trần Văn Hùng đã nghỉ hưu.");
    const [o] = officials(doc);
    expect(o!.text).toBe("Đại tá Trần Văn Hùng");
    expect(partsOf(doc, o!)).toEqual(["RANK Đại tá", "PERSON Trần Văn Hùng"]);
  });

  it("keeps a rank that follows the titles in the OFFICIAL", () => {
    expectOfficial("Phó Giám đốc Công an tỉnh Bình An, Đại tá Hồ Văn Lực cho biết.", {
      text: "Phó Giám đốc Công an tỉnh Bình An, Đại tá Hồ Văn Lực",
      person: "Hồ Văn Lực",
      rank: "Đại tá",
      titles: ["Phó Giám đốc Công an tỉnh Bình An"],
    });
  });
});
