import { HyperFormula } from "hyperformula";
import { TEMPLATES, UnknownTemplateError, headerWidth, templateSheet } from "../../src/core/templates";
import { computePlan, mergePlanIntoSheet } from "../../src/core/plan";
import { readTable } from "../../src/core/table";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import type { CellContent, CellValue, SheetPlan } from "../../src/core/model";
import { parseRangeA1, toA1 } from "../../src/core/a1";

const settings = DEFAULT_SETTINGS;

/** The sheet's cells after every block is written (later blocks over earlier ones, null skips). */
function sheetCells(sheet: SheetPlan): CellContent[][] {
  const cells: CellContent[][] = [];
  for (const block of sheet.blocks) {
    block.contents.forEach((row, r) =>
      row.forEach((content, c) => {
        if (content === null) return;
        const line = (cells[block.row + r] ??= []);
        line[block.col + c] = content;
      }),
    );
  }
  for (let r = 0; r < cells.length; r++) {
    const line = (cells[r] ??= []);
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  return cells;
}

/** What a reader of the workbook sees before Excel recalculates: formulas have no value yet. */
function valuesBeforeRecalc(cells: CellContent[][]): CellValue[][] {
  return cells.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v)));
}

function indicatorCounts(sheet: SheetPlan): number[] {
  const read = readTable(valuesBeforeRecalc(sheetCells(sheet)), { convention: "vi" });
  return read.table.groups.map((g) => g.rows.length);
}

describe("the template catalogue", () => {
  test("lists the seven templates, each named and described in Vietnamese and English", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      "thanh-pho-nam",
      "tinh-nam",
      "ket-qua",
      "so-ket-6-thang",
      "so-ket-9-thang",
      "nhiem-ky",
      "trong",
    ]);
    for (const t of TEMPLATES) {
      expect(t.name.vi).not.toBe(t.name.en);
      expect(t.description.vi.length).toBeGreaterThan(20);
      expect(t.description.en.length).toBeGreaterThan(20);
    }
    expect(TEMPLATES.find((t) => t.id === "so-ket-9-thang")?.period).toBe("9_thang");
  });

  test("an unknown template is a named error", () => {
    expect(() => templateSheet("thanh-pho", { settings })).toThrow(UnknownTemplateError);
  });
});

