/**
 * Three news shapes (sentences written for these tests; none is in the corpus):
 * - a share said "X% là …" is the rate of what follows "là" (src/core/extract-share-called.ts);
 * - a list item's label, then a figure and its unit, drops the unit from the label's name
 *   (src/core/extract-unit-echo.ts);
 * - an abbreviation spelt out earlier is spelt out again after who aims ("tỉnh phấn đấu IIP …",
 *   src/core/extract-abbreviations.ts).
 */
import { extractIndicators } from "../../src/core/extract";
import { withoutUnitEcho } from "../../src/core/extract-unit-echo";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual ?? p.plan ?? p.planText, p.unit] as const);

describe("news shapes: a share by 'là', a label's unit, an aimed abbreviation", () => {
  it("names a share by what follows 'là'", () => {
    expect(
      rows("Cửa hàng Bến Sỏi bày bán 8.400 mặt hàng, trong đó 87% là hàng nông sản địa phương."),
    ).toContainEqual(["Tỷ lệ hàng nông sản địa phương", 87, "%"]);
    expect(rows("Năm 2029 có 2.315 hộ kinh doanh mới, 64,5% là hộ kinh doanh thương mại.")).toContainEqual([
      "Tỷ lệ hộ kinh doanh thương mại",
      64.5,
      "%",
    ]);
  });

  it("leaves a share whose 'là' says why or how high", () => {
    const [g] = extractIndicators("Năm 2029, GRDP tăng 7,4%, là mức cao nhất khu vực.", "vi");
    expect(g?.name).not.toMatch(/^Tỷ lệ mức/u);
  });

  it("drops the unit after a label's proper name", () => {
    const names = extractIndicators(
      "Khách quốc tế theo thị trường năm 2029:\n+ Đài Loan: 92.340 lượt, tăng 8,2%;\n+ Ấn Độ: 41.700 lượt.",
      "vi",
    ).map((p) => p.name);
    expect(names.some((n) => / lượt$/u.test(n))).toBe(false);
    expect(names.join(" | ")).toMatch(/Đài Loan/u);
  });

  it("keeps a count word or a kind of body that ends a name on its unit", () => {
    expect(withoutUnitEcho("Số khách hàng", "khách hàng")).toBe("Số khách hàng");
    expect(withoutUnitEcho("Liên hiệp hợp tác xã", "hợp tác xã")).toBe("Liên hiệp hợp tác xã");
    expect(withoutUnitEcho("Công nhận tốt nghiệp THCS em", "em")).toBe("Công nhận tốt nghiệp THCS em");
    expect(withoutUnitEcho("Khách Đài Loan lượt", "lượt")).toBe("Khách Đài Loan");
  });

  it("spells out an abbreviation after who aims", () => {
    const got = rows(
      "Chỉ số giá tiêu dùng (CPI) năm 2029 tăng 3,4% so với năm 2028. Năm 2030, tỉnh phấn đấu CPI tăng dưới 4%.",
    );
    expect(got[1]?.[0]).toMatch(/^Chỉ số giá tiêu dùng \(CPI\)/u);
  });
});
