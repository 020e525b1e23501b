/**
 * An office's table often types its own comparison columns ("So sánh (%)" › "KH | CK", "% KH",
 * "Tỷ lệ so với KH (%)", "So cùng kỳ (%)", "Chênh lệch (điểm %)"). Typed, they are the user's cells:
 * read, compared with what core computes, never written; our computed columns go right of the table.
 * Figures from seed 000 (176 firms / KH 150 = 117,33 %; 35 / 30 printed 116,66 %).
 */
import type { CellValue, Finding, Settings, TableRead } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

const vi: Settings = DEFAULT_SETTINGS;
const noFormulas = (): boolean => false;

/** Title, unit, blank line, "Năm 2021" over KH | TH, "So sánh (%)" over KH | CK: as offices type it. */
function office(rows: CellValue[][], formats?: (string | null)[][]): TableRead {
  const grid: CellValue[][] = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    ["Thành ủy TP. Bến Tre"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", null, "Cùng kỳ", "So sánh (%)", null, "Ghi chú"],
    [null, null, null, "KH", "TH", null, "KH", "CK", null],
    ...rows,
  ];
  return readTable(grid, {
    convention: "vi",
    isFormula: noFormulas,
    ...(formats === undefined ? {} : { numberFormats: formats }),
  });
}

function printedFindings(read: TableRead, settings: Settings = vi): Finding[] {
  return checkTable(read, settings).findings.filter((f) => f.code.startsWith("reported_pct"));
}

describe("the office's own So sánh (%) › KH | CK columns", () => {
  const read = office([
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 112.5, 110, null],
    [2, "Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28, "116,66%", 125, null],
    [3, "Hộ cá thể đăng ký kinh doanh mới", "hộ", 800, 894, 850, 111.75, 105.18, null],
  ]);

  test("are read as the office's, not ours: our % KH and % CK go right of the table", () => {
    expect(read.layout.reported).toEqual({ pctPlan: 6, pctPrior: 7 });
    expect(read.layout.columns.pctPlan).toBeUndefined();
    const plan = computePlan(read, vi);
    expect(plan.columns.pctPlan).toBeGreaterThan(8);
    expect(plan.columns.pctPrior).toBeGreaterThan(8);
    // Nothing the plan writes touches the office's columns G and H.
    for (const block of [...plan.blocks, ...plan.headers])
      expect(block.col > 8 || block.col + (block.contents[0]?.length ?? 0) - 1 < 6).toBe(true);
  });

  test("112,5% printed for 176 / 150 is a warning naming the cell, the two figures and the sum", () => {
    const found = printedFindings(read).filter((f) => f.severity === "warning");
    expect(found.map((f) => [f.code, f.severity, f.cell?.address, f.column])).toEqual([
      ["reported_pct_mismatch", "warning", "G6", "pctPlan"],
    ]);
    expect(found[0]?.message.vi).toBe(
      'Ô G6 ("Doanh nghiệp thành lập mới"): % KH ghi 112,5% nhưng tính ra 117,33% (176 / 150). ' +
        "Kiểm tra lại số đã ghi, hoặc các số dùng để tính.",
    );
    expect(found[0]?.message.en).toBe(
      'Cell G6 ("Doanh nghiệp thành lập mới"): % of plan says 112,5% but computes to 117,33% (176 / 150). ' +
        "Check the figure written there, or the figures it is made from.",
    );
  });

  // Was: nothing said on G7. The Báo cáo column said the same 116,66 was cut (an info); one rule
  // now serves both, so the office's column gets that info too, never a warning.
  test("110% CK for 176 / 160 is right; 116,66% cut from 116,67 is an info, not a warning; 125% CK is right", () => {
    const found = printedFindings(read).map((f) => [f.code, f.severity, f.cell?.address]);
    expect(found).toEqual([
      ["reported_pct_mismatch", "warning", "G6"],
      ["reported_pct_truncated", "info", "G7"],
    ]);
  });

  test("111,75% and 105,18% printed for 894 / 800 and 894 / 850 are within their rounding", () => {
    expect(printedFindings(read).map((f) => f.cell?.address)).not.toContain("G8");
    expect(printedFindings(read).map((f) => f.cell?.address)).not.toContain("H8");
  });

  test("a wrong % CK is said as such: 120% for 176 / 160 (110%)", () => {
    const wrong = office([
      [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 117.33, 120, null],
    ]);
    const found = printedFindings(wrong);
    expect(found.map((f) => [f.cell?.address, f.column])).toEqual([["H6", "pctPrior"]]);
    expect(found[0]?.message.vi).toContain("% CK ghi 120% nhưng tính ra 110% (176 / 160)");
  });

  test("in en-US, the figures are written the English way", () => {
    const found = printedFindings(read, { ...vi, convention: "en" });
    expect(found[0]?.message.en).toContain("% of plan says 112.5% but computes to 117.33% (176 / 150)");
  });
});

