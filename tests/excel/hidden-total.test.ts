/**
 * AUDIT3 F5 and F14 in the add-in, through Microsoft's client runtime against the workbench: the
 * read phase asks Excel which columns are hidden in the same sync as the used range, so a hidden
 * "TH 6 tháng" loses to the visible "TH năm 2025"; a "Tổng cộng" row is not counted, in Kiểm tra's
 * summary nor in the live summary Tính toán writes.
 */
import { computeActiveSheet, validateActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { WorkbookState, type CellInput } from "../../src/workbench/state";
import { runtimeExcel } from "../setup/runtime-host";
import { uninstallAfterEach } from "./helpers";

const SHEET = "Biểu";

const keep = uninstallAfterEach();

function workbook(rows: CellInput[][]) {
  const state = new WorkbookState({ locale: "vi", sheetNames: [SHEET] });
  const id = state.requireSheet(SHEET).id;
  state.batch("restore", () => {
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && state.setInput(id, r, c, v)));
    state.activate(SHEET);
  });
  const { uninstall } = runtimeExcel(state, { requirementSets: { ExcelApi: "1.18" } });
  return keep({ state, id, uninstall });
}

const t12: CellInput[][] = [
  ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2025", "TH 6 tháng", "TH năm 2025", "TH năm 2024"],
  [1, "Kim ngạch xuất khẩu", "triệu USD", 140, 75, 150, 130],
  [2, "GRDP bình quân đầu người", "triệu đồng", 106, 50, 103, 98.93],
  [3, "Tỷ lệ che phủ rừng", "%", 45, 45, 46, 45.5],
];

test("a hidden 'TH 6 tháng' (E) is left out for the visible 'TH năm 2025': a year table, 2/3", async () => {
  const { state, id } = workbook(t12);
  state.setColumnsHidden(id, 4, 4, true);
  const report = await validateActiveSheet(DEFAULT_SETTINGS);
  expect([report.summary?.reached, report.summary?.total]).toEqual([2, 3]);
  expect(report.summary?.period).toBe("nam");
  const ignored = report.findings.filter((f) => f.code === "hidden_column_ignored");
  expect(ignored.map((f) => f.cell?.address)).toEqual(["E1"]);
});

test("with no column hidden the first 'Thực hiện' header is read, as before (the probes say none is hidden)", async () => {
  workbook(t12);
  const report = await validateActiveSheet(DEFAULT_SETTINGS);
  expect(report.findings.filter((f) => f.code === "hidden_column_ignored")).toEqual([]);
  expect(report.findings.some((f) => f.code === "duplicate_header")).toBe(true);
});

test("'Tổng cộng' is not counted: Kiểm tra and the sheet's live summary both say 2/3", async () => {
  const { state, id } = workbook([
    ["STT", "Đơn vị", "ĐVT", "Dự toán", "Thực hiện"],
    [1, "Xã An Hiệp", "triệu đồng", 300, 330],
    [2, "Xã An Bình", "triệu đồng", 200, 190],
    [3, "Xã An Phú", "triệu đồng", 250, 250],
    [null, "Tổng cộng", "triệu đồng", 750, 770],
  ]);
  const report = await validateActiveSheet(DEFAULT_SETTINGS);
  expect([report.summary?.reached, report.summary?.total]).toEqual([2, 3]);
  expect(report.findings.filter((f) => f.code === "total_row").map((f) => f.cell?.address)).toEqual(["B5"]);
  const computed = await computeActiveSheet(DEFAULT_SETTINGS);
  expect(computed.written).toBe(true);
  const values = Array.from({ length: 10 }, (_, r) =>
    Array.from({ length: 12 }, (_, c) => state.value(id, r, c)),
  );
  expect(values.flat()).toContain("Đạt và vượt 2/3 chỉ tiêu");
});
