import { computeRow } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type IndicatorRow, type RowResult, type TableCheck } from "../../src/core/model";
import { formatNumber } from "../../src/core/numbers";
import { indicatorSentence, reportPlainText, reportText } from "../../src/core/report";
import { checkTable } from "../../src/core/rules";
import { SEEDS, seedToTable } from "../../src/core/seeds";
import { readTable } from "../../src/core/table";
import { summarize } from "../../src/core/summary";
import { displayRows } from "../../src/core/report-table";
import { indicatorRow } from "./indicator-row";

function checkOf(seedIndex: number): TableCheck {
  const table = seedToTable(SEEDS[seedIndex]!);
  const results = new Map<number, RowResult>();
  for (const g of table.groups)
    for (const r of g.rows) results.set(r.sheetRow, computeRow(r, DEFAULT_SETTINGS));
  const layout = { headerTop: 0, headerBottom: 0, firstDataRow: 1, lastDataRow: 1, columns: {} };
  return { read: { layout, table, findings: [] }, results, findings: [], summary: summarize(table, results) };
}

function rowNamed(check: TableCheck, start: string): [IndicatorRow, RowResult] {
  for (const g of check.read.table.groups)
    for (const r of g.rows) if (r.name.startsWith(start)) return [r, check.results.get(r.sheetRow)!];
  throw new Error(`no row ${start}`);
}

function row(partial: Partial<IndicatorRow>): IndicatorRow {
  return indicatorRow({
    sheetRow: 5,
    name: "Số vụ tai nạn giao thông",
    unit: "vụ",
    direction: "down",
    target: { kind: "limit", bound: 15, side: "upper", inclusive: true },
    actual: 12,
    prior: 15,
    ...partial,
  });
}

describe("report text from seed 000 (TP. Bến Tre 2020)", () => {
  const check = checkOf(0);

  test("176 new firms against 150 reads 'đạt 117,33% kế hoạch, vượt chỉ tiêu'", () => {
    const [r, res] = rowNamed(check, "Doanh nghiệp thành lập mới");
    expect(indicatorSentence(r, res, "vi", "vi")).toBe(
      "Doanh nghiệp thành lập mới: 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu.",
    );
  });

  test("revenue 37.067 tỷ, an estimate without a plan, reads 'ước đạt … tăng 6,32% so với cùng kỳ'", () => {
    const [r, res] = rowNamed(check, "Tổng doanh thu");
    expect(indicatorSentence(r, res, "vi", "vi")).toBe(
      "Tổng doanh thu hàng hóa, dịch vụ ước đạt 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ.",
    );
  });

  test("the same sentence in English with en-US digits", () => {
    const [r, res] = rowNamed(check, "Doanh nghiệp thành lập mới");
    expect(indicatorSentence(r, res, "en", "en")).toBe(
      "Doanh nghiệp thành lập mới: 176 doanh nghiệp, reached 117.33% of plan, target exceeded.",
    );
  });

  test("a row without figures says it has no data", () => {
    const [r, res] = rowNamed(check, "Giá trị sản xuất nông nghiệp");
    expect(indicatorSentence(r, res, "vi", "vi")).toBe("Giá trị sản xuất nông nghiệp: chưa có số liệu.");
  });

  test("the group and overall conclusions count 'đạt và vượt x/y' and name what was missed", () => {
    const report = reportText(check, "vi", "vi");
    const economy = report.groups.find((g) => g.name === "Kinh tế")!;
    const s = check.summary.groups.find((g) => g.name === "Kinh tế")!;
    expect(economy.conclusion).toContain(`đạt và vượt ${s.reached}/${s.total} chỉ tiêu`);
    expect(economy.conclusion).toContain("chưa đạt: Khối lượng thanh toán đầu tư hạ tầng");
    expect(report.overall).toMatch(/^Tổng cộng: đạt và vượt \d+\/\d+ chỉ tiêu/);
    expect(reportPlainText(report)).toContain(economy.sentences[0]!);
  });
});

describe("lower is better is worded right", () => {
  test("12 accidents under a limit of 15 is 'giảm 20%' and 'vượt chỉ tiêu (kế hoạch không quá 15 vụ)'", () => {
    const r = row({});
    expect(indicatorSentence(r, computeRow(r, DEFAULT_SETTINGS), "vi", "vi")).toBe(
      "Số vụ tai nạn giao thông: xảy ra 12 vụ, giảm 3 vụ (-20%) so với cùng kỳ, vượt chỉ tiêu (kế hoạch không quá 15 vụ).",
    );
  });

  test("a poverty rate of 3,5% against 'dưới 4%' is below plan in điểm %", () => {
    const r = row({
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      kind: "rate",
      actual: 3.5,
      prior: 4.2,
      target: { kind: "limit", bound: 4, side: "upper", inclusive: false },
    });
    const text = indicatorSentence(r, computeRow(r, DEFAULT_SETTINGS), "vi", "vi");
    expect(text).toContain("thấp hơn kế hoạch 0,5 điểm %");
    expect(text).toContain("(kế hoạch dưới 4%)");
  });
});

