/**
 * Tables and list rows pasted as text (tuneAL): a budget table whose header says "DT" and whose
 * caption brackets its unit, a column that names a rate of its own, a list item whose label opens
 * with the noun it counts, "Số …" labels before a bare figure, and office abbreviations in rows.
 * Every table and sentence here is written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.name, p.unit, p.actual, p.plan]);

describe("tables pasted as text", () => {
  it("reads 'DT 2026' as the budget estimate and a caption's '(triệu đồng)' as the unit", () => {
    const text = [
      "Biểu 3. Thu ngân sách xã (triệu đồng)",
      "Khoản thu | DT 2026 | Ước TH 2026 | % DT",
      "Thu phí, lệ phí | 1.240 | 1.318,5 | 106,3",
      "Thu từ quỹ đất công ích | 860 | - | -",
    ].join("\n");
    const got = read(text);
    expect(got.map((p) => [p.name, p.unit, p.actual, p.plan, p.pctPlan, p.estimate])).toEqual([
      ["Thu phí, lệ phí", "triệu đồng", 1318.5, null, 106.3, true],
      ["Thu từ quỹ đất công ích", "triệu đồng", null, 860, null, false],
    ]);
  });

  it("reads a column headed by a rate of its own as a result named by the rate and the row", () => {
    const text = [
      "TT | Nhóm đối tượng | ĐVT | KH 2026 | TH 2026 | Tỷ lệ tiêm đủ liều (%)",
      "1 | Trẻ dưới 1 tuổi | trẻ | 2.100 | 2.064 | 98,3",
      "2 | Phụ nữ có thai | người | 1.850 | 1.792 | -",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Trẻ dưới 1 tuổi", "trẻ", 2064, null],
      ["Tỷ lệ tiêm đủ liều trẻ dưới 1 tuổi", "%", 98.3, null],
      ["Phụ nữ có thai", "người", 1792, null],
    ]);
  });
});

describe("a rate column that is no rate of its own", () => {
  it("reads 'Tỷ lệ tăng (%)' as the result's growth, not as a row", () => {
    const text = [
      "Chỉ tiêu | KH 2026 | TH 2026 | Tỷ lệ tăng (%)",
      "Số hộ kinh doanh | 2.300 hộ | 2.415 hộ | 6,2",
    ].join("\n");
    expect(read(text).map((p) => [p.name, p.unit, p.actual, p.plan, p.changePct])).toEqual([
      ["Số hộ kinh doanh", "hộ", 2415, null, 6.2],
    ]);
  });
});

describe("a bound in a table's cell", () => {
  it("gives a target written 'dưới 4' the row's unit", () => {
    const text = ["Chỉ tiêu\tĐVT\tNăm 2026\tKế hoạch 2027", "Tỷ lệ trẻ thấp còi\t%\t4,6\tdưới 4"].join("\n");
    expect(read(text).map((p) => [p.name, p.unit, p.actual, p.planText])).toEqual([
      ["Tỷ lệ trẻ thấp còi", "%", 4.6, null],
      ["Tỷ lệ trẻ thấp còi", "%", null, "dưới 4%"],
    ]);
  });
});

describe("rows of a list pasted from an e-mail", () => {
  it("counts a figure in the noun its label opens with", () => {
    expect(rows("- Phòng bệnh được cải tạo: 26 phòng.")).toEqual([
      ["Phòng bệnh được cải tạo", "phòng", 26, null],
    ]);
    expect(rows("- Ngày nằm viện bình quân: 5,8 ngày.")).toEqual([
      ["Ngày nằm viện bình quân", "ngày", 5.8, null],
    ]);
  });

  it("counts a bare figure after a 'Số …' label, with or without its colon", () => {
    expect(rows("- Số hộ kinh doanh cá thể: 3.472, tăng 118 hộ.")).toEqual([
      ["Số hộ kinh doanh cá thể", "hộ", 3472, null],
    ]);
    expect(rows("Số vụ cháy rừng tự nhiên 9.")).toEqual([["Số vụ cháy rừng tự nhiên", "vụ", 9, null]]);
  });

  it("spells out an abbreviated unit typed after a plan, and the abbreviations of a row's name", () => {
    expect(rows("+ Đào tạo nghề: TH 512/KH 480 LĐ.")[0]?.slice(1)).toEqual(["lao động", 512, 480]);
    expect(rows("- Chi ĐTPT xã: 3.816 triệu đồng")).toEqual([
      ["Chi đầu tư phát triển xã", "triệu đồng", 3816, null],
    ]);
  });

  it("counts a fraction in the first noun of a label that a comma joins to another", () => {
    expect(rows("- Ấp, khu phố đạt chuẩn văn minh: 57/63 (90,5%)")).toEqual([
      ["Ấp, khu phố đạt chuẩn văn minh", "ấp", 57, null],
      ["Tỷ lệ ấp, khu phố đạt chuẩn văn minh", "%", 90.5, null],
    ]);
  });

  it("names no figure by a label that only says the plan's year", () => {
    expect(rows("Mục tiêu năm 2028: 2,4 triệu lượt khách.")).toEqual([
      ["Lượt khách", "lượt khách", null, 2400000],
    ]);
  });

  it("reads a brief's 'TH 9T …/KH …' pair and a result typed '= …% KH' under a declared unit", () => {
    const text = [
      "Số liệu thu NS xã đến hết tháng 9 (ĐVT: triệu đồng):",
      "- Thu phí chợ: TH 9T 318,6/KH 420, đạt 75,9% KH.",
      "- Thu cho thuê mặt bằng: TH 96,2 = 80,2% KH, CK tăng 6,1%.",
    ].join("\n");
    expect(read(text).map((p) => [p.name, p.unit, p.actual, p.pctPlan, p.changePct])).toEqual([
      ["Thu phí chợ", "triệu đồng", 318.6, 75.9, null],
      ["Thu cho thuê mặt bằng", "triệu đồng", 96.2, 80.2, 6.1],
    ]);
  });
});
