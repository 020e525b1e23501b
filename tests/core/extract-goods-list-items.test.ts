/**
 * A sentence's topic that names kinds of goods ("Các mặt hàng chủ lực: …") heads a list of those goods:
 * each item's money is named by the item alone, not by the item and the topic (src/core/extract.ts).
 * Sentences written for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("items of a list of goods", () => {
  // (the trade the head names stays: every keyed list of exports names its items "Xuất khẩu …")
  it("are named by the goods, not by the topic", () => {
    expect(rows("Nhóm hàng xuất khẩu chính: hạt điều 428,6 triệu USD, hồ tiêu 97,2 triệu USD.")).toEqual([
      ["Xuất khẩu hạt điều", "triệu USD", 428.6],
      ["Xuất khẩu hồ tiêu", "triệu USD", 97.2],
    ]);
  });
});
