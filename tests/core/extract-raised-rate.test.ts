/**
 * A rate raised to a level, "nâng / đưa tỷ lệ … lên X%" (src/core/extract-raised-rate.ts): named by
 * the rate whole, its inner comma included. Sentences written for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("a rate raised to a level", () => {
  it("is named by the rate the verb raises, not by the verb or the words after a comma", () => {
    expect(
      rows(
        "Trong năm, huyện đã lắp đặt 214 camera giám sát, nâng tỷ lệ tuyến phố được giám sát, ghi hình lên 67,5%; cải tạo 12 km kênh, đưa tỷ trọng kênh được kiên cố lên 81%.",
      ),
    ).toEqual([
      ["Lắp đặt camera giám sát", "camera", 214],
      ["Tỷ lệ tuyến phố được giám sát, ghi hình", "%", 67.5],
      ["Cải tạo kênh", "km", 12],
      ["Tỷ trọng kênh được kiên cố", "%", 81],
    ]);
  });
});
