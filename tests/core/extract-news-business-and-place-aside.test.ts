// News articles: a business set beside the area's totals keeps its name in the row's name, and a place
// written in brackets after a body is read as if unwritten. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("a business beside the area's totals", () => {
  it("keeps the business after 'Riêng' once the province's figure is given", () => {
    const ps = read(
      "Sản lượng cà phê nhân của huyện đạt 48.200 tấn, tăng 6,1% so với năm trước. Riêng Công ty TNHH Cà phê Đông Nguyên thu mua 7.350 tấn, giải quyết việc làm cho 420 lao động.",
    );
    expect(row(ps, 7350)?.name).toBe("Thu mua của Công ty TNHH Cà phê Đông Nguyên");
    expect(row(ps, 420)?.name).toMatch(/Công ty TNHH Cà phê Đông Nguyên$/u);
    expect(row(ps, 48_200)?.name).not.toMatch(/Công ty/u);
  });

  it("keeps a co-operative told of after the district's totals", () => {
    const ps = read(
      "Diện tích nhãn toàn huyện đạt 1.860 ha. Hợp tác xã Nhãn Lồng Tiên Phú đã bán 640 tấn nhãn, doanh thu đạt 15,2 tỷ đồng.",
    );
    expect(row(ps, 15.2)?.name).toMatch(/^Doanh thu.* Hợp tác xã Nhãn Lồng Tiên Phú$/u);
  });

  it("cuts the business in its own report, and one that only tells the area's figure", () => {
    const own = read(
      "Năm 2026, Công ty cổ phần Gạch men Bảo Sơn sản xuất 9,6 triệu m2 gạch. Công ty nộp ngân sách 84,5 tỷ đồng.",
    );
    expect(row(own, 84.5)?.name).not.toMatch(/Công ty|Bảo Sơn/u);
    const told = read(
      "Toàn tỉnh có 612 trạm biến áp mới. Công ty Điện lực Bảo Sơn cho biết, điện thương phẩm đạt 2,96 tỷ kWh.",
    );
    expect(row(told, 2_960_000_000)?.name).not.toMatch(/Công ty/u);
  });
});

describe("a place in brackets after a body", () => {
  it("joins no name, and its comma opens no clause", () => {
    const ps = read(
      "Năm 2026, Hợp tác xã Mận Hậu Tà Phìn (xã Sà Khê, huyện Bắc Vân) có 58 thành viên. Hợp tác xã Gạo Thơm Lũng Hạ (thị trấn Cốc Lếu) đạt doanh thu 6,4 tỷ đồng.",
    );
    expect(row(ps, 58)?.name).toBe("Thành viên");
    expect(row(ps, 6.4)?.name).toMatch(/doanh thu$/iu);
    expect(row(ps, 6.4)?.name).not.toMatch(/Cốc Lếu|\)/u);
  });

  it("keeps brackets that hold figures or no place", () => {
    const ps = read("Có 24 dự án FDI mới (Hàn Quốc 11, Nhật Bản 6), tổng vốn 412 triệu USD.");
    expect(row(ps, 11)).toBeDefined();
  });
});