describe("how the office typed its %", () => {
  const head = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "% KH"];
  const one = (pct: CellValue, formats?: (string | null)[][]) =>
    readTable([head, [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, pct]], {
      convention: "vi",
      isFormula: noFormulas,
      ...(formats === undefined ? {} : { numberFormats: formats }),
    });
  const warned = (read: TableRead): (string | undefined)[] =>
    printedFindings(read).map((f) => f.cell?.address);

  test("1,1733 with a percent format is 117,33%: no finding; 1,125 with it is 112,5%: a warning", () => {
    const pct = [[], ["", "", "", "", "", "", "0.00%"]];
    expect(one(1.1733, pct).layout.reported).toEqual({ pctPlan: 6 });
    expect(warned(one(1.1733, pct))).toEqual([]);
    expect(warned(one(1.125, pct))).toEqual(["G2"]);
    expect(printedFindings(one(1.125, pct))[0]?.message.vi).toContain(
      "% KH ghi 112,5% nhưng tính ra 117,33%",
    );
  });

  test("1,1733 that lost its format (General) is still read as 117,33%", () => {
    expect(warned(one(1.1733))).toEqual([]);
  });

  test("text: '117,33%' is right, '117,3 %' is right to one decimal, '112,5%' is a warning", () => {
    expect(warned(one("117,33%"))).toEqual([]);
    expect(warned(one("117,3 %"))).toEqual([]);
    expect(warned(one("112,5%"))).toEqual(["G2"]);
  });

  test("117,34 is off by more than its last digit's rounding (117,33 computed): a warning", () => {
    expect(warned(one(117.34))).toEqual(["G2"]);
    expect(warned(one(117.33))).toEqual([]);
    expect(warned(one(117))).toEqual([]);
  });

  test("a word or a dash in the office's column is not a figure: nothing is said", () => {
    expect(warned(one("Vượt"))).toEqual([]);
    expect(warned(one("-"))).toEqual([]);
  });

  test("Tỷ lệ so với KH (%) and So cùng kỳ (%) are the office's columns too", () => {
    const read = readTable(
      [
        [
          "STT",
          "Chỉ tiêu",
          "ĐVT",
          "Kế hoạch",
          "Thực hiện",
          "Cùng kỳ",
          "Tỷ lệ so với KH (%)",
          "So cùng kỳ (%)",
        ],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 117.33, 101],
      ],
      { convention: "vi", isFormula: noFormulas },
    );
    expect(read.layout.reported).toEqual({ pctPlan: 6, pctPrior: 7 });
    expect(warned(read)).toEqual(["H2"]);
  });
});

