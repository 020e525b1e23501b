/**
 * Counts of cases and casualties named only by what they count ("Số vụ", "Người chết"), named after
 * the event their sentence opened with (src/core/extract-event-counts.ts). Sentences written for
 * these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("counts of an event's cases and casualties", () => {
  it("take the event named at the head of the sentence", () => {
    expect(
      rows(
        "Tai nạn giao thông 9 tháng năm 2026 giảm cả ba mặt: số vụ giảm 7,5%, còn 74 vụ; số người chết giảm 4,1%, còn 47 người; số người bị thương giảm 12%, còn 29 người.",
      ).filter((r) => r[1] !== "%"),
    ).toEqual([
      ["Số vụ tai nạn giao thông", "vụ", 74],
      ["Số người chết do tai nạn giao thông", "người", 47],
      ["Số người bị thương do tai nạn giao thông", "người", 29],
    ]);
  });

  it("take the event of a heading before a colon", () => {
    const got = rows("Tình hình cháy, nổ quý III trên địa bàn thị xã: xảy ra 6 vụ, làm chết 1 người.");
    expect(got.map((r) => r[0])).toEqual(["Vụ cháy, nổ", "Số người chết do cháy, nổ"]);
  });

  it("leave a count with no event before it as it was", () => {
    expect(rows("Tòa án nhân dân huyện đã thụ lý 214 vụ, giải quyết 198 vụ.")[0]?.[0]).not.toMatch(
      /tai nạn|cháy/u,
    );
  });
});
