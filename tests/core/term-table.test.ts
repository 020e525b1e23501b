import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { TERM_GRDP, TERM_HEADER, TERM_JOBS, TERM_POOR, TERM_URBAN } from "./shared-tables";

/** An office's own term table: a title naming the term, a merged "Thực hiện các năm" over the years. */
const OFFICE_GRID: CellValue[][] = [
  ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025"],
  [],
  [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Mục tiêu đến năm 2025",
    "Năm 2020 (gốc)",
    "Thực hiện các năm",
    null,
    null,
    null,
    null,
    "Ghi chú",
  ],
  [null, null, null, null, null, "2021", "2022", "2023", "2024", "2025", null],
  [1, ...TERM_GRDP, null, null, null],
  [2, ...TERM_POOR, null, null, null],
  [3, ...TERM_JOBS, null, null, null],
  [4, ...TERM_URBAN, null, null, "seed 000"],
];

describe("a term table as an office makes it", () => {
  const read = readTable(OFFICE_GRID, { convention: "vi" });

  test("two-row header: the base year and the years under 'Thực hiện các năm' are the term's", () => {
    expect(read.table.period).toBe("nhiem_ky");
    expect(read.layout.term).toEqual({
      baseYear: 2020,
      endYear: 2025,
      baseCol: 4,
      years: [2021, 2022, 2023, 2024, 2025].map((year, i) => ({ year, col: 5 + i, estimate: false })),
      computed: {},
    });
    expect(read.layout.columns.plan).toBe(3);
    expect(read.layout.columns.actual).toBeUndefined();
    expect(read.layout.columns.prior).toBeUndefined();
  });

  test("each row's term path, judged on track or behind", () => {
    const check = checkTable(read, DEFAULT_SETTINGS);
    const rows = read.table.groups.flatMap((g) => g.rows);
    const [grdp, poor, jobs, urban] = rows.map((r) => check.results.get(r.sheetRow));
    expect(grdp?.verdict).toBe("cham_tien_do");
    expect(grdp?.term?.toDate).toBeCloseTo(7.2891, 4);
    expect(grdp?.term?.needed).toBeCloseTo(7.8171, 4);
    expect(grdp?.term).toMatchObject({ kind: "growth", baseYear: 2020, endYear: 2025, method: "compound" });
    expect(poor?.verdict).toBe("dung_tien_do");
    expect(poor?.term?.projected).toBeCloseTo(0.75, 9);
    expect(poor?.term?.method).toBe("linear");
    expect(jobs?.verdict).toBe("dung_tien_do");
    expect(jobs?.term?.toDate).toBe(54700);
    expect(jobs?.term?.needed).toBe(17650);
    // 62 → 72 in 3 years: 3,33 points a year, 72 + 2 × 3,33 = 78,67 < 80: behind.
    expect(urban?.verdict).toBe("cham_tien_do");
    expect(urban?.term?.projected).toBeCloseTo(78.6667, 4);
    expect(urban?.term?.needed).toBeCloseTo(4, 9);
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a one-row term header", () => {
  test("'Mục tiêu đến năm 2025', 'Năm 2020 (gốc)', 'Thực hiện 2021', 'TH 2022', 'Ước 2023': three years of five", () => {
    const read = readTable([TERM_HEADER, [1, ...TERM_GRDP]], { convention: "vi" });
    expect(read.layout.term).toMatchObject({ baseYear: 2020, endYear: 2025, baseCol: 4 });
    expect(read.layout.term?.years.map((y) => [y.year, y.estimate])).toEqual([
      [2021, false],
      [2022, false],
      [2023, true],
    ]);
    const row = read.table.groups[0]?.rows[0];
    expect(row?.term?.actuals).toEqual([53500, 57400, 61750, null, null]);
    expect(row?.actual).toBe(61750);
    const result = checkTable(read, DEFAULT_SETTINGS).results.get(1);
    expect(result?.term).toMatchObject({ yearsDone: 3, yearsLeft: 2, onTrack: false });
  });

  test("an annual table with two year columns and no term words stays annual", () => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2021", "Thực hiện năm 2020", "Ước thực hiện năm 2021"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 160, 176],
      ],
      { convention: "vi" },
    );
    expect(read.layout.term).toBeUndefined();
    expect(read.table.period).toBe("nam");
    expect([read.layout.columns.prior, read.layout.columns.actual]).toEqual([4, 5]);
  });
});
