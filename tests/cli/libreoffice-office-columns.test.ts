/**
 * A table as an office makes it, read by the CLI from xlsx: its own "So sánh (%)" › KH | CK typed
 * (112,5 where 176 / 150 is 117,33; 110 % as a percent-formatted 1,1; "116,66%" as text), works
 * done typed "25/42" and "9/14 xã", and "khoảng 4%" rates. chitieu must leave the office's cells as
 * they are, say what is off, and write live formulas that LibreOffice recalculates to core's figures
 * and verdicts. Figures from seeds 000 and 001; the rates are invented.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFile, findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { recalculated } from "./soffice";
import { sheetOf, writePlan } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-office-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("the office's So sánh (%) is kept and checked, 25/42 is 25 done, khoảng 4% is judged in điểm %: LibreOffice agrees", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(
    workbook,
    "Biểu 01",
    [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
      ["Thành ủy TP. Bến Tre"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", null, "Cùng kỳ", "So sánh (%)", null, "Ghi chú"],
      [null, null, null, "KH", "TH", null, "KH", "CK", null],
      [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 112.5, 1.1, null],
      [2, "Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28, "116,66%", 125, null],
      [3, "Công trình trọng điểm hoàn thành", "công trình", 42, "25/42", 20, null, null, null],
      [4, "Số xã đạt chuẩn nông thôn mới", "xã", null, "9/14 xã", 6, null, null, null],
      [5, "Tỷ lệ hộ nghèo", "%", "khoảng 4%", 3.7, 4.2, null, null, null],
      [6, "Tỷ lệ hộ dân dùng nước sạch tăng thêm", "%", "khoảng 4%", 4.1, 3.9, null, null, null],
      [7, "Tỷ lệ lao động qua đào tạo", "%", "khoảng 60%", 57.5, 55, null, null, null],
    ],
    ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:H4", "I4:I5"],
    { H6: "0.0%" },
  );
  const file = path.join(work, "bieu.xlsx");
  await workbook.xlsx.writeFile(file);

  // The CLI's read: formulas and percent formats as ExcelJS gives them.
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  expect(read.layout.reported).toEqual({ pctPlan: 6, pctPrior: 7 });
  const check = checkTable(read, DEFAULT_SETTINGS);
  const said = check.findings
    .filter((f) => f.code === "reported_pct_mismatch" || f.code === "fraction_as_actual")
    .map((f) => [f.code, f.severity, f.cell?.address]);
  // 112,5 for 117,33 only: 110 % (1,1 shown as a percent), 116,66 cut from 116,67 and 125 are right.
  expect(said).toEqual([
    ["reported_pct_mismatch", "warning", "G6"],
    ["fraction_as_actual", "warning", "E8"],
    ["fraction_as_actual", "warning", "E9"],
  ]);
  expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
  const byRow = (n: number) => check.results.get(n - 1)!;
  expect([8, 9, 10, 11, 12].map((n) => byRow(n).verdict)).toEqual([
    "khong_dat", // 25 of 42
    "khong_giao_ke_hoach", // 9 done, no plan: 14 is not made one
    "dat", // hộ nghèo 3,7 within 0,5 point of about 4 (lower is better; 5 % of 4 would say Vượt)
    "dat", // 4,1
    "khong_dat", // 57,5 is 2,5 points short of about 60 (5 % of 60 would have allowed 3)
  ]);

  // `chitieu check --json` says the same, with the fix for E8.
  const { text } = await checkFile(file, DEFAULT_SETTINGS, { json: true, lang: "vi" });
  const json = JSON.parse(text) as { issues: { code: string; message: { vi: string } }[] };
  const fraction = json.issues.filter((i) => i.code === "fraction_as_actual").map((i) => i.message.vi);
  expect(fraction[0]).toContain('"25/42" được đọc là 25 trên tổng số 42');
  expect(fraction[1]).toContain("nếu 14 là kế hoạch, hãy tự nhập vào ô D9; chitieu không tự điền.");
  expect(json.issues.find((i) => i.code === "reported_pct_mismatch")?.message.vi).toContain(
    "% KH ghi 112,5% nhưng tính ra 117,33% (176 / 150)",
  );

  // Tính toán's formulas, written as the CLI writes blocks: ours right of the table, none over G:H.
  const plan = computePlan(read, DEFAULT_SETTINGS);
  const { pctPlan, pctPrior, changePct, diffPoints, verdict } = plan.columns;
  expect(Math.min(pctPlan!, pctPrior!, changePct!, diffPoints!, verdict!)).toBe(9);
  const sheet = workbook.worksheets[0]!;
  writePlan(sheet, plan, { numberFormats: false });
  const computed = path.join(work, "da-tinh.xlsx");
  await workbook.xlsx.writeFile(computed);
  const lo = recalculated(computed, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);

  // The office's cells as typed.
  expect([lo[5]?.[6], lo[6]?.[6], lo[6]?.[7]]).toEqual(["112.5", "116,66%", "125"]);
  expect(lo[5]?.[7]).toMatch(/^110(\.0)?%$/);

  // Every row: LibreOffice's % columns and verdict are core's.
  const asPct = (cell: string | null | undefined): number | string | null =>
    cell === null || cell === undefined || cell === "—"
      ? (cell ?? null)
      : Number(cell.replace(/%$/, "")) * (cell.endsWith("%") ? 1 : 100);
  for (const group of check.read.table.groups) {
    for (const row of group.rows) {
      const result = check.results.get(row.sheetRow)!;
      const line = lo[row.sheetRow] ?? [];
      for (const [key, col] of [
        ["pctPlan", pctPlan],
        ["pctPrior", pctPrior],
        ["changePct", changePct],
      ] as const) {
        const ours = result[key];
        const theirs = asPct(line[col!]);
        if (ours === null)
          expect({ row: row.sheetRow + 1, key, theirs }).toEqual({ row: row.sheetRow + 1, key, theirs: "—" });
        else
          expect({ row: row.sheetRow + 1, key, close: Math.abs((theirs as number) - ours) < 1e-9 }).toEqual({
            row: row.sheetRow + 1,
            key,
            close: true,
          });
      }
      expect({ row: row.sheetRow + 1, verdict: line[verdict!] }).toEqual({
        row: row.sheetRow + 1,
        verdict: verdictLabel(result.verdict, "vi"),
      });
    }
  }
  // The rates' điểm %: 3,7 − 4 and 57,5 − 60.
  expect(Number(lo[9]?.[diffPoints!])).toBeCloseTo(-0.3, 9);
  expect(Number(lo[11]?.[diffPoints!])).toBeCloseTo(-2.5, 9);
}, 240_000);
