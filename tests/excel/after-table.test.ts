/**
 * After the table, against the workbench emulator: the report (read in one sync, written to a new
 * sheet), the extracted rows as a computed table, the consolidation of two .xlsx files, and the
 * last ribbon command's record.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { mergeFiles } from "../../src/cli/merge";
import {
  buildReport,
  clearLastCommand,
  insertExtracted,
  loadLastCommand,
  mergeUnitFiles,
  saveLastCommand,
  writeMergedSheet,
  writeReportSheet,
  ChitieuError,
} from "../../src/excel";
import { extractIndicators } from "../../src/core/extract";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import { asText, reportLines } from "../../src/excel/report";
import { worksheetGrid } from "../../src/excel/merge";
import type { WorkbookState } from "../../src/workbench/state";
import { SHEET, TEN_ROWS, mergeWards, syncsOf, workbookPerTest } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const book = workbookPerTest(TEN_ROWS);

/** Column A of a sheet, top to bottom, as values. */
function columnA(state: WorkbookState, sheet: string): unknown[] {
  const id = state.requireSheet(sheet).id;
  const rect = state.usedRect(id, true);
  if (!rect) return [];
  return Array.from({ length: rect.bottom + 1 }, (_, r) => state.value(id, r, 0));
}

/** Every value of a sheet, flattened. */
function allValues(state: WorkbookState, sheet: string): unknown[] {
  const id = state.requireSheet(sheet).id;
  const rect = state.usedRect(id, true);
  if (!rect) return [];
  const out: unknown[] = [];
  for (let r = 0; r <= rect.bottom; r++)
    for (let c = 0; c <= rect.right; c++) out.push(state.value(id, r, c));
  return out;
}

describe("buildReport", () => {
  test("reads the active table in one sync and words it in the pane's language", async () => {
    const { state } = book();
    const { result, syncs } = await syncsOf(state, () => buildReport(S, "vi"));
    expect(syncs).toBeLessThanOrEqual(1 + 1); // our sync + Excel.run's closing one
    expect(result.sheetName).toBe(SHEET);
    const text = [...result.report.groups.flatMap((g) => g.sentences), result.report.overall].join(" ");
    expect(text).toContain("Doanh nghiệp thành lập mới: 176 doanh nghiệp");
    expect(text).toContain("đạt 117,33% kế hoạch");
    expect(result.report.overall).toMatch(/^Tổng cộng: đạt và vượt \d+\/\d+ chỉ tiêu/);
    expect(result.summary.total).toBeGreaterThan(0);
    const en = await buildReport({ ...S, convention: "en" }, "en");
    expect(en.report.overall).toMatch(/^Overall:/);
    expect(en.report.groups[0]?.sentences.join(" ")).toContain("117.33% of plan");
  });

  test("a sheet without a table is a sentence, not a crash", async () => {
    const { state } = book();
    state.activate("Khác");
    await expect(buildReport(S, "vi")).rejects.toBeInstanceOf(ChitieuError);
    await expect(buildReport(S, "vi")).rejects.toMatchObject({ code: "table_not_found" });
  });
});

describe("writeReportSheet", () => {
  test("writes one paragraph per row on a new sheet, wrapped, within 3 syncs", async () => {
    const { state } = book();
    const built = await buildReport(S, "vi");
    const { result, syncs } = await syncsOf(state, () => writeReportSheet(built.report, built.sheetName));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result.sheetName).toBe(`Báo cáo ${SHEET}`);
    const lines = reportLines(built.report);
    expect(columnA(state, result.sheetName)).toEqual(lines.map((l) => l.text));
    const id = state.requireSheet(result.sheetName).id;
    expect(state.cell(id, 1, 0).format.wrap).toBe(true);
    expect(state.columnWidth(id, 0)).toBeGreaterThan(400);
    expect(state.activeSheet.name).toBe(result.sheetName);
    // The table's sheet is untouched; a second write gets a free name.
    const again = await writeReportSheet(built.report, built.sheetName);
    expect(again.sheetName).toBe(`Báo cáo ${SHEET} (2)`);
  });

  test("lines that look like formulas stay text", () => {
    expect(asText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(asText("- Doanh thu")).toBe("'- Doanh thu");
    expect(asText("Doanh thu")).toBe("Doanh thu");
  });
});

