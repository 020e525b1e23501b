import type {
  CellValue,
  Finding,
  FindingCode,
  IndicatorRow,
  Severity,
  TableRead,
} from "../../src/core/model";
import { TableNotFoundError, readTable } from "../../src/core/table";

/** Every indicator row of a read, top to bottom. */
function rows(read: TableRead): IndicatorRow[] {
  return read.table.groups.flatMap((g) => g.rows);
}

function row(read: TableRead, name: string): IndicatorRow {
  const found = rows(read).find((r) => r.name === name);
  if (!found) throw new Error(`no row "${name}"`);
  return found;
}

/** Code, severity, cell and fix value of each finding, in order. */
function findings(read: TableRead): [FindingCode, Severity, string | null, number | string | null][] {
  return read.findings.map((f) => [f.code, f.severity, f.cell?.address ?? null, f.fix?.value ?? null]);
}

/**
 * A 2021 table as an office types it: title, unit, blank line, a two-row header with merged
 * "Năm 2021" and "So sánh (%)" parents, four Roman-numbered groups, seed figures, and the
 * industry output 6.794,12 pasted as text.
 */
const OFFICE: CellValue[][] = [
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
  ["Đơn vị: Thành ủy Bến Tre"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", null, "Thực hiện năm 2020", "So sánh (%)", null, "Ghi chú"],
  [null, null, null, "KH", "Ước TH", null, "KH", "CK", null],
  ["I", "Xây dựng Đảng", null, null, null, null, null, null, null],
  [1, "Kết nạp đảng viên mới", "đảng viên", 1200, 1335, 1180, null, null, null],
  ["II", "Kinh tế", null, null, null, null, null, null, null],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, null, null, null],
  [2, "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", 6500, "6.794,12", 6392.36, null, null, null],
  [3, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 36000, 37067, 34864, null, null, "ước"],
  ["III", "Văn hóa – xã hội", null, null, null, null, null, null, null],
  [1, "Tỷ lệ hộ nghèo", "%", "dưới 4%", 3.2, 4.5, null, null, null],
  [2, "Lao động được tạo việc làm mới", "lao động", "18.000", 18500, null, null, null, null],
  ["IV", "Quốc phòng – an ninh – nội chính", null, null, null, null, null, null, null],
  [1, "Số vụ tai nạn giao thông", "vụ", "giảm 5% so với cùng kỳ", 40, 38, null, null, null],
  [2, "Thực hiện chủ trương 6 không", null, "hoàn thành", "hoàn thành", null, null, null, null],
];

describe("readTable on a table as an office types it", () => {
  const read = readTable(OFFICE, { convention: "vi" });

  test("finds the two-row header under the title, the unit and a blank line", () => {
    expect(read.layout).toMatchObject({
      headerTop: 3,
      headerBottom: 4,
      firstDataRow: 5,
      lastDataRow: 16,
      lastCol: 8,
    });
  });

  test("reads Năm 2021 › KH as the plan, Ước TH as the actual, and So sánh (%) › KH | CK as % KH and % CK", () => {
    expect(read.layout.columns).toEqual({
      stt: 0,
      name: 1,
      unit: 2,
      plan: 3,
      actual: 4,
      prior: 5,
      pctPlan: 6,
      pctPrior: 7,
      note: 8,
    });
  });

  test("takes the title, the unit's name, the year and the period from above the header", () => {
    expect(read.table).toMatchObject({
      title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021",
      unitName: "Thành ủy Bến Tre",
      period: "nam",
      year: 2021,
    });
  });

  test("Roman numerals open the four groups, with 1 + 3 + 2 + 2 indicators", () => {
    expect(read.table.groups.map((g) => [g.stt, g.name, g.sheetRow, g.rows.length])).toEqual([
      ["I", "Xây dựng Đảng", 5, 1],
      ["II", "Kinh tế", 7, 3],
      ["III", "Văn hóa – xã hội", 11, 2],
      ["IV", "Quốc phòng – an ninh – nội chính", 14, 2],
    ]);
  });

  test("176 new firms against KH 150 and CK 160, an estimate (Ước TH), at sheet row 8", () => {
    expect(row(read, "Doanh nghiệp thành lập mới")).toMatchObject({
      sheetRow: 8,
      stt: "1",
      unit: "doanh nghiệp",
      kind: "quantity",
      direction: "up",
      target: { kind: "value", value: 150 },
      actual: 176,
      prior: 160,
      estimate: true,
      actualYesNo: null,
    });
  });

  test("6.794,12 typed as text is read as 6794.12 and raised as a number stored as text, with the fix", () => {
    const industry = row(read, "Giá trị sản xuất công nghiệp - xây dựng");
    expect(industry.actual).toBe(6794.12);
    expect(industry.raw.actual).toBe("6.794,12");
    const finding = read.findings.find((f) => f.cell?.address === "E10");
    expect(finding).toMatchObject({ code: "number_as_text", severity: "warning", column: "actual" });
    expect(finding?.fix).toMatchObject({ cell: { row: 9, col: 4, address: "E10" }, value: 6794.12 });
    expect(finding?.message.vi).toContain("Ô E10");
    expect(finding?.message.vi).toContain("6.794,12");
    expect(finding?.message.en).toContain("Cell E10");
  });

  test("the plan 18.000 typed as text is 18000, with a fix", () => {
    expect(row(read, "Lao động được tạo việc làm mới").target).toEqual({ kind: "value", value: 18000 });
    expect(findings(read)).toContainEqual(["number_as_text", "warning", "D14", 18000]);
  });

  test("phrases in Kế hoạch become targets; the limit and the decrease make lower better", () => {
    expect(row(read, "Tỷ lệ hộ nghèo")).toMatchObject({
      kind: "rate",
      direction: "down",
      target: { kind: "limit", bound: 4, side: "upper", inclusive: false },
    });
    expect(row(read, "Số vụ tai nạn giao thông")).toMatchObject({
      direction: "down",
      target: { kind: "relative", change: -5 },
    });
  });

  test("hoàn thành in Thực hiện of a yes/no indicator is a yes", () => {
    expect(row(read, "Thực hiện chủ trương 6 không")).toMatchObject({
      kind: "yesno",
      target: { kind: "yesno" },
      actual: null,
      actualYesNo: "yes",
    });
  });

  test("every row carries where its cells are and what they held", () => {
    // A cell spells its A1 address when read (a getter), so it is matched, not compared key by key.
    const firms = row(read, "Doanh nghiệp thành lập mới");
    expect(firms.cells.plan).toMatchObject({ row: 8, col: 3, address: "D9" });
    expect(firms.cells.note).toMatchObject({ row: 8, col: 8, address: "I9" });
    expect(firms.raw).toEqual({
      stt: 1,
      name: "Doanh nghiệp thành lập mới",
      unit: "doanh nghiệp",
      plan: 150,
      actual: 176,
      prior: 160,
      note: null,
    });
    expect(row(read, "Tổng doanh thu hàng hóa, dịch vụ").note).toBe("ước");
  });

  test("raises only the two text figures", () => {
    expect(findings(read)).toEqual([
      ["number_as_text", "warning", "E10", 6794.12],
      ["number_as_text", "warning", "D14", 18000],
    ]);
  });
});

