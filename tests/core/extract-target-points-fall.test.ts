/**
 * A target's fall in percentage points is a row of its own ("Mức giảm …", a plan in "điểm %"): with
 * an ordinal or an age in the rate's name, and with "so với năm …" and the level it leads to after
 * it (src/core/extract-figures.ts changedBefore, src/core/extract.ts). Sentences written for these
 * tests.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.name, p.actual ?? p.planText, p.unit]);

describe("a target's fall in points", () => {
  it("reads the fall when the rate's name holds an ordinal", () => {
    expect(
      rows(
        "Kế hoạch năm 2027: giảm tỷ lệ sinh con thứ 4 trở lên 0,2 điểm %; tỷ lệ hộ dùng nước sạch đạt 96%.",
      ),
    ).toEqual([
      ["Mức giảm tỷ lệ sinh con thứ 4 trở lên", "0,2", "điểm %"],
      ["Tỷ lệ hộ dùng nước sạch", "96%", "%"],
    ]);
  });

  it("keys both the fall against last year and the level it leads to, named by the label", () => {
    expect(
      rows(
        "Mục tiêu năm 2027:\n- Tỷ lệ trẻ em dưới 2 tuổi thiếu cân: giảm 0,4 điểm % so với năm 2026, xuống dưới 9,6%;\n- Tỷ lệ hộ nghèo: dưới 2%.",
      ),
    ).toEqual([
      ["Mức giảm tỷ lệ trẻ em dưới 2 tuổi thiếu cân", "0,4", "điểm %"],
      ["Tỷ lệ trẻ em dưới 2 tuổi thiếu cân", "dưới 9,6%", "%"],
      ["Tỷ lệ hộ nghèo", "dưới 2%", "%"],
    ]);
  });

  it("keys no row for a result's fall in points", () => {
    expect(rows("Năm 2026, tỷ lệ hộ nghèo còn 2,4%, giảm 0,7 điểm % so với năm 2025.")).toEqual([
      ["Tỷ lệ hộ nghèo", 2.4, "%"],
    ]);
  });
});
