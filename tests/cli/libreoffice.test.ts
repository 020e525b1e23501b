/**
 * A second, independent spreadsheet engine: LibreOffice (headless) opens the workbooks we write,
 * recalculates every formula, and must land on the same figures core computes — for a filled
 * template (the formulas Tính toán writes) and for a consolidated workbook (`chitieu merge`).
 * CI and `npm test` install libreoffice-calc-nogui; without soffice this test fails on purpose.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findTable } from "../../src/cli/check";
import { parseCsv } from "../../src/cli/csv";
import { mergeFiles } from "../../src/cli/merge";
import { readSheets } from "../../src/cli/read";
import { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type CellValue, type ComputedColumn, type TableCheck } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { templateSheet } from "../../src/core/templates";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-lo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** LibreOffice recalculates xlsx formulas on load only when told to (OOXMLRecalcMode 0 = always). */
function loProfile(): string {
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** The first sheet of `xlsx` as LibreOffice computes it: raw values (not as shown), UTF-8 CSV. */
function recalculated(xlsx: string): (string | null)[][] {
  const out = path.join(work, `out-${path.basename(xlsx, ".xlsx")}`);
  mkdirSync(out, { recursive: true });
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${loProfile()}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
      "--outdir",
      out,
      xlsx,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  const csv = readFileSync(path.join(out, `${path.basename(xlsx, ".xlsx")}.csv`), "utf8");
  return parseCsv(csv, ",").rows;
}

const PERCENT_COLUMNS: readonly ComputedColumn[] = ["pctPlan", "pctPrior", "changePct"];

/** Every indicator row: LibreOffice's % columns × 100 and verdict equal what core computed. */
function expectSameFigures(check: TableCheck, lo: (string | null)[][]): number {
  const columns = check.read.layout.columns;
  let compared = 0;
  for (const group of check.read.table.groups) {
    for (const row of group.rows) {
      const result = check.results.get(row.sheetRow)!;
      const loRow = lo[row.sheetRow] ?? [];
      for (const key of PERCENT_COLUMNS) {
        const col = columns[key];
        if (col === undefined) continue;
        const cell = loRow[col] ?? null;
        const ours = result[key as "pctPlan" | "pctPrior" | "changePct"];
        if (ours === null) {
          expect({ row: row.sheetRow + 1, key, cell }).toEqual({ row: row.sheetRow + 1, key, cell: "—" });
        } else {
          // LibreOffice keeps the "%" of a percent-formatted cell even in raw export.
          const theirs = cell?.endsWith("%") ? Number(cell.slice(0, -1)) : Number(cell) * 100;
          const close = Math.abs(theirs - ours) <= 1e-9 * Math.max(1, Math.abs(ours));
          expect({ row: row.sheetRow + 1, key, cell, ours, close }).toEqual({
            row: row.sheetRow + 1,
            key,
            cell,
            ours,
            close: true,
          });
        }
        compared += 1;
      }
      const verdictCol = columns.verdict!;
      expect({ row: row.sheetRow + 1, verdict: loRow[verdictCol] }).toEqual({
        row: row.sheetRow + 1,
        verdict: verdictLabel(result.verdict, "vi"),
      });
      compared += 1;
    }
  }
  return compared;
}

/** A small deterministic generator, so a failure names the same figures every run. */
function figures(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

test("LibreOffice recomputes a filled template to core's figures, '—' included", async () => {
  const plan = templateSheet("thanh-pho-nam", {
    settings: DEFAULT_SETTINGS,
    year: 2021,
    unitName: "TP. Bến Tre",
  });
  const workbook = sheetPlanWorkbook(plan);
  const sheet = workbook.worksheets[0]!;
  const { columns, firstDataRow, lastDataRow } = plan.layout;
  const next = figures(7);
  let filled = 0;
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    const stt = sheet.getCell(r + 1, columns.stt! + 1).value;
    if (typeof stt !== "number") continue; // group headings
    const planCell = sheet.getCell(r + 1, columns.plan! + 1);
    const unit = String(sheet.getCell(r + 1, columns.unit! + 1).value ?? "");
    const base = unit === "%" ? 20 + next() * 60 : Math.round(50 + next() * 5000);
    if (planCell.value === null || planCell.value === undefined) planCell.value = base;
    const actualKind = filled % 9;
    // Some rows stay empty, some have a zero prior year: the sheet must show "—", never #DIV/0!.
    if (actualKind !== 8) {
      const actual =
        unit === "%"
          ? Math.round(base * (0.8 + next() * 0.4) * 100) / 100
          : Math.round(base * (0.7 + next() * 0.6));
      sheet.getCell(r + 1, columns.actual! + 1).value = actual;
      sheet.getCell(r + 1, columns.prior! + 1).value =
        actualKind === 3 ? 0 : Math.round(actual * (0.8 + next() * 0.3));
    }
    filled += 1;
  }
  const file = path.join(work, "mau.xlsx");
  await workbook.xlsx.writeFile(file);

  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const lo = recalculated(file);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  expect(expectSameFigures(check, lo)).toBeGreaterThan(150);
  expect(filled).toBe(45);
});

test("LibreOffice recomputes a merged workbook to the figures chitieu cached", async () => {
  const unit = async (name: string, rows: [string, string, number, number, number][]) => {
    const plan = templateSheet("trong", { settings: DEFAULT_SETTINGS, year: 2021, unitName: name });
    const workbook = sheetPlanWorkbook(plan);
    const sheet = workbook.worksheets[0]!;
    const { columns, firstDataRow } = plan.layout;
    rows.forEach(([indicator, unitText, kh, th, ck], i) => {
      const r = firstDataRow + i + 1;
      sheet.getCell(r, columns.name! + 1).value = indicator;
      sheet.getCell(r, columns.unit! + 1).value = unitText;
      sheet.getCell(r, columns.plan! + 1).value = kh;
      sheet.getCell(r, columns.actual! + 1).value = th;
      sheet.getCell(r, columns.prior! + 1).value = ck;
    });
    const file = path.join(work, `${name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return file;
  };
  const a = await unit("Phường 1", [
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", 50, 61, 48],
    ["Thu ngân sách", "tỷ đồng", 120.5, 131.25, 110],
    ["Tỷ lệ hộ nghèo", "%", 4, 3.2, 4.1],
  ]);
  const b = await unit("Phường 2", [
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", 100, 115, 90],
    ["Thu ngân sách", "tỷ đồng", 208.75, 190.5, 201],
    ["Tỷ lệ hộ nghèo", "%", 3, 2.9, 3.3],
  ]);
  const out = path.join(work, "tong-hop.xlsx");
  await mergeFiles([a, b], out, DEFAULT_SETTINGS, "vi");

  const cached: CellValue[][] = (await readSheets(out))[0]!.grid;
  const lo = recalculated(out);
  let numbers = 0;
  cached.forEach((row, r) =>
    row.forEach((value, c) => {
      const theirs = lo[r]?.[c] ?? null;
      if (typeof value === "number") {
        expect({
          cell: [r + 1, c + 1],
          diff: Math.abs(Number(theirs) - value) <= 1e-9 * Math.max(1, Math.abs(value)),
        }).toEqual({
          cell: [r + 1, c + 1],
          diff: true,
        });
        numbers += 1;
      } else if (typeof value === "string" && value !== "") {
        expect({ cell: [r + 1, c + 1], text: theirs }).toEqual({ cell: [r + 1, c + 1], text: value });
      }
    }),
  );
  expect(numbers).toBeGreaterThan(10);
  // The totals themselves: 61 + 115 new firms, 131,25 + 190,5 tỷ; rates are not added.
  const flat = lo.flat();
  expect(flat).toContain("176");
  expect(flat).toContain("321.75");
});
