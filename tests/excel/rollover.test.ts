import { rolloverActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { HEADER_ROW, SHEET, TEN_ROWS, rowOf, syncsOf, workbookPerTest } from "./helpers";

const book = workbookPerTest();

describe("Sang kỳ mới in the workbench", () => {
  test("a new sheet for 2022: 2021's actuals in Cùng kỳ, plan and actual empty, the source untouched", async () => {
    const wb = book(TEN_ROWS);
    const before = JSON.stringify(wb.state.snapshot().sheets.find((s) => s.id === wb.id));
    const { result, syncs } = await syncsOf(wb.state, () => rolloverActiveSheet(DEFAULT_SETTINGS));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result).toMatchObject({ sheetName: "Chỉ tiêu 2022", moved: 9, toYear: 2022 });
    const id = wb.state.requireSheet(result.sheetName).id;
    expect(wb.state.value(id, 0, 0)).toBe("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2022");
    expect(wb.state.value(id, HEADER_ROW, 5)).toBe("Cùng kỳ");
    // 176 new firms in 2021 are 2022's Cùng kỳ; plan and actual wait for 2022's figures.
    expect([
      wb.state.value(id, rowOf(0), 3),
      wb.state.value(id, rowOf(0), 4),
      wb.state.value(id, rowOf(0), 5),
    ]).toEqual([null, null, 176]);
    expect(wb.state.value(id, rowOf(0), 11)).toBe("Chưa có số liệu");
    expect(JSON.stringify(wb.state.snapshot().sheets.find((s) => s.id === wb.id))).toBe(before);
    expect(SHEET).toBe("Chỉ tiêu 2021");
  });

  test("the new table keeps each column's number format; Cùng kỳ shows the moved actual as it was", async () => {
    const wb = book(TEN_ROWS);
    wb.state.batch("restore", () => {
      for (const col of [3, 4, 5]) wb.state.setNumberFormat(wb.id, rowOf(0), col, "#,##0.0");
      // The actual shows "#,##0"; the old Cùng kỳ cell another format: the moved actual keeps its own.
      wb.state.setNumberFormat(wb.id, rowOf(1), 4, "#,##0");
      wb.state.setNumberFormat(wb.id, rowOf(1), 5, "0.00");
    });
    const result = await rolloverActiveSheet(DEFAULT_SETTINGS);
    const id = wb.state.requireSheet(result.sheetName).id;
    const format = (row: number, col: number): string => wb.state.cell(id, row, col).numberFormat;
    expect([3, 4, 5].map((c) => format(rowOf(0), c))).toEqual(["#,##0.0", "#,##0.0", "#,##0.0"]);
    expect(format(rowOf(1), 5)).toBe("#,##0");
    expect(format(rowOf(2), 5)).toBe("General");
    expect(wb.state.value(id, rowOf(1), 5)).toBe(894);
  });

  test("next year's plan from a term table on another sheet; a term table gains its next year", async () => {
    const wb = book(TEN_ROWS);
    const term = wb.state.requireSheet("Khác").id;
    wb.state.batch("restore", () => {
      const grid = [
        ["CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025", "Năm 2020 (gốc)", "Thực hiện 2021"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "1.000 doanh nghiệp trong 5 năm", 150, 170],
        [2, "Doanh thu thương mại dịch vụ", "tỷ đồng", "tăng bình quân 10%/năm", 34862, 36500],
      ];
      grid.forEach((line, r) => line.forEach((v, c) => wb.state.setInput(term, r, c, v)));
    });
    const { result, syncs } = await syncsOf(wb.state, () => rolloverActiveSheet(DEFAULT_SETTINGS));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result).toMatchObject({ planned: 2, addedYear: null, toYear: 2022 });
    const id = wb.state.requireSheet(result.sheetName).id;
    // 2021's own 176 firms count (not the term sheet's 170): (1.000 − 176) / 4 = 206.
    expect(wb.state.value(id, rowOf(0), 3)).toBe(206);
    // 37.067 × (34.862 × 1,1⁵ / 37.067)^(1/4), two decimals.
    const goal = 34862 * 1.1 ** 5;
    expect(wb.state.value(id, rowOf(5), 3)).toBe(Math.round(37067 * (goal / 37067) ** 0.25 * 100) / 100);
    expect(wb.state.value(id, rowOf(1), 3)).toBeNull();

    // The term sheet itself: 2022's column is added on a new sheet, the term sheet untouched.
    wb.state.batch("restore", () => wb.state.activate("Khác"));
    const rolled = await rolloverActiveSheet(DEFAULT_SETTINGS);
    expect(rolled).toMatchObject({ addedYear: 2022, moved: 0 });
    const next = wb.state.requireSheet(rolled.sheetName).id;
    expect(wb.state.value(next, 2, 6)).toBe("Thực hiện 2022");
    expect(wb.state.value(next, 3, 5)).toBe(170);
    expect(wb.state.value(term, 2, 6)).toBeNull();
  });
});