describe("insertExtracted", () => {
  const PARAGRAPH =
    "Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch; thu ngân sách ước đạt 562 tỷ đồng, bằng 119% so với cùng kỳ.";

  test("writes the confirmed rows with live computed columns to a new sheet", async () => {
    const { state } = book();
    const proposals = extractIndicators(PARAGRAPH, "vi");
    expect(proposals).toHaveLength(2);
    const { result, syncs } = await syncsOf(state, () => insertExtracted(proposals, S));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result).toEqual({ sheetName: "Trích xuất", rows: 2 });
    const values = allValues(state, "Trích xuất");
    expect(values).toContain(176);
    expect(values).toContain(150); // KH derived from 117,33%
    expect(values).toContain("Vượt"); // the verdict formula, computed
    expect(values).toContain("Doanh nghiệp thành lập mới");
    expect(values).toContain("Thu ngân sách");
    const id = state.requireSheet("Trích xuất").id;
    const formulas = [...state.cells(id)].filter(([r, c]) => {
      const v = state.cell(id, r, c);
      return v.isFormula;
    });
    expect(formulas.length).toBeGreaterThan(0);
    // The user's own sheet is as it was.
    expect(state.requireSheet(SHEET).charts).toHaveLength(0);
  });

  test("only the ticked rows, and nothing at all when none is", async () => {
    const { state } = book();
    const [first] = extractIndicators(PARAGRAPH, "vi");
    if (!first) throw new Error("no proposal");
    await insertExtracted([first], S);
    expect(allValues(state, "Trích xuất")).not.toContain("Thu ngân sách");
    const before = state.sheets.length;
    await expect(insertExtracted([], S)).rejects.toMatchObject({ code: "nothing_selected" });
    expect(state.sheets.length).toBe(before);
  });
});