describe("every seed gives a clean report in both languages", () => {
  test.each(SEEDS.map((s, i) => [s.source, i] as const))("%s", (_source, i) => {
    const check = checkOf(i);
    for (const lang of ["vi", "en"] as const) {
      const text = reportPlainText(reportText(check, lang, lang));
      expect(text).not.toMatch(/NaN|undefined|null|Infinity/);
      for (const g of check.read.table.groups)
        for (const r of g.rows) {
          expect(text).toContain(r.name.trim());
          if (r.actual !== null) expect(text).toContain(formatNumber(r.actual, lang));
        }
    }
  });
});

describe("report wording as offices write it", () => {
  const check = (grid: (string | number | null)[][]): TableCheck =>
    checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);

  test("'ước đạt' where the figure is an estimate: a Ghi chú 'ước', or an 'Ước TH' header", () => {
    const byNote = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"],
      ["1", "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", null, 37067, 34864, "Ước thực hiện"],
      ["2", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, null, "số ước"],
      ["3", "Hộ cá thể đăng ký kinh doanh mới", "hộ", 800, 894, null, "Số chính thức"],
    ]);
    const vi = reportText(byNote, "vi", "vi").groups[0]!.sentences;
    expect(vi[0]).toBe("Tổng doanh thu hàng hóa, dịch vụ ước đạt 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ.");
    expect(vi[1]).toBe(
      "Doanh nghiệp thành lập mới ước đạt 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu.",
    );
    expect(vi[2]).toBe("Hộ cá thể đăng ký kinh doanh mới: 894 hộ, đạt 111,75% kế hoạch, vượt chỉ tiêu.");
    expect(reportText(byNote, "en", "en").groups[0]!.sentences[0]).toBe(
      "Tổng doanh thu hàng hóa, dịch vụ estimated at 37,067 tỷ đồng, up 6.32% on the same period last year.",
    );
    const byHeader = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Ước TH", "Cùng kỳ"],
      ["1", "Thu ngân sách trên địa bàn", "tỷ đồng", 329, 562, 472],
    ]);
    expect(reportText(byHeader, "vi", "vi").groups[0]!.sentences[0]).toMatch(
      /^Thu ngân sách trên địa bàn ước đạt 562 tỷ đồng, tăng 19,07% so với cùng kỳ, đạt 170,82% kế hoạch/,
    );
  });

  test("a rate against the prior year is told in điểm %, not as a % change", () => {
    const rates = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ["1", "Tỷ lệ lao động qua đào tạo", "%", 60, 61.5, 58.2],
      ["2", "Tỷ lệ hộ nghèo", "%", 4, 3.8, 4.2],
    ]);
    const [trained, poor] = reportText(rates, "vi", "vi").groups[0]!.sentences;
    expect(trained).toBe(
      "Tỷ lệ lao động qua đào tạo: 61,5%, tăng 3,3 điểm % so với cùng kỳ, cao hơn kế hoạch 1,5 điểm %, vượt chỉ tiêu (kế hoạch 60%).",
    );
    expect(poor).toContain("giảm 0,4 điểm % so với cùng kỳ");
    expect(poor).not.toContain("9,52%");
    expect(reportText(rates, "en", "en").groups[0]!.sentences[1]).toContain(
      "down 0.4 points on the same period last year",
    );
  });

  test("a rate above, below and on its plan: the gap in điểm %, in each language's word order", () => {
    const rates = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ["1", "Tỷ lệ lao động qua đào tạo", "%", 60, 61.5, 58.2],
      ["2", "Tỷ lệ hộ nghèo", "%", "dưới 4", 3.5, 4.2],
      ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 90, 90, 88],
      ["4", "Tỷ lệ xã đạt chuẩn quốc gia về y tế", "%", 80, 79.5, 78],
    ]);
    expect(reportText(rates, "vi", "vi").groups[0]!.sentences).toEqual([
      "Tỷ lệ lao động qua đào tạo: 61,5%, tăng 3,3 điểm % so với cùng kỳ, cao hơn kế hoạch 1,5 điểm %, vượt chỉ tiêu (kế hoạch 60%).",
      "Tỷ lệ hộ nghèo: 3,5%, giảm 0,7 điểm % so với cùng kỳ, thấp hơn kế hoạch 0,5 điểm %, vượt chỉ tiêu (kế hoạch dưới 4%).",
      "Tỷ lệ dân số tham gia bảo hiểm y tế: 90%, tăng 2 điểm % so với cùng kỳ, bằng kế hoạch, đạt chỉ tiêu (kế hoạch 90%).",
      "Tỷ lệ xã đạt chuẩn quốc gia về y tế: 79,5%, tăng 1,5 điểm % so với cùng kỳ, thấp hơn kế hoạch 0,5 điểm %, không đạt chỉ tiêu (kế hoạch 80%).",
    ]);
    expect(reportText(rates, "en", "en").groups[0]!.sentences).toEqual([
      "Tỷ lệ lao động qua đào tạo: 61.5%, up 3.3 points on the same period last year, 1.5 points above plan, target exceeded (plan 60%).",
      "Tỷ lệ hộ nghèo: 3.5%, down 0.7 points on the same period last year, 0.5 points below plan, target exceeded (plan below 4%).",
      "Tỷ lệ dân số tham gia bảo hiểm y tế: 90%, up 2 points on the same period last year, on plan, target reached (plan 90%).",
      "Tỷ lệ xã đạt chuẩn quốc gia về y tế: 79.5%, up 1.5 points on the same period last year, 0.5 points below plan, target not reached (plan 80%).",
    ]);
    expect(reportText(rates, "en", "en").overall).toBe(
      "Overall: 3 of 4 targets reached or exceeded; not reached: Tỷ lệ xã đạt chuẩn quốc gia về y tế.",
    );
  });

  test("English counts agree with their noun: 1 of 1 target", () => {
    const one = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
      ["1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176],
    ]);
    expect(reportText(one, "en", "en").overall).toBe("Overall: 1 of 1 target reached or exceeded.");
    expect(reportText(one, "vi", "vi").overall).toBe("Tổng cộng: đạt và vượt 1/1 chỉ tiêu.");
  });

  test("a table without groups reads as sentences: capital letters, no 'chưa đạt: không có'", () => {
    const flat = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
      ["1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176],
      ["2", "Hộ cá thể đăng ký kinh doanh mới", "hộ", 800, 894],
    ]);
    for (const lang of ["vi", "en"] as const) {
      const text = reportPlainText(reportText(flat, lang, lang));
      for (const paragraph of text.trim().split("\n\n")) expect(paragraph).toMatch(/^\p{Lu}.*\.$/su);
      expect(text).not.toMatch(/không có|none|: \./);
    }
    expect(reportText(flat, "vi", "vi").overall).toBe("Tổng cộng: đạt và vượt 2/2 chỉ tiêu.");
    expect(reportText(flat, "en", "en").overall).toBe("Overall: 2 of 2 targets reached or exceeded.");
  });

  test("plan figures carry thousands separators", () => {
    const accidents = check([
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ["1", "Số vụ vi phạm trật tự an toàn giao thông", "vụ", "không quá 1.200", 1150, 1310],
    ]);
    expect(reportText(accidents, "vi", "vi").groups[0]!.sentences[0]).toBe(
      "Số vụ vi phạm trật tự an toàn giao thông: xảy ra 1.150 vụ, giảm 160 vụ (-12,21%) so với cùng kỳ, vượt chỉ tiêu (kế hoạch không quá 1.200 vụ).",
    );
    expect(reportText(accidents, "en", "vi").groups[0]!.sentences[0]).toContain("(plan at most 1.200 vụ)");
  });
});

