import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { checkJson } from "../../src/cli/json";
import { PART_ROWS, findTable, ownedCells } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { checkTable } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { benchTable } from "../bench/grid";
import { findingLines } from "../../src/cli/report";
import { run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-long-");
afterAll(() => tmp.cleanup());

/** A table longer than one part, with a cover sheet in front, written as Excel would hold it. */
async function longXlsx(rows: number): Promise<string> {
  const { grid, numberFormats } = benchTable(rows, "sheet");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Bìa").addRow(["Báo cáo kết quả thực hiện Nghị quyết"]);
  const ws = wb.addWorksheet("Chỉ tiêu");
  grid.forEach((row, r) => {
    const added = ws.addRow(row.map((v) => (v === null ? undefined : v)));
    (numberFormats[r] ?? []).forEach((format, c) => {
      if (format) added.getCell(c + 1).numFmt = format;
    });
  });
  const file = path.join(tmp.dir, `bang-${rows}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("chitieu check of a table longer than one part (read and checked part by part)", () => {
  let file: string;
  let whole: JsonCheck;
  beforeAll(async () => {
    file = await longXlsx(Math.round(PART_ROWS * 2.5));
    // The same file checked whole, as the add-in checks a sheet.
    const settings = { ...DEFAULT_SETTINGS };
    const found = findTable(await readSheets(file), settings, file);
    const used = { ...settings, convention: found.convention.convention };
    whole = checkJson(
      checkTable(found.read, used, { ownedCells: ownedCells(found.sheet, found.read) }),
      found.sheet.lines,
    );
  }, 120_000);

  test("--json gives every row, issue and the summary a whole check gives", async () => {
    const res = await run("check", file, "--json");
    const streamed = JSON.parse(res.out) as JsonCheck;
    expect(streamed.rows.length).toBeGreaterThan(PART_ROWS * 2);
    expect(streamed.rows).toEqual(whole.rows);
    expect(whole.issues.length).toBeGreaterThan(100);
    expect(streamed.issues).toEqual(whole.issues);
    expect(streamed.summary).toEqual(whole.summary);
    expect(streamed.issuesOmitted).toBeUndefined();
    expect(res.code).toBe(whole.issues.some((i) => i.severity === "error") ? 1 : 0);
  }, 120_000);

  test("the report lists every row and ends with the count of indicators and the summary", async () => {
    const res = await run("check", file, "--locale", "en");
    const out = res.out;
    // The file's figures (here "53,68") decide its convention, said first; the rows follow as read.
    expect(out.split("\n").slice(0, 4)).toEqual([
      'Numbers read the Vietnamese way (6.794,12) because the file has "53,68".',
      "",
      'Indicator table in "Chỉ tiêu":',
      "",
    ]);
    expect(out).toContain(`Indicator table in "Chỉ tiêu": ${whole.rows.length} indicators.`);
    expect(out).toContain(`Findings (${whole.issues.length}):`);
    const last = whole.rows[whole.rows.length - 1]!;
    expect(out).toContain(`${last.row}  `);
    expect(out.trimEnd().split("\n").pop()).toMatch(
      new RegExp(`^Whole table: ${whole.summary.reached} of ${whole.summary.total} targets`),
    );
  }, 120_000);
});

test("findings past those listed are counted in the report's words, vi and en", () => {
  expect(findingLines([], [], "vi", 12_345)).toEqual([
    "Phát hiện (12345):",
    "  … và 12.345 phát hiện khác (chỉ liệt kê 10.000 phát hiện đầu).",
  ]);
  expect(findingLines([], [], "en", 12_345)[1]).toBe(
    "  … and 12,345 more findings (only the first 10,000 are listed).",
  );
});
