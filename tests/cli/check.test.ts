import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { ROW_KEYS } from "../acceptance/helpers";
import { BENCH_HEADER as VI_HEADER } from "../bench/grid";
import { csvLine, run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-check-");
afterAll(() => tmp.cleanup());

/** Seed 000 (TP. Bến Tre, 2020) as a clean comma CSV with a title block above the header. */
function benTreCsv(): string {
  const lines = [
    csvLine(["BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2020"]),
    csvLine(["Thành ủy TP. Bến Tre"]),
    "",
    csvLine(VI_HEADER),
    csvLine(["I", "Kinh tế"]),
    csvLine([1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 150, 176, null, null]),
    csvLine([2, "Hộ cá thể đăng ký kinh doanh mới", "hộ", "Số lượng", "Tăng", 800, 894, null, null]),
    csvLine([3, "Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 329, 562, 472, null]),
    csvLine([4, "Khối lượng thanh toán đầu tư hạ tầng", "tỷ đồng", "Số lượng", "Tăng", 222, 215, 155, null]),
    csvLine(["II", "Quốc phòng – an ninh – nội chính"]),
    csvLine([1, "Số vụ tai nạn giao thông đường bộ", "vụ", "Số lượng", "Giảm", 40, 36, 41, null]),
  ];
  return `${lines.join("\n")}\n`;
}

async function json(...argv: string[]): Promise<{ code: number; data: JsonCheck }> {
  const r = await run("check", ...argv, "--json");
  expect(r.err).toBe("");
  return { code: r.code, data: JSON.parse(r.out) as JsonCheck };
}

describe("chitieu check --json on a CSV", () => {
  test("gives exactly rows, issues and summary, with CSV line numbers and computed percentages", async () => {
    const file = tmp.file("ben-tre.csv", benTreCsv());
    const { code, data } = await json(file);
    expect(Object.keys(data)).toEqual(["rows", "issues", "summary"]);
    expect(data.rows).toHaveLength(5);
    for (const r of data.rows) expect(Object.keys(r).sort()).toEqual([...ROW_KEYS].sort());
    const firms = data.rows[0]!;
    expect(firms).toMatchObject({
      row: 6,
      group: "Kinh tế",
      name: "Doanh nghiệp thành lập mới",
      unit: "doanh nghiệp",
    });
    expect(firms).toMatchObject({
      kind: "quantity",
      direction: "up",
      plan: 150,
      actual: 176,
      prior: null,
      verdict: "vuot",
    });
    expect(firms.pctPlan).toBeCloseTo(117.3333, 3);
    expect(firms.pctPrior).toBeNull();
    const budget = data.rows[2]!;
    expect(budget.pctPlan).toBeCloseTo(170.82, 2);
    expect(budget.pctPrior).toBeCloseTo(119.07, 2);
    const payments = data.rows[3]!;
    expect(payments.pctPlan).toBeCloseTo(96.85, 2);
    expect(payments.changePct).toBeCloseTo(38.71, 2);
    expect(payments.verdict).toBe("khong_dat");
    const accidents = data.rows[4]!;
    expect(accidents).toMatchObject({
      row: 11,
      group: "Quốc phòng – an ninh – nội chính",
      direction: "down",
      verdict: "vuot",
    });
    expect(data.summary).toEqual({
      reached: 4,
      total: 5,
      noData: 0,
      noTarget: 0,
      groups: [
        { name: "Kinh tế", reached: 3, total: 4 },
        { name: "Quốc phòng – an ninh – nội chính", reached: 1, total: 1 },
      ],
    });
    expect(data.issues.every((i) => i.severity !== "error")).toBe(true);
    expect(code).toBe(0);
  });

  test("hard number strings in a semicolon CSV with BOM are read the vi-VN way", async () => {
    const lines = [
      csvLine(VI_HEADER, ";"),
      csvLine(["I", "Kinh tế"], ";"),
      csvLine(
        [1, "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", "", "", "6.500", "6.794,12", "6.392,7", ""],
        ";",
      ),
      csvLine(
        [2, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", "", "", "36.000", "37.067", "34.864", ""],
        ";",
      ),
      csvLine([3, "Khối lượng thanh toán 9 tháng", "tỷ đồng", "", "", "150", "121,729", "71", ""], ";"),
      csvLine([4, "Sản lượng lúa", "tấn", "", "", "1.304.000", "1,39 triệu", "", ""], ";"),
      csvLine([5, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "Tăng trưởng", "Tăng", "7,6", "−5", "", ""], ";"),
      csvLine(
        [6, "Doanh nghiệp thành lập mới", "doanh nghiệp", "", "", "150", "176", "(12)", "117,33%"],
        ";",
      ),
    ];
    const file = tmp.file("so-kho.csv", `\uFEFF${lines.join("\r\n")}\r\n`);
    const { data } = await json(file);
    const byName = new Map(data.rows.map((r) => [r.name, r]));
    expect(byName.get("Giá trị sản xuất công nghiệp - xây dựng")).toMatchObject({
      row: 3,
      actual: 6794.12,
      prior: 6392.7,
      plan: 6500,
    });
    expect(byName.get("Giá trị sản xuất công nghiệp - xây dựng")!.changePct).toBeCloseTo(6.28, 2);
    expect(byName.get("Tổng doanh thu hàng hóa, dịch vụ")).toMatchObject({ actual: 37067, prior: 34864 });
    expect(byName.get("Khối lượng thanh toán 9 tháng")!.actual).toBeCloseTo(121.729, 6);
    expect(byName.get("Sản lượng lúa")).toMatchObject({ actual: 1_390_000, plan: 1_304_000 });
    expect(byName.get("Tốc độ tăng trưởng kinh tế (GRDP)")).toMatchObject({
      kind: "growth",
      actual: -5,
      plan: 7.6,
      verdict: "khong_dat",
    });
    expect(byName.get("Tốc độ tăng trưởng kinh tế (GRDP)")!.diffPoints).toBeCloseTo(-12.6, 9);
    expect(byName.get("Doanh nghiệp thành lập mới")).toMatchObject({ prior: -12, verdict: "vuot" });
    // 121,729 is 121.729 in vi-VN but 121 729 to an en-US reader: the check asks.
    expect(data.issues).toContainEqual(
      expect.objectContaining({ row: 5, column: "actual", code: "ambiguous_separator" }),
    );
    for (const issue of data.issues) {
      expect(Object.keys(issue)).toEqual(["row", "column", "code", "severity", "message"]);
      expect(issue.message.vi.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });

  test("English headers in another order, read with --locale en", async () => {
    const lines = [
      csvLine(["Indicator", "Actual", "Plan", "No.", "Unit", "Prior year", "Direction"]),
      csvLine(["Industry and construction output", "6,794.12", "6,500", 1, "billion VND", "6,392.7", "up"]),
      csvLine(["Road traffic accidents", 36, 40, 2, "cases", 41, "down"]),
    ];
    const file = tmp.file("english.csv", `${lines.join("\n")}\n`);
    const { code, data } = await json(file, "--locale", "en");
    expect(data.rows.map((r) => [r.row, r.name, r.actual, r.plan, r.direction, r.verdict])).toEqual([
      [2, "Industry and construction output", 6794.12, 6500, "up", "vuot"],
      [3, "Road traffic accidents", 36, 40, "down", "vuot"],
    ]);
    expect(data.summary).toMatchObject({ reached: 2, total: 2, noData: 0 });
    expect(code).toBe(0);
  });

  test("--band 95 turns 97 % of plan into Cơ bản đạt, which is not counted as reached", async () => {
    const lines = [
      csvLine(VI_HEADER),
      csvLine([1, "Khối lượng thanh toán đầu tư hạ tầng", "tỷ đồng", "", "", 222, 215, 155, null]),
    ];
    const file = tmp.file("band.csv", `${lines.join("\n")}\n`);
    expect((await json(file)).data.rows[0]!.verdict).toBe("khong_dat");
    const banded = await json(file, "--band", "95");
    expect(banded.data.rows[0]!.verdict).toBe("co_ban_dat");
    expect(banded.data.summary).toMatchObject({ reached: 0, total: 1 });
  });

  test("--approx-points 0,2 makes 3,7 against 'khoảng 4%' (0,3 points off) no longer Đạt", async () => {
    const lines = [
      csvLine(VI_HEADER),
      csvLine([1, "Tỷ lệ hộ dân dùng nước sạch tăng thêm", "%", "", "", "khoảng 4%", "3,7", null, null]),
      // Lower is better (the name says hộ nghèo): out of the band, 3,7 is better than about 4.
      csvLine([2, "Tỷ lệ hộ nghèo", "%", "", "", "khoảng 4%", "3,7", null, null]),
    ];
    const file = tmp.file("approx-points.csv", `${lines.join("\n")}\n`);
    const verdicts = (d: JsonCheck) => d.rows.map((r) => [Number(r.diffPoints?.toFixed(2)), r.verdict]);
    // Default 0,5 điểm %: 3,7 rounds to about 4.
    expect(verdicts((await json(file)).data)).toEqual([
      [-0.3, "dat"],
      [-0.3, "dat"],
    ]);
    expect(verdicts((await json(file, "--approx-points", "0,5")).data)).toEqual(
      verdicts((await json(file)).data),
    );
    const narrow = await json(file, "--approx-points", "0,2");
    expect(verdicts(narrow.data)).toEqual([
      [-0.3, "khong_dat"],
      [-0.3, "vuot"],
    ]);
    expect(narrow.data.summary).toMatchObject({ reached: 1, total: 2 });
    const bad = await run("check", file, "--approx-points", "11");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--approx-points cần một số từ 0 đến 10");
  });
});

describe("chitieu check exit codes", () => {
  test("1 when a finding is an error (a negative count of firms)", async () => {
    const lines = [
      csvLine(VI_HEADER),
      csvLine([1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "", "", 150, -176, null, null]),
    ];
    const r = await run("check", tmp.file("loi.csv", `${lines.join("\n")}\n`), "--json");
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out) as JsonCheck;
    expect(data.issues.some((i) => i.severity === "error" && i.row === 2)).toBe(true);
  });

  test("0 for an actual without a plan: 'Không giao kế hoạch', a warning, counted apart", async () => {
    const lines = [
      csvLine(VI_HEADER),
      csvLine([1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", "", "", null, "37.067", "34.864", null]),
    ];
    const r = await run("check", tmp.file("kgkh.csv", `${lines.join("\n")}\n`), "--json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as JsonCheck;
    expect(data.rows[0]).toMatchObject({ actual: 37067, prior: 34864, verdict: "khong_giao_ke_hoach" });
    expect(data.rows[0]!.changePct).toBeCloseTo(6.32, 2);
    expect(data.summary).toMatchObject({ reached: 0, total: 0, noData: 0, noTarget: 1 });
    expect(data.issues.filter((i) => i.code === "missing_plan").map((i) => i.severity)).toEqual(["warning"]);
  });

  test("2 with one line when the file is missing, is not csv/xlsx, or holds no table", async () => {
    const missing = await run("check", path.join(tmp.dir, "khong-co.csv"));
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err.trim().split("\n")).toHaveLength(1);
    expect(missing.err).toContain("không có tệp này");

    const txt = await run("check", tmp.file("bang.txt", "STT,Chỉ tiêu\n"), "--locale", "en");
    expect(txt.code).toBe(2);
    expect(txt.err).toContain("only .csv and .xlsx");

    const noTable = await run("check", tmp.file("rong.csv", "Xin chào,thế giới\n1,2\n"));
    expect(noTable.code).toBe(2);
    expect(noTable.err).toMatch(/^chitieu: Không tìm thấy bảng chỉ tiêu/);
    expect(noTable.err).not.toMatch(/\n\s+at /);
  });

  test("2 for a bad command line", async () => {
    const r = await run("check");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Thiếu tên tệp");
  });
});

describe("chitieu check report (no --json)", () => {
  test("a Vietnamese report lists rows with % KH and verdicts, then the findings, then đạt và vượt per group", async () => {
    const r = await run("check", tmp.file("bao-cao.csv", benTreCsv()));
    expect(r.code).toBe(0);
    expect(r.out).toContain("% KH");
    expect(r.out).toMatch(/Doanh nghiệp thành lập mới\s+117,33%/);
    expect(r.out).toContain("Vượt");
    expect(r.out).toContain("I. Kinh tế: Đạt và vượt 3/4 chỉ tiêu");
    expect(r.out).toContain("Toàn bảng: Đạt và vượt 4/5 chỉ tiêu");
  });

  test("--locale en gives the English report with en-US numbers", async () => {
    const lines = [
      csvLine(VI_HEADER),
      csvLine([1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "", "", 150, 176, null, null]),
    ];
    const r = await run("check", tmp.file("en-report.csv", `${lines.join("\n")}\n`), "--locale", "en");
    expect(r.out).toContain("117.33%");
    expect(r.out).toContain("Exceeded");
    expect(r.out).toContain("Whole table: 1 of 1 target reached or exceeded");
    expect(r.out).toContain('en-report.csv": 1 indicator.');
  });
});

describe("chitieu check on xlsx", () => {
  test("a two-row header with merged cells, figures as numbers and text, formula cells by their cached result", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Bìa").getCell("A1").value = "Báo cáo kết quả thực hiện Nghị quyết";
    const ws = wb.addWorksheet("Chỉ tiêu");
    ws.getCell("A1").value = "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2020";
    ws.mergeCells("A1:G1");
    ws.getCell("A2").value = "Thành ủy Cần Thơ";
    for (const [addr, text] of [
      ["A4", "STT"],
      ["B4", "Chỉ tiêu"],
      ["C4", "ĐVT"],
      ["D4", "Năm 2020"],
      ["F4", "Cùng kỳ"],
      ["G4", "Ghi chú"],
      ["D5", "KH"],
      ["E5", "Ước TH"],
    ] as const) {
      ws.getCell(addr).value = text;
    }
    ws.mergeCells("A4:A5");
    ws.mergeCells("B4:B5");
    ws.mergeCells("C4:C5");
    ws.mergeCells("D4:E4");
    ws.mergeCells("F4:F5");
    ws.mergeCells("G4:G5");
    ws.addRow(["I", "Kinh tế"]);
    ws.addRow([1, "GRDP bình quân đầu người", "đồng", 97_200_000, "94.450.000", 88_296_000]);
    ws.addRow([
      2,
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
      "tỷ đồng",
      150_100,
      { formula: "146000+512", result: 146_512 },
      134_340,
    ]);
    ws.addRow([3, "Sản lượng cây ăn trái", "tấn", 109_600, 147_591, null]);
    const file = tmp.file("can-tho.xlsx");
    await wb.xlsx.writeFile(file);

    const { data } = await json(file);
    expect(data.rows.map((r) => [r.row, r.name, r.plan, r.actual, r.verdict])).toEqual([
      [7, "GRDP bình quân đầu người", 97_200_000, 94_450_000, "khong_dat"],
      [8, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", 150_100, 146_512, "khong_dat"],
      [9, "Sản lượng cây ăn trái", 109_600, 147_591, "vuot"],
    ]);
    expect(data.rows[0]!.pctPlan).toBeCloseTo(97.17, 2);
    expect(data.rows[0]!.changePct).toBeCloseTo(6.97, 2);
    expect(data.rows[1]!.pctPlan).toBeCloseTo(97.61, 2);
    expect(data.rows[1]!.changePct).toBeCloseTo(9.06, 2);
    expect(data.rows[2]!.pctPlan).toBeCloseTo(134.66, 2);
    expect(data.summary).toEqual({
      reached: 1,
      total: 3,
      noData: 0,
      noTarget: 0,
      groups: [{ name: "Kinh tế", reached: 1, total: 3 }],
    });
  });
});

describe("chitieu check: text in a CSV is what was typed, text in a workbook is a number stored as text", () => {
  const rows = [
    VI_HEADER,
    ["I", "Kinh tế"],
    [1, "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", "", "", "6.500", "6.794,12", "6.392,7", ""],
    [2, "Khối lượng thanh toán 9 tháng", "tỷ đồng", "", "", "150", "121,729", "71", ""],
    [3, "Sản lượng lúa", "tấn", "", "", "1.304.000", "chưa có", "", ""],
  ];

  test("a CSV raises no number_as_text, but still ambiguous_separator and not_a_number", async () => {
    const file = tmp.file("chu.csv", `${rows.map((r) => csvLine(r, ";")).join("\n")}\n`);
    const { data } = await json(file);
    const codes = data.issues.map((i) => [i.code, i.row, i.column]);
    expect(codes.filter(([code]) => code === "number_as_text")).toEqual([]);
    expect(codes).toContainEqual(["ambiguous_separator", 4, "actual"]);
    expect(codes).toContainEqual(["not_a_number", 5, "actual"]);
    expect(data.rows[0]).toMatchObject({ plan: 6500, actual: 6794.12, prior: 6392.7 });
  });

  test("the same figures as text cells of an xlsx are numbers stored as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chỉ tiêu");
    for (const r of rows) ws.addRow(r.map((v) => (v === "" ? null : v)));
    const file = tmp.file("chu.xlsx");
    await wb.xlsx.writeFile(file);
    const { data } = await json(file);
    const asText = data.issues.filter((i) => i.code === "number_as_text").map((i) => [i.row, i.column]);
    expect(asText).toEqual([
      [3, "plan"],
      [3, "actual"],
      [3, "prior"],
      [4, "plan"],
      [4, "prior"],
      [5, "plan"],
    ]);
    expect(data.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["ambiguous_separator", "not_a_number"]),
    );
  });
});

describe("chitieu check: a rate typed as 4% in Excel (0.04 with a percent format) reads as 4", () => {
  test("xlsx cells with numFmt 0% and 0.00% in % rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chỉ tiêu");
    ws.addRow(VI_HEADER);
    ws.addRow([1, "Tỷ lệ hộ nghèo", "%", "", "Giảm", 4.5, 0.04, 0.0512]);
    ws.addRow([2, "Tỷ lệ lao động qua đào tạo", "%", "", "Tăng", 0.6, 0.6, 58.5]);
    ws.addRow([3, "Doanh nghiệp thành lập mới", "doanh nghiệp", "", "", 150, 176, 160]);
    ws.getCell("G2").numFmt = "0%";
    ws.getCell("H2").numFmt = "0.00%";
    ws.getCell("F3").numFmt = "0%";
    ws.getCell("G3").numFmt = "0.00%";
    // A quoted "%" is literal text in the format, not a percent.
    ws.getCell("G4").numFmt = '0" %"';
    const file = tmp.file("ty-le.xlsx");
    await wb.xlsx.writeFile(file);
    const { data } = await json(file);
    expect(data.rows.map((r) => [r.name, r.plan, r.actual, r.prior, r.verdict])).toEqual([
      ["Tỷ lệ hộ nghèo", 4.5, 4, 5.12, "vuot"],
      ["Tỷ lệ lao động qua đào tạo", 60, 60, 58.5, "dat"],
      ["Doanh nghiệp thành lập mới", 150, 176, 160, "vuot"],
    ]);
    expect(data.issues.filter((i) => i.code === "rate_out_of_range")).toEqual([]);
  });
});
