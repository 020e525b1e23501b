/**
 * Tense in five-year term reviews and adopted budgets (src/core/extract-tense.ts): a year named after
 * a term's totals is the term's last year, reported; "đến năm Y" is no year ahead when the line
 * estimates Y ("năm Y ước đạt"); a target set beside a result (", mục tiêu đến năm 2030 …") ends at
 * its ";"; a budget or plan for a named year as adopted ("quyết nghị dự toán … năm 2029 là",
 * "Kế hoạch vốn … năm 2029 được HĐND thông qua là") is a target. Sentences written for these tests;
 * none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [
    p.actual === null ? "plan" : "actual",
    p.actual ?? p.plan,
  ]);

describe("tense in term reviews", () => {
  it("reads a year named after a term's totals as the term's last year", () => {
    expect(
      rows(
        "Phường Đông Yên: tổng vốn huy động xây dựng hạ tầng 5 năm đạt 18.240 triệu đồng. Năm 2025, sản lượng thủy sản đạt 2.315 tấn; số hộ kinh doanh đạt 864 hộ.",
      ),
    ).toEqual([
      ["actual", 18240],
      ["actual", 2315],
      ["actual", 864],
    ]);
  });

  it("reads 'đến năm Y' as a result when the line estimates year Y", () => {
    expect(
      rows(
        "Giáo dục: đến năm 2025, tỷ lệ phòng học kiên cố đạt 93,4%; có 58 trường đạt chuẩn quốc gia. Tổng chi cho giáo dục năm 2025 ước đạt 612 tỷ đồng.",
      ),
    ).toEqual([
      ["actual", 93.4],
      ["actual", 58],
      ["actual", 612],
    ]);
  });

  it("reads 'đến năm Y' as a result in a line that looks back over the years just past", () => {
    expect(
      rows(
        "Y tế: đến năm 2025 có 96,2% trạm y tế xã có bác sĩ; 41/45 xã đạt Bộ tiêu chí quốc gia về y tế. Trong 5 năm, ngành đã đào tạo 212 bác sĩ.",
      ).filter((r) => r[1] !== 45),
    ).toEqual([
      ["actual", 96.2],
      ["actual", 41],
      ["actual", 212],
    ]);
    // "5 năm tới" looks ahead: the year stays a target.
    expect(rows("Giáo dục: trong 5 năm tới, đến năm 2030 có 75% trường đạt chuẩn quốc gia.")).toEqual([
      ["plan", 75],
    ]);
  });

  it("ends a target set beside a result at its semicolon", () => {
    expect(
      rows(
        "Huyện Lạc Điền: số thôn có đường bê tông năm 2025 là 41/48 thôn, mục tiêu đến năm 2030 có 48/48 thôn; tỷ lệ hộ dùng nước sạch đạt 87,5%; diện tích lúa chất lượng cao đạt 3.120 ha.",
      ),
    ).toEqual([
      ["actual", 41],
      ["plan", 48],
      ["actual", 87.5],
      ["actual", 3120],
    ]);
  });
});

describe("a budget or plan adopted for a named year", () => {
  it("is a target, its parts too", () => {
    expect(
      rows(
        "HĐND huyện quyết nghị dự toán thu ngân sách trên địa bàn năm 2029 là 842,5 tỷ đồng, trong đó thu tiền sử dụng đất 310 tỷ đồng; tổng chi ngân sách huyện 1.126,4 tỷ đồng.",
      ),
    ).toEqual([
      ["plan", 842.5],
      ["plan", 310],
      ["plan", 1126.4],
    ]);
    expect(
      rows(
        "Kế hoạch vốn đầu tư công năm 2029 được HĐND huyện thông qua là 415,6 tỷ đồng, trong đó vốn ngân sách tỉnh hỗ trợ 120 tỷ đồng.",
      ),
    ).toEqual([
      ["plan", 415.6],
      ["plan", 120],
    ]);
  });

  it("leaves the plan assigned for the year under way, read with its disbursement", () => {
    expect(
      rows(
        "Kế hoạch vốn đầu tư công năm 2026 được giao là 512,4 tỷ đồng. Đến ngày 30/11/2026 đã giải ngân 409,9 tỷ đồng, đạt 80% kế hoạch.",
      ),
    ).toEqual([["actual", 409.9]]);
  });
});
