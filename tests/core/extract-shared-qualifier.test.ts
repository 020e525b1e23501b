/**
 * Two counts of one action listed side by side share the words after the last of them
 * (src/core/extract-shared-qualifier.ts). Sentences written for these tests; none is in the corpus.
 */
import { nameUnitOf as names } from "./proposals";

describe("counts of one action listed together", () => {
  it("give the first count the words said after the second", () => {
    expect(
      names(
        "Trong quý II, lực lượng công an phát hiện, bắt giữ 27 vụ, 41 đối tượng buôn bán hàng cấm.",
      ).slice(0, 2),
    ).toEqual([
      // Cases beside their people are named as the offence the people's words say (extract-proposals).
      ["Vụ buôn bán hàng cấm bị phát hiện, bắt giữ", "vụ"],
      ["Phát hiện, bắt giữ đối tượng buôn bán hàng cấm", "đối tượng"],
    ]);
  });

  it("leave counts of different actions as they were", () => {
    const got = names("Khởi tố 12 vụ, truy tố 18 bị can về tội đánh bạc.");
    expect(got[0]?.[0]).not.toMatch(/đánh bạc/u);
  });
});
