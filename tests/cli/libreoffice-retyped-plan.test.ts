/**
 * A plan in words is compiled into the formulas as Tính toán read it. Retyped afterwards (a new
 * year's "dưới 3%" over last year's "dưới 4%", or words typed into a plan cell a rollover left
 * empty), the sheet must not go on judging by the old plan, nor call the row "Không giao kế
 * hoạch": until Tính toán runs again it says "Cần tính lại". Figures worked by hand from DOMAIN.md;
 * LibreOffice recalculates what chitieu wrote.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { recalculated } from "./soffice";
import { computeInPlace, sheetOf } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-retyped-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("plans retyped in words, or Thực hiện typed as text, after Tính toán: 'Cần tính lại' and '—', never the old verdict", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "Nam 2021", [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Thực hiện năm 2020"],
    [1, "Tỷ lệ hộ nghèo", "%", "dưới 4%", 3.5, 4.2],
    [2, "Số vụ tai nạn giao thông", "vụ", "giảm 10%", 22, 20],
    [3, "Tốc độ tăng trưởng giá trị sản xuất", "%", "6,6 - 6,8%", 7.6, 6.2],
    [4, "Doanh nghiệp thành lập mới", "doanh nghiệp", null, 190, 176],
    [5, "Thu ngân sách trên địa bàn", "tỷ đồng", 329, 562, 472],
  ]);
  const plan = await computeInPlace(workbook, path.join(work, "tinh.xlsx"), { numberFormats: false });
  const { pctPlan, verdict } = plan.columns;
  // % KH as a percentage: the fraction the formula gives × 100 ("—" as it is).
  const at = (lo: (string | null)[][], row: number) => {
    const cell = lo[row - 1]?.[pctPlan!] ?? null;
    const number = cell === null || cell === "—" ? null : Number(cell) * 100;
    return {
      pctPlan: number === null ? cell : Math.round(number * 10000) / 10000,
      verdict: lo[row - 1]?.[verdict!] ?? null,
    };
  };

  // As computed: 3,5 < 4 Vượt (87,5 %); 20 × 0,9 = 18, 22 / 18 = 122,22 % Không đạt; 7,6 above
  // 6,6–6,8 Vượt; firms with no plan yet; 562 / 329 = 170,82 %.
  const computedFile = path.join(work, "da-tinh.xlsx");
  await workbook.xlsx.writeFile(computedFile);
  const before = recalculated(computedFile, work);
  expect(at(before, 4)).toEqual({ pctPlan: 87.5, verdict: "Vượt" });
  expect(at(before, 5)).toEqual({ pctPlan: 122.2222, verdict: "Không đạt" });
  expect(at(before, 6).verdict).toBe("Vượt");
  expect(at(before, 7).verdict).toBe("Không giao kế hoạch");

  const sheet = workbook.worksheets[0]!;
  // Retyped: next year's plans in words, one typed into the empty cell, one number left alone.
  sheet.getCell("D4").value = "dưới 3%"; // 3,5 is not under 3: no longer Vượt
  sheet.getCell("D5").value = "giảm 20%"; // 16, not 18
  sheet.getCell("D6").value = "7 - 8%"; // 7,6 inside: Đạt, not Vượt
  sheet.getCell("D7").value = "ít nhất 180"; // a plan, not "Không giao kế hoạch"
  const retyped = path.join(work, "go-lai.xlsx");
  await workbook.xlsx.writeFile(retyped);
  const after = recalculated(retyped, work);
  for (const row of [4, 5, 6, 7])
    expect({ row, ...at(after, row) }).toEqual({ row, pctPlan: "—", verdict: "Cần tính lại" });
  // The number left alone still reads live: 562 / 329.
  expect(at(after, 8)).toEqual({ pctPlan: 170.8207, verdict: "Vượt" });

  // Thực hiện typed as text later ("6.794,12" stays text in an en-US Excel): core reads 6794,12
  // and judges it; the sheet cannot, so "Cần tính lại", not "Chưa có số liệu".
  sheet.getCell("E8").value = "6.794,12";
  const actualText = path.join(work, "th-chu.xlsx");
  await workbook.xlsx.writeFile(actualText);
  expect(at(recalculated(actualText, work), 8)).toEqual({ pctPlan: "—", verdict: "Cần tính lại" });
}, 240_000);