describe("readTable reads headers in any order and language", () => {
  const grid: CellValue[][] = [
    ["Indicator", "Actual", "Plan", "Unit", "No.", "Prior year", "Note"],
    ["New firms", 176, 150, "firms", 1, 160, null],
    ["Budget revenue", "562", 328.65, "tỷ đồng", 2, 472.27, null],
  ];
  const read = readTable(grid, { convention: "en" });

  test("English headers in another column order", () => {
    expect(read.layout.columns).toEqual({ name: 0, actual: 1, plan: 2, unit: 3, stt: 4, prior: 5, note: 6 });
    expect(read.table.groups).toHaveLength(1);
    expect(read.table.groups[0]).toMatchObject({ stt: "", name: "", sheetRow: null });
    expect(row(read, "New firms")).toMatchObject({
      actual: 176,
      target: { kind: "value", value: 150 },
      prior: 160,
    });
  });

  test("a table with no title has an empty title and unit name, a year of null and the annual period", () => {
    expect(read.table).toMatchObject({ title: "", unitName: "", year: null, period: "nam" });
  });

  test("562 as text in an en workbook is a number stored as text", () => {
    expect(findings(read)).toEqual([["number_as_text", "warning", "B3", 562]]);
  });
});

describe("readTable tells the prior year from the actual by the year", () => {
  test("Thực hiện năm 2020 next to Thực hiện năm 2021 is the prior year", () => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2021", "Thực hiện năm 2020", "Thực hiện năm 2021"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 160, 176],
      ],
      { convention: "vi" },
    );
    expect(read.layout.columns).toMatchObject({ plan: 3, prior: 4, actual: 5 });
    expect(read.table.year).toBe(2021);
    expect(row(read, "Doanh nghiệp thành lập mới")).toMatchObject({
      actual: 176,
      prior: 160,
      estimate: false,
    });
  });

  test("a nine-month review: 9 tháng in the title, Ước TH 9 tháng against the annual plan", () => {
    const read = readTable(
      [
        ["SƠ KẾT 9 THÁNG THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2020"],
        ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2020", "Ước TH 9 tháng", "Cùng kỳ năm 2019"],
        [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 36000, 24012, 22650],
        [2, "Khối lượng thanh toán đầu tư hạ tầng", "tỷ đồng", 180, 121.729, 71.2],
      ],
      { convention: "vi" },
    );
    expect(read.table).toMatchObject({ period: "9_thang", year: 2020 });
    expect(read.layout.columns).toMatchObject({ plan: 3, actual: 4, prior: 5 });
    expect(rows(read).map((r) => [r.actual, r.estimate])).toEqual([
      [24012, true],
      [121.729, true],
    ]);
  });

  test.each([
    ["6 tháng đầu năm 2021", "6_thang"],
    ["Nghị quyết nhiệm kỳ 2020 - 2025", "nhiem_ky"],
    ["Năm 2021", "nam"],
  ])("a title saying %p is the period %p", (title, period) => {
    const read = readTable([[title], ["Chỉ tiêu", "KH", "TH"], ["Doanh nghiệp", 1, 2]], { convention: "vi" });
    expect(read.table.period).toBe(period);
  });
});

describe("readTable finds where the table ends", () => {
  const header = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"];

  test("one blank row inside the table is skipped, two end it", () => {
    const read = readTable(
      [header, [1, "A", "hộ", 1, 1], [], [2, "B", "hộ", 2, 2], [], [], [3, "Ký tên", null, null, null]],
      { convention: "vi" },
    );
    expect(rows(read).map((r) => r.name)).toEqual(["A", "B"]);
    expect(read.layout.lastDataRow).toBe(3);
  });

  test("the summary our add-in writes below the table is not an indicator", () => {
    const read = readTable(
      [
        header,
        [1, "A", "hộ", 1, 1],
        [2, "B", "hộ", 2, 2],
        [],
        [null, "Đạt và vượt 2/2 chỉ tiêu", null, null, null],
      ],
      { convention: "vi" },
    );
    expect(rows(read).map((r) => r.name)).toEqual(["A", "B"]);
    expect(read.layout.lastDataRow).toBe(2);
  });

  test("a header with no rows under it gives an empty table", () => {
    const read = readTable([["Chỉ tiêu", "Kế hoạch", "Thực hiện"]], { convention: "vi" });
    expect(read.layout).toMatchObject({ headerTop: 0, headerBottom: 0, firstDataRow: 1, lastDataRow: 0 });
    expect(read.table.groups).toEqual([{ stt: "", name: "", sheetRow: null, rows: [] }]);
    expect(read.findings).toEqual([]);
  });

  test("the row of column numbers under a header is not data", () => {
    const read = readTable(
      [header, ["A", "B", "C", "1", "2"], [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176]],
      { convention: "vi" },
    );
    expect(read.layout.firstDataRow).toBe(2);
    expect(rows(read).map((r) => r.name)).toEqual(["Doanh nghiệp thành lập mới"]);
  });
});

describe("readTable recognises group headings in their usual forms", () => {
  const header = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"];

  test("rows before any heading form a group with no number and no name", () => {
    const read = readTable(
      [header, [1, "Lead", "hộ", 1, 1], ["I", "Kinh tế", null, null, null], [1, "A", "hộ", 1, 1]],
      { convention: "vi" },
    );
    expect(read.table.groups.map((g) => [g.stt, g.name, g.rows.length])).toEqual([
      ["", "", 1],
      ["I", "Kinh tế", 1],
    ]);
  });

  test.each<[CellValue[], string, string]>([
    [["II", "Kinh tế", null, null, null], "II", "Kinh tế"],
    [["II.", "Kinh tế", null, null, null], "II", "Kinh tế"],
    [["II. Kinh tế", null, null, null, null], "II", "Kinh tế"],
    [[null, "II. Kinh tế", null, null, null], "II", "Kinh tế"],
    [[null, "Kinh tế", null, null, null], "", "Kinh tế"],
    [["A", "Kinh tế", null, null, null], "A", "Kinh tế"],
  ])("%j is the heading %p %p", (heading, stt, name) => {
    const read = readTable([header, heading, [1, "Doanh nghiệp", "doanh nghiệp", 150, 176]], {
      convention: "vi",
    });
    expect(read.table.groups.map((g) => [g.stt, g.name, g.rows.length])).toEqual([[stt, name, 1]]);
  });

  test("a numbered row with no figures yet is an indicator, not a heading", () => {
    const read = readTable(
      [header, [1, "Kết nạp đảng viên mới", "đảng viên", null, null], [2, null, null, null, null]],
      { convention: "vi" },
    );
    expect(rows(read).map((r) => [r.stt, r.name])).toEqual([
      ["1", "Kết nạp đảng viên mới"],
      ["2", ""],
    ]);
  });
});