describe("words as offices write them: lower-is-better rows and stretch targets", () => {
  test("17 accidents, an estimate, read 'ước xảy ra 17 vụ, giảm 3 vụ (-15%)', never 'ước đạt'", () => {
    const r = row({
      name: "Tai nạn giao thông",
      actual: 17,
      prior: 20,
      estimate: true,
      target: { kind: "limit", bound: 20, side: "upper", inclusive: true },
    });
    const res = computeRow(r, DEFAULT_SETTINGS);
    expect(indicatorSentence(r, res, "vi", "vi")).toBe(
      "Tai nạn giao thông: ước xảy ra 17 vụ, giảm 3 vụ (-15%) so với cùng kỳ, vượt chỉ tiêu (kế hoạch không quá 20 vụ).",
    );
    expect(indicatorSentence(r, res, "en", "vi")).toBe(
      "Tai nạn giao thông: an estimated 17 vụ, down 3 vụ (-15%) on the same period last year, target exceeded (plan at most 20 vụ).",
    );
  });

  test("12 Party members disciplined, direction from the name only: 'ước 12 đảng viên', no 'đạt'", () => {
    const r = row({
      name: "Đảng viên bị xử lý kỷ luật",
      unit: "đảng viên",
      direction: "up",
      directionFrom: "name",
      actual: 12,
      prior: 10,
      estimate: true,
      target: { kind: "value", value: 15 },
    });
    // The reader sets the direction from the name; as read, the row says "down".
    const read = { ...r, direction: "down" as const };
    const res = computeRow(read, DEFAULT_SETTINGS);
    expect(res.verdict).toBe("vuot");
    expect(indicatorSentence(read, res, "vi", "vi")).toBe(
      "Đảng viên bị xử lý kỷ luật: ước 12 đảng viên, tăng 2 đảng viên (+20%) so với cùng kỳ, vượt chỉ tiêu (kế hoạch 15 đảng viên).",
    );
    expect(indicatorSentence(read, res, "en", "vi")).toBe(
      "Đảng viên bị xử lý kỷ luật: an estimated 12 đảng viên, up 2 đảng viên (+20%) on the same period last year, target exceeded (plan 15 đảng viên).",
    );
  });

  test("a higher-is-better estimate keeps 'ước đạt'", () => {
    const r = row({
      name: "Doanh nghiệp thành lập mới",
      unit: "doanh nghiệp",
      direction: "up",
      actual: 176,
      prior: 160,
      estimate: true,
      target: { kind: "value", value: 150 },
    });
    expect(indicatorSentence(r, computeRow(r, DEFAULT_SETTINGS), "vi", "vi")).toBe(
      "Doanh nghiệp thành lập mới ước đạt 176 doanh nghiệp, tăng 10% so với cùng kỳ, đạt 117,33% kế hoạch, vượt chỉ tiêu.",
    );
  });

  test("budget 4.835 tỷ with a stretch of 5.000 tỷ: both shares, verdict on the plan alone", () => {
    // 4.946 / 4.835 = 102,30 %; 4.946 / 5.000 = 98,92 %: above the plan, below the stretch.
    const r = row({
      name: "Thu ngân sách nhà nước",
      unit: "tỷ đồng",
      direction: "up",
      actual: 4946,
      prior: 4600,
      stretch: 5000,
      target: { kind: "value", value: 4835 },
    });
    const res = computeRow(r, DEFAULT_SETTINGS);
    expect(res.verdict).toBe("vuot");
    expect(indicatorSentence(r, res, "vi", "vi")).toBe(
      "Thu ngân sách nhà nước: 4.946 tỷ đồng, tăng 7,52% so với cùng kỳ, đạt 102,3% kế hoạch, 98,92% mức phấn đấu, vượt chỉ tiêu.",
    );
    expect(indicatorSentence(r, res, "en", "en")).toBe(
      "Thu ngân sách nhà nước: 4,946 tỷ đồng, up 7.52% on the same period last year, reached 102.3% of plan, 98.92% of the stretch target, target exceeded.",
    );
  });
});

