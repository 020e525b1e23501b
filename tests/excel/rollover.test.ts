import { rolloverActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { HEADER_ROW, SHEET, TEN_ROWS, rowOf, syncsOf, tableWorkbook } from "./helpers";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe("Sang kỳ mới in the workbench", () => {
  test("a new sheet for 2022: 2021's actuals in Cùng kỳ, plan and actual empty, the source untouched", async () => {
    const wb = tableWorkbook(TEN_ROWS);
    cleanup = wb.uninstall;
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
});
