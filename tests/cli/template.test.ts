import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { TEMPLATES } from "../../src/core/templates";
import { run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-template-");
afterAll(() => tmp.cleanup());

describe("chitieu templates", () => {
  test("lists every template id with its Vietnamese name", async () => {
    const r = await run("templates");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(TEMPLATES.length);
    expect(lines[0]).toMatch(/^thanh-pho-nam\s+Thành phố, huyện/);
    expect(r.out).toContain("trong");
  });

  test("--locale en lists the English names", async () => {
    const r = await run("templates", "--locale", "en");
    expect(r.out).toContain("Blank table");
  });
});

describe("chitieu template NAME --out FILE.xlsx", () => {
  test("writes the city template: formulas without cached results, formats, merges, frozen header, print setup, colour rules", async () => {
    const file = tmp.file("thanh-pho.xlsx");
    const r = await run("template", "thanh-pho-nam", "--out", file, "--unit", "Thành ủy Bến Tre");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("45 chỉ tiêu");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("Chỉ tiêu NQ 2021");
    expect(ws.getCell("A1").value).toBe("BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2021");
    expect(ws.getCell("A2").value).toBe("Thành ủy Bến Tre");
    expect(ws.getCell("N5").value).toBe("Đánh giá");
    const verdict = ws.getCell("N7").value as ExcelJS.CellFormulaValue;
    expect(verdict.formula).toContain("Chưa có số liệu");
    expect(verdict.result).toBeUndefined();
    expect((ws.getCell("J7").value as ExcelJS.CellFormulaValue).formula).toContain("ISNUMBER(F7)");
    expect(ws.getCell("J7").numFmt).toBe("0.00%");
    expect((ws.getCell("N6").value as ExcelJS.CellFormulaValue).formula).toContain("COUNTIF(N7:N15");
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "5:5" });
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
    const computedFill = ws.getCell("J7").fill as ExcelJS.FillPattern;
    const inputFill = ws.getCell("F7").fill as ExcelJS.FillPattern;
    expect(computedFill.fgColor?.argb).not.toBe(inputFill.fgColor?.argb);
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cf.some((c) => c.ref === "N6:N54" && JSON.stringify(c.rules).includes("Vượt"))).toBe(true);
  });

  test("chitieu check reads the written template: 45 indicators, none with data yet", async () => {
    const file = tmp.file("kiem-tra.xlsx");
    expect((await run("template", "thanh-pho-nam", "--out", file)).code).toBe(0);
    const r = await run("check", file, "--json");
    expect(r.err).toBe("");
    const data = JSON.parse(r.out) as JsonCheck;
    expect(data.rows).toHaveLength(45);
    expect(data.rows[0]).toMatchObject({
      row: 7,
      group: "Xây dựng Đảng",
      name: "Kết nạp đảng viên mới",
      verdict: "chua_co_so_lieu",
    });
    expect(data.summary.groups.map((g) => g.name)).toEqual([
      "Xây dựng Đảng",
      "Kinh tế",
      "Văn hóa – xã hội",
      "Quốc phòng – an ninh – nội chính",
    ]);
    expect(data.summary.total).toBe(0);
    expect(data.summary.noData).toBe(45);
    expect(r.code).toBe(0);
  });

  test("the province template, with its plans, checks too", async () => {
    const file = tmp.file("tinh.xlsx");
    expect((await run("template", "tinh-nam", "--out", file, "--year", "2020")).code).toBe(0);
    const data = JSON.parse((await run("check", file, "--json")).out) as JsonCheck;
    const budget = data.rows.find((row) => row.name === "Thu ngân sách trên địa bàn");
    expect(budget).toMatchObject({ plan: 4835, actual: null, verdict: "chua_co_so_lieu" });
  });

  test("an unknown template name exits 2 and names the templates there are", async () => {
    const r = await run("template", "thanh-pho", "--out", tmp.file("x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("thanh-pho-nam");
  });

  test("an output folder that does not exist exits 2 with one line", async () => {
    const r = await run("template", "trong", "--out", `${tmp.dir}/khong/co/thu-muc.xlsx`);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
