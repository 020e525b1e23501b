// Two shapes of brief reporting sentences: list items that leave out the head the first item names
// ("Số người tham gia BHXH bắt buộc …; BHXH tự nguyện …"), and a level said to be held ("Nợ xấu được
// kiểm soát ở mức 0,74%"), named by what is held. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("list items that share the first item's head", () => {
  it("gives later items the head the first item names", () => {
    const ps = read(
      "BHXH thị xã: số người tham gia BHXH bắt buộc 7.305 người, tăng 2,6% CK; BHXH tự nguyện 1.492 người, đạt 87,9% chỉ tiêu giao; BHTN 6.118 người.",
    );
    expect(row(ps, 1492)).toMatchObject({ name: "Người tham gia BHXH tự nguyện", pctPlan: 87.9 });
    expect(row(ps, 6118)?.name).toBe("Người tham gia BHTN");
  });

  it("leaves an item with its own words, or its own head, as it is", () => {
    const ps = read("Số người chết 14 người; bị thương 9 người. Số hộ nghèo 312 hộ; hộ cận nghèo 508 hộ.");
    expect(row(ps, 9)?.name).not.toMatch(/^Người chết/u);
    expect(row(ps, 508)?.name).toBe("Hộ cận nghèo");
  });
});

describe("a level said to be held", () => {
  it("names the rate by what is held, not by the holding", () => {
    const ps = read(
      "Năm 2026, nợ xấu của chi nhánh được kiểm soát ở mức 0,91%; lạm phát được kiềm chế ở mức 3,4%.",
    );
    expect(row(ps, 0.91)?.name).toMatch(/^Nợ xấu/u);
    expect(row(ps, 0.91)?.name).not.toMatch(/kiểm soát/u);
    expect(row(ps, 3.4)?.name).toBe("Lạm phát");
  });

  it("keeps a verb that holds no level ('nắm giữ')", () => {
    const ps = read("Có 6 doanh nghiệp do tỉnh nắm giữ 100% vốn điều lệ.");
    expect(ps.some((p) => /nắm giữ/u.test(p.name))).toBe(true);
  });
});
