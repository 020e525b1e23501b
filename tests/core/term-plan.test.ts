/**
 * The term columns' formulas agree with core (computeTerm through checkTable) in HyperFormula:
 * every term form, filled to 1…5 years, at random (fast-check) and on the office's own table.
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type CellValue, type ComputePlan, type TableRead } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { summaryText } from "../../src/core/summary";
import { termPlanColumns } from "../../src/core/term-plan";
import { cellFormatConfig } from "../../src/workbench/engine";
import { TERM_GRDP, TERM_HEADER, TERM_JOBS, TERM_POOR, TERM_URBAN } from "./shared-tables";

const HEADER: CellValue[] = [...TERM_HEADER, "TH 2024", "TH 2025"];

function sheetOf(rows: CellValue[][]): CellValue[][] {
  return [["CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025"], [], HEADER, ...rows];
}

/** Core's values and HyperFormula's, cell by cell: the disagreements as lines. */
function disagreements(grid: CellValue[][]): {
  lines: string[];
  compared: number;
  read: TableRead;
  plan: ComputePlan;
  summaryCell: unknown;
  summaryCore: string;
} {
  const read = readTable(grid, { convention: "vi" });
  const plan = computePlan(read, DEFAULT_SETTINGS);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const sheet: RawCellContent[][] = grid.map((r) => r.map((v) => (typeof v === "string" ? `'${v}` : v)));
  for (const block of plan.blocks)
    block.contents.forEach((line, dr) =>
      line.forEach((content, dc) => {
        if (content === null) return;
        const row = (sheet[block.row + dr] ??= []);
        row[block.col + dc] = content;
      }),
    );
  for (let r = 0; r <= plan.summary.row; r++) sheet[r] ??= [];
  sheet[plan.summary.row]![plan.summary.col] = plan.summary.formula;
  const hf = HyperFormula.buildFromArray(sheet, {
    ...cellFormatConfig(() => "General"),
    licenseKey: "gpl-v3",
    smartRounding: false,
  });
  const cols = termPlanColumns(read);
  const lines: string[] = [];
  let compared = 0;
  for (const row of read.table.groups.flatMap((g) => g.rows)) {
    const result = check.results.get(row.sheetRow);
    const at = (col: number): unknown => hf.getCellValue({ sheet: 0, row: row.sheetRow, col });
    const verdict = at(cols.verdict);
    compared++;
    if (verdict !== verdictLabel(result?.verdict ?? "chua_co_so_lieu", "vi"))
      lines.push(`${row.name} verdict: ${String(verdict)} ≠ ${result?.verdict}`);
    const term = result?.term;
    const fmt = (col: number): string | null | undefined =>
      plan.blocks.find((b) => b.col === col)?.numberFormats?.[row.sheetRow - read.layout.firstDataRow]?.[0];
    for (const [key, want] of [
      ["termToDate", term?.toDate ?? null],
      ["termNeeded", term?.needed ?? null],
      ["termProjected", term?.projected ?? null],
    ] as const) {
      const got = at(cols[key]);
      compared++;
      if (want === null || want === undefined) {
        if (got !== "—") lines.push(`${row.name} ${key}: ${JSON.stringify(got)} ≠ —`);
        continue;
      }
      const scale = fmt(cols[key]) === "0.00%" ? 100 : 1;
      if (typeof got !== "number" || Math.abs(got * scale - want) > 1e-9 * Math.max(1, Math.abs(want)))
        lines.push(`${row.name} ${key}: ${JSON.stringify(got)} × ${scale} ≠ ${want}`);
    }
  }
  const summaryCell = hf.getCellValue({ sheet: 0, row: plan.summary.row, col: plan.summary.col });
  hf.destroy();
  return { lines, compared, read, plan, summaryCell, summaryCore: summaryText(check.summary, "vi") };
}

describe("term formulas equal core in HyperFormula", () => {
  test("the four forms on the seed-style table (GRDP 7,5 %/năm, hộ nghèo dưới 1 %, 90.000 jobs, 80 % đô thị loại I)", () => {
    const { lines, compared, plan, summaryCell, summaryCore } = disagreements(
      sheetOf([
        [1, ...TERM_GRDP, null, null],
        [2, ...TERM_POOR, null, null],
        [3, ...TERM_JOBS, null, null],
        [4, ...TERM_URBAN, null, null],
        [5, "Tốc độ tăng trưởng kinh tế", "%", "tăng bình quân 7,5%/năm", null, 7.1, 7.3, 7.4, null, null],
        [
          6,
          "GRDP bình quân đầu người",
          "triệu đồng",
          "đến năm 2025 đạt 90 triệu đồng",
          60,
          64,
          68.5,
          null,
          null,
          null,
        ],
        [7, "Chỉ tiêu chưa có số liệu", "%", "trên 60%", 50, null, null, null, null, null],
      ]),
    );
    expect(lines).toEqual([]);
    expect(compared).toBe(28);
    // The GRDP row's verdict is live: "Chậm tiến độ" at 7,29 %/năm against 7,5.
    expect(plan.blocks.length).toBe(4);
    // The line below the table counts paths on track; a term target is no annual plan.
    // On track: hộ nghèo (0,75 < 1), việc làm (run rate 91.167), tăng trưởng (7,27 < 7,5 is behind).
    expect(summaryCore).toBe("Đúng tiến độ 2/6 chỉ tiêu nhiệm kỳ; 1 chỉ tiêu chưa có số liệu");
    expect(summaryCell).toBe("Đúng tiến độ 2/6 chỉ tiêu nhiệm kỳ");
    expect(String(summaryCell)).not.toContain("kế hoạch năm");
  });

  test("at random: every form, 0–5 years filled, any direction", () => {
    const target = fc.oneof(
      fc.integer({ min: 1, max: 150 }).map((v) => `tăng bình quân ${v / 10}%/năm`),
      fc.integer({ min: 1, max: 2000 }).map((v) => `đến năm 2025 đạt ${v}`),
      fc.integer({ min: 100, max: 99000 }).map((v) => `${v} lao động trong 5 năm`),
      fc.integer({ min: 1, max: 99 }).map((v) => `dưới ${v}%`),
      fc.integer({ min: 1, max: 99 }).map((v) => `trên ${v}%`),
    );
    const figure = fc.option(
      fc.integer({ min: 1, max: 20000 }).map((v) => v / 10),
      { nil: null },
    );
    const row = fc.record({
      target,
      unit: fc.constantFrom("%", "tỷ đồng", "lao động"),
      base: figure,
      years: fc.array(figure, { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        const grid = sheetOf(
          rows.map((r, i) => [i + 1, `Chỉ tiêu ${i + 1}`, r.unit, r.target, r.base, ...r.years]),
        );
        const { lines, summaryCell, summaryCore } = disagreements(grid);
        expect(lines).toEqual([]);
        // The sheet's line is core's without what core counts apart ("; 1 chỉ tiêu chưa có số liệu").
        expect(summaryCore.split(";")[0]).toBe(summaryCell);
      }),
      { numRuns: 60 },
    );
  });
});
