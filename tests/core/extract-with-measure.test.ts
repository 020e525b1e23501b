/**
 * A works' measure said after "với" is named by the works the sentence opens with. Sentences written
 * for these tests; none is in the corpus.
 */
import { find, readNamesByRules } from "./proposals";

describe("a works' measure after 'với'", () => {
  it("names a plant's capacity by the plant", () => {
    const got = readNamesByRules(
      "Trong năm, Nhà máy nước sạch Bình Hòa đi vào hoạt động với công suất 12.000 m3/ngày đêm.",
    );
    expect(find(got, 12000)?.name).toBe("Công suất nhà máy nước sạch Bình Hòa");
  });

  it("names a total investment by the works started", () => {
    const got = readNamesByRules("Cầu Tân Phú được khởi công với tổng vốn 318 tỷ đồng.");
    expect(find(got, 318)?.name).toBe("Tổng vốn cầu Tân Phú");
  });
});