describe("thanh-pho-nam: a city's annual resolution table", () => {
  const sheet = templateSheet("thanh-pho-nam", { settings, year: 2021, unitName: "Thành ủy Bến Tre" });
  const cells = sheetCells(sheet);

  test("has 45 indicators in the four groups of 9, 12, 13 and 11", () => {
    expect(indicatorCounts(sheet)).toEqual([9, 12, 13, 11]);
    const headings = cells
      .filter((r) => typeof r[0] === "string" && /^[IV]+$/.test(r[0]))
      .map((r) => [r[0], r[1]]);
    expect(headings).toEqual([
      ["I", "Xây dựng Đảng"],
      ["II", "Kinh tế"],
      ["III", "Văn hóa – xã hội"],
      ["IV", "Quốc phòng – an ninh – nội chính"],
    ]);
  });

  test("names the seeds' indicators with their units and directions, figures left empty", () => {
    const rows = new Map(cells.map((r) => [r[1], r]));
    expect(rows.get("Doanh nghiệp thành lập mới")?.slice(2, 9)).toEqual([
      "doanh nghiệp",
      "Số lượng",
      "Tăng",
      null,
      null,
      null,
      null,
    ]);
    expect(rows.get("Tổng doanh thu hàng hóa, dịch vụ")?.[2]).toBe("tỷ đồng");
    expect(rows.get("Số vụ tai nạn giao thông đường bộ")?.[4]).toBe("Giảm");
    expect(rows.get("Đảng viên vi phạm bị xử lý kỷ luật")?.[4]).toBe("Giảm");
    for (const name of [
      "Kết nạp đảng viên mới",
      "Thu ngân sách trên địa bàn",
      "Khối lượng thanh toán đầu tư hạ tầng",
      "Hộ kinh doanh chuyển lên doanh nghiệp",
    ]) {
      expect(rows.has(name)).toBe(true);
    }
  });

  test("title, unit and period rows above a blank row and the header; numbering restarts in each group", () => {
    expect(cells[0]?.[0]).toBe("BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2021");
    expect(cells[1]?.[0]).toBe("Thành ủy Bến Tre");
    expect(cells[2]?.[0]).toBe("Năm 2021");
    expect(cells[3]?.every((v) => v === null)).toBe(true);
    expect(cells[4]?.slice(0, 10)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Loại",
      "Chiều",
      "Kế hoạch năm 2021",
      "Thực hiện năm 2021",
      "Thực hiện năm 2020",
      "Ghi chú",
      "% KH",
    ]);
    expect(cells[5]?.[0]).toBe("I");
    expect(cells[6]?.[0]).toBe(1);
    expect(cells[15]?.[0]).toBe("II");
    expect(cells[16]?.[0]).toBe(1);
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.merges).toContain("A1:N1");
  });

  test("input cells and computed cells are styled apart, and every column has a width", () => {
    expect(sheet.styles).toContainEqual({ address: "A7:I15", style: "input" });
    expect(sheet.styles).toContainEqual({ address: "J6:N54", style: "computed" });
    expect(sheet.styles).toContainEqual({ address: "J5:N5", style: "header" });
    expect(sheet.columnWidths).toHaveLength(14);
    expect(sheet.layout.columns).toMatchObject({
      pctPlan: 9,
      pctPrior: 10,
      changePct: 11,
      diffPoints: 12,
      verdict: 13,
    });
  });

  test("carries exactly the formulas the add-in writes: computing the template again changes nothing", () => {
    const read = readTable(valuesBeforeRecalc(cells), { convention: "vi" });
    const plan = computePlan(read, settings);
    for (const block of plan.blocks) {
      block.contents.forEach((row, r) =>
        row.forEach((content, c) => {
          if (content !== null)
            expect([toA1(block.row + r, block.col + c), cells[block.row + r]?.[block.col + c] ?? ""]).toEqual(
              [toA1(block.row + r, block.col + c), content],
            );
        }),
      );
    }
    expect(cells[plan.summary.row]?.[plan.summary.col]).toBe(plan.summary.formula);
  });

  test("with seed 000's figures typed in, the formulas judge the rows and count the groups in a spreadsheet engine", () => {
    const filled = cells.map((r) => r.slice());
    const put = (name: string, plan: number, actual: number, prior: number | null): void => {
      const row = filled.find((r) => r[1] === name);
      if (!row) throw new Error(`no row ${name}`);
      row[5] = plan;
      row[6] = actual;
      row[7] = prior;
    };
    put("Doanh nghiệp thành lập mới", 150, 176, null);
    put("Khối lượng thanh toán đầu tư hạ tầng", 222, 215, 155);
    put("Thu ngân sách trên địa bàn", 329, 562, 472);
    const hf = HyperFormula.buildFromArray(
      filled.map((r) => r.map((v) => (v === null ? null : v))),
      { licenseKey: "gpl-v3" },
    );
    const value = (address: string): unknown => {
      const { top, left } = parseRangeA1(address);
      return hf.getCellValue({ sheet: 0, row: top, col: left });
    };
    const rowOf = (name: string): number => filled.findIndex((r) => r[1] === name);
    expect(value(toA1(rowOf("Doanh nghiệp thành lập mới"), 13))).toBe("Vượt");
    expect(value(toA1(rowOf("Doanh nghiệp thành lập mới"), 9))).toBeCloseTo(1.17333, 4);
    expect(value(toA1(rowOf("Khối lượng thanh toán đầu tư hạ tầng"), 13))).toBe("Không đạt");
    expect(value(toA1(rowOf("Kết nạp đảng viên mới"), 13))).toBe("Chưa có số liệu");
    expect(value(toA1(15, 13))).toBe("Đạt và vượt 2/3 chỉ tiêu");
    expect(value(toA1(sheet.layout.lastDataRow + 2, 1))).toBe("Đạt và vượt 2/3 chỉ tiêu");
    hf.destroy();
  });
});

