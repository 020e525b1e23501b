/**
 * `chitieu rollover` keeps what the source shows: each column's number format (Cùng kỳ as the actual
 * it receives showed it, a rate under a percent format as the fraction), the widths core gives
 * (core/widths.ts), and path plans as precise as their unit needs: whole firms, rates to 2 decimals,
 * money to the decimals its plan cell shows. `--term-sheet NAME` picks the term table when a workbook
 * has several. Figures: seed 000 (Bến Tre 2020, 37.067 tỷ, 176 firms, 62 % đô thị loại I) as in
 * issue-12.test.ts; 2021–2022 and the plans are invented there and here.
 */
import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { INPUT_WIDTHS, OTHER_WIDTH } from "../../src/core/widths";
import { computedWidth } from "../../src/core/plan";
import { run, tempDir } from "./helpers";
import { type Cell, sheetOf, termSheet, TERM_MERGES } from "./workbooks";

const tmp = tempDir("chitieu-rollover-formats-");
afterAll(() => tmp.cleanup());

/** 2022's table: money with three decimals shown, firms whole, the urban rate typed as a percent. */
const ANNUAL_2022: Cell[][] = [
  ["UBND THÀNH PHỐ BẾN TRE"],
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", null, "Thực hiện năm 2021"],
  [null, null, null, "Kế hoạch", "Ước thực hiện", null],
  [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 42000, 42800, 39500],
  [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 200, 205, 190],
  [3, "Tỷ lệ tiêu chí đô thị loại I đạt được", "%", 0.7, 0.7, 0.66],
];
const ANNUAL_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5"];
const ANNUAL_FORMATS = { "D6:F6": "#,##0.000", "D7:F7": "#,##0", "D8:F8": "0.0%" };

const TERM_2025 = termSheet();

/** A draft of the same term with lower targets, on a sheet before the adopted one. */
const TERM_DRAFT: Cell[][] = TERM_2025.map((row) =>
  row.map((v) =>
    v === "tăng bình quân 10%/năm"
      ? "tăng bình quân 5%/năm"
      : v === "1.000 doanh nghiệp trong 5 năm"
        ? "900 doanh nghiệp trong 5 năm"
        : v === "đến năm 2025 đạt 80%"
          ? "đến năm 2025 đạt 75%"
          : v,
  ),
);

async function checkJson(file: string): Promise<JsonCheck> {
  const r = await run("check", file, "--json");
  expect(r.err).toBe("");
  return JSON.parse(r.out) as JsonCheck;
}

describe("chitieu rollover keeps the source's number formats and widths", () => {
  const file = tmp.file("nam-2022.xlsx");
  const out = tmp.file("nam-2023.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Năm 2022", ANNUAL_2022, ANNUAL_MERGES, ANNUAL_FORMATS);
    sheetOf(wb, "Nhiệm kỳ", TERM_2025, TERM_MERGES);
    await wb.xlsx.writeFile(file);
    const r = await run("rollover", file, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  test("each figure column keeps its format; Cùng kỳ takes the actual's; a rate stays a percent", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(["D6", "E6", "F6"].map((a) => ws.getCell(a).numFmt)).toEqual([
      "#,##0.000",
      "#,##0.000",
      "#,##0.000",
    ]);
    expect(["D7", "E7", "F7"].map((a) => ws.getCell(a).numFmt)).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect(["D8", "E8", "F8"].map((a) => ws.getCell(a).numFmt)).toEqual(["0.0%", "0.0%", "0.0%"]);
    // 2022's actuals in Cùng kỳ, the rate as the fraction its percent format shows (70,0 %).
    expect(["F6", "F7", "F8"].map((a) => ws.getCell(a).value)).toEqual([42800, 205, 0.7]);
    // Plans from the term's path: 47.820,3555… shown with three decimals → 47.820,356; 201,67 firms → 202.
    expect(["D6", "D7", "D8"].map((a) => ws.getCell(a).value)).toEqual([47820.356, 202, 0.7333]);
    expect(ws.getCell("E6").value).toBeNull();

    // Widths as core/widths.ts gives them: the input columns, and the computed ones the plan appends.
    expect(ws.getColumn(2).width).toBe(INPUT_WIDTHS.name);
    expect(ws.getColumn(3).width).toBe(INPUT_WIDTHS.unit);
    expect(ws.getColumn(4).width).toBe(INPUT_WIDTHS.plan);
    const verdictCol = [...Array(20).keys()].find((c) => ws.getCell(5, c + 1).value === "Đánh giá");
    expect(verdictCol).toBeDefined();
    expect(ws.getColumn(verdictCol! + 1).width).toBe(computedWidth("verdict"));
  });

  test("read back, the figures are the ones shown: the rate 73,33 and 70, not 0,7333 and 0,7", async () => {
    const data = await checkJson(out);
    expect(data.rows.map((row) => [row.name, row.plan, row.actual, row.prior])).toEqual([
      ["Tổng doanh thu hàng hóa, dịch vụ", 47820.356, null, 42800],
      ["Doanh nghiệp thành lập mới", 202, null, 205],
      ["Tỷ lệ tiêu chí đô thị loại I đạt được", 73.33, null, 70],
    ]);
  });
});

