// A group's example after "như" is what its figure counts, and money invested or raised for a work is
// named by the work. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("an example after 'như'", () => {
  it("names the figure by the example, not the group", () => {
    const ps = read("Nhiều sản phẩm chủ lực tăng cao như phân bón đạt 412 nghìn tấn, tăng 5,4%.");
    expect(row(ps, 412_000)?.name).toBe("Phân bón");
  });
});

describe("money invested or raised for a work", () => {
  it("is the work's money, not who spent it", () => {
    const ps = read(
      "Năm 2026, huyện đầu tư 21,7 tỷ đồng nâng cấp 3 trạm y tế xã. Thôn Nà Pục huy động 845 triệu đồng làm 2,4 km đường nội đồng.",
    );
    expect(row(ps, 21.7)?.name).toBe("Vốn đầu tư nâng cấp trạm y tế xã");
    expect(row(ps, 845)?.name).toBe("Vốn huy động làm đường nội đồng");
  });

  it("leaves a project's total investment that names no work", () => {
    const ps = read("Cầu Bến Sỏi với tổng vốn đầu tư 186 tỷ đồng đã thông xe.");
    expect(row(ps, 186)?.name).not.toMatch(/^Vốn đầu tư thông xe/u);
  });
});
