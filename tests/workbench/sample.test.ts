import { DEFAULT_SETTINGS } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { REPORT_SHEET, createSampleWorkbook } from "../../src/workbench/sample";

test("the bundled sample (seed 000) validates without errors; figures without a plan are 'Không giao kế hoạch'", () => {
  const state = createSampleWorkbook("vi");
  const id = state.requireSheet(REPORT_SHEET).id;
  const used = state.usedRect(id, true);
  if (used === null) throw new Error("empty sample");
  const grid = Array.from({ length: used.bottom + 1 }, (_, r) =>
    Array.from({ length: used.right + 1 }, (_, c) => state.value(id, r, c)),
  );
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  expect(check.findings.filter((f) => f.severity === "error").map((f) => f.message.vi)).toEqual([]);
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  const revenue = rows.find((r) => r.name === "Tổng doanh thu hàng hóa, dịch vụ");
  expect(revenue?.actual).toBe(37067);
  const result = check.results.get(revenue?.sheetRow ?? -1);
  expect(result?.verdict).toBe("khong_giao_ke_hoach");
  expect(result?.changePct).toBeCloseTo(6.32, 2);
  // 176/150, 894/800, 35/30 and 562/329 exceed; 215/222 misses; three rows have figures but no plan.
  expect(check.summary).toMatchObject({ reached: 4, total: 5, noTarget: 3, noData: 1 });
});