describe("readTable raises what is wrong with how cells were typed", () => {
  const header = ["STT", "Chỉ tiêu", "Đơn vị", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
  const one = (
    cells: Partial<Record<"unit" | "kind" | "direction" | "plan" | "actual" | "prior", CellValue>>,
  ) => [
    header,
    [
      1,
      "Chỉ tiêu thử",
      cells.unit ?? "tỷ đồng",
      cells.kind ?? null,
      cells.direction ?? null,
      cells.plan ?? 100,
      cells.actual ?? 90,
      cells.prior ?? 80,
    ],
  ];

  test.each<[string, CellValue[][], "vi" | "en", [FindingCode, Severity, string, number | null][]]>([
    ["37.067 as text in vi", one({ actual: "37.067" }), "vi", [["number_as_text", "warning", "G2", 37067]]],
    [
      "6,794.12 as text in en",
      one({ actual: "6,794.12" }),
      "en",
      [["number_as_text", "warning", "G2", 6794.12]],
    ],
    [
      "94.450.000 as text",
      one({ unit: "đồng", actual: "94.450.000" }),
      "vi",
      [["number_as_text", "warning", "G2", 94450000]],
    ],
    ["(123) as text", one({ prior: "(123)" }), "vi", [["number_as_text", "warning", "H2", -123]]],
    ["a Unicode minus", one({ actual: "\u22125" }), "vi", [["number_as_text", "warning", "G2", -5]]],
    [
      "no-break spaces as groups",
      one({ unit: "tấn", actual: "1\u00a0390\u00a0000" }),
      "vi",
      [["number_as_text", "warning", "G2", 1390000]],
    ],
    [
      "1,39 triệu in a tấn row",
      one({ unit: "tấn", actual: "1,39 triệu" }),
      "vi",
      [["number_as_text", "warning", "G2", 1390000]],
    ],
    [
      "4.835 tỷ in a tỷ đồng row",
      one({ plan: "4.835 tỷ" }),
      "vi",
      [["number_as_text", "warning", "F2", 4835]],
    ],
    ["121,729 in vi", one({ actual: "121,729" }), "vi", [["ambiguous_separator", "warning", "G2", null]]],
    ["37.067 in en", one({ actual: "37.067" }), "en", [["ambiguous_separator", "warning", "G2", null]]],
    [
      "a plan of 150,000 in vi",
      one({ plan: "150,000" }),
      "vi",
      [["ambiguous_separator", "warning", "F2", null]],
    ],
    ["a word for the actual", one({ actual: "abc" }), "vi", [["not_a_number", "error", "G2", null]]],
    ["1.23.4", one({ prior: "1.23.4" }), "vi", [["not_a_number", "error", "H2", null]]],
    ["TRUE in Cùng kỳ", one({ prior: true }), "vi", [["not_a_number", "error", "H2", null]]],
    [
      "a plan in prose",
      one({ plan: "theo chỉ đạo của tỉnh" }),
      "vi",
      [["unreadable_target", "error", "F2", null]],
    ],
    [
      "a limit word with no figure",
      one({ plan: "không quá" }),
      "vi",
      [["unreadable_target", "error", "F2", null]],
    ],
    ["Loại says định tính", one({ kind: "định tính" }), "vi", [["unknown_kind", "warning", "D2", null]]],
    ["Chiều says ngang", one({ direction: "ngang" }), "vi", [["unknown_direction", "warning", "E2", null]]],
  ])("%s", (_about, grid, convention, expected) => {
    expect(findings(readTable(grid, { convention }))).toEqual(expected);
  });

  test.each<[string, CellValue[][]]>([
    ["figures typed as numbers", one({})],
    ["Loại and Chiều in words", one({ kind: "Số lượng", direction: "giảm là tốt" })],
    ["a lone dash for no figure", one({ prior: "-" })],
    ["a phrase plan", one({ plan: "khoảng 4%" })],
    ["100% as the plan", one({ unit: "%", plan: "100%" })],
  ])("nothing to say about %s", (_about, grid) => {
    expect(readTable(grid, { convention: "vi" }).findings).toEqual([]);
  });

  test("the ambiguous message gives both readings", () => {
    const [finding] = readTable(one({ actual: "121,729" }), { convention: "vi" }).findings;
    expect(finding?.message.vi).toContain("121,729");
    expect(finding?.message.vi).toContain("121 729");
    expect(finding?.message.en).toContain("121 729");
    expect(finding?.fix).toBeNull();
  });

  test("an unknown kind or direction falls back to the inferred one and says so", () => {
    const read = readTable(one({ unit: "%", kind: "xyz", direction: "lên xuống", plan: "dưới 4" }), {
      convention: "vi",
    });
    expect(rows(read)[0]).toMatchObject({ kind: "rate", direction: "down" });
    expect(read.findings[0]?.message.vi).toContain("Tỷ lệ");
    expect(read.findings[1]?.message.en).toContain("lower is better");
  });

  test("Excel's valueTypes saying String for a number cell is a number stored as text", () => {
    const grid = one({ actual: 176 });
    const valueTypes = grid.map((r) => r.map(() => "Double"));
    valueTypes[1]![6] = "String";
    expect(findings(readTable(grid, { convention: "vi", valueTypes }))).toEqual([
      ["number_as_text", "warning", "G2", 176],
    ]);
  });

  test("a yes/no indicator's Thực hiện must say done or not done", () => {
    const grid = one({ unit: null, plan: "hoàn thành", actual: "làm rồi" });
    const read = readTable(grid, { convention: "vi" });
    expect(findings(read)).toEqual([["not_a_number", "error", "G2", null]]);
    expect(read.findings[0]?.message.vi).toContain("Hoàn thành");
    expect(
      rows(readTable(one({ plan: "hoàn thành", actual: "không đạt" }), { convention: "vi" }))[0]?.actualYesNo,
    ).toBe("no");
  });

  test("messages name the cell and the indicator in both languages", () => {
    const [finding] = readTable(one({ actual: "abc" }), { convention: "vi" }).findings;
    expect(finding?.message.vi).toMatch(/^Ô G2 \(Thực hiện của "Chỉ tiêu thử"\): /);
    expect(finding?.message.en).toMatch(/^Cell G2 \(Actual of "Chỉ tiêu thử"\): /);
  });
});

describe("readTable in sheet coordinates", () => {
  test("origin moves every row, column and address to where the used range starts", () => {
    const read = readTable(
      [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["Doanh nghiệp thành lập mới", 150, "176"],
      ],
      { convention: "vi", origin: { row: 4, col: 2 } },
    );
    expect(read.layout).toMatchObject({
      headerTop: 4,
      firstDataRow: 5,
      lastDataRow: 5,
      columns: { name: 2, plan: 3, actual: 4 },
    });
    expect(rows(read)[0]?.sheetRow).toBe(5);
    expect(rows(read)[0]?.cells.actual).toMatchObject({ row: 5, col: 4, address: "E6" });
    expect(findings(read)).toEqual([["number_as_text", "warning", "E6", 176]]);
  });
});

describe("readTable when there is no table", () => {
  test.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    ["a sheet of prose", [["Báo cáo tình hình"], ["Kính gửi: Thường trực Thành ủy"]]],
    ["a header with a name but no plan or actual", [["STT", "Chỉ tiêu", "Đơn vị"]]],
    [
      "a header below row 30",
      [...Array.from({ length: 30 }, () => [null]), ["Chỉ tiêu", "Kế hoạch", "Thực hiện"]],
    ],
  ])("%s raises TableNotFoundError, explained in vi and en", (_about, grid) => {
    let error: unknown;
    try {
      readTable(grid, { convention: "vi" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TableNotFoundError);
    const text = (error as TableNotFoundError).text;
    expect(text.vi).toContain("Chỉ tiêu");
    expect(text.en).toContain("header row");
  });
});

describe("readTable under merged parents", () => {
  test("Thực hiện merged over Năm 2020 | Năm 2021: the earlier year is the prior year", () => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", null],
        [null, null, null, null, "Năm 2020", "Năm 2021"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 160, 176],
      ],
      { convention: "vi" },
    );
    expect(read.layout).toMatchObject({
      headerTop: 0,
      headerBottom: 1,
      columns: { plan: 3, prior: 4, actual: 5 },
    });
    expect(read.table.year).toBe(2021);
    expect(rows(read)[0]).toMatchObject({ actual: 176, prior: 160, estimate: false });
  });

  test("Kế hoạch merged over Dự toán | Phấn đấu: the budget plan 4.835 and its stretch 5.000", () => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", null, "Thực hiện"],
        [null, null, null, "Dự toán", "Phấn đấu", null],
        [1, "Thu ngân sách trên địa bàn", "tỷ đồng", 4835, 5000, 5120],
      ],
      { convention: "vi" },
    );
    expect(read.layout.columns).toMatchObject({ plan: 3, stretch: 4, actual: 5 });
    expect(rows(read)[0]).toMatchObject({
      target: { kind: "value", value: 4835 },
      stretch: 5000,
      actual: 5120,
    });
  });

  test("Ước thực hiện merged over 6 tháng marks the figures as estimates", () => {
    const read = readTable(
      [
        ["Chỉ tiêu", "Kế hoạch năm 2021", "Ước thực hiện"],
        [null, null, "6 tháng"],
        ["Doanh nghiệp thành lập mới", 150, 80],
      ],
      { convention: "vi" },
    );
    expect(read.layout.columns).toMatchObject({ name: 0, plan: 1, actual: 2 });
    expect(read.table.period).toBe("6_thang");
    expect(rows(read)[0]).toMatchObject({ actual: 80, estimate: true });
  });
});

