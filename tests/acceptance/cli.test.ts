/**
 * CLI acceptance (issue 4, "Checked by": the CLI on CSV and xlsx inputs the developers did not
 * write, including hard number strings). Every file here is built the way an office produces it:
 * a CSV saved by a vi-VN Excel, an English CSV in another column order, an .xlsx with a title,
 * a merged two-row header and Roman-numeral groups. The real binary runs as a child process.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import {
  ISSUE_KEYS,
  ROW_KEYS,
  checkJson,
  chitieu,
  issuesAt,
  rowNamed,
  tempDir,
  type JsonCheck,
} from "./helpers";

jest.setTimeout(180_000);

const tmp = tempDir("chitieu-acceptance-");
afterAll(() => tmp.cleanup());

const REACHED = ["vuot", "dat"];

/** Exact documented shape: rows[15 keys], issues[5 keys, message{vi,en}], summary{…}. */
function expectShape(data: JsonCheck): void {
  expect(Object.keys(data)).toEqual(["rows", "issues", "summary"]);
  for (const r of data.rows) {
    expect(Object.keys(r).sort()).toEqual([...ROW_KEYS].sort());
    expect(typeof r.row).toBe("number");
    for (const k of [
      "plan",
      "actual",
      "prior",
      "pctPlan",
      "pctStretch",
      "pctPrior",
      "changePct",
      "diffPoints",
    ])
      expect(["number", "object"]).toContain(typeof (r as unknown as Record<string, unknown>)[k]);
    expect(["vuot", "dat", "co_ban_dat", "khong_dat", "chua_co_so_lieu"]).toContain(r.verdict);
  }
  for (const i of data.issues) {
    expect(Object.keys(i).sort()).toEqual([...ISSUE_KEYS].sort());
    expect(Object.keys(i.message).sort()).toEqual(["en", "vi"]);
    expect(i.message.vi.length).toBeGreaterThan(0);
    expect(i.message.en.length).toBeGreaterThan(0);
    expect(["error", "warning", "info"]).toContain(i.severity);
  }
  expect(Object.keys(data.summary).sort()).toEqual(["groups", "noData", "noTarget", "reached", "total"]);
  for (const g of data.summary.groups) expect(Object.keys(g).sort()).toEqual(["name", "reached", "total"]);
}

// ---------------------------------------------------------------------------------------------
// 1. A CSV saved by Excel in a vi-VN locale: BOM, ";", CRLF, title + unit + blank line, a two-row
//    header ("Năm 2021" over "KH | TH"), blank lines between groups, vi-VN numbers as typed.
// ---------------------------------------------------------------------------------------------
const VI_LINES = [
  "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021;;;;;;;;;", // 1
  "Đảng ủy phường An Hội;;;;;;;;;", // 2
  ";;;;;;;;;", // 3
  "STT;Chỉ tiêu;ĐVT;Loại;Chiều;Năm 2021;;Cùng kỳ;Báo cáo (%);Ghi chú", // 4
  ";;;;;KH;TH;;;", // 5
  "I;Kinh tế;;;;;;;;", // 6
  "1;Doanh nghiệp thành lập mới;doanh nghiệp;;tăng;150;176;160;117,33%;", // 7
  "2;Giá trị sản xuất công nghiệp – xây dựng;tỷ đồng;;;6.500;6.794,12;6.392;;", // 8
  "3;Tổng mức bán lẻ hàng hóa;tỷ đồng;;;35.000;37.067;34.862;;", // 9
  "4;Sản lượng lúa;tấn;;;1.300.000;1,39 triệu tấn;1.304.000;;", // 10
  "5;Khối lượng thanh toán vốn đầu tư;tỷ đồng;;;150;121,729;71;;9 tháng", // 11
  "6;Hộ kinh doanh chuyển lên doanh nghiệp;hộ;;;30;35;;116,66%;", // 12
  "7;Lợi nhuận doanh nghiệp nhà nước;tỷ đồng;;;10;5;(12);;", // 13
  "8;Tốc độ tăng trưởng giá trị nông nghiệp;%;tăng trưởng;tăng;2;−5;;;", // 14
  "9;Tốc độ tăng trưởng kinh tế (GRDP);%;tăng trưởng;;6,6 - 6,8;6,7;;;", // 15
  "", // 16  blank line
  "II;Văn hóa – xã hội;;;;;;;;", // 17
  "1;Tỷ lệ hộ nghèo;%;tỷ lệ;giảm;dưới 4;3,5;4,2;;", // 18
  "2;Tỷ lệ xã đạt chuẩn nông thôn mới;%;;;100%;100%;;;", // 19
  "3;Hoàn thành quy hoạch chung đô thị;công trình;;;hoàn thành;hoàn thành;;;", // 20
  ";;;;;;;;;", // 21 blank line (Excel writes the separators)
  "III;Quốc phòng – an ninh;;;;;;;;", // 22
  "1;Số vụ tai nạn giao thông;vụ;;giảm;không quá 15;12;14;;", // 23
  "2;Số vụ cháy, nổ;vụ;;;giảm 5% so với cùng kỳ;18;20;;", // 24
];
const viCsv = (): string => "\uFEFF" + VI_LINES.join("\r\n") + "\r\n";

