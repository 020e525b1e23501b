// Targets a business report states without "phấn đấu": a plan adopted with its figures ("thông qua
// kế hoạch doanh thu …"), a season's projection ("Niên vụ …, công ty dự kiến ép …"), a later year's
// plan after a result in one sentence ("…, kế hoạch cổ tức năm 2027 là …"); and the part of planned
// items done ("9/11 hạng mục theo kế hoạch"), a result. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, readTenseByRules } from "./proposals";

describe("targets stated without phấn đấu", () => {
  it("reads a plan adopted with its figures as targets, named without who adopted it", () => {
    const ps = readTenseByRules(
      "Đại hội thành viên của hợp tác xã thông qua kế hoạch doanh thu 7.450 triệu đồng, lợi nhuận 610 triệu đồng.",
    );
    expect(row(ps, 7450)).toMatchObject({ name: "Doanh thu", actual: null, plan: 7450 });
    expect(row(ps, 610)).toMatchObject({ actual: null, plan: 610 });
  });

  it("reads what a business projects for a season as targets, and the season past as results", () => {
    const ps = readTenseByRules(
      "Vụ 2026 - 2027, Công ty cổ phần Chè Núi Mây dự kiến thu mua 4.800 tấn chè búp tươi, chế biến 960 tấn chè khô. Vụ trước, công ty đã thu mua 4.512 tấn chè búp tươi.",
    );
    expect(row(ps, 4800)).toMatchObject({ actual: null, plan: 4800 });
    expect(row(ps, 960)).toMatchObject({ actual: null, plan: 960 });
    expect(row(ps, 4512)).toMatchObject({ actual: 4512 });
  });

  it("splits a result from a later year's plan named with what it is of", () => {
    const ps = readTenseByRules(
      "Năm 2027, công ty đặt mục tiêu lợi nhuận 58 tỷ đồng. Tỷ lệ cổ tức năm 2026 được chốt 9%, kế hoạch cổ tức năm 2027 là 10%.",
    );
    expect(row(ps, 9)).toMatchObject({ actual: 9 });
    expect(row(ps, 10)).toMatchObject({ actual: null, plan: 10 });
    const listed = readTenseByRules(
      "Ban CHQS xã: giao quân năm 2026 đạt 100% chỉ tiêu với 21 thanh niên; chỉ tiêu giao quân 2027 là 23 công dân.",
    );
    expect(row(listed, 21)).toMatchObject({ actual: 21, pctPlan: 100 });
    expect(row(listed, 23)).toMatchObject({ actual: null, plan: 23 });
  });
});

describe("done by the plan", () => {
  it("reads the part of planned items done as a result, and what was done beside it", () => {
    const ps = readTenseByRules(
      "Năm 2026, ban quản lý nạo vét 7,4 km kênh và hoàn thành 5/8 công trình theo kế hoạch.",
    );
    expect(row(ps, 7.4)).toMatchObject({ actual: 7.4 });
  });
});
