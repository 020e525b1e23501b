/**
 * The sheets the command line writes (template, merge, rollover) speak the language asked for with
 * --locale, as the pane writes the workbook's language (Settings.language): computed headers, verdict
 * formulas, the summary line and the colour rules, all through core's plan. Vietnamese by default.
 */
import ExcelJS from "exceljs";
import { run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-sheet-language-");
afterAll(() => tmp.cleanup());

type Cell = string | number | null;

async function workbookOf(file: string, rows: Cell[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Năm 2021");
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  await wb.xlsx.writeFile(file);
  return file;
}

async function firstSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

/** Every formula and every text of a sheet, with its colour rules, as one string to search. */
function sheetText(ws: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === "string") parts.push(v);
      else if (v !== null && typeof v === "object" && "formula" in v && typeof v.formula === "string")
        parts.push(v.formula);
    }),
  );
  const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  parts.push(JSON.stringify(cf));
  return parts.join("\n");
}

const VIETNAMESE_WRITTEN = ["Đánh giá", '"Vượt"', '"Không đạt"', "Đạt và vượt ", "% KH"];
const ENGLISH_WRITTEN = ["Verdict", '"Exceeded"', '"Not reached"', '" reached or exceeded"', "% of plan"];

describe("chitieu template --locale en", () => {
  test("English computed headers, verdicts, summary and colour rules; Vietnamese by default", async () => {
    const en = tmp.file("mau-en.xlsx");
    expect(await run("template", "thanh-pho-nam", "--out", en, "--locale", "en")).toMatchObject({
      code: 0,
      err: "",
    });
    const ws = await firstSheet(en);
    expect(ws.getCell("N5").value).toBe("Verdict");
    expect(ws.getCell("J5").value).toBe("% of plan");
    const verdict = (ws.getCell("N7").value as ExcelJS.CellFormulaValue).formula;
    expect(verdict).toContain('"No data"');
    expect(verdict).not.toContain("Chưa có số liệu");
    const text = sheetText(ws);
    for (const word of ENGLISH_WRITTEN) expect(text).toContain(word);
    for (const word of VIETNAMESE_WRITTEN) expect(text).not.toContain(word);

    const vi = tmp.file("mau-vi.xlsx");
    expect((await run("template", "thanh-pho-nam", "--out", vi)).code).toBe(0);
    const viText = sheetText(await firstSheet(vi));
    for (const word of VIETNAMESE_WRITTEN) expect(viText).toContain(word);
    expect(viText).not.toContain('" reached or exceeded"');
  });
});

describe("chitieu merge --locale en", () => {
  test("the merged sheet's verdicts and summary line are English", async () => {
    const unit = (name: string, plan: number, actual: number): Cell[][] => [
      ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
      [`Đơn vị: ${name}`],
      [],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", plan, actual, 30],
    ];
    const a = await workbookOf(tmp.file("p1.xlsx"), unit("Phường 1", 50, 60));
    const b = await workbookOf(tmp.file("p2.xlsx"), unit("Phường 2", 40, 35));
    const out = tmp.file("tong-hop-en.xlsx");
    const r = await run("merge", a, b, "--out", out, "--locale", "en");
    expect(r).toMatchObject({ code: 0, err: "" });
    const text = sheetText(await firstSheet(out));
    for (const word of ENGLISH_WRITTEN) expect(text).toContain(word);
    for (const word of VIETNAMESE_WRITTEN) expect(text).not.toContain(word);
  });
});

describe("chitieu rollover --locale en", () => {
  test("the next year's sheet is computed in English; the source's Vietnamese headers are rewritten", async () => {
    const source = await workbookOf(tmp.file("nam-2021.xlsx"), [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "% KH", "Đánh giá"],
      [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 170, 1.1733, "Vượt"],
      [2, "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 10000, 9000, 8500, 0.9, "Không đạt"],
    ]);
    const out = tmp.file("nam-2022-en.xlsx");
    const r = await run("rollover", source, "--out", out, "--locale", "en");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Wrote the table for 2022");
    const text = sheetText(await firstSheet(out));
    for (const word of ENGLISH_WRITTEN) expect(text).toContain(word);
    for (const word of VIETNAMESE_WRITTEN) expect(text).not.toContain(word);
  });
});

describe("chitieu rollover --locale en on a term table", () => {
  test("the term's columns, verdicts and line are written again in English", async () => {
    // Seed 000's term (37.067 tỷ, 176 firms in 2020); 2021 invented, as in issue-12.test.ts.
    const source = await workbookOf(tmp.file("nhiem-ky.xlsx"), [
      ["THEO DÕI CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 – 2025"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025", "Năm 2020 (gốc)", "Thực hiện 2021"],
      [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", "tăng bình quân 10%/năm", 37067, 39500],
      [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", "1.000 doanh nghiệp trong 5 năm", 176, 190],
    ]);
    const out = tmp.file("nhiem-ky-en.xlsx");
    const r = await run("rollover", source, "--out", out, "--locale", "en");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Added the 2022 column to the term table");
    const text = sheetText(await firstSheet(out));
    for (const word of ["Achieved so far", "Needed a year", "Verdict", '"Behind"', '" term"', '" on track"'])
      expect(text).toContain(word);
    for (const word of ["Đạt được đến nay", "Đánh giá", '"Chậm tiến độ"', "chỉ tiêu nhiệm kỳ"])
      expect(text).not.toContain(word);
  });
});