describe("ours, not the office's", () => {
  const head = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "% KH"];
  const rows: CellValue[][] = [
    head,
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 1.1733],
    [2, "Hộ cá thể đăng ký kinh doanh mới", "hộ", 800, 894, 850, 112],
  ];

  test("a % KH column of formulas is ours, and one typed over a formula keeps the owned warning's place", () => {
    const all = readTable(rows, { convention: "vi", isFormula: (_r, c) => c === 6 });
    expect(all.layout.columns.pctPlan).toBe(6);
    expect(all.layout.reported).toBeUndefined();
    const mixed = readTable(rows, { convention: "vi", isFormula: (r, c) => c === 6 && r === 1 });
    expect(mixed.layout.columns.pctPlan).toBe(6);
    expect(mixed.layout.reported).toBeUndefined();
  });

  test("an empty So sánh (%) › KH | CK is ours to fill, as before", () => {
    const read = office([[1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, null, null, null]]);
    expect(read.layout.columns).toMatchObject({ pctPlan: 6, pctPrior: 7 });
    expect(read.layout.reported).toBeUndefined();
  });

  test("the office's % KH and ours beside it (after Tính toán): each read as what it is, not a repeated header", () => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "% KH"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 112.5, 1.1733],
      ],
      { convention: "vi", isFormula: (_r, c) => c === 6 },
    );
    expect(read.layout.reported).toEqual({ pctPlan: 5 });
    expect(read.layout.columns.pctPlan).toBe(6);
    expect(read.findings.filter((f) => f.code === "duplicate_header")).toEqual([]);
    expect(computePlan(read, vi).columns.pctPlan).toBe(6);
  });
});

describe("rate rows: compared in điểm %", () => {
  const head = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Chênh lệch (điểm %)"];
  const rate = (pct: CellValue, points: CellValue) =>
    readTable([head, [1, "Tỷ lệ lao động qua đào tạo", "%", 60, 62.5, pct, points]], {
      convention: "vi",
      isFormula: noFormulas,
    });

  test("a printed Chênh lệch of +2,5 for 62,5 − 60 is right; +3,5 is a warning in điểm %", () => {
    expect(printedFindings(rate(null, 2.5))).toEqual([]);
    const found = printedFindings(rate(null, 3.5));
    expect(found.map((f) => [f.cell?.address, f.column])).toEqual([["G2", "diffPoints"]]);
    expect(found[0]?.message.vi).toContain(
      "Chênh lệch (điểm %) ghi +3,5 điểm % nhưng tính ra +2,5 điểm % (62,5 − 60)",
    );
  });

  test("the % KH column of a rate row is not checked: whatever is there (104,17 or 2,5) raises nothing", () => {
    expect(printedFindings(rate(2.5, null))).toEqual([]);
    expect(printedFindings(rate(104.17, null))).toEqual([]);
  });
});

describe("the office's columns written as the actual over a base", () => {
  test("'So sánh (%)' over 'TH/KH | TH/CK' (a two-row merged header) is the office's % KH and % CK", () => {
    const read = readTable(
      [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", null, "Cùng kỳ", "So sánh (%)", null],
        [null, null, null, "KH", "TH", null, "TH/KH", "TH/CK"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 112.5, 110],
      ],
      { convention: "vi", isFormula: noFormulas },
    );
    expect(read.layout.reported).toEqual({ pctPlan: 6, pctPrior: 7 });
    expect(read.layout.columns.pctPlan).toBeUndefined();
    // 176 / 150 = 117,33 %, printed 112,5 %: the office's G5 is compared, as its % KH.
    expect(printedFindings(read).map((f) => [f.code, f.cell?.address])).toEqual([
      ["reported_pct_mismatch", "G5"],
    ]);
  });

  test.each([
    ["TH so KH", "TH so CK"],
    ["TH so với KH (%)", "TH so với CK (%)"],
    ["So với KH", "So với CK"],
    ["% so KH", "% so CK"],
    ["TH / KH (%)", "TH / cùng kỳ (%)"],
    ["Ước TH/KH", "Ước TH/CK"],
  ])("'%s' and '%s' in one header row are the office's % KH and % CK", (kh, ck) => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", kh, ck],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 117.33, 110],
      ],
      { convention: "vi", isFormula: noFormulas },
    );
    expect(read.layout.reported).toEqual({ pctPlan: 6, pctPrior: 7 });
    expect(printedFindings(read)).toEqual([]);
  });
});

