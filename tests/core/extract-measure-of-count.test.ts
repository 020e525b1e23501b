/**
 * A size said right after a count ("7 tuyến kênh dài 12,4 km", "4 bãi rác có diện tích 9,5 ha") is
 * the size of what was counted; a length before a noun ("đắp 640 m đê bao") is a measure, not a
 * count, and how the thing is made ("bằng đá hộc") is no part of its name. Sentences written for
 * these tests; none is in the corpus.
 */
import { nameActualUnit as rows, read } from "./proposals";

describe("a size right after a count", () => {
  it("is the length of what was counted", () => {
    expect(rows(read("Năm nay huyện đã nạo vét 7 tuyến kênh nội đồng dài 12,4 km."))).toEqual([
      ["Nạo vét tuyến kênh nội đồng", 7, "tuyến"],
      ["Chiều dài tuyến kênh nội đồng", 12.4, "km"],
    ]);
  });

  it("keeps 'tổng' and reads an area the same way", () => {
    const got = rows(read("Thành phố đóng cửa 4 bãi rác tạm có tổng diện tích 9,5 ha."));
    expect(got[1]).toEqual(["Tổng diện tích bãi rác tạm", 9.5, "ha"]);
  });
});

describe("a length before the noun it measures", () => {
  it("is in m, named by the verb and the noun, without what it is made of", () => {
    expect(rows(read("Trong quý III, xã đã đắp 640 m đê bao bằng đá hộc."))).toEqual([
      ["Đắp đê bao", 640, "m"],
    ]);
  });
});
