import { describe, expect, it } from "vitest";
import { expectEvents } from "./helpers.js";

/*
 * linkEvents keys mentions in one pass when the text has no acronym (each by
 * its folded text), and works through maps only when some mention came with
 * an acronym's key. Both paths, and the ways a key spreads.
 */
describe("event: link keys", () => {
  it("without acronyms, mentions with the same folded text share one entity and others do not", () => {
    const spans = expectEvents("Hội chợ Nông sản Bắc Giang khai mạc. Sau Diễn đàn Du lịch Mê Kông, Hội chợ Nông sản Bắc Giang thu hút đông khách.", [
      "Hội chợ Nông sản Bắc Giang",
      "Diễn đàn Du lịch Mê Kông",
      "Hội chợ Nông sản Bắc Giang",
    ]);
    expect(spans[0]!.entityId).toBe(spans[2]!.entityId);
    expect(spans[1]!.entityId).not.toBe(spans[0]!.entityId);
  });

  it("a long form seen once with its acronym takes the acronym's key at its other mentions too", () => {
    const spans = expectEvents(
      "Hội nghị Bộ trưởng về ma túy lần thứ 7 (AMMD 7) khai mạc. Hội nghị Bộ trưởng về ma túy lần thứ 7 kết thúc. Diễn đàn Du lịch Mê Kông cũng họp.",
      ["Hội nghị Bộ trưởng về ma túy lần thứ 7", "AMMD 7", "Hội nghị Bộ trưởng về ma túy lần thứ 7", "Diễn đàn Du lịch Mê Kông"],
    );
    expect(new Set(spans.slice(0, 3).map((s) => s.entityId)).size).toBe(1);
    expect(spans[3]!.entityId).not.toBe(spans[0]!.entityId);
  });

  it("a head with only an acronym and its edition shares the acronym's entity", () => {
    const spans = expectEvents("Lào chủ trì AMMTC 14 tại Viêng Chăn. Hội nghị AMMTC 14 thông qua tuyên bố chung.", ["AMMTC 14", "Hội nghị AMMTC 14"]);
    expect(spans[1]!.entityId).toBe(spans[0]!.entityId);
  });
});