describe("one truncation rule for every printed %: rounded is fine, cut is an info, off is a warning", () => {
  // 35 / 30 = 116,666…: 116,67 rounded, 116,66 cut, 116,6 cut to one decimal, 112,5 off.
  // 894 / 850 = 105,176…% CK and +5,176…% on it; 60,678 − 60 = +0,678 điểm %.
  const said = (read: TableRead): [string, string, string | undefined][] =>
    printedFindings(read).map((f) => [f.code, f.severity, f.cell?.address]);
  const one = (head: string, name: string, unit: string, figures: CellValue[], printed: CellValue) =>
    readTable(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", head],
        [1, name, unit, ...figures, printed],
      ],
      { convention: "vi", isFormula: noFormulas },
    );
  const firms = (head: string, printed: CellValue) =>
    one(head, "Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp", [30, 35, 28], printed);
  const households = (head: string, printed: CellValue) =>
    one(head, "Hộ cá thể đăng ký kinh doanh mới", "hộ", [800, 894, 850], printed);
  const rate = (printed: CellValue) =>
    one("Chênh lệch (điểm %)", "Tỷ lệ lao động qua đào tạo", "%", [60, 60.678, null], printed);

  test.each([
    [
      "the Báo cáo column (% báo cáo)",
      (p: CellValue) => firms("% báo cáo", p),
      ["116,67%", "116,66%", "112,5%"],
    ],
    ["the office's % KH", (p: CellValue) => firms("% KH", p), ["116,67%", "116,66%", "112,5%"]],
    ["the office's % CK", (p: CellValue) => households("% CK", p), ["105,18%", "105,17%", "110%"]],
    ["the office's Tăng/giảm", (p: CellValue) => households("Tăng/giảm (%)", p), ["5,18%", "5,17%", "6%"]],
    ["the office's Chênh lệch", rate, ["0,68", "0,67", "1,5"]],
  ] as const)("%s", (_kind, read, [rounded, cut, off]) => {
    expect(said(read(rounded))).toEqual([]);
    expect(said(read(cut))).toEqual([["reported_pct_truncated", "info", "G2"]]);
    expect(said(read(off))).toEqual([["reported_pct_mismatch", "warning", "G2"]]);
  });

  test("the info names the cell, the column, both figures and the sum, in vi and en", () => {
    const [report] = printedFindings(firms("% báo cáo", "116,66%"));
    expect(report?.message.vi).toBe(
      'Ô G2 ("Hộ kinh doanh chuyển lên doanh nghiệp"): % báo cáo ghi 116,66%, là 116,67% (35 / 30) bị ' +
        "cắt bớt chữ số thay vì làm tròn. Không sai đáng kể; có thể ghi 116,67%.",
    );
    expect(report?.message.en).toBe(
      'Cell G2 ("Hộ kinh doanh chuyển lên doanh nghiệp"): Reported % says 116,66%, which is 116,67% ' +
        "(35 / 30) cut off instead of rounded. Not a real error; you may write 116,67%.",
    );
    const [office] = printedFindings(households("% CK", "105,17%"));
    expect(office?.column).toBe("pctPrior");
    expect(office?.message.vi).toBe(
      'Ô G2 ("Hộ cá thể đăng ký kinh doanh mới"): % CK ghi 105,17%, là 105,18% (894 / 850) bị cắt bớt ' +
        "chữ số thay vì làm tròn. Không sai đáng kể; có thể ghi 105,18%.",
    );
    const [points] = printedFindings(rate("0,67"));
    expect(points?.message.en).toContain(
      "Difference (points) says +0,67 points, which is +0,68 points (60,678 − 60) cut off instead of rounded.",
    );
  });

  test("a wrong Báo cáo figure is said as the office's columns are: the column, both figures, the sum", () => {
    const [f] = printedFindings(firms("% báo cáo", "112,5%"));
    expect(f?.message.vi).toBe(
      'Ô G2 ("Hộ kinh doanh chuyển lên doanh nghiệp"): % báo cáo ghi 112,5% nhưng tính ra 116,67% (35 / 30). ' +
        "Kiểm tra lại số đã ghi, hoặc các số dùng để tính.",
    );
  });

  test("a number that lost its % format is read as a fraction in both: 1,1666 is 116,66 % cut", () => {
    expect(said(firms("% báo cáo", 1.1666))).toEqual([["reported_pct_truncated", "info", "G2"]]);
    expect(said(firms("% KH", 1.1666))).toEqual([["reported_pct_truncated", "info", "G2"]]);
    expect(said(firms("% báo cáo", 1.1667))).toEqual([]);
  });
});