describe("vi-VN CSV (semicolon, BOM, two-row header, vi numbers)", () => {
  let data: JsonCheck;
  let code: number | null;
  let err: string;
  beforeAll(() => {
    const r = checkJson(tmp.file("bao-cao-phuong.csv", viCsv()));
    data = r.data;
    code = r.run.code;
    err = r.run.err;
  });

  test("exact JSON shape; every indicator row read, group headings are not rows", () => {
    expectShape(data);
    expect(data.rows.map((r) => r.name)).toEqual([
      "Doanh nghiệp thành lập mới",
      "Giá trị sản xuất công nghiệp – xây dựng",
      "Tổng mức bán lẻ hàng hóa",
      "Sản lượng lúa",
      "Khối lượng thanh toán vốn đầu tư",
      "Hộ kinh doanh chuyển lên doanh nghiệp",
      "Lợi nhuận doanh nghiệp nhà nước",
      "Tốc độ tăng trưởng giá trị nông nghiệp",
      "Tốc độ tăng trưởng kinh tế (GRDP)",
      "Tỷ lệ hộ nghèo",
      "Tỷ lệ xã đạt chuẩn nông thôn mới",
      "Hoàn thành quy hoạch chung đô thị",
      "Số vụ tai nạn giao thông",
      "Số vụ cháy, nổ",
    ]);
    expect(data.rows.map((r) => r.row)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 23, 24]);
    expect(err).toBe("");
  });

  test("176 / 150 → % KH 117.333…, % CK 110, +10 %: Vượt; the reported 117,33% raises nothing", () => {
    const r = rowNamed(data, "Doanh nghiệp thành lập mới");
    expect(r).toMatchObject({ group: "Kinh tế", unit: "doanh nghiệp", kind: "quantity", direction: "up" });
    expect(r).toMatchObject({ plan: 150, actual: 176, prior: 160, verdict: "vuot" });
    expect(r.pctPlan).toBeCloseTo(117.333333, 5);
    expect(r.pctPrior).toBeCloseTo(110, 9);
    expect(r.changePct).toBeCloseTo(10, 9);
    expect(r.pctStretch).toBeNull();
    expect(issuesAt(data, 7).filter((i) => i.code.startsWith("reported_pct_mismatch"))).toEqual([]);
  });

  test("vi-VN figures: 6.794,12 · 37.067 · 1.300.000 · '1,39 triệu tấn' in a tấn row", () => {
    expect(rowNamed(data, "Giá trị sản xuất công nghiệp – xây dựng")).toMatchObject({
      plan: 6500,
      actual: 6794.12,
      prior: 6392,
    });
    const retail = rowNamed(data, "Tổng mức bán lẻ hàng hóa");
    expect(retail).toMatchObject({ plan: 35000, actual: 37067, prior: 34862 });
    expect(retail.changePct).toBeCloseTo(6.3249, 3);
    const rice = rowNamed(data, "Sản lượng lúa");
    expect(rice).toMatchObject({ unit: "tấn", plan: 1_300_000, actual: 1_390_000, prior: 1_304_000 });
    expect(rice.verdict).toBe("vuot");
  });

  test('"121,729" is reported as an ambiguous separator on its cell (a warning, both languages)', () => {
    const r = rowNamed(data, "Khối lượng thanh toán vốn đầu tư");
    expect(r.actual).toBeCloseTo(121.729, 6);
    const amb = issuesAt(data, 11, "actual").filter((i) => i.code === "ambiguous_separator");
    expect(amb).toHaveLength(1);
    expect(amb[0]!.message.vi).toMatch(/121,729/);
    expect(amb[0]!.message.en).toMatch(/121,729/);
  });

  test("35 / 30 printed as the truncated 116,66% is not a mismatch (computed 116,67)", () => {
    const r = rowNamed(data, "Hộ kinh doanh chuyển lên doanh nghiệp");
    expect(r.pctPlan).toBeCloseTo(116.6667, 3);
    const bad = issuesAt(data, 12).filter((i) => i.code === "reported_pct_mismatch" && i.severity !== "info");
    expect(bad).toEqual([]);
  });

  test('accounting negative "(12)" as CK: growth uses |CK| → (5 − (−12)) / 12 = +141,67 %', () => {
    const r = rowNamed(data, "Lợi nhuận doanh nghiệp nhà nước");
    expect(r.prior).toBe(-12);
    expect(r.changePct).toBeCloseTo(141.6667, 3);
    expect(r.pctPlan).toBeCloseTo(50, 9);
    expect(r.verdict).toBe("khong_dat");
  });

  test('"−5" (U+2212) on a growth row is −5, judged in điểm %: −7 → Không đạt, no range error', () => {
    const r = rowNamed(data, "Tốc độ tăng trưởng giá trị nông nghiệp");
    expect(r).toMatchObject({ kind: "growth", actual: -5, plan: 2, verdict: "khong_dat" });
    expect(r.diffPoints).toBeCloseTo(-7, 9);
    expect(issuesAt(data, 14).filter((i) => i.severity === "error")).toEqual([]);
  });

  test('range "6,6 - 6,8" with TH 6,7 (inside) → Đạt', () => {
    const r = rowNamed(data, "Tốc độ tăng trưởng kinh tế (GRDP)");
    expect(r.kind).toBe("growth");
    expect(r.actual).toBeCloseTo(6.7, 9);
    expect(r.verdict).toBe("dat");
  });

  test('rate, lower is better, "dưới 4" with TH 3,5 → reached, −0,5 điểm %', () => {
    const r = rowNamed(data, "Tỷ lệ hộ nghèo");
    expect(r).toMatchObject({ kind: "rate", direction: "down", actual: 3.5, prior: 4.2 });
    expect(REACHED).toContain(r.verdict);
    expect(r.diffPoints).toBeCloseTo(-0.5, 9);
  });

  test('"100%" target with TH "100%" → Đạt', () => {
    const r = rowNamed(data, "Tỷ lệ xã đạt chuẩn nông thôn mới");
    expect(r.actual).toBe(100);
    expect(r.verdict).toBe("dat");
  });

  test('yes/no row: KH "hoàn thành", TH "hoàn thành" → Đạt', () => {
    const r = rowNamed(data, "Hoàn thành quy hoạch chung đô thị");
    expect(r.kind).toBe("yesno");
    expect(r.verdict).toBe("dat");
  });

  test('lower is better: "Số vụ tai nạn giao thông", Chiều "giảm", KH "không quá 15", TH 12 → reached', () => {
    const r = rowNamed(data, "Số vụ tai nạn giao thông");
    expect(r).toMatchObject({
      direction: "down",
      plan: 15,
      actual: 12,
      prior: 14,
      group: "Quốc phòng – an ninh",
    });
    expect(r.verdict).toBe("vuot"); // better than an inclusive bound (model.ts: limit → Vượt)
    expect(r.pctPlan).toBeCloseTo(80, 9);
  });

  test('relative plan "giảm 5% so với cùng kỳ", CK 20 → KH 19; TH 18 → reached, lower is better', () => {
    const r = rowNamed(data, "Số vụ cháy, nổ");
    expect(r).toMatchObject({ direction: "down", prior: 20, actual: 18 });
    expect(r.plan).toBeCloseTo(19, 9);
    expect(r.pctPlan).toBeCloseTo((18 / 19) * 100, 6);
    expect(REACHED).toContain(r.verdict);
  });

  test("summary: đạt và vượt 11/14, per group 6/9 · 3/3 · 2/2; exit 0 (warnings only)", () => {
    expect(data.summary).toEqual({
      reached: 11,
      total: 14,
      noData: 0,
      noTarget: 0,
      groups: [
        { name: "Kinh tế", reached: 6, total: 9 },
        { name: "Văn hóa – xã hội", reached: 3, total: 3 },
        { name: "Quốc phòng – an ninh", reached: 2, total: 2 },
      ],
    });
    expect(data.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  test("a CSV has no cell types: plain figures like 150 or 176 are not 'number stored as text'", () => {
    // Every CSV field is text by nature; telling the user that "176" is stored as text and to
    // "click Fix" is noise on every figure of every CSV.
    const plain = data.issues.filter(
      (i) =>
        i.code === "number_as_text" && i.row === 7 && ["plan", "actual", "prior"].includes(i.column ?? ""),
    );
    expect(plain).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. An English-header CSV, comma-separated, columns in another order, en-US numbers.
// ---------------------------------------------------------------------------------------------
const EN_CSV = [
  "Indicator,Actual,Unit,Plan,No.,Prior year,Direction,Notes",
  "Economy,,,,I,,,",
  "New enterprises,176,enterprises,150,1,160,up,",
  'Retail sales,"37,067",VND billion,"35,000",2,"34,862",,',
  'Industrial output,"6,794.12",VND billion,"6,500",3,"6,392",,',
  "Security,,,,II,,,",
  "Traffic accidents,12,cases,at most 15,1,14,down,",
  "Fires,,cases,20,2,,down,no figure yet",
].join("\n");

describe("English CSV in another column order (--locale en)", () => {
  test("reads headers in any order, en-US numbers, and the lower-is-better limit", () => {
    const { run, data } = checkJson(tmp.file("english.csv", EN_CSV), "--locale", "en");
    expectShape(data);
    expect(run.err).toBe("");
    expect(data.rows.map((r) => r.name)).toEqual([
      "New enterprises",
      "Retail sales",
      "Industrial output",
      "Traffic accidents",
      "Fires",
    ]);
    const firms = rowNamed(data, "New enterprises");
    expect(firms).toMatchObject({ group: "Economy", unit: "enterprises", plan: 150, actual: 176, row: 3 });
    expect(firms.pctPlan).toBeCloseTo(117.333333, 5);
    expect(rowNamed(data, "Retail sales")).toMatchObject({ actual: 37067, plan: 35000, prior: 34862 });
    expect(rowNamed(data, "Industrial output")).toMatchObject({ actual: 6794.12, plan: 6500 });
    expect(rowNamed(data, "Traffic accidents")).toMatchObject({ direction: "down", plan: 15, actual: 12 });
    expect(REACHED).toContain(rowNamed(data, "Traffic accidents").verdict);
    const fires = rowNamed(data, "Fires");
    expect(fires.verdict).toBe("chua_co_so_lieu");
    expect(fires.pctPlan).toBeNull();
    expect(data.summary).toMatchObject({ reached: 4, total: 4, noData: 1 });
    expect(data.summary.groups.map((g) => g.name)).toEqual(["Economy", "Security"]);
    expect(run.code).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. An .xlsx as a district office keeps it: title, unit line, blank line, merged two-row header
//    ("Năm 2021" over "Kế hoạch | Ước TH", "So sánh (%)" over "KH | CK"), Roman-numeral groups.
// ---------------------------------------------------------------------------------------------
async function districtWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("Bìa");
  cover.getCell("A1").value = "Báo cáo kết quả thực hiện Nghị quyết";
  const ws = wb.addWorksheet("Biểu 01");
  ws.getCell("A1").value = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2021";
  ws.mergeCells("A1:J1");
  ws.getCell("A2").value = "Đơn vị: UBND huyện Châu Thành";
  ws.mergeCells("A2:J2");
  // row 3 blank
  const top: Record<string, string> = {
    A4: "STT",
    B4: "Chỉ tiêu",
    C4: "Đơn vị tính",
    D4: "Chiều",
    E4: "Năm 2021",
    G4: "Thực hiện năm 2020",
    H4: "So sánh (%)",
    J4: "Đánh giá",
  };
  for (const [a, v] of Object.entries(top)) ws.getCell(a).value = v;
  ws.getCell("E5").value = "Kế hoạch";
  ws.getCell("F5").value = "Ước TH";
  ws.getCell("H5").value = "KH";
  ws.getCell("I5").value = "CK";
  for (const m of ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5", "H4:I4", "J4:J5"]) ws.mergeCells(m);
  const rows: (string | number | null)[][] = [
    ["I", "XÂY DỰNG ĐẢNG"],
    [1, "Kết nạp đảng viên mới", "đảng viên", null, 120, 131, 118],
    [2, "Số đảng viên bị kỷ luật", "đảng viên", "giảm", "không quá 10", 12, 9],
    ["II", "KINH TẾ"],
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", null, 150, 176, 160],
    [2, "Tốc độ tăng trưởng kinh tế", "%", null, "6,6 – 6,8", 7.1, 6.2],
    [3, "Thu ngân sách trên địa bàn", "tỷ đồng", null, 329, "562", 472],
    [4, "Khối lượng thanh toán 9 tháng", "tỷ đồng", null, 150, "121,729", 71],
    [5, "GRDP bình quân đầu người", "đồng", null, "96.500.000", "94.450.000", "88.290.000"],
    ["III", "VĂN HÓA – XÃ HỘI"],
    [1, "Tỷ lệ lao động qua đào tạo", "%", null, "ít nhất 60", 61.5, 58],
    [2, "Xã đạt chuẩn 4 tiêu chí", "%", null, "100%", 95, 90],
    ["IV", "QUỐC PHÒNG – AN NINH – NỘI CHÍNH"],
    [1, "Số vụ tai nạn giao thông", "vụ", "giảm", "không quá 15", 12, 14],
    [2, "Số vụ phạm pháp hình sự", "vụ", null, "giảm 5% so với cùng kỳ", 40, 40],
    [3, "Hoàn thành diễn tập khu vực phòng thủ", null, null, "hoàn thành", "chưa hoàn thành", null],
  ];
  rows.forEach((cells, i) => {
    const r = ws.getRow(6 + i);
    cells.forEach((v, c) => {
      if (v !== null) r.getCell(c + 1).value = v;
    });
  });
  await wb.xlsx.writeFile(file);
}

describe(".xlsx with title, unit line, blank line, merged two-row header, Roman groups", () => {
  let data: JsonCheck;
  let code: number | null;
  beforeAll(async () => {
    const file = tmp.file("huyen.xlsx");
    await districtWorkbook(file);
    const r = checkJson(file);
    data = r.data;
    code = r.run.code;
  });

  test("finds the table on the second sheet, groups by Roman numerals, sheet row numbers", () => {
    expectShape(data);
    expect(data.summary.groups.map((g) => g.name)).toEqual([
      "XÂY DỰNG ĐẢNG",
      "KINH TẾ",
      "VĂN HÓA – XÃ HỘI",
      "QUỐC PHÒNG – AN NINH – NỘI CHÍNH",
    ]);
    expect(data.rows).toHaveLength(12);
    expect(rowNamed(data, "Kết nạp đảng viên mới").row).toBe(7);
    expect(rowNamed(data, "Hoàn thành diễn tập khu vực phòng thủ").row).toBe(21);
  });

  test('"Năm 2021" over Kế hoạch | Ước TH, "Thực hiện năm 2020" is the prior year', () => {
    const r = rowNamed(data, "Doanh nghiệp thành lập mới");
    expect(r).toMatchObject({ plan: 150, actual: 176, prior: 160, verdict: "vuot" });
    expect(r.pctPlan).toBeCloseTo(117.333333, 5);
  });

  test("lower-is-better rows: disciplined members 12 > 10 → Không đạt; accidents 12 ≤ 15 → reached", () => {
    const d = rowNamed(data, "Số đảng viên bị kỷ luật");
    expect(d).toMatchObject({ direction: "down", plan: 10, actual: 12, verdict: "khong_dat" });
    const a = rowNamed(data, "Số vụ tai nạn giao thông");
    expect(a).toMatchObject({ direction: "down", plan: 15, actual: 12 });
    expect(REACHED).toContain(a.verdict);
  });

  test("range 6,6 – 6,8 with 7,1 (above, higher is better) → Vượt", () => {
    expect(rowNamed(data, "Tốc độ tăng trưởng kinh tế").verdict).toBe("vuot");
  });

  test('hard strings in an xlsx: text "562", "121,729" (ambiguous), "94.450.000" đồng', () => {
    const budget = rowNamed(data, "Thu ngân sách trên địa bàn");
    expect(budget.actual).toBe(562);
    expect(budget.pctPlan).toBeCloseTo(170.82, 2);
    expect(budget.pctPrior).toBeCloseTo(119.07, 2);
    expect(issuesAt(data, budget.row, "actual").map((i) => i.code)).toContain("number_as_text");
    const pay = rowNamed(data, "Khối lượng thanh toán 9 tháng");
    expect(issuesAt(data, pay.row, "actual").map((i) => i.code)).toContain("ambiguous_separator");
    const grdp = rowNamed(data, "GRDP bình quân đầu người");
    expect(grdp).toMatchObject({ plan: 96_500_000, actual: 94_450_000, prior: 88_290_000 });
    expect(grdp.pctPlan).toBeCloseTo(97.8756, 3);
  });

  test('"ít nhất 60" with 61,5 → reached; "100%" with 95 → Không đạt', () => {
    expect(REACHED).toContain(rowNamed(data, "Tỷ lệ lao động qua đào tạo").verdict);
    expect(rowNamed(data, "Xã đạt chuẩn 4 tiêu chí").verdict).toBe("khong_dat");
  });

  test('relative "giảm 5% so với cùng kỳ": CK 40 → KH 38; TH 40 → Không đạt', () => {
    const r = rowNamed(data, "Số vụ phạm pháp hình sự");
    expect(r.plan).toBeCloseTo(38, 9);
    expect(r.direction).toBe("down");
    expect(r.verdict).toBe("khong_dat");
  });

  test('yes/no "chưa hoàn thành" → Không đạt; summary counts it', () => {
    const r = rowNamed(data, "Hoàn thành diễn tập khu vực phòng thủ");
    expect(r.kind).toBe("yesno");
    expect(r.verdict).toBe("khong_dat");
    // reached: 131/120 v, kỷ luật kđ, DN v, GRDP% v, NS v, TT kđ, GRDP/ng kđ, LĐ v, 4TC kđ, TNGT v, PPHS kđ, DT kđ
    expect(data.summary).toMatchObject({ reached: 6, total: 12, noData: 0 });
    expect(data.summary.groups).toEqual([
      { name: "XÂY DỰNG ĐẢNG", reached: 1, total: 2 },
      { name: "KINH TẾ", reached: 3, total: 5 },
      { name: "VĂN HÓA – XÃ HỘI", reached: 1, total: 2 },
      { name: "QUỐC PHÒNG – AN NINH – NỘI CHÍNH", reached: 1, total: 3 },
    ]);
    expect([0, 1]).toContain(code);
  });
});

// ---------------------------------------------------------------------------------------------
// 3b. Slips and edge cases an office really makes.
// ---------------------------------------------------------------------------------------------
async function slipsWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Loại", "Kế hoạch", "Thực hiện", "Cùng kỳ"]);
  ws.addRow(["I", "Kinh tế"]);
  // typed "37.067" into an en-US Excel: the number 37.067 next to 35 000 and 34 862
  ws.addRow([1, "Tổng mức bán lẻ", "tỷ đồng", null, 35000, 37.067, 34862]);
  ws.addRow([2, "Khối lượng thanh toán hạ tầng", "tỷ đồng", null, 222, 215, 155]);
  ws.addRow([3, "Tỷ lệ che phủ rừng", "%", "tỷ lệ", 30, 130, 29]);
  ws.addRow([4, "Doanh thu du lịch", "tỷ đồng", null, 0, 12, 0]);
  ws.addRow([5, "Tỷ lệ hộ nghèo", "%", "tỷ lệ", "khoảng 4%", "4,1", 4.5]);
  ws.addRow([6, "Số hộ dùng nước sạch", "hộ", null, "1 390 000", "1\u00a0400\u00a0000", "1.300.000"]);
  ws.addRow([7, "Tổng mức bán lẻ", "tỷ đồng", null, 35000, 36000, 34862]);
  await wb.xlsx.writeFile(file);
}

describe("slips and edge cases (.xlsx)", () => {
  let file: string;
  let data: JsonCheck;
  beforeAll(async () => {
    file = tmp.file("slips.xlsx");
    await slipsWorkbook(file);
    data = checkJson(file).data;
    expectShape(data);
  });

  test("×1000 slip: the number 37.067 beside 35 000 / 34 862 is flagged", () => {
    const codes = issuesAt(data, 3, "actual").map((i) => i.code);
    expect(codes).toContain("thousands_slip");
  });

  test("rate 130 % is outside 0–100 (an error)", () => {
    const out = issuesAt(data, 5, "actual").filter((i) => i.code === "rate_out_of_range");
    expect(out).toHaveLength(1);
    expect(out[0]!.severity).toBe("error");
  });

  test("KH 0 and CK 0: no percentage, no Infinity/NaN, and JSON still parses", () => {
    const r = rowNamed(data, "Doanh thu du lịch");
    expect(r.pctPlan).toBeNull();
    expect(r.pctPrior).toBeNull();
    expect(r.changePct).toBeNull();
  });

  test('"khoảng 4%" with 4,1 is within the default 0,5 điểm % of a rate row → Đạt', () => {
    expect(rowNamed(data, "Tỷ lệ hộ nghèo").verdict).toBe("dat");
  });

  test("space / NBSP grouped figures: 1 390 000 · 1 400 000", () => {
    expect(rowNamed(data, "Số hộ dùng nước sạch")).toMatchObject({
      plan: 1_390_000,
      actual: 1_400_000,
      prior: 1_300_000,
    });
  });

  test("duplicate indicator name in a group is reported", () => {
    expect(data.issues.some((i) => i.code.startsWith("duplicate"))).toBe(true);
  });

  test("Cơ bản đạt is off by default; --band 95 turns it on (215 / 222 = 96,85 %)", () => {
    expect(rowNamed(data, "Khối lượng thanh toán hạ tầng").verdict).toBe("khong_dat");
    const banded = checkJson(file, "--band", "95").data;
    expect(rowNamed(banded, "Khối lượng thanh toán hạ tầng").verdict).toBe("co_ban_dat");
  });

  test("exit 1 because of the rate error", () => {
    expect(chitieu("check", file).code).toBe(1);
  });

  test("the readable report (vi and en) prints the summary line and no stack", () => {
    const vi = chitieu("check", file);
    expect(vi.out).toMatch(/[Đđ]ạt và vượt \d+\/\d+/);
    const en = chitieu("check", file, "--locale", "en");
    expect(en.out.length).toBeGreaterThan(0);
    expect(en.out).not.toMatch(/\n\s+at /);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Exit codes and messages.
// ---------------------------------------------------------------------------------------------
function expectOneLineNoStack(err: string): void {
  const lines = err.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^chitieu: /);
  expect(err).not.toMatch(/\n\s+at /);
  expect(err).not.toMatch(/Error:/);
}

describe("exit codes", () => {
  test("0: a clean table", () => {
    const f = tmp.file(
      "clean.csv",
      "STT;Chỉ tiêu;ĐVT;Kế hoạch;Thực hiện;Cùng kỳ\nI;Kinh tế;;;;\n1;Doanh nghiệp mới;doanh nghiệp;150;176;160\n",
    );
    const r = chitieu("check", f, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  test("1: an error in the figures (TH 'abc' where a count is expected), JSON still printed", () => {
    const f = tmp.file(
      "errors.csv",
      "STT;Chỉ tiêu;ĐVT;Kế hoạch;Thực hiện\nI;Kinh tế;;;\n1;Doanh nghiệp mới;doanh nghiệp;150;một trăm\n",
    );
    const { run, data } = checkJson(f);
    expect(run.code).toBe(1);
    expect(data.issues.some((i) => i.severity === "error" && i.row === 3 && i.column === "actual")).toBe(
      true,
    );
  });

  test("2: a missing file, one line, no stack trace", () => {
    const r = chitieu("check", tmp.file("khong-co.xlsx"), "--json");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expectOneLineNoStack(r.err);
  });

  test("2: a .txt file", () => {
    const r = chitieu("check", tmp.file("bang.txt", "STT;Chỉ tiêu;Kế hoạch;Thực hiện\n1;A;1;2\n"));
    expect(r.code).toBe(2);
    expectOneLineNoStack(r.err);
  });

  test("2: a CSV with no indicator table", () => {
    const r = chitieu("check", tmp.file("ghi-chu.csv", "Họ tên;Điện thoại\nNguyễn Văn A;0909\n"), "--json");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expectOneLineNoStack(r.err);
  });

  test("2: a corrupt .xlsx (text renamed)", () => {
    const r = chitieu("check", tmp.file("hong.xlsx", "not a zip"));
    expect(r.code).toBe(2);
    expectOneLineNoStack(r.err);
  });

  test("2: an empty CSV", () => {
    const r = chitieu("check", tmp.file("rong.csv", ""));
    expect(r.code).toBe(2);
    expectOneLineNoStack(r.err);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Templates.
// ---------------------------------------------------------------------------------------------
describe("templates", () => {
  test("`chitieu templates` lists at least 6", () => {
    const r = chitieu("templates");
    expect(r.code).toBe(0);
    const ids = r.out
      .trim()
      .split("\n")
      .map((l) => l.split(/\s+/)[0]);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(ids).toContain("thanh-pho-nam");
  });

  test("`template thanh-pho-nam --out x.xlsx` then `check x.xlsx` reads it back", () => {
    const out = tmp.file("x.xlsx");
    const w = chitieu("template", "thanh-pho-nam", "--out", out);
    expect(w.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const { run, data } = checkJson(out);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expectShape(data);
    expect(data.rows.length).toBeGreaterThan(0);
    // An empty template: every row waits for figures.
    expect(data.summary.noData).toBe(data.rows.length);
    expect(data.rows.every((r) => r.verdict === "chua_co_so_lieu")).toBe(true);
  });

  test("an unknown template id → exit 2, one line", () => {
    const r = chitieu("template", "khong-co-mau", "--out", tmp.file("y.xlsx"));
    expect(r.code).toBe(2);
    expectOneLineNoStack(r.err);
  });
});
