/**
 * AUDIT3 F14 and F5 through the command line, on xlsx files as offices keep them: a "Tổng cộng"
 * row under the communes (T11) is not counted in check, report or the sheet's live summary
 * (recalculated by LibreOffice); a hidden "TH 6 tháng" beside the visible "TH năm 2025" (T12) is
 * left out, so the table is judged as the year's.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/cli/xlsx-read";
import type { JsonCheck } from "../../src/cli/json";
import { recalculated } from "./soffice";
import { run, tempDir } from "./helpers";
import { computeInPlace, sheetOf } from "./workbooks";

const tmp = tempDir("chitieu-total-hidden-");
afterAll(() => tmp.cleanup());

/** T11: communes as rows, "Dự toán" as the plan, a blank row, "Tổng cộng" with no STT. */
function communes(wb: ExcelJS.Workbook): void {
  sheetOf(wb, "Thu NS xã", [
    ["BÁO CÁO THU NGÂN SÁCH CÁC XÃ NĂM 2025"],
    [],
    ["STT", "Đơn vị", "ĐVT", "Dự toán", "Thực hiện"],
    [1, "Xã An Hiệp", "triệu đồng", 300, 330],
    [2, "Xã An Bình", "triệu đồng", 200, 190],
    [],
    [3, "Xã An Phú", "triệu đồng", 250, 250],
    [null, "Tổng cộng", "triệu đồng", 750, 770],
  ]);
}

/** T12: column E "TH 6 tháng" hidden, as an office hides the columns it does not print. */
async function hiddenHalfYear(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  sheetOf(wb, "Biểu", [
    ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2025", "TH 6 tháng", "TH năm 2025", "TH năm 2024"],
    [1, "Kim ngạch xuất khẩu", "triệu USD", 140, 75, 150, 130],
    [2, "GRDP bình quân đầu người", "triệu đồng", 106, 50, 103, 98.93],
    [3, "Tỷ lệ che phủ rừng", "%", 45, 45, 46, 45.5],
  ]);
  wb.worksheets[0]!.getColumn(5).hidden = true;
  const file = path.join(tmp.dir, "t12.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("total rows from xlsx (AUDIT3 F14)", () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    communes(wb);
    file = path.join(tmp.dir, "t11.xlsx");
    await wb.xlsx.writeFile(file);
  });

  test("check --json: three communes, 2/3, and an info on B8 'read as a total row'", async () => {
    const r = await run("check", file, "--json");
    const data = JSON.parse(r.out) as JsonCheck;
    expect(data.rows.map((row) => [row.name, row.verdict])).toEqual([
      ["Xã An Hiệp", "vuot"],
      ["Xã An Bình", "khong_dat"],
      ["Xã An Phú", "dat"],
    ]);
    expect([data.summary.reached, data.summary.total]).toEqual([2, 3]);
    const total = data.issues.filter((i) => i.code === "total_row");
    expect(total.map((i) => [i.row, i.severity])).toEqual([[8, "info"]]);
  });

  test("report: 'đạt và vượt 2/3', the total named nowhere as a target", async () => {
    const r = await run("report", file, "--format", "txt");
    expect(r.code).toBe(0);
    expect(r.out).toContain("đạt và vượt 2/3 chỉ tiêu");
    expect(r.out).not.toContain("3/4");
    expect(r.out).not.toMatch(/Tổng cộng[^:]/);
  });

  test("the sheet's live summary, recalculated by LibreOffice, is core's 2/3", async () => {
    const wb = new ExcelJS.Workbook();
    communes(wb);
    const plan = await computeInPlace(wb, path.join(tmp.dir, "t11-plan.xlsx"));
    const sheet = wb.worksheets[0]!;
    sheet.getCell(plan.summary.row + 1, plan.summary.col + 1).value = {
      formula: plan.summary.formula.slice(1),
    };
    // The live count runs over every row of the table, the total's (row 8) too.
    expect(plan.summary.formula).toContain("COUNTIF(J4:J8,");
    const computed = path.join(tmp.dir, "t11-tinh.xlsx");
    await wb.xlsx.writeFile(computed);
    const lo = recalculated(computed, tmp.dir);
    expect(lo[plan.summary.row]?.[plan.summary.col]).toBe("Đạt và vượt 2/3 chỉ tiêu");
    // The total row's verdict cell holds nothing the summary could count.
    expect(lo[7]?.[plan.columns.verdict!] ?? "").toBe("");
  }, 240_000);
});

describe("hidden columns from xlsx (AUDIT3 F5)", () => {
  test("the reader gives the hidden columns with the first part of the rows", async () => {
    const book = await openXlsx(await hiddenHalfYear());
    const first = (await book.rows(book.sheets[0]!, 2).next()).value;
    expect(first?.hiddenColumns).toEqual([false, false, false, false, true]);
  });

  test("check --json: TH năm 2025 is Thực hiện (107,14 % Vượt, 97,17 % Không đạt, +1 điểm), 2/3, E said", async () => {
    const r = await run("check", await hiddenHalfYear(), "--json");
    const data = JSON.parse(r.out) as JsonCheck;
    expect(data.rows.map((row) => row.actual)).toEqual([150, 103, 46]);
    expect(data.rows.map((row) => row.prior)).toEqual([130, 98.93, 45.5]);
    expect(data.rows.map((row) => row.verdict)).toEqual(["vuot", "khong_dat", "vuot"]);
    expect(data.rows[0]!.pctPlan).toBeCloseTo(107.14, 2);
    expect(data.rows[1]!.pctPlan).toBeCloseTo(97.17, 2);
    expect(data.rows[2]!.diffPoints).toBeCloseTo(1, 12);
    expect(data.rows.map((row) => row.period)).toEqual(["nam", "nam", "nam"]);
    expect([data.summary.reached, data.summary.total]).toEqual([2, 3]);
    const ignored = data.issues.filter((i) => i.code === "hidden_column_ignored");
    expect(ignored.map((i) => i.message.en)).toEqual([
      'Column E ("TH 6 tháng") is hidden; the visible column F ("TH năm 2025") is also the Actual column, so column F is read and the hidden column E is left out.',
    ]);
    expect(data.issues.filter((i) => i.code === "duplicate_header")).toEqual([]);
  });
});
