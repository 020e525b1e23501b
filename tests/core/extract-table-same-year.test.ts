/**
 * A table pasted as text whose plan and result are of the same year ("KH 2026 | TH 2026 | % KH"), with
 * its units said once for the table ("(ĐVT: triệu đồng)" in the title) or in the row's name ("Số hộ
 * (hộ)"): each row is the result, its share of the plan and of last year's stated, and the plan
 * beside it is no row of its own (src/core/extract-text-table.ts). Tables written for these tests.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) =>
  read(text).map((p: Proposal) => [p.name, p.unit, p.actual, p.plan, p.pctPlan, p.pctPrior, p.estimate]);

describe("a table of one year's plan and result", () => {
  it("takes each row's unit from its bracket and the '% KH' column as the share of the plan", () => {
    const text = [
      "Kết quả cho vay ưu đãi năm 2026 – phường Đông Hà",
      "Chỉ tiêu\tKH 2026\tTH 2026\t% KH",
      "Hộ được vay vốn ưu đãi (hộ)\t640\t702\t109,7",
      "Tỷ lệ lao động qua đào tạo (%)\t71,5\t72,8\t",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Hộ được vay vốn ưu đãi", "hộ", 702, null, 109.7, null, false],
      ["Tỷ lệ lao động qua đào tạo", "%", 72.8, null, null, null, false],
    ]);
  });

  it("takes the title's unit, an estimate from 'Ước TH' and last year's share from 'So cùng kỳ (%)'", () => {
    const text = [
      "Tổng hợp chi ngân sách xã Tân Phong năm 2026 (ĐVT: triệu đồng)",
      "Nội dung | Dự toán 2026 | Ước TH 2026 | So dự toán (%) | So cùng kỳ (%)",
      "Chi đầu tư phát triển | 9.300 | 8.742 | 94 | 108,5",
      "Chi sự nghiệp giáo dục | 5.120 | 5.386 | 105,2 | 111,3",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Chi đầu tư phát triển", "triệu đồng", 8742, null, 94, 108.5, true],
      ["Chi sự nghiệp giáo dục", "triệu đồng", 5386, null, 105.2, 111.3, true],
    ]);
  });

  it("reads a bare '%' column as the share of the plan and a bracketed note as no unit", () => {
    const text = [
      "STT | Chỉ tiêu | KH 2026 | TH 2026 | Tỷ lệ (%)",
      "1 | Thu ngân sách xã (ước) (triệu đồng) | 3.800 | 3.952 | 104",
      "2 | Tàu cá đăng ký (chiếc) | 240 | 231 | 96,3",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Thu ngân sách xã (ước)", "triệu đồng", 3952, null, 104, null, true],
      ["Tàu cá đăng ký", "chiếc", 231, null, 96.3, null, false],
    ]);
  });

  it("keys no row for a plan that names no year", () => {
    const text = ["Chỉ tiêu | Kế hoạch | Thực hiện", "Hộ được hỗ trợ cải tạo nhà ở (hộ) | 40 | 46"].join(
      "\n",
    );
    expect(rows(text)).toEqual([["Hộ được hỗ trợ cải tạo nhà ở", "hộ", 46, null, null, null, false]]);
  });

  it("still keys next year's plan beside this year's result", () => {
    const text = [
      "Chỉ tiêu | Thực hiện 2026 | Kế hoạch 2027",
      "Trường đạt chuẩn quốc gia (trường) | 41 | 45",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Trường đạt chuẩn quốc gia", "trường", 41, null, null, null, false],
      ["Trường đạt chuẩn quốc gia", "trường", null, 45, null, null, false],
    ]);
  });
});