describe("consolidation", () => {
  test("two units' files → merged table on a new sheet, mismatches listed", async () => {
    const { state } = book();
    const result = await mergeWards(
      [
        [
          ["Doanh nghiệp thành lập mới", "doanh nghiệp", 20, 25],
          ["Hộ kinh doanh mới", "hộ", 100, 90],
        ],
        [
          ["Doanh nghiệp thành lập mới", "doanh nghiệp", 30, 31],
          ["Công trình hoàn thành", "công trình", 5, 6],
        ],
      ],
      S,
    );
    expect(result.unitNames).toHaveLength(2);
    expect(result.issues.some((i) => i.code === "missing_in_units")).toBe(true);
    const { result: written, syncs } = await syncsOf(state, () => writeMergedSheet(result, S, "vi"));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(written.sheetName).toBe("Tổng hợp 2 đơn vị");
    const values = allValues(state, written.sheetName);
    expect(values).toContain(56); // 25 + 31, a live SUM
    expect(values).toContain("Công trình hoàn thành");
    // Whole numbers without a dangling decimal mark ("56," in vi).
    const id = state.requireSheet(written.sheetName).id;
    const rect = state.usedRect(id, true);
    const formats = new Set<string>();
    for (let r = 0; rect && r <= rect.bottom; r++)
      for (let c = 0; c <= rect.right; c++) formats.add(state.cell(id, r, c).numberFormat);
    expect(formats.has("#,##0.##")).toBe(false);
    expect(formats.has("#,##0")).toBe(true);
  });

  test("rates typed as percentages stay percentages, scales are converted, and the pane writes the very sheet the CLI writes", async () => {
    const { state } = book();
    const unit = async (name: string, rows: [string, string, number, number, boolean][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Bảng");
      ws.addRow(["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"]);
      ws.addRow([`Đơn vị: ${name}`]);
      ws.addRow([]);
      ws.addRow(["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"]);
      rows.forEach(([indicator, u, kh, th, typedAsPercent], i) => {
        const row = ws.addRow([i + 1, indicator, u, kh, th]);
        // A rate typed "4%" is 0,04 shown as a percent; the other unit typed it as 4.
        if (typedAsPercent) {
          row.getCell(4).numFmt = "0%";
          row.getCell(5).numFmt = "0.0%";
        }
      });
      return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    };
    const a = await unit("Phường 1", [
      ["Doanh nghiệp thành lập mới", "doanh nghiệp", 20, 25, false],
      ["Tỷ lệ hộ nghèo", "%", 0.04, 0.032, true],
      ["Thu ngân sách", "tỷ đồng", 20, 22, false],
    ]);
    const b = await unit("Phường 2", [
      ["Doanh nghiệp thành lập mới", "doanh nghiệp", 30, 31, false],
      ["Tỷ lệ hộ nghèo", "%", 3, 2.9, false],
      // 15.500,5 triệu đồng is 15,5005 tỷ đồng: converted in the merged row, exactly.
      ["Thu ngân sách", "triệu đồng", 16000, 15500.5, false],
    ]);
    const result = await mergeUnitFiles(
      [
        { name: "phuong-1.xlsx", data: a },
        { name: "phuong-2.xlsx", data: b },
      ],
      S,
    );
    const { sheetName } = await writeMergedSheet(result, S, "vi");
    const id = state.requireSheet(sheetName).id;

    const dir = mkdtempSync(path.join(tmpdir(), "chitieu-merge-"));
    try {
      const files = [path.join(dir, "phuong-1.xlsx"), path.join(dir, "phuong-2.xlsx")];
      writeFileSync(files[0]!, Buffer.from(a));
      writeFileSync(files[1]!, Buffer.from(b));
      const out = path.join(dir, "tong-hop.xlsx");
      await mergeFiles(files, out, S, "vi");
      const cli = new ExcelJS.Workbook();
      await cli.xlsx.readFile(out);
      const ws = cli.worksheets[0]!;
      expect(ws.name).toBe(sheetName);
      const rect = state.usedRect(id, false)!;
      let compared = 0;
      for (let r = 0; r <= Math.max(rect.bottom, ws.rowCount - 1); r++) {
        for (let c = 0; c <= Math.max(rect.right, ws.columnCount - 1); c++) {
          const pane = state.cell(id, r, c);
          const file = ws.getCell(r + 1, c + 1);
          // ExcelJS shows a merged area's value in every cell of it; Excel holds it top-left only.
          const v = file.isMerged && file.master.address !== file.address ? null : file.value;
          const input = v !== null && typeof v === "object" && "formula" in v ? `=${v.formula}` : (v ?? null);
          const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
          expect({ cell, input: pane.input, numberFormat: pane.numberFormat }).toEqual({
            cell,
            input,
            numberFormat: file.numFmt ?? "General",
          });
          // The CLI caches each total's value: the pane's sheet computes the same.
          if (v !== null && typeof v === "object" && "result" in v && typeof v.result === "number")
            expect({ cell, value: pane.value }).toEqual({ cell, value: v.result });
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(50);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Tỷ lệ hộ nghèo: 4% and 3 read alike; the merged rate shows as a percentage.
    const rateRow = [...Array(20).keys()].find((r) => state.value(id, r, 1) === "Tỷ lệ hộ nghèo")!;
    expect(state.cell(id, rateRow, 8)).toMatchObject({ value: 0.032, numberFormat: "0.00%", text: "3,20%" });
    expect(state.cell(id, rateRow, 9)).toMatchObject({ value: 0.029, text: "2,90%" });
    expect(state.cell(id, rateRow, 5)).toMatchObject({ numberFormat: "0.00%" });
    // Both units gave the rate: the merged figure is their live mean (3,2 + 2,9) / 2, judged, not "no data".
    expect(state.cell(id, rateRow, 6)).toMatchObject({
      input: `=AVERAGE(I${rateRow + 1}:J${rateRow + 1})`,
      value: 0.0305,
      text: "3,05%",
    });
    const verdictCol = [...Array(30).keys()].find((c) => state.value(id, 4, c) === "Đánh giá")!;
    expect(state.value(id, rateRow, verdictCol)).not.toBe("Chưa có số liệu");
    // Thu ngân sách: one row in tỷ đồng (22 + 15,5005 against 20 + 16), the conversion in Ghi chú.
    const budgetRows = [...Array(20).keys()].filter((r) => state.value(id, r, 1) === "Thu ngân sách");
    expect(budgetRows).toHaveLength(1);
    const budget = budgetRows[0]!;
    expect(state.value(id, budget, 2)).toBe("tỷ đồng");
    expect(state.cell(id, budget, 9)).toMatchObject({
      value: 15.5005,
      numberFormat: "#,##0.0000",
      text: "15,5005",
    });
    expect(state.cell(id, budget, 6)).toMatchObject({
      input: `=SUM(I${budget + 1}:J${budget + 1})`,
      value: 37.5005,
      text: "37,5005",
    });
    expect(state.value(id, budget, 5)).toBe(36);
    expect(state.value(id, budget, 10)).toBe("Phường 2: triệu đồng → tỷ đồng (đã đổi đơn vị)");
    expect(state.value(id, budget, verdictCol)).toBe("Vượt");
    expect(result.conversions.map((c) => c.message.en)).toEqual([
      '"Thu ngân sách" — Phường 2: triệu đồng → tỷ đồng',
    ]);
  });

  test("a file that is not xlsx, or holds no table, is named in the sentence", async () => {
    book();
    const junk = new TextEncoder().encode("not a zip").buffer as ArrayBuffer;
    await expect(
      mergeUnitFiles(
        [
          { name: "a.xlsx", data: junk },
          { name: "b.xlsx", data: junk },
        ],
        S,
      ),
    ).rejects.toMatchObject({ code: "file_unreadable", text: { vi: expect.stringContaining("a.xlsx") } });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trống").addRow(["xin chào"]);
    const empty = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    await expect(
      mergeUnitFiles(
        [
          { name: "trong.xlsx", data: empty },
          { name: "trong2.xlsx", data: empty },
        ],
        S,
      ),
    ).rejects.toMatchObject({ code: "table_not_found", text: { en: expect.stringContaining("trong.xlsx") } });
  });

  test("worksheetGrid: merged cells hold their value top-left, formulas their cached result", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "Tiêu đề";
    ws.mergeCells("A1:C1");
    ws.getCell("B3").value = { formula: "1+1", result: 2 };
    ws.getCell("C3").value = { richText: [{ text: "Thu " }, { text: "ngân sách" }] };
    expect(worksheetGrid(ws)).toEqual([["Tiêu đề", null, null], [], [null, 2, "Thu ngân sách"]]);
  });
});

describe("last ribbon command", () => {
  test("saved, read back and cleared in the workbook settings", async () => {
    const { state } = book();
    expect(await loadLastCommand()).toBeNull();
    const record = {
      command: "compute" as const,
      at: "2021-12-20T08:30:00.000Z",
      ok: true,
      text: { vi: "a", en: "b" },
    };
    const saved = await syncsOf(state, () => saveLastCommand(record));
    expect(saved.syncs).toBeLessThanOrEqual(3);
    expect(await loadLastCommand()).toEqual(record);
    await clearLastCommand();
    expect(await loadLastCommand()).toBeNull();
    await clearLastCommand(); // nothing there: still fine
  });

  test("a record of another shape reads as none", async () => {
    book();
    await Excel.run(async (context) => {
      context.workbook.settings.add("chitieu.lastCommand", { command: "format" });
      await context.sync();
    });
    expect(await loadLastCommand()).toBeNull();
  });
});