describe("readTable: title, unit's name and formats", () => {
  const body: CellValue[][] = [
    ["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
    ["Tỷ lệ hộ nghèo", "%", 0.04, 0.032],
  ];

  test.each<[string, CellValue[][], string, string]>([
    [
      "title, then unit",
      [["BẢNG CHỈ TIÊU NĂM 2021"], ["Thành ủy Bến Tre"], []],
      "BẢNG CHỈ TIÊU NĂM 2021",
      "Thành ủy Bến Tre",
    ],
    [
      "unit above the title, as official documents do",
      [["THÀNH ỦY BẾN TRE"], ["BÁO CÁO KẾT QUẢ NĂM 2021"]],
      "BÁO CÁO KẾT QUẢ NĂM 2021",
      "THÀNH ỦY BẾN TRE",
    ],
    [
      "a labelled unit line",
      [["Kết quả thực hiện"], ["Năm 2021"], ["Đơn vị: UBND phường 7"]],
      "Kết quả thực hiện",
      "UBND phường 7",
    ],
    ["a dotted placeholder for the unit", [["BẢNG CHỈ TIÊU"], ["Đơn vị: ……………………"]], "BẢNG CHỈ TIÊU", ""],
    ["a period line is not the unit", [["BẢNG CHỈ TIÊU"], ["Năm 2021"]], "BẢNG CHỈ TIÊU", ""],
  ])("%s", (_about, above, title, unitName) => {
    expect(readTable([...above, ...body], { convention: "vi" }).table).toMatchObject({ title, unitName });
  });

  test("a rate typed as 4% in Excel (0.04 shown with a % format) is read as 4", () => {
    const numberFormats = [
      ["General", "General", "General", "General"],
      ["General", "General", "0%", "0.0%"],
    ];
    const read = readTable(body, { convention: "vi", numberFormats });
    expect(rows(read)[0]).toMatchObject({ target: { kind: "value", value: 4 }, actual: 3.2 });
    expect(rows(read)[0]?.raw.plan).toBe(0.04);
    expect(read.findings).toEqual([]);
  });

  test("without formats, or with a quoted % in the format, the values stay as Excel holds them", () => {
    expect(rows(readTable(body, { convention: "vi" }))[0]).toMatchObject({ actual: 0.032 });
    const quoted = [[], [null, null, '0" %"', '0" %"']];
    expect(rows(readTable(body, { convention: "vi", numberFormats: quoted }))[0]).toMatchObject({
      actual: 0.032,
    });
  });
});

describe("readTable: figures in the row's unit", () => {
  const header = ["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"];

  test.each<[string, CellValue, number]>([
    ["tấn", "1,39 triệu tấn", 1390000],
    ["tỷ đồng", "4.835 tỷ", 4835],
    ["triệu đồng", "1,5 tỷ", 1500],
    ["triệu USD", "1.400 triệu USD", 1400],
    ["đồng", "94,45 triệu", 94450000],
    ["người", "18 nghìn", 18000],
  ])("in a %p row, %p is %p", (unit, typed, value) => {
    const read = readTable([header, ["Chỉ tiêu thử", unit, null, typed, null]], { convention: "vi" });
    expect(rows(read)[0]?.actual).toBe(value);
    expect(read.findings[0]?.fix?.value).toBe(value);
  });

  test("a reported % typed as text is read, with nothing to fix", () => {
    const read = readTable(
      [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "% báo cáo"],
        ["Hộ kinh doanh lên doanh nghiệp", 30, 35, "116,66%"],
      ],
      { convention: "vi" },
    );
    expect(rows(read)[0]?.reportedPct).toBe(116.66);
    expect(read.findings).toEqual([]);
  });

  test("computed columns already in the sheet are found, and not read as input", () => {
    const read = readTable(
      [
        [
          "Chỉ tiêu",
          "KH",
          "TH",
          "CK",
          "% KH",
          "% CK",
          "Tăng/giảm so CK (%)",
          "Chênh lệch (điểm %)",
          "Đánh giá",
        ],
        ["Doanh nghiệp thành lập mới", 150, 176, 160, 1.1733, 1.1, 0.1, "—", "Vượt"],
      ],
      { convention: "vi" },
    );
    expect(read.layout.columns).toEqual({
      name: 0,
      plan: 1,
      actual: 2,
      prior: 3,
      pctPlan: 4,
      pctPrior: 5,
      changePct: 6,
      diffPoints: 7,
      verdict: 8,
    });
    expect(read.layout.lastCol).toBe(8);
    expect(Object.keys(rows(read)[0]?.raw ?? {})).toEqual(["name", "plan", "actual", "prior"]);
  });

  test("an unknown column still counts for where the header ends", () => {
    const read = readTable(
      [
        ["Chỉ tiêu", "KH", "TH", "Cột riêng"],
        ["A", 1, 2, "x"],
      ],
      { convention: "vi" },
    );
    expect(read.layout.lastCol).toBe(3);
  });
});

