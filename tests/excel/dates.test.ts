/**
 * The add-in's read passes date formats to core: "9/12" typed in a vi-VN Excel is 46365 shown
 * dd/mm/yyyy, which Kiểm tra says is a date, not 46 365 firms; the fix writes 9 in the look of the
 * column's numbers, not in the date format (where 9 would show as 09/01/1900).
 */
import { applyFixes, validateActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { TEN_ROWS, rowOf, workbookPerTest } from "./helpers";

const book = workbookPerTest();

test("a date in Thực hiện is date_in_figure_cell through the add-in, and its fix writes 9 as a General number", async () => {
  const wb = book(TEN_ROWS);
  const { state, id } = wb;
  const row = rowOf(0);
  state.setInput(id, row, 4, 46365);
  state.setNumberFormat(id, row, 4, "dd/mm/yyyy");
  const report = await validateActiveSheet(DEFAULT_SETTINGS);
  const dated = report.findings.filter((f) => f.code === "date_in_figure_cell");
  expect(dated.map((f) => [f.severity, f.cell?.address, f.fix?.value])).toEqual([
    ["error", `E${row + 1}`, 9],
  ]);
  expect(dated[0]?.message.vi).toContain(
    "chứa ngày 09/12/2026 (ngày/tháng, theo định dạng của ô), không phải số",
  );

  const { applied } = await applyFixes([dated[0]!.fix!], DEFAULT_SETTINGS);
  expect(applied).toBe(1);
  expect([state.value(id, row, 4), state.record(id, row, 4)?.numberFormat]).toEqual([9, "General"]);
  const again = await validateActiveSheet(DEFAULT_SETTINGS);
  expect(again.findings.filter((f) => f.code === "date_in_figure_cell")).toEqual([]);
});
