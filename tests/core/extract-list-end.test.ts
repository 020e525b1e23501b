/**
 * A list of targets under its heading ends where a line that is no item opens a sentence of its own:
 * the results told after the list are not read as more targets. A sub-heading between items ("Xã
 * hội:") still heads more of them. Texts written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

const tenses = (text: string): [string, number | null, string | null][] =>
  read(text).map((p) => [p.name, p.actual, p.planText]);

describe("a target list under its heading", () => {
  it("ends at a line that opens a sentence after the items", () => {
    const text = [
      "Các chỉ tiêu chủ yếu đến năm 2031:",
      "- Thu nhập bình quân đầu người đạt trên 140 triệu đồng.",
      "- Tỷ lệ che phủ rừng đạt 47%.",
      "Năm 2027, thu ngân sách trên địa bàn đạt 6.318 tỷ đồng.",
    ].join("\n");
    expect(tenses(text)).toEqual([
      ["Thu nhập bình quân đầu người", null, "trên 140"],
      ["Tỷ lệ che phủ rừng", null, "47%"],
      ["Thu ngân sách trên địa bàn", 6318, null],
    ]);
  });

  it("goes on over a sub-heading between its items", () => {
    const text = [
      "Chỉ tiêu năm 2028 của xã Vĩnh Thạnh Đông:",
      "Kinh tế:",
      "- Sản lượng lương thực 21.500 tấn.",
      "Xã hội:",
      "- Tỷ lệ hộ gia đình văn hóa 93%.",
    ].join("\n");
    expect(tenses(text)).toEqual([
      ["Sản lượng lương thực", null, "21.500"],
      ["Tỷ lệ hộ gia đình văn hóa", null, "93%"],
    ]);
  });
});