test("a table with a Phấn đấu column: the sentence and the report table both give % Phấn đấu (vi, en)", () => {
  // Seed 002's budget: dự toán 4.835 tỷ, phấn đấu 5.000 tỷ; an actual of 4.946 tỷ is 102,3 % and 98,92 %.
  const grid = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Phấn đấu", "Thực hiện", "Cùng kỳ"],
    [1, "Thu ngân sách nhà nước", "tỷ đồng", 4835, 5000, 4946, 4600],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, null, 176, 160],
  ];
  const check = checkTable(readTable(grid, { convention: "en" }), DEFAULT_SETTINGS);
  expect(reportText(check, "vi", "vi").groups[0]!.sentences[0]).toBe(
    "Thu ngân sách nhà nước: 4.946 tỷ đồng, tăng 7,52% so với cùng kỳ, đạt 102,3% kế hoạch, 98,92% mức phấn đấu, vượt chỉ tiêu.",
  );
  // A row without a stretch says nothing of one.
  expect(reportText(check, "en", "en").groups[0]!.sentences[1]).toBe(
    "Doanh nghiệp thành lập mới: 176 doanh nghiệp, up 10% on the same period last year, reached 117.33% of plan, target exceeded.",
  );
  const vi = displayRows(check, "vi", DEFAULT_SETTINGS);
  expect(vi[0]).toEqual([
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch",
    "Thực hiện",
    "Cùng kỳ",
    "% KH",
    "% Phấn đấu",
    "% CK",
    "Tăng/giảm (%)",
    "Đánh giá",
  ]);
  expect(vi[1]?.slice(6, 8)).toEqual(["102,30%", "98,92%"]);
  expect(vi[2]?.slice(6, 8)).toEqual(["117,33%", "—"]);
  expect(displayRows(check, "en", { ...DEFAULT_SETTINGS, convention: "en" })[0]?.[7]).toBe("% of stretch");
});
