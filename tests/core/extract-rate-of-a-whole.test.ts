/**
 * "N <count>, đạt X% <whole>": the count's share of a whole named after the %, a rate of its own,
 * named by the count against that whole when the whole takes many words. Sentences written for these
 * tests; none is in the corpus.
 */
import { find, read } from "./proposals";

describe("a count's share of a whole of many words", () => {
  it("names the share of the labour force by who joined", () => {
    const got = read(
      "Số người tham gia bảo hiểm thất nghiệp 61.380 người, đạt 29,4% lực lượng lao động trong độ tuổi.",
    );
    expect(find(got, 29.4)?.unit).toBe("%");
    expect(find(got, 29.4)?.name).toBe(
      "Tỷ lệ người tham gia bảo hiểm thất nghiệp so với lực lượng lao động trong độ tuổi",
    );
  });

  it("names the share of the sown area by what was harvested", () => {
    const got = read("Đến ngày 15/11, nông dân đã thu hoạch 5.430 ha ngô, đạt 57,9% diện tích gieo trồng.");
    expect(find(got, 57.9)?.name.toLowerCase()).toContain("so với diện tích gieo trồng");
    expect(find(got, 57.9)?.pctPlan ?? null).toBeNull();
  });
});
