import { describe, expect, it } from "vitest";
import { officials, run, top } from "./helpers.js";

describe("official: in-document memory", () => {
  const text =
    "Đại tá Lê Quốc Hùng, Giám đốc Sở Y tế, dự hội nghị. " +
    "Phát biểu tại đây, Giám đốc Lê Quốc Hùng nhấn mạnh vai trò hợp tác. " +
    "Theo ông Hùng, hai bên cần trao đổi thông tin. Bà Trần Thị Mai cũng có mặt.";
  const doc = run(text);

  it("gives later mentions of a person the entityId of the first", () => {
    const offs = officials(doc);
    expect(offs.map((o) => o.person)).toEqual(["Lê Quốc Hùng", "Lê Quốc Hùng"]);
    expect(offs[0]!.entityId).toBeDefined();
    expect(offs[1]!.entityId).toBe(offs[0]!.entityId);
  });

  it("links a given name after ông to the person met before", () => {
    const short = top(doc, "PERSON").find((p) => p.text === "Hùng");
    expect(short?.start).toBe(text.indexOf("ông Hùng") + "ông ".length);
    expect(short?.entityId).toBe(officials(doc)[0]!.entityId);
  });

  it("gives the PERSON part of an OFFICIAL the OFFICIAL's entityId", () => {
    const o = officials(doc)[0]!;
    const part = doc.spans.find((s) => s.type === "PERSON" && s.parent === doc.spans.indexOf(o));
    expect(part?.entityId).toBe(o.entityId);
  });

  it("gives another person another entityId", () => {
    const mai = top(doc, "PERSON").find((p) => p.text === "Trần Thị Mai");
    expect(mai?.entityId).toBeDefined();
    expect(mai?.entityId).not.toBe(officials(doc)[0]!.entityId);
  });

  it("reads a title before the given name of a person met before as that person's OFFICIAL", () => {
    const d = run("Giám đốc Sở Y tế Trần Văn Thuấn dự họp. Cuối buổi, Giám đốc Thuấn kết luận.");
    const offs = officials(d);
    expect(offs.map((o) => o.text)).toEqual(["Giám đốc Sở Y tế Trần Văn Thuấn", "Giám đốc Thuấn"]);
    expect(offs[1]!.entityId).toBe(offs[0]!.entityId);
  });

  it("cuts a name that runs into the next word at the known name", () => {
    const d = run("Bộ trưởng Tô Văn Lâm đến dự. Bạn bè tặng Bộ trưởng Tô Văn Lâm Kỷ niệm chương.");
    expect(officials(d).map((o) => o.text)).toEqual(["Bộ trưởng Tô Văn Lâm", "Bộ trưởng Tô Văn Lâm"]);
  });
});
