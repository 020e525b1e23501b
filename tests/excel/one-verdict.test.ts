/**
 * One verdict everywhere: from one set of rows (no Chiều column, a row without a plan, the Cơ bản
 * đạt band on), the sheet's verdict formulas, the colours of Đánh giá and % KH, the summary, the
 * report in vi and en, and the charts all say what core says.
 */
import { applyFixes, computeActiveSheet, validateActiveSheet } from "../../src/excel";
import { verdictLabel } from "../../src/core/compute";
import { chartSpecs } from "../../src/core/charts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import { STYLE_LOOKS } from "../../src/core/palette";
import { PCT_PLAN_COLOURS, VERDICT_COLOURS } from "../../src/core/plan";
import { reportText } from "../../src/core/report";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { VERDICT_ROWS, colIndex, rowOf, workbookPerTest } from "./helpers";

const S: Settings = { ...DEFAULT_SETTINGS, basicBandPct: 95 };

const ROWS = VERDICT_ROWS;
const book = workbookPerTest(ROWS);

test("sheet, colours, summary, report and charts agree on every verdict, in vi and en", async () => {
  const { state, id } = book();
  const grid = Array.from({ length: rowOf(ROWS.length) }, (_, r) =>
    Array.from({ length: 7 }, (_, c) => state.value(id, r, c)),
  );
  const check = checkTable(readTable(grid, { convention: "vi" }), S);
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  // Core: the verdict each row was written for.
  expect(rows.map((r) => check.results.get(r.sheetRow)?.verdict)).toEqual(ROWS.map((r) => r.verdict));

  const report = await computeActiveSheet(S);
  const verdictCol = colIndex(report.columns.verdict);
  const pctCol = colIndex(report.columns.pctPlan);
  ROWS.forEach((want, i) => {
    const row = rowOf(i);
    // The live formula gives the same label.
    expect([want.name, state.value(id, row, verdictCol)]).toEqual([
      want.name,
      verdictLabel(want.verdict, "vi"),
    ]);
    // Đánh giá is coloured by its label; % KH takes the same verdict's colour.
    const verdictFill = state.cell(id, row, verdictCol).displayFormat.fill;
    const pctFill = state.cell(id, row, pctCol).displayFormat.fill;
    if (want.verdict === "chua_co_so_lieu") expect(verdictFill).toBe(STYLE_LOOKS.computed.fill);
    else expect(verdictFill).toBe(VERDICT_COLOURS[want.verdict].fill);
    const pctExpected =
      want.verdict === "vuot" || want.verdict === "dat"
        ? PCT_PLAN_COLOURS.good.fill
        : want.verdict === "co_ban_dat"
          ? VERDICT_COLOURS.co_ban_dat.fill
          : want.verdict === "khong_dat"
            ? PCT_PLAN_COLOURS.bad.fill
            : STYLE_LOOKS.computed.fill; // "—": the computed column's own grey
    expect([want.name, pctFill]).toEqual([want.name, pctExpected]);
  });

  // Summary: 4 of 6 judged rows reached; the row without a plan and the row without data apart.
  expect(report.summary).toMatchObject({ reached: 4, total: 6, noTarget: 1, noData: 1 });
  expect(check.summary).toMatchObject({ reached: 4, total: 6, noTarget: 1, noData: 1 });

  // Report: cơ bản đạt is said once, never under "chưa đạt"; revenue quoted without "chưa có số liệu".
  const vi = reportText(check, "vi", "vi");
  expect(vi.overall).toBe(
    "Tổng cộng: đạt và vượt 4/6 chỉ tiêu; 1 chỉ tiêu không giao kế hoạch; 1 chỉ tiêu chưa có số liệu; " +
      "cơ bản đạt: Khối lượng thanh toán đầu tư hạ tầng; chưa đạt: Giá trị sản xuất nông nghiệp.",
  );
  const en = reportText(check, "en", "en");
  expect(en.overall).toBe(
    "Overall: 4 of 6 targets reached or exceeded; 1 without a target; 1 without data; " +
      "mostly reached: Khối lượng thanh toán đầu tư hạ tầng; not reached: Giá trị sản xuất nông nghiệp.",
  );
  const sentences = vi.groups.flatMap((g) => g.sentences);
  expect(sentences[2]).toContain("cơ bản đạt chỉ tiêu");
  expect(sentences[4]).toBe(
    "Tỷ lệ hộ nghèo: 1,8%, giảm 0,4 điểm % so với cùng kỳ, thấp hơn kế hoạch 0,2 điểm %, vượt chỉ tiêu (kế hoạch 2%).",
  );
  expect(sentences[5]).toContain("vượt chỉ tiêu (kế hoạch 15 vụ)");
  expect(sentences[6]).toBe("Tổng doanh thu hàng hóa, dịch vụ: 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ.");
  expect(en.groups.flatMap((g) => g.sentences)[2]).toContain("target mostly reached");

  // Charts: each row with a % of plan stands in the series of its own verdict.
  const { verdict: _v, ...noVerdict } = check.read.layout.columns;
  const spec = chartSpecs(check, { ...check.read.layout, columns: noVerdict }, "S", { basicBand: true });
  const pctChart = spec.charts.find((c) => c.kind === "pctPlan");
  const roles = (pctChart?.series ?? []).filter((x) => x.role !== "hundred").map((x) => x.role);
  expect(roles).toEqual(["vuot", "dat", "co_ban_dat", "khong_dat"]);
  // The data block under the chart: name, one cell per verdict (null where the row is not of it), 100 %.
  const block = spec.blocks.find((b) => b.contents.length > 1 && b.contents[0]?.length === roles.length + 2);
  const charted = (block?.contents ?? []).map(
    (line) => roles[line.slice(1, -1).findIndex((c) => c !== null)],
  );
  expect(charted).toEqual(["vuot", "dat", "co_ban_dat", "khong_dat", "vuot", "vuot"]);
});

test("an inferred direction is fixed in the add-in: a Chiều column is added and the warning goes", async () => {
  const { state, id } = book();
  const first = await validateActiveSheet(S);
  const inferred = first.findings.filter((f) => f.code === "direction_inferred");
  expect(inferred.map((f) => [f.cell?.address, f.fix?.value, f.fix?.cell.address])).toEqual([
    ["B10", "Giảm", "H10"],
    ["B11", "Giảm", "H11"],
  ]);
  await applyFixes(
    inferred.flatMap((f) => (f.fix ? [f.fix] : [])),
    S,
  );
  expect([state.value(id, 3, 7), state.value(id, rowOf(4), 7), state.value(id, rowOf(5), 7)]).toEqual([
    "Chiều",
    "Giảm",
    "Giảm",
  ]);
  const second = await validateActiveSheet(S);
  expect(second.findings.filter((f) => f.code === "direction_inferred")).toEqual([]);
  expect(second.summary).toMatchObject({ reached: 4, total: 6 });
});
