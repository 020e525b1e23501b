/**
 * A numbered body or programme then its verb ("Tiểu dự án 2 giải quyết …", "Chi cục Khu vực 4 đề
 * ra: …", "Đội kiểm tra số 3 rà soát …"): the number is part of a name, the word after it a verb, so
 * nothing is counted in it (src/core/extract-figures.ts). Nouns that share the first syllable ("đề
 * tài", "giải thể thao") still count. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.actual ?? p.plan ?? p.planText, p.unit] as const);

describe("a numbered body before its verb", () => {
  it("counts nothing in the body's number", () => {
    expect(
      rows(
        "Tiểu dự án 2 giải quyết việc làm cho thanh niên vùng cao: năm 2028 hỗ trợ 430 lao động học nghề.",
      ),
    ).toEqual([[430, "lao động"]]);
    expect(
      rows(
        "Năm 2029, Chi cục Hải quan Khu vực 4 đề ra: kim ngạch xuất nhập khẩu qua cửa khẩu đạt 2,6 tỷ USD.",
      ),
    ).toEqual([[2.6, "tỷ USD"]]);
    expect(
      rows(
        "Cục ban hành kế hoạch giao Đội kiểm tra số 3 rà soát hồ sơ hoàn thuế, Đội 6 triển khai đối chiếu hóa đơn trước ngày 15/3/2029.",
      ),
    ).toEqual([]);
    expect(rows("Tổ công tác 2 đề xuất phương án sắp xếp trụ sở dôi dư trong tháng 4.")).toEqual([]);
  });

  it("still counts the nouns that start like those verbs", () => {
    expect(rows("Trong năm, tỉnh nghiệm thu 17 đề tài khoa học cấp tỉnh.")).toEqual([[17, "đề tài"]]);
    expect(rows("Huyện tổ chức 9 giải thể thao quần chúng, thu hút 1.240 vận động viên.")).toEqual([
      [9, "giải"],
      [1240, "vận động viên"],
    ]);
  });
});