describe("the other templates", () => {
  test("tinh-nam fills the province's plans and has a Phấn đấu column with % Phấn đấu", () => {
    const sheet = templateSheet("tinh-nam", { settings });
    const cells = sheetCells(sheet);
    const header = cells[4] ?? [];
    expect(header).toContain("Phấn đấu");
    expect(header).toContain("% Phấn đấu");
    const budget = cells.find((r) => r[1] === "Thu ngân sách trên địa bàn");
    expect(budget?.slice(5, 7)).toEqual([4835, 5000]);
    expect(cells.find((r) => r[1] === "Số đảng viên vi phạm bị xử lý kỷ luật")?.[5]).toBe(
      "giảm 5% so với năm 2019",
    );
    expect(cells.find((r) => r[1] === "Tỷ lệ hộ nghèo")?.slice(4, 6)).toEqual(["Giảm", 4]);
    expect(cells[0]?.[0]).toBe("CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT NĂM 2020");
    expect(indicatorCounts(sheet)).toEqual([2, 8, 6]);
  });

  test("ket-qua is a flat list of 14 indicators by default, or as many as asked", () => {
    expect(indicatorCounts(templateSheet("ket-qua", { settings }))).toEqual([14]);
    const twenty = templateSheet("ket-qua", { settings, rows: 20 });
    expect(sheetCells(twenty).filter((r, i) => i > 4 && typeof r[0] === "number")).toHaveLength(20);
  });

  test("the 6- and 9-month reviews read the estimate column as the actual, against the annual plan", () => {
    for (const [id, months] of [
      ["so-ket-6-thang", 6],
      ["so-ket-9-thang", 9],
    ] as const) {
      const sheet = templateSheet(id, { settings, year: 2021 });
      const cells = sheetCells(sheet);
      expect(cells[4]).toContain(`Ước TH ${months} tháng`);
      expect(cells[4]).toContain("Kế hoạch năm 2021");
      expect(cells[2]?.[0]).toBe(`${months} tháng đầu năm 2021`);
      const read = readTable(valuesBeforeRecalc(cells), { convention: "vi" });
      expect(read.layout.columns.actual).toBe(6);
      expect(read.table.groups.map((g) => g.rows.length)).toEqual([9, 12, 13, 11]);
    }
  });

  test("trong is a blank table whose 10 rows already carry the formulas", () => {
    const sheet = templateSheet("trong", { settings });
    const cells = sheetCells(sheet);
    const numbered = cells.filter((r, i) => i > 4 && typeof r[0] === "number");
    expect(numbered).toHaveLength(10);
    expect(numbered.every((r) => r.slice(1, 9).every((v) => v === null))).toBe(true);
    const verdictCol = sheet.layout.columns.verdict ?? -1;
    expect(
      numbered.every((r) => typeof r[verdictCol] === "string" && String(r[verdictCol]).startsWith("=")),
    ).toBe(true);
  });
});

describe("template headers are never clipped", () => {
  test("every header fits the header row's two lines in its column's width", () => {
    for (const t of TEMPLATES) {
      const sheet = templateSheet(t.id, { year: 2024, settings: DEFAULT_SETTINGS });
      const header = sheet.blocks[0]?.contents.find((row) => row.some((c) => c === "STT")) ?? [];
      header.forEach((text, col) => {
        if (typeof text !== "string" || text === "") return;
        expect([t.id, text, (sheet.columnWidths[col] ?? 0) >= headerWidth(text)]).toEqual([t.id, text, true]);
      });
    }
    expect(headerWidth("Ước thực hiện năm 2024")).toBeGreaterThan(14);
  });
});

describe("nhiem-ky: the term tracker", () => {
  const sheet = templateSheet("nhiem-ky", { settings, unitName: "Thành ủy Bến Tre" });
  const cells = sheetCells(sheet);
  const header = cells[4] ?? [];

  test("the term's target, the base year and one column per year, 2021 to 2025", () => {
    expect(header.slice(0, 12)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Chiều",
      "Mục tiêu đến năm 2025",
      "Năm 2020 (gốc)",
      "Thực hiện 2021",
      "Thực hiện 2022",
      "Thực hiện 2023",
      "Thực hiện 2024",
      "Thực hiện 2025",
      "Ghi chú",
    ]);
    expect(header.slice(12)).toEqual([
      "Đạt được đến nay",
      "Cần mỗi năm còn lại",
      "Dự kiến cuối nhiệm kỳ",
      "Đánh giá",
    ]);
    expect(cells[0]?.[0]).toBe("CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025");
    expect(indicatorCounts(sheet)).toEqual([3, 2]);
  });

  test("read back, it is a term table with its own computed columns, and computing again changes nothing", () => {
    const read = readTable(valuesBeforeRecalc(cells), { convention: "vi" });
    expect(read.table.period).toBe("nhiem_ky");
    expect(read.layout.term).toMatchObject({
      baseYear: 2020,
      endYear: 2025,
      baseCol: 5,
      computed: { termToDate: 12, termNeeded: 13, termProjected: 14 },
    });
    expect(read.layout.columns.verdict).toBe(15);
    const urban = read.table.groups[0]?.rows[2];
    expect(urban?.term?.target).toEqual({ kind: "level", value: 80 });
    expect(read.table.groups[1]?.rows[1]?.term?.target).toEqual({ kind: "limit", bound: 1, side: "upper" });
    const again = sheetCells(mergePlanIntoSheet(sheet, computePlan(read, settings)));
    expect(again).toEqual(cells);
  });

  test("another term: --year 2030 is nhiệm kỳ 2025 – 2030", () => {
    const h = sheetCells(templateSheet("nhiem-ky", { settings, year: 2030 }))[4] ?? [];
    expect(h.slice(4, 7)).toEqual(["Mục tiêu đến năm 2030", "Năm 2025 (gốc)", "Thực hiện 2026"]);
  });
});
