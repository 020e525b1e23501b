/**
 * A merged sheet whose units wrote "Thu ngân sách" in tỷ đồng and in triệu đồng (audit 3, F11),
 * recalculated by LibreOffice from the xlsx the CLI writes: the live SUM over the converted unit
 * columns, % KH and Đánh giá are what core says.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { mergeFiles } from "../../src/cli/merge";
import { buildMergeSheet } from "../../src/core/merge";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { mergedSheetWords } from "../core/merged-sheet-words";
import { recalculated } from "./soffice";
import { type Cell, sheetOf } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-lo-scale-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function communeFile(name: string, rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "Biểu 01", [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2025"],
    [`Đơn vị: ${name}`],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["I", "Kinh tế"],
    ...rows,
  ]);
  const file = path.join(work, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

test("22 tỷ + 15.500 triệu đồng: LibreOffice sums 37,5 tỷ, 104,17 % of 36, Vượt, as core says", async () => {
  const files = [
    await communeFile("Xã A", [
      [1, "Thu ngân sách", "tỷ đồng", 20, 22, 18],
      [2, "Sản lượng lúa", "nghìn tấn", 1.5, 1.2, 1.1],
    ]),
    await communeFile("Xã B", [
      [1, "Thu ngân sách", "triệu đồng", 16000, 15500, 14000],
      [2, "Sản lượng lúa", "tấn", 800, 850, 780],
    ]),
  ];
  const s = DEFAULT_SETTINGS;
  const out = path.join(work, "tong-hop.xlsx");
  const { result } = await mergeFiles(files, out, s, "vi");
  const lo = recalculated(out, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  const plan = buildMergeSheet(result, s, "vi").plan;
  const cols = plan.layout.columns;
  const { check, label } = mergedSheetWords(result, s);
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  const seen = rows.map((row) => {
    const line = lo[row.sheetRow] ?? [];
    return [
      row.name,
      line[6],
      line[9],
      parseFloat(line[cols.pctPlan!] ?? "").toFixed(2),
      line[cols.verdict!],
    ];
  });
  // Columns: G Thực hiện (6), J Xã B converted (9); % KH as LibreOffice gives it, "104.166666666667%".
  expect(seen).toEqual([
    ["Thu ngân sách", "37.5", "15.5", "104.17", "Vượt"],
    ["Sản lượng lúa", "2.05", "0.85", "89.13", "Không đạt"],
  ]);
  expect(rows.map((row) => lo[row.sheetRow]?.[cols.verdict!])).toEqual(
    rows.map((row) => label(row.sheetRow)),
  );
}, 300_000);
