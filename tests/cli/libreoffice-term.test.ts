/**
 * LibreOffice recalculates a filled term tracker (template nhiem-ky) to core's term figures: the
 * average so far, what each remaining year needs, the projection and the verdict, "—" included.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type TermRowResult } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { summaryText } from "../../src/core/summary";
import { termPlanColumns } from "../../src/core/term-plan";
import { templateSheet } from "../../src/core/templates";
import { recalculated } from "./soffice";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-lo-term-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Base and yearly figures per template row (GRDP, per head, đô thị loại I, jobs, hộ nghèo). */
const FIGURES: (number | null)[][] = [
  [50000, 53500, 57400, 61750, null, null],
  [60, 64, 68.5, null, null, null],
  [62, 66, 70, 75, 77.5, 81],
  [null, 17500, 18200, 19000, 18000, null],
  [4.5, 3.8, 3.0, null, null, null],
];

test("LibreOffice recomputes the term columns to core's figures", async () => {
  const plan = templateSheet("nhiem-ky", { settings: DEFAULT_SETTINGS, unitName: "TP. Bến Tre" });
  const workbook = sheetPlanWorkbook(plan);
  const sheet = workbook.worksheets[0]!;
  const term = plan.layout.term!;
  const rows: number[] = [];
  for (let r = plan.layout.firstDataRow; r <= plan.layout.lastDataRow; r++)
    if (typeof sheet.getCell(r + 1, 1).value === "number") rows.push(r);
  expect(rows).toHaveLength(FIGURES.length);
  rows.forEach((r, i) => {
    const [base, ...years] = FIGURES[i]!;
    sheet.getCell(r + 1, term.baseCol! + 1).value = base;
    term.years.forEach((y, j) => (sheet.getCell(r + 1, y.col + 1).value = years[j] ?? null));
  });
  const file = path.join(work, "nhiem-ky.xlsx");
  await workbook.xlsx.writeFile(file);

  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const cols = termPlanColumns(read);
  const formats = new Map(plan.blocks.map((b) => [b.col, b]));
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  let compared = 0;
  for (const row of read.table.groups.flatMap((g) => g.rows)) {
    const result = check.results.get(row.sheetRow)!;
    const line = lo[row.sheetRow] ?? [];
    expect([row.name, line[cols.verdict]]).toEqual([row.name, verdictLabel(result.verdict, "vi")]);
    const t = result.term as TermRowResult;
    for (const [key, ours] of [
      ["termToDate", t.toDate],
      ["termNeeded", t.needed],
      ["termProjected", t.projected],
    ] as const) {
      const cell = line[cols[key]] ?? null;
      compared++;
      if (ours === null) {
        expect([row.name, key, cell]).toEqual([row.name, key, "—"]);
        continue;
      }
      const block = formats.get(cols[key]);
      const pct = block?.numberFormats?.[row.sheetRow - block.row]?.[0] === "0.00%";
      // LibreOffice keeps the "%" of a percent-formatted cell even in raw export.
      const theirs = cell?.endsWith("%") ? Number(cell.slice(0, -1)) : Number(cell) * (pct ? 100 : 1);
      expect([row.name, key, Math.abs(theirs - ours) <= 1e-9 * Math.max(1, Math.abs(ours))]).toEqual([
        row.name,
        key,
        true,
      ]);
    }
  }
  expect(compared).toBe(15);
  // The urban row ended the term at 81 ≥ 80: Vượt; GRDP at 7,29 %/năm is behind.
  expect(check.results.get(rows[2]!)?.verdict).toBe("vuot");
  expect(check.results.get(rows[0]!)?.verdict).toBe("cham_tien_do");
  // The line below the table counts paths on track, as core says it (what core counts apart aside).
  const summary = lo[read.layout.lastDataRow + 2]?.[read.layout.columns.name ?? 1];
  expect(summary).toBe(summaryText(check.summary, "vi").split(";")[0]);
  expect(summary).toMatch(/^Đúng tiến độ \d+\/5 chỉ tiêu nhiệm kỳ$/);
}, 240_000);
