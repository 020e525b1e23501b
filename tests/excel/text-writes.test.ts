/**
 * A person's text that starts with "-", "+" or "=" ("- Trong đó: nữ", "+84 …", "=1+1") is written
 * by every add-in write path as that text, against a host that, like Excel, takes such a string
 * for a formula (src/workbench/host-rules.ts).
 */
import ExcelJS from "exceljs";
import { insertExtracted, mergeUnitFiles, writeMergedSheet, writeReportSheet } from "../../src/excel";
import { extractIndicators } from "../../src/core/extract";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import type { ReportText } from "../../src/core/report";
import { formulaInput } from "../../src/excel/io";
import type { WorkbookState } from "../../src/workbench/state";
import { TEN_ROWS, tableWorkbook } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});
function book() {
  const wb = tableWorkbook(TEN_ROWS);
  cleanup = wb.uninstall;
  return wb;
}

/** Every (value, isFormula) of a sheet whose value is a text. */
function texts(state: WorkbookState, sheet: string): { value: unknown; formula: boolean }[] {
  const id = state.requireSheet(sheet).id;
  return [...state.cells(id)]
    .map(([r, c]) => state.cell(id, r, c))
    .filter((v) => typeof v.value === "string")
    .map((v) => ({ value: v.value, formula: v.isFormula }));
}

const NAME = "- Trong đó: doanh nghiệp nữ làm chủ";
const NOTE = "+84 cơ sở mới so với năm trước";

test("formulaInput: planned formulas and escaped texts pass; other formula-like text is escaped", () => {
  expect(formulaInput("=SUM(A1:A2)")).toBe("=SUM(A1:A2)");
  expect(formulaInput("'=1+1")).toBe("'=1+1");
  expect(formulaInput(NAME)).toBe(`'${NAME}`);
  expect(formulaInput("@ Hà Nội")).toBe("'@ Hà Nội");
  expect(formulaInput("Thu ngân sách")).toBe("Thu ngân sách");
  expect(formulaInput(-5)).toBe(-5);
  expect(formulaInput(null)).toBeNull();
});

test("insertExtracted: a name and a unit starting with - + = are written as text", async () => {
  const { state } = book();
  const [first] = extractIndicators(
    "Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch.",
    "vi",
  );
  if (!first) throw new Error("no proposal");
  await insertExtracted(
    [
      { ...first, name: NAME },
      { ...first, name: "=1+1", unit: NOTE },
    ],
    S,
  );
  const written = texts(state, "Trích xuất");
  expect(written).toContainEqual({ value: NAME, formula: false });
  expect(written).toContainEqual({ value: "=1+1", formula: false });
  expect(written).toContainEqual({ value: NOTE, formula: false });
});

async function unitXlsx(unit: string, rows: [string, string, number, number][]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng");
  ws.addRow(["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"]);
  ws.addRow([`Đơn vị: ${unit}`]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"]);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

test("writeMergedSheet: a unit's indicator named '- Trong đó: …' is merged as text, the sums still live", async () => {
  const { state } = book();
  const a = await unitXlsx("Phường 1", [
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", 20, 25],
    [NAME, "doanh nghiệp", 4, 6],
  ]);
  const b = await unitXlsx("Phường 2", [
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", 30, 31],
    [NAME, "doanh nghiệp", 5, 5],
  ]);
  const result = await mergeUnitFiles(
    [
      { name: "p1.xlsx", data: a },
      { name: "p2.xlsx", data: b },
    ],
    S,
  );
  const { sheetName } = await writeMergedSheet(result, S, "vi");
  expect(texts(state, sheetName)).toContainEqual({ value: NAME, formula: false });
  const id = state.requireSheet(sheetName).id;
  const values = [...state.cells(id)].map(([r, c]) => state.value(id, r, c));
  expect(values).toContain(56); // 25 + 31
  expect(values).toContain(11); // 6 + 5
});

test("writeReportSheet: a group heading starting with '-' is a text line", async () => {
  const { state } = book();
  const report: ReportText = {
    title: "Báo cáo",
    groups: [{ name: NAME, sentences: ["Đạt 2/3 chỉ tiêu."], conclusion: "" }],
    overall: "Đạt và vượt 2/3.",
  } as unknown as ReportText;
  const { sheetName } = await writeReportSheet(report, "Chỉ tiêu 2021");
  expect(texts(state, sheetName)).toContainEqual({ value: NAME, formula: false });
});
