import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/core/model";
import { writeSheetPlan } from "../../src/cli/xlsx-write";
import { readSheets } from "../../src/cli/read";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "chitieu-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan: SheetPlan = {
  name: "Chỉ tiêu NQ 2021",
  blocks: [
    {
      row: 0,
      col: 0,
      contents: [
        ["BẢNG CHỈ TIÊU", null, null, null],
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        [1, "Doanh nghiệp thành lập mới", 150, 176],
      ],
    },
    {
      row: 1,
      col: 4,
      contents: [["% KH"], ['=IF(ISNUMBER(C3),D3/C3,"—")']],
      numberFormats: [[null], ["0.00%"]],
    },
  ],
  styles: [
    { address: "A2:E2", style: "header" },
    { address: "E3", style: "computed" },
  ],
  merges: ["A1:E1"],
  columnWidths: [6, 40, 12, 12, 10],
  freezeRows: 2,
  layout: {
    headerTop: 1,
    headerBottom: 1,
    firstDataRow: 2,
    lastDataRow: 2,
    columns: { stt: 0, name: 1, plan: 2, actual: 3, pctPlan: 4 },
  },
  conditionalRules: [
    { address: "E3:E3", formula: "=AND(ISNUMBER(E3),E3>=1)", fill: "#C6EFCE", font: "#006100" },
  ],
};

describe("a sheet plan written as xlsx", () => {
  test("keeps values, formula text without a cached result, formats, merges, widths, frozen header, A4 landscape and rules", async () => {
    const file = path.join(dir, "plan.xlsx");
    await writeSheetPlan(plan, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Chỉ tiêu NQ 2021");
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.getCell("B3").value).toBe("Doanh nghiệp thành lập mới");
    expect(ws.getCell("C3").value).toBe(150);
    const formula = ws.getCell("E3").value as ExcelJS.CellFormulaValue;
    expect(formula.formula).toBe('IF(ISNUMBER(C3),D3/C3,"—")');
    expect(formula.result).toBeUndefined();
    expect(ws.getCell("E3").numFmt).toBe("0.00%");
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.getCell("A2").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFD9E1F2" } });
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]?.ref).toBe("E3:E3");
    expect(cf[0]?.rules[0]).toMatchObject({ type: "expression", formulae: ["AND(ISNUMBER(E3),E3>=1)"] });
  });

  test("reading a workbook gives merged cells' value only in their top-left cell, and cached formula results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bảng");
    ws.getCell("A1").value = "Năm 2021";
    ws.mergeCells("A1:B1");
    ws.getCell("A2").value = { formula: "1+1", result: 2 };
    ws.getCell("B2").value = { richText: [{ text: "Ước " }, { text: "TH" }] };
    ws.getCell("D3").value = 5;
    ws.getCell("A4").value = { formula: "D3/10", result: 0.5 };
    ws.getCell("A4").numFmt = "0.00%";
    ws.getCell("B4").value = new Date(Date.UTC(2021, 11, 31));
    ws.getCell("C4").value = "Tổng & <cộng>";
    const file = path.join(dir, "merged.xlsx");
    await wb.xlsx.writeFile(file);
    const [sheet] = await readSheets(file);
    if (!sheet) throw new Error("no sheet read");
    expect(sheet.grid).toEqual([
      ["Năm 2021", null],
      [2, "Ước TH"],
      [null, null, null, 5],
      [0.5, "2021-12-31", "Tổng & <cộng>"],
    ]);
    expect(sheet.lines).toEqual([1, 2, 3, 4]);
    expect([...(sheet.formulaCells ?? [])].sort((a, b) => a - b)).toEqual([1 * 32768 + 0, 3 * 32768 + 0]);
    expect(sheet.percentFormats[3]?.[0]).toBe("0.00%");
  });

  test("a file that is neither csv nor xlsx, a missing file and a broken xlsx are read errors", async () => {
    await expect(readSheets(path.join(dir, "bang.ods"))).rejects.toMatchObject({ name: "FileReadError" });
    await expect(readSheets(path.join(dir, "khong-co.csv"))).rejects.toMatchObject({
      text: { en: expect.stringContaining("no such file") },
    });
    const broken = path.join(dir, "broken.xlsx");
    writeFileSync(broken, "not a zip");
    await expect(readSheets(broken)).rejects.toMatchObject({
      text: { vi: expect.stringContaining("không phải tệp Excel") },
    });
  });
});
