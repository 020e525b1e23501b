/**
 * Works done typed "9/12" that the spreadsheet turned into 9 December (a serial with a date
 * format), read by the CLI from xlsx and recalculated by LibreOffice: the check says the cell holds
 * a date, and the live formulas give "—" and "Chưa có số liệu" there as core does, whether the date
 * was there at Tính toán or typed after it; the fix's 9 is then read as 9 of 12. The formats are
 * the ones LibreOffice itself gives a typed date (its locale's short date): for other date codes
 * read from an xlsx its CELL("format") says "G" and only the check sees the date (formulas.ts).
 * Figures from seeds 000 and 001 (176 firms of 150; 35 of 30); the works done are invented.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFile, findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { fixedCell } from "../../src/core/numbers";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { recalculated } from "./soffice";
import { sheetOf, writePlan } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-dates-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** 9 December 2026: "9/12" typed in a vi-VN spreadsheet. */
const DEC_9 = 46365;
const VI_DATE = "[$-42A]dd/mm/yyyy";
/** LibreOffice's en-US short date: "9/12" typed there is 12 September, shown 9/12/26. */
const SEP_12 = 46277;
const EN_DATE = "m/d/yy";
/**
 * The system short date (built-in 14), as Excel saves a typed date: LibreOffice's CELL("format")
 * says "G" for it, so only the serial seen at Tính toán, compiled in, keeps the row at "—".
 */
const SYSTEM_DATE = "mm-dd-yy";

test("a date in Thực hiện is said by the check and is '—' / Chưa có số liệu in LibreOffice, at Tính toán and after", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(
    workbook,
    "Biểu 01",
    [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT 9 THÁNG NĂM 2020"],
      ["Thành ủy TP. Bến Tre"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"],
      [1, "Công trình trọng điểm hoàn thành", "công trình", 12, DEC_9, 7, null],
      [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, null],
      [3, "Số xã đạt chuẩn nông thôn mới", "xã", 14, null, 6, null],
      [4, "Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28, null],
      [5, "Trường đạt chuẩn quốc gia", "trường", 5, DEC_9, 3, null],
    ],
    [],
    { E5: VI_DATE, E9: SYSTEM_DATE },
  );
  const file = path.join(work, "bieu.xlsx");
  await workbook.xlsx.writeFile(file);

  // The CLI's read: E5 is a date, not 46 365 works done; the fix offers 9.
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const dated = check.findings.filter((f) => f.code === "date_in_figure_cell");
  expect(dated.map((f) => [f.severity, f.cell?.address, f.fix?.value])).toEqual([
    ["error", "E5", 9],
    ["error", "E9", 9],
  ]);
  expect(check.results.get(4)?.verdict).toBe("chua_co_so_lieu");
  const { text } = await checkFile(file, DEFAULT_SETTINGS, { json: true, lang: "vi" });
  const json = JSON.parse(text) as { issues: { code: string; message: { vi: string } }[] };
  expect(json.issues.find((i) => i.code === "date_in_figure_cell")?.message.vi).toContain(
    "chứa ngày 09/12/2026 (ngày/tháng, theo định dạng của ô), không phải số: có thể bạn đã gõ phân số 9/12",
  );

  // Tính toán's formulas, written as the CLI writes blocks.
  const plan = computePlan(read, DEFAULT_SETTINGS);
  const sheet = workbook.worksheets[0]!;
  writePlan(sheet, plan, { numberFormats: false });
  // After Tính toán: "9/12" typed over 176 in an en-US LibreOffice (12 September), and in the
  // empty E7 in a vi-VN one (9 December).
  sheet.getCell("E6").value = SEP_12;
  sheet.getCell("E6").numFmt = EN_DATE;
  sheet.getCell("E7").value = DEC_9;
  sheet.getCell("E7").numFmt = VI_DATE;
  const filled = path.join(work, "da-dien.xlsx");
  await workbook.xlsx.writeFile(filled);

  // And the fix for E5 taken: 9 in the look of its column's numbers, not the date format.
  const fixed = fixedCell(9, VI_DATE, [
    { value: 176, format: "General" },
    { value: 35, format: "General" },
  ]);
  expect(fixed).toEqual({ value: 9, numberFormat: "General" });
  sheet.getCell("E5").value = fixed.value;
  sheet.getCell("E5").numFmt = fixed.numberFormat!;
  const afterFix = path.join(work, "da-sua.xlsx");
  await workbook.xlsx.writeFile(afterFix);

  const { pctPlan, pctPrior, changePct, verdict } = plan.columns;
  const recalc: (string | null)[][][] = [];
  for (const [xlsx, rowsDated] of [
    [filled, [5, 6, 7, 9]],
    [afterFix, [6, 7, 9]],
  ] as const) {
    const lo = recalculated(xlsx, work);
    recalc.push(lo);
    expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
    // Core reads the same file: each row's % columns and verdict in LibreOffice are core's.
    const again = checkTable(
      findTable(await readSheets(xlsx), DEFAULT_SETTINGS, xlsx).read,
      DEFAULT_SETTINGS,
    );
    expect(
      again.findings.filter((f) => f.code === "date_in_figure_cell").map((f) => f.cell?.address),
    ).toEqual(rowsDated.map((r) => `E${r}`));
    for (const sheetRow of [5, 6, 7, 8, 9]) {
      const result = again.results.get(sheetRow - 1)!;
      const line = lo[sheetRow - 1] ?? [];
      const got = [pctPlan, pctPrior, changePct].map((col) => {
        const cell = line[col!];
        return cell === "—" || cell === null || cell === undefined ? cell : Number(Number(cell).toFixed(8));
      });
      const want = [result.pctPlan, result.pctPrior, result.changePct].map((v) =>
        v === null ? "—" : Number((v / 100).toFixed(8)),
      );
      expect({ file: path.basename(xlsx), sheetRow, got, verdict: line[verdict!] }).toEqual({
        file: path.basename(xlsx),
        sheetRow,
        got: want,
        verdict: verdictLabel(result.verdict, "vi"),
      });
    }
    // The dated rows: nothing computed from 46 365 or 46 277.
    for (const r of rowsDated) {
      expect([lo[r - 1]?.[pctPlan!], lo[r - 1]?.[verdict!]]).toEqual(["—", "Chưa có số liệu"]);
    }
  }
  // After the fix, 9 of 12 works at 9 months: 75 % of the year's plan, on track (9/12 of the year).
  const fixedRow = recalc[1]?.[4];
  expect(Number(fixedRow?.[pctPlan!])).toBeCloseTo(0.75, 12);
  expect(fixedRow?.[verdict!]).toBe("Đúng tiến độ");
}, 300_000);