describe("readTable findings behave as plain data", () => {
  const read = readTable(
    [
      ["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
      ["Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", 6500, "6.794,12"],
    ],
    { convention: "vi" },
  );

  test("JSON carries the sentence and the fix description, built when first read", () => {
    const json = JSON.parse(JSON.stringify(read.findings)) as {
      message: { vi: string };
      fix: { description: { en: string } };
    }[];
    expect(json[0]?.message.vi).toContain("Ô D2");
    expect(json[0]?.fix.description.en).toBe("Change the text to the number 6.794,12");
  });

  test("a copy made with spread keeps the sentence, and reading twice gives the same object", () => {
    const [finding] = read.findings;
    const copy = { ...finding };
    expect(copy.message).toEqual(finding?.message);
    expect(finding?.message).toBe(finding?.message);
    expect(Object.keys(copy)).toEqual(["code", "severity", "cell", "column", "fix", "message"]);
  });
});

// A second reading of the same brief, written in parallel by another engineer.
describe("readTable, second suite", () => {
  /**
   * A table typed the way a city office types it: title, unit's name, a blank line, a two-row header
   * with merged cells ("Năm 2021" over KH | Ước TH, "So sánh (%)" over KH | CK, "STT" over both
   * rows), groups I–IV, figures from the seeds typed as numbers, as text, with scale words.
   */
  const OFFICE: CellValue[][] = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    ["Thành ủy TP. Bến Tre"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", null, "Thực hiện năm 2020", "So sánh (%)", null, "Ghi chú"],
    [null, null, null, "KH", "Ước TH", null, "KH", "CK", null],
    ["I", "Xây dựng Đảng"],
    [1, "Đảng viên mới được kết nạp", "đảng viên", 1300, "1.335", 1200, null, null, ""],
    [2, "Đảng viên vi phạm bị thi hành kỷ luật", "đảng viên", "giảm 5% so với cùng kỳ", 108, 120],
    ["II", "Kinh tế"],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 36000, 37067, 34864],
    [2, "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", 6500, "6.794,12", 6392.7],
    [3, "Khối lượng thanh toán đầu tư", "tỷ đồng", 150, "121,729", 71],
    [4, "Sản lượng lúa", "tấn", 1304000, "1,39 triệu tấn", null],
    [5, "Thu ngân sách trên địa bàn", "tỷ đồng", "4.835 tỷ", 5100, 4600],
    [6, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "6,6 – 6,8%", "6,2%", 7.1],
    ["III", "Văn hóa – xã hội"],
    [1, "Tỷ lệ hộ nghèo", "%", "dưới 4%", 3.2, 4.5],
    [2, "Tỷ lệ xã đạt 4 tiêu chí cứng nông thôn mới", "%", "100%", 100, 90],
    ["IV", "Quốc phòng – an ninh – nội chính"],
    [1, "Hoàn thành chỉ tiêu gọi công dân nhập ngũ", "", "hoàn thành", "Hoàn thành", null],
    [2, "Số vụ tai nạn giao thông đường bộ", "vụ", "không quá 40", 36, 41],
    [],
    [null, "Đạt và vượt 5/10 chỉ tiêu"],
  ];

  const rows = (grid: CellValue[][]): IndicatorRow[] =>
    readTable(grid, { convention: "vi" }).table.groups.flatMap((g) => g.rows);

  const codesAt = (findings: Finding[]): string[] =>
    findings.map((f) => `${f.code}@${f.cell?.address ?? "-"}`).sort();

  describe("readTable on a table typed the way an office types it", () => {
    const read = readTable(OFFICE, { convention: "vi" });

    test("finds the two-row header below the title, the unit's name and a blank line", () => {
      expect(read.layout).toMatchObject({ headerTop: 3, headerBottom: 4, firstDataRow: 5, lastDataRow: 20 });
      expect(read.layout.columns).toEqual({
        stt: 0,
        name: 1,
        unit: 2,
        plan: 3,
        actual: 4,
        prior: 5,
        pctPlan: 6,
        pctPrior: 7,
        note: 8,
      });
    });

    test("reads the title, the unit's name, the year and the period; Ước TH marks an estimate", () => {
      expect(read.table).toMatchObject({
        title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2021",
        unitName: "Thành ủy TP. Bến Tre",
        period: "nam",
        year: 2021,
      });
      expect(read.table.groups.flatMap((g) => g.rows).every((r) => r.estimate)).toBe(true);
    });

    test("Roman numerals head the groups I–IV, and the summary line below is not an indicator", () => {
      expect(read.table.groups.map((g) => [g.stt, g.name, g.sheetRow, g.rows.length])).toEqual([
        ["I", "Xây dựng Đảng", 5, 2],
        ["II", "Kinh tế", 8, 6],
        ["III", "Văn hóa – xã hội", 15, 2],
        ["IV", "Quốc phòng – an ninh – nội chính", 18, 2],
      ]);
    });

    test.each<[string, Partial<IndicatorRow>]>([
      ["Đảng viên mới được kết nạp", { target: { kind: "value", value: 1300 }, actual: 1335, prior: 1200 }],
      [
        "Đảng viên vi phạm bị thi hành kỷ luật",
        { target: { kind: "relative", change: -5 }, direction: "down", kind: "quantity", actual: 108 },
      ],
      ["Tổng doanh thu hàng hóa, dịch vụ", { actual: 37067, prior: 34864 }],
      ["Giá trị sản xuất công nghiệp - xây dựng", { actual: 6794.12, prior: 6392.7 }],
      ["Khối lượng thanh toán đầu tư", { actual: 121.729, prior: 71 }],
      ["Sản lượng lúa", { target: { kind: "value", value: 1304000 }, actual: 1390000, prior: null }],
      ["Thu ngân sách trên địa bàn", { target: { kind: "value", value: 4835 }, actual: 5100 }],
      [
        "Tốc độ tăng trưởng kinh tế (GRDP)",
        { target: { kind: "range", lo: 6.6, hi: 6.8 }, actual: 6.2, kind: "rate", direction: "up" },
      ],
      [
        "Tỷ lệ hộ nghèo",
        {
          target: { kind: "limit", bound: 4, side: "upper", inclusive: false },
          kind: "rate",
          direction: "down",
          actual: 3.2,
        },
      ],
      ["Tỷ lệ xã đạt 4 tiêu chí cứng nông thôn mới", { target: { kind: "all" }, actual: 100, kind: "rate" }],
      [
        "Hoàn thành chỉ tiêu gọi công dân nhập ngũ",
        { target: { kind: "yesno" }, kind: "yesno", actual: null, actualYesNo: "yes" },
      ],
      [
        "Số vụ tai nạn giao thông đường bộ",
        {
          target: { kind: "limit", bound: 40, side: "upper", inclusive: true },
          direction: "down",
          actual: 36,
        },
      ],
    ])("%s is read with its figures in the row's unit", (name, expected) => {
      expect(read.table.groups.flatMap((g) => g.rows).find((r) => r.name === name)).toMatchObject(expected);
    });

    test("every row knows its sheet row, its cells in A1 and how each was typed", () => {
      const row = read.table.groups[1]!.rows[1]!;
      expect(row.sheetRow).toBe(10);
      expect(row.stt).toBe("2");
      expect(row.cells.actual).toMatchObject({ row: 10, col: 4, address: "E11" });
      expect(row.cells.plan).toMatchObject({ row: 10, col: 3, address: "D11" });
      expect(row.raw.actual).toBe("6.794,12");
      expect(row.raw.plan).toBe(6500);
    });

    test("raises number_as_text with a fix, ambiguous_separator without one, and nothing else", () => {
      expect(codesAt(read.findings)).toEqual([
        "ambiguous_separator@E12",
        "number_as_text@D14",
        "number_as_text@E11",
        "number_as_text@E13",
        "number_as_text@E15",
        "number_as_text@E7",
      ]);
      const fixes = Object.fromEntries(read.findings.map((f) => [f.cell?.address, f.fix?.value ?? null]));
      expect(fixes).toEqual({ E7: 1335, E11: 6794.12, E12: null, E13: 1390000, D14: 4835, E15: 6.2 });
      for (const f of read.findings) expect(f.severity).toBe("warning");
    });

    test("the ambiguous 121,729 names its cell and gives both readings, in vi and en", () => {
      const f = read.findings.find((x) => x.code === "ambiguous_separator")!;
      expect(f.column).toBe("actual");
      expect(f.message.vi).toContain("Ô E12");
      expect(f.message.en).toContain("Cell E12");
      expect(f.message.vi).toContain("121,729");
      expect(f.message.vi).toMatch(/121 729/);
      expect(f.message.en).toMatch(/121 729/);
    });

    test("the 6.794,12 typed as text names its cell and the number the fix writes", () => {
      const f = read.findings.find((x) => x.cell?.address === "E11")!;
      expect(f.message.vi).toMatch(/^Ô E11/);
      expect(f.message.en).toMatch(/^Cell E11/);
      expect(f.message.vi).toContain("6.794,12");
      expect(f.fix).toMatchObject({ cell: { row: 10, col: 4, address: "E11" }, value: 6794.12 });
      expect(f.fix!.description.vi).not.toBe("");
      expect(f.fix!.description.en).not.toBe("");
    });
  });

  describe("readTable: English headers in another column order, placed away from A1", () => {
    const grid: CellValue[][] = [
      ["Indicator", "Actual", "Plan", "No.", "Unit", "Prior year", "Direction", "Kind", "Note"],
      ["Industry and construction output", "6,794.12", "6,500", 1, "billion VND", "6,392.7", "up", "", ""],
      ["Road traffic accidents", 36, "at most 40", 2, "cases", 41, "down", "quantity", "three measures"],
      ["Poor households", 3.2, "below 4", 3, "%", 4.5, "", "rate", ""],
    ];
    const read = readTable(grid, { convention: "en", origin: { row: 4, col: 2 } });

    test("columns and rows are sheet positions, shifted by the origin", () => {
      expect(read.layout).toMatchObject({ headerTop: 4, headerBottom: 4, firstDataRow: 5, lastDataRow: 7 });
      expect(read.layout.columns).toMatchObject({ name: 2, actual: 3, plan: 4, stt: 5, unit: 6, prior: 7 });
      expect(read.table.groups).toHaveLength(1);
      expect(read.table.groups[0]).toMatchObject({ stt: "", name: "", sheetRow: null });
    });

    test("reads en-US figures and English words", () => {
      const [industry, accidents, poor] = read.table.groups[0]!.rows;
      expect(industry).toMatchObject({
        sheetRow: 5,
        actual: 6794.12,
        prior: 6392.7,
        target: { kind: "value", value: 6500 },
      });
      expect(accidents).toMatchObject({ direction: "down", kind: "quantity", note: "three measures" });
      expect(poor).toMatchObject({ kind: "rate", direction: "down" });
      expect(industry!.cells.actual?.address).toBe("D6");
    });

    test("text figures are flagged at their sheet address", () => {
      expect(codesAt(read.findings)).toEqual(["number_as_text@D6", "number_as_text@E6", "number_as_text@H6"]);
    });
  });

  describe("readTable: what is wrong with the input", () => {
    const header = ["STT", "Chỉ tiêu", "Đơn vị", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
    const one = (row: CellValue[]): Finding[] => readTable([header, row], { convention: "vi" }).findings;

    test.each<[string, CellValue[], FindingCode, string, "error" | "warning"]>([
      [
        "a word where the actual goes",
        [1, "Doanh thu", "tỷ đồng", "", "", 100, "chưa có", 90],
        "not_a_number",
        "G2",
        "error",
      ],
      [
        "1.23.4 in the prior year",
        [1, "Doanh thu", "tỷ đồng", "", "", 100, 120, "1.23.4"],
        "not_a_number",
        "H2",
        "error",
      ],
      [
        "a plan written as prose",
        [1, "Doanh thu", "tỷ đồng", "", "", "phấn đấu cao nhất", 120, 90],
        "unreadable_target",
        "F2",
        "error",
      ],
      [
        "Loại says định tính",
        [1, "Doanh thu", "tỷ đồng", "định tính", "", 100, 120, 90],
        "unknown_kind",
        "D2",
        "warning",
      ],
      [
        "Chiều says ngang",
        [1, "Doanh thu", "tỷ đồng", "", "ngang", 100, 120, 90],
        "unknown_direction",
        "E2",
        "warning",
      ],
      [
        "37.067 in an en workbook",
        [1, "Doanh thu", "tỷ đồng", "", "", 100, "1,335", 90],
        "ambiguous_separator",
        "G2",
        "warning",
      ],
    ])("%s: %s at %s", (_about, row, code, address, severity) => {
      const found = one(row);
      expect(found.map((f) => [f.code, f.cell?.address, f.severity])).toEqual([[code, address, severity]]);
      const f = found[0]!;
      expect(f.message.vi).toContain(`Ô ${address}`);
      expect(f.message.en).toContain(`Cell ${address}`);
      expect(f.fix).toBeNull();
    });

    test("an unknown kind and direction fall back to what the unit and target say", () => {
      const read = readTable([header, [1, "Tỷ lệ hộ nghèo", "%", "lạ", "ngang", "dưới 4", 3.2, 4.5]], {
        convention: "vi",
      });
      expect(read.table.groups[0]!.rows[0]).toMatchObject({ kind: "rate", direction: "down" });
    });

    test("a cell Excel holds as text (valueTypes String) is number_as_text even when its value is a number", () => {
      const grid: CellValue[][] = [header, [1, "Doanh thu", "tỷ đồng", "", "", 100, 120, 90]];
      const valueTypes = [
        header.map(() => "String"),
        ["Double", "String", "String", "Empty", "Empty", "Double", "String", "Double"],
      ];
      const read = readTable(grid, { convention: "vi", valueTypes });
      expect(read.findings.map((f) => [f.code, f.cell?.address, f.fix?.value])).toEqual([
        ["number_as_text", "G2", 120],
      ]);
    });

    test("real numbers, empty cells and a dash raise nothing", () => {
      expect(one([1, "Doanh thu", "tỷ đồng", "Số lượng", "Tăng", 100, 120, null])).toEqual([]);
      expect(one([1, "Doanh thu", "tỷ đồng", "", "", 100, "-", ""])).toEqual([]);
    });

    test("an ambiguous 121,729 is read the workbook's way: 121.729 in vi, 121729 in en", () => {
      const grid: CellValue[][] = [header, [1, "Thanh toán", "tỷ đồng", "", "", 150, "121,729", 71]];
      expect(readTable(grid, { convention: "vi" }).table.groups[0]!.rows[0]!.actual).toBe(121.729);
      expect(readTable(grid, { convention: "en" }).table.groups[0]!.rows[0]!.actual).toBe(121729);
    });
  });

  describe("readTable: where a table starts and ends", () => {
    const header = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"];

    test("one blank row inside the table is skipped; two end it", () => {
      const grid: CellValue[][] = [
        header,
        [1, "Doanh nghiệp mới", "doanh nghiệp", 150, 176],
        [],
        [2, "Hộ kinh doanh mới", "hộ", 800, 894],
        [],
        [],
        [3, "Ghi chép ngoài bảng", "hộ", 1, 2],
      ];
      const read = readTable(grid, { convention: "vi" });
      expect(read.table.groups.flatMap((g) => g.rows).map((r) => r.name)).toEqual([
        "Doanh nghiệp mới",
        "Hộ kinh doanh mới",
      ]);
      expect(read.layout.lastDataRow).toBe(3);
    });

    test("a name with no figures is a group heading; rows before any heading have a group with no name", () => {
      const grid: CellValue[][] = [
        header,
        [1, "Doanh nghiệp mới", "doanh nghiệp", 150, 176],
        [null, "Văn hóa – xã hội"],
        [1, "Tỷ lệ hộ nghèo", "%", "dưới 4", 3.2],
      ];
      const groups = readTable(grid, { convention: "vi" }).table.groups;
      expect(groups.map((g) => [g.stt, g.name, g.sheetRow, g.rows.map((r) => r.name)])).toEqual([
        ["", "", null, ["Doanh nghiệp mới"]],
        ["", "Văn hóa – xã hội", 2, ["Tỷ lệ hộ nghèo"]],
      ]);
    });

    test("the summary our add-in writes below the table ends it, in vi or en", () => {
      const grid: CellValue[][] = [
        header,
        [1, "Doanh nghiệp mới", "doanh nghiệp", 150, 176],
        ["", "Reached or exceeded 1/1 targets"],
      ];
      expect(rows(grid)).toHaveLength(1);
    });

    test.each([
      ["Báo cáo 9 tháng năm 2020", "9_thang", 2020],
      ["Kết quả 6 tháng đầu năm 2021", "6_thang", 2021],
      ["Chỉ tiêu nhiệm kỳ 2020 - 2025", "nhiem_ky", 2020],
      ["Kết quả thực hiện Nghị quyết năm 2020", "nam", 2020],
    ] as const)("title %p is period %s, year %d", (title, period, year) => {
      const read = readTable([[title], [], header, [1, "Doanh nghiệp mới", "doanh nghiệp", 150, 176]], {
        convention: "vi",
      });
      expect(read.table).toMatchObject({ title, period, year });
    });

    test("Thực hiện năm 2020 beside Kế hoạch năm 2021 is the prior year", () => {
      const grid: CellValue[][] = [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2021", "Ước thực hiện năm 2021", "Thực hiện năm 2020"],
        [1, "Doanh nghiệp mới", "doanh nghiệp", 150, 176, 140],
      ];
      const read = readTable(grid, { convention: "vi" });
      expect(read.layout.columns).toMatchObject({ plan: 3, actual: 4, prior: 5 });
      expect(read.table.year).toBe(2021);
      expect(read.table.groups[0]!.rows[0]).toMatchObject({ actual: 176, prior: 140, estimate: true });
    });

    test("no header with an indicator column and a plan or actual column: TableNotFoundError, in vi and en", () => {
      const attempt = (): unknown => readTable([["Ghi chép"], ["a", "b"], [1, 2]], { convention: "vi" });
      expect(attempt).toThrow(TableNotFoundError);
      try {
        attempt();
      } catch (error) {
        expect(error).toBeInstanceOf(TableNotFoundError);
        const text = (error as TableNotFoundError).text;
        expect(text.vi).toContain("Chỉ tiêu");
        expect(text.en).toContain("indicator");
      }
    });

    test("a header further down than row 30 is not looked for", () => {
      const filler: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`ghi chú ${i}`]);
      expect(() => readTable([...filler, header, [1, "X", "hộ", 1, 2]], { convention: "vi" })).toThrow(
        TableNotFoundError,
      );
      expect(() =>
        readTable([...filler.slice(1), header, [1, "X", "hộ", 1, 2]], { convention: "vi" }),
      ).not.toThrow();
    });

    test("an empty grid has no table", () => {
      expect(() => readTable([], { convention: "vi" })).toThrow(TableNotFoundError);
    });
  });
});