describe("chitieu rollover of a term table keeps its formats and core's widths", () => {
  test("the new year's column shows as the last year's; widths from core/widths.ts", async () => {
    const file = tmp.file("nhiem-ky.xlsx");
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Nhiệm kỳ", TERM_2025, TERM_MERGES, {
      "E6:G6": "#,##0.0",
      "E7:G7": "#,##0",
      "E8:G8": "0.00",
    });
    await wb.xlsx.writeFile(file);
    const out = tmp.file("nhiem-ky-2023.xlsx");
    expect(await run("rollover", file, "--out", out)).toMatchObject({ code: 0, err: "" });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.worksheets[0]!;
    expect(ws.getCell("H5").value).toBe(2023);
    expect(["E6", "G6", "H6"].map((a) => ws.getCell(a).numFmt)).toEqual(["#,##0.0", "#,##0.0", "#,##0.0"]);
    expect(["E7", "H7", "E8", "H8"].map((a) => ws.getCell(a).numFmt)).toEqual([
      "#,##0",
      "#,##0",
      "0.00",
      "0.00",
    ]);
    expect(ws.getCell("G6").value).toBe(42300);
    expect(ws.getColumn(1).width).toBe(INPUT_WIDTHS.stt);
    expect(ws.getColumn(2).width).toBe(INPUT_WIDTHS.name);
    expect(ws.getColumn(8).width).toBe(OTHER_WIDTH);
  });
});

describe("chitieu rollover --term-sheet NAME", () => {
  const file = tmp.file("hai-nhiem-ky.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Năm 2022", ANNUAL_2022, ANNUAL_MERGES, ANNUAL_FORMATS);
    sheetOf(wb, "Dự thảo", TERM_DRAFT, TERM_MERGES);
    sheetOf(wb, "Nhiệm kỳ 2020-2025", TERM_2025, TERM_MERGES);
    await wb.xlsx.writeFile(file);
  });

  const plans = async (out: string): Promise<(number | null)[]> =>
    (await checkJson(out)).rows.map((row) => row.plan);

  test("the plans come from the named sheet, not the first term table of the workbook", async () => {
    const first = tmp.file("theo-du-thao.xlsx");
    expect((await run("rollover", file, "--out", first)).code).toBe(0);
    const named = tmp.file("theo-nhiem-ky.xlsx");
    const r = await run("rollover", file, "--out", named, "--term-sheet", "Nhiệm kỳ 2020-2025");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(await plans(named)).toEqual([47820.356, 202, 73.33]);
    // The draft's lower targets: (900 − 190 − 205) / 3 = 168,33 → 169; 70 + 5 / 3 = 71,67.
    expect((await plans(first)).slice(1)).toEqual([169, 71.67]);
    const draft = tmp.file("du-thao.xlsx");
    expect((await run("rollover", file, "--out", draft, "--term-sheet", "Dự thảo")).code).toBe(0);
    expect(await plans(draft)).toEqual(await plans(first));
  });

  test("in --term's file too", async () => {
    const annual = tmp.file("nam-rieng.xlsx");
    const a = new ExcelJS.Workbook();
    sheetOf(a, "Năm 2022", ANNUAL_2022, ANNUAL_MERGES, ANNUAL_FORMATS);
    await a.xlsx.writeFile(annual);
    const out = tmp.file("nam-rieng-2023.xlsx");
    const r = await run(
      "rollover",
      annual,
      "--term",
      file,
      "--term-sheet",
      "Nhiệm kỳ 2020-2025",
      "--out",
      out,
    );
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(await plans(out)).toEqual([47820.356, 202, 73.33]);
  });

  test("a wrong name is refused with the file's sheets named, in Vietnamese and English (exit 2)", async () => {
    const out = tmp.file("khong-ghi.xlsx");
    const vi = await run("rollover", file, "--out", out, "--term-sheet", "Nhiem ky");
    expect(vi.code).toBe(2);
    expect(vi.err).toBe(
      `chitieu: Không có trang “Nhiem ky” trong ${file}; các trang của tệp: “Năm 2022”, “Dự thảo”, “Nhiệm kỳ 2020-2025”.\n`,
    );
    const en = await run("rollover", file, "--out", out, "--term-sheet", "Nhiem ky", "--locale", "en");
    expect(en.code).toBe(2);
    expect(en.err).toBe(
      `chitieu: There is no sheet “Nhiem ky” in ${file}; the file's sheets: “Năm 2022”, “Dự thảo”, “Nhiệm kỳ 2020-2025”.\n`,
    );
    // A sheet that is there but holds the year's table, not a term's.
    const year = await run("rollover", file, "--out", out, "--term-sheet", "Năm 2022");
    expect(year.code).toBe(2);
    expect(year.err).toContain("Trang “Năm 2022”");
    expect(year.err).toContain("không có bảng nhiệm kỳ");
    expect(await import("node:fs").then((fs) => fs.existsSync(out))).toBe(false);
  });
});