describe("readTable of a CSV (source: text): every cell is typed text, so none is a number stored as text", () => {
  const header = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
  const grid: CellValue[][] = [
    header,
    ["1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "6.500", "6.794,12", "6.392,7"],
    ["2", "Khối lượng thanh toán", "tỷ đồng", "150", "121,729", "71"],
    ["3", "Sản lượng lúa", "tấn", "1.304.000", "1,39 triệu", "chưa có"],
    ["4", "Tỷ lệ hộ nghèo", "%", "dưới 4%", "3,2%", "-"],
  ];

  test("figures read as in a sheet, with no number_as_text; ambiguous and unreadable cells still said", () => {
    const read = readTable(grid, { convention: "vi", source: "text" });
    expect(rows(read).map((r) => [r.actual, r.prior])).toEqual([
      [6794.12, 6392.7],
      [121.729, 71],
      [1_390_000, null],
      [3.2, null],
    ]);
    expect(rows(read)[0]?.target).toEqual({ kind: "value", value: 6500 });
    expect(findings(read)).toEqual([
      ["ambiguous_separator", "warning", "E3", null],
      ["not_a_number", "error", "F4", null],
    ]);
  });

  test("the same grid read as a sheet (the default) says every figure typed as text", () => {
    const codes = readTable(grid, { convention: "vi" }).findings.map((f) => f.code);
    expect(codes.filter((c) => c === "number_as_text")).toHaveLength(8);
    expect(codes).toContain("ambiguous_separator");
    expect(codes).toContain("not_a_number");
    expect(readTable(grid, { convention: "vi", source: "sheet" }).findings).toHaveLength(codes.length);
  });

  test("an ambiguous plan in a CSV is still asked about", () => {
    const read = readTable([header, ["1", "Thanh toán", "tỷ đồng", "121,729", "100", ""]], {
      convention: "vi",
      source: "text",
    });
    expect(findings(read)).toEqual([["ambiguous_separator", "warning", "D2", null]]);
  });
});

describe("readTable: percent formats as the Excel adapter and the CLI pass them (sparse, by position)", () => {
  const header = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
  const grid: CellValue[][] = [
    ["BẢNG CHỈ TIÊU NĂM 2021"],
    header,
    [1, "Tỷ lệ hộ nghèo", "%", 4.5, 0.04, 0.0512],
    [2, "Tỷ lệ lao động qua đào tạo", "%", 60, 0.6, 58.5],
  ];
  const formats: (string | null)[][] = [];
  formats[2] = [];
  formats[2][4] = "0%";
  formats[2][5] = "0.00%";
  formats[3] = [];
  formats[3][4] = "0.00%";

  test("a cell shown as 4% (0.04 with 0%) reads as 4; cells without a format as they are", () => {
    const read = readTable(grid, { convention: "vi", numberFormats: formats });
    expect(rows(read).map((r) => [r.target, r.actual, r.prior])).toEqual([
      [{ kind: "value", value: 4.5 }, 4, 5.12],
      [{ kind: "value", value: 60 }, 60, 58.5],
    ]);
    expect(read.findings).toEqual([]);
  });
});

describe("readTable reports a column whose header repeats, and reads the first", () => {
  test("two Kế hoạch columns: the second header cell is named, the first column's 150 is the plan", () => {
    const read = readTable(
      [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Kế hoạch", "Cùng kỳ"],
        [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 999, 160],
      ],
      { convention: "vi" },
    );
    expect(row(read, "Doanh nghiệp thành lập mới").target).toEqual({ kind: "value", value: 150 });
    expect(read.layout.columns.plan).toBe(3);
    expect(findings(read)).toEqual([["duplicate_header", "warning", "F2", null]]);
    const f = read.findings[0]!;
    expect(f.column).toBe("plan");
    expect(f.cell).toEqual({ row: 1, col: 5, address: "F2" });
    expect(f.message.vi).toBe(
      'Ô F2: tiêu đề "Kế hoạch" là cột Kế hoạch lần thứ hai; ô D2 ("Kế hoạch") đã là cột Kế hoạch. ' +
        "Chỉ cột D được đọc, số liệu ở cột F bị bỏ qua. Đổi tên hoặc xóa một trong hai cột.",
    );
    expect(f.message.en).toBe(
      'Cell F2: the header "Kế hoạch" is a second Plan column; cell D2 ("Kế hoạch") is already the Plan column. ' +
        "Only column D is read; the figures in column F are left out. Rename or delete one of the two columns.",
    );
  });

  test("two 'Thực hiện năm 2024' columns under a two-row header at C5: the lower cells, shifted by the origin", () => {
    const read = readTable(
      [
        ["KẾT QUẢ NĂM 2024"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Số liệu", null, null],
        [null, null, null, null, "Thực hiện năm 2024", "Thực hiện năm 2024", "Thực hiện năm 2023"],
        [1, "Tỷ lệ hộ nghèo", "%", "dưới 4", 3.2, 3.9, 4.1],
      ],
      { convention: "vi", origin: { row: 4, col: 2 } },
    );
    expect(row(read, "Tỷ lệ hộ nghèo")).toMatchObject({ actual: 3.2, prior: 4.1 });
    expect(findings(read)).toEqual([["duplicate_header", "warning", "H7", null]]);
    expect(read.findings[0]!.message.vi).toContain('ô G7 ("Số liệu Thực hiện năm 2024")');
    expect(read.findings[0]!.message.en).toContain(
      "Only column G is read; the figures in column H are left out.",
    );
  });
});

describe("a fraction typed as the actual: '9/14 xã', '25/42' (seed 001's works done)", () => {
  const HEAD = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"];

  test("25/42 works done is an actual of 25 with a warning and a fix that writes 25, not an error", () => {
    const read = readTable([HEAD, [1, "Công trình trọng điểm hoàn thành", "công trình", 42, "25/42", null]], {
      convention: "vi",
    });
    const r = row(read, "Công trình trọng điểm hoàn thành");
    expect(r.actual).toBe(25);
    expect(findings(read)).toEqual([["fraction_as_actual", "warning", "E2", 25]]);
    const f = read.findings[0]!;
    expect(f.message.vi).toBe(
      'Ô E2 (Thực hiện của "Công trình trọng điểm hoàn thành"): "25/42" được đọc là 25 trên tổng số 42, ' +
        "tính với số thực hiện 25. Bấm Sửa để ghi số 25 vào ô.",
    );
    expect(f.message.en).toBe(
      'Cell E2 (Actual of "Công trình trọng điểm hoàn thành"): "25/42" was read as 25 out of 42, ' +
        "and computed as an actual of 25. Click Fix to write the number 25 in the cell.",
    );
    expect(f.fix?.description.vi).toBe("Ghi số 25 vào ô");
  });

  test("9/14 xã with an empty plan: 9, and 14 is suggested for the plan, never filled in", () => {
    const read = readTable([HEAD, [1, "Số xã đạt chuẩn nông thôn mới", "xã", null, "9/14 xã", null]], {
      convention: "vi",
    });
    const r = row(read, "Số xã đạt chuẩn nông thôn mới");
    expect(r.actual).toBe(9);
    expect(r.target).toBeNull();
    const f = read.findings.find((x) => x.code === "fraction_as_actual")!;
    expect(f.fix?.value).toBe(9);
    expect(f.message.vi).toContain("nếu 14 là kế hoạch, hãy tự nhập vào ô D2; chitieu không tự điền.");
    expect(f.message.en).toContain("if 14 is the target, enter it in D2 yourself");
    expect(f.message.vi.match(/D2|E2/g)).toEqual(["E2", "D2"]);
  });

  test("a table without a Kế hoạch column is told it has no place for the total", () => {
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Cùng kỳ"],
        [1, "Số xã đạt chuẩn nông thôn mới", "xã", "9/14 xã", 6],
      ],
      { convention: "vi" },
    );
    const f = read.findings.find((x) => x.code === "fraction_as_actual")!;
    expect(f.cell?.address).toBe("D2");
    expect(f.message.vi).toContain("Bảng không có cột Kế hoạch để ghi tổng số 14");
    expect(f.message.en).toContain("The table has no Plan column to hold the total of 14");
  });

  test("a fraction a formula gives is read the same, but no fix overwrites the formula", () => {
    const read = readTable([HEAD, [1, "Số xã đạt chuẩn nông thôn mới", "xã", 14, "9/14", null]], {
      convention: "vi",
      isFormula: (r, c) => r === 1 && c === 4,
    });
    expect(row(read, "Số xã đạt chuẩn nông thôn mới").actual).toBe(9);
    expect(findings(read)).toEqual([["fraction_as_actual", "warning", "E2", null]]);
    expect(read.findings[0]?.message.vi).toContain("Ô có công thức nên chitieu không ghi đè");
  });

  test("on a % row the fraction is the share: 9/14 is 64,29%", () => {
    const read = readTable([HEAD, [1, "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", 60, "9/14", null]], {
      convention: "vi",
    });
    expect(row(read, "Tỷ lệ xã đạt chuẩn nông thôn mới").actual).toBe(64.29);
    expect(read.findings[0]?.message.vi).toContain("tính với tỷ lệ 64,29%");
  });

  test("what is not a count of a total stays an error: 9/2021 (a month), 5/0, 1,5/2", () => {
    for (const typed of ["9/2021", "5/0", "1,5/2", "a/b"]) {
      const read = readTable([HEAD, [1, "Số xã đạt chuẩn nông thôn mới", "xã", 14, typed, null]], {
        convention: "vi",
      });
      expect([typed, findings(read).map((f) => f[0])]).toEqual([typed, ["not_a_number"]]);
    }
  });
});

test("a fraction whose count no table can hold is the figure error, not a reading: 1234567890123456789/2", () => {
  const read = readTable(
    [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Số xã đạt chuẩn nông thôn mới", "xã", 14, "1234567890123456789/2"],
    ],
    { convention: "vi" },
  );
  expect(row(read, "Số xã đạt chuẩn nông thôn mới").actual).toBeNull();
  expect(findings(read).map((f) => f[0])).toEqual(["implausible_number"]);
});
