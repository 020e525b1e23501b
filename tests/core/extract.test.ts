import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators, proposalToRow, type Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { checkTable } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type CellValue, type InputColumn } from "../../src/core/model";

interface KeyEntry {
  keywords: string[];
  figure: number;
  unit: string;
  plan?: boolean;
  pctPlan?: number;
  pctPrior?: number;
  changePct?: number;
  stretch?: number;
  planText?: string;
  direction?: "up" | "down";
  estimate?: boolean;
  kind?: string;
  ambiguous?: number;
  scaleApplied?: boolean;
  /** "25/42 công trình": 42. */
  total?: number;
}

interface Key {
  source: string;
  text: string;
  indicators: KeyEntry[];
}

const KEY_DIR = join(__dirname, "..", "extract-key");
const SEED_DIR = "/work/shared/seeds";

const keys: [string, Key][] = readdirSync(KEY_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(KEY_DIR, f), "utf8")) as Key]);

const same = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The figure a proposal stands for: its actual, else its plan, else the figure inside a plan phrase. */
function figuresOf(p: Proposal): number[] {
  const out: number[] = [];
  if (p.actual !== null) out.push(p.actual);
  if (p.plan !== null) out.push(p.plan);
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/.exec(p.planText.replace(/\./g, ""));
  if (inText) out.push(Number(inText[0].replace(",", ".")));
  return out;
}

function matches(p: Proposal, k: KeyEntry): boolean {
  const name = foldText(p.name);
  return (
    figuresOf(p).some((f) => same(f, k.figure)) &&
    foldText(p.unit) === foldText(k.unit) &&
    k.keywords.some((w) => name.includes(foldText(w)))
  );
}

interface Score {
  proposed: number;
  expected: number;
  matched: [Proposal, KeyEntry][];
}

/** One-to-one: each key entry takes the first unmatched proposal that fits it. */
function score(proposals: Proposal[], key: KeyEntry[]): Score {
  const free = new Set(proposals);
  const matched: [Proposal, KeyEntry][] = [];
  for (const k of key) {
    const p = [...free].find((c) => matches(c, k));
    if (p) {
      free.delete(p);
      matched.push([p, k]);
    }
  }
  return { proposed: proposals.length, expected: key.length, matched };
}

function total(scores: Score[]): {
  precision: number;
  recall: number;
  tp: number;
  proposed: number;
  expected: number;
} {
  const tp = scores.reduce((n, s) => n + s.matched.length, 0);
  const proposed = scores.reduce((n, s) => n + s.proposed, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  return {
    precision: proposed === 0 ? 1 : tp / proposed,
    recall: expected === 0 ? 1 : tp / expected,
    tp,
    proposed,
    expected,
  };
}

describe("extractIndicators against the key (seed paragraphs kept under tests/extract-key/texts)", () => {
  const scores = keys.map(([file, key]) => {
    const text = readFileSync(join(KEY_DIR, key.text), "utf8");
    return { file, key, s: score(extractIndicators(text, "vi"), key.indicators) };
  });
  const t = total(scores.map((x) => x.s));

  it("reaches precision ≥ 0.8 and recall ≥ 0.8 over all five articles", () => {
    // Printed so the figures can be quoted; the floors are what the build holds us to.
    console.log(
      `extract key: ${t.tp} matched, ${t.proposed} proposed, ${t.expected} expected → precision ${t.precision.toFixed(3)}, recall ${t.recall.toFixed(3)}\n` +
        scores
          .map(({ file, s }) => `  ${file}: ${s.matched.length}/${s.expected} found, ${s.proposed} proposed`)
          .join("\n"),
    );
    expect(t.precision).toBeGreaterThanOrEqual(0.8);
    expect(t.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("proposes nothing for an article that states no indicator figures (seed 004)", () => {
    const s = scores.find((x) => x.file === "004.json")?.s;
    expect(s?.proposed).toBe(0);
  });

  it("gets the percentages of matched indicators right (% KH, % CK, tăng/giảm, phấn đấu)", () => {
    const wrong: string[] = [];
    for (const { s } of scores) {
      for (const [p, k] of s.matched) {
        const check = (field: string, want: number | undefined, got: number | null): void => {
          if (want !== undefined && (got === null || !same(want, got)))
            wrong.push(`${k.keywords[0]} ${field}: ${got} ≠ ${want}`);
        };
        check("pctPlan", k.pctPlan, p.pctPlan);
        check("pctPrior", k.pctPrior, p.pctPrior);
        check("changePct", k.changePct, p.changePct);
        check("stretch", k.stretch, p.stretch);
        check("total", k.total, p.total);
        if (k.planText !== undefined && p.planText !== k.planText)
          wrong.push(`${k.keywords[0]} planText: ${p.planText}`);
        if (k.direction !== undefined && p.direction !== k.direction)
          wrong.push(`${k.keywords[0]} direction: ${p.direction}`);
        if (k.estimate === true && !p.estimate) wrong.push(`${k.keywords[0]} estimate`);
        if (k.plan === true && p.actual !== null)
          wrong.push(`${k.keywords[0]} should be a plan, not an actual`);
        if (k.kind !== undefined && p.kind !== k.kind) wrong.push(`${k.keywords[0]} kind: ${p.kind}`);
        if (k.ambiguous !== undefined && p.ambiguous?.alternative !== k.ambiguous)
          wrong.push(`${k.keywords[0]} ambiguous`);
        if (k.scaleApplied !== undefined && p.scaleApplied !== k.scaleApplied)
          wrong.push(`${k.keywords[0]} scaleApplied`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const fullText = existsSync(SEED_DIR) ? it : it.skip;
  fullText("keeps precision ≥ 0.75 on the whole articles, noise paragraphs included", () => {
    const files = readdirSync(SEED_DIR);
    const all = keys.map(([, key]) => {
      const file = files.find((f) => f === key.source);
      const text = file === undefined ? "" : readFileSync(join(SEED_DIR, file), "utf8");
      return score(extractIndicators(text, "vi"), key.indicators);
    });
    const w = total(all);
    console.log(
      `extract whole articles: precision ${w.precision.toFixed(3)}, recall ${w.recall.toFixed(3)} (${w.tp}/${w.proposed} proposed, ${w.expected} expected)`,
    );
    expect(w.precision).toBeGreaterThanOrEqual(0.75);
    expect(w.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe("extractIndicators on paragraphs the key does not hold", () => {
  it("reads a district's annual results: estimates, % KH, % CK, scale words, an absolute change", () => {
    const text =
      "Năm 2022, tổng giá trị sản xuất thương mại - dịch vụ của huyện ước đạt 12.480,5 tỷ đồng, tăng 8,15% so với cùng kỳ. " +
      "Toàn huyện có 212 doanh nghiệp thành lập mới, đạt 106% kế hoạch; thu ngân sách nhà nước trên địa bàn ước thực hiện 318 tỷ đồng, " +
      "đạt 124% dự toán và bằng 112% so với cùng kỳ. Sản lượng thủy sản đạt 2,45 triệu tấn, đạt 101,2% kế hoạch. " +
      "Tỷ lệ hộ nghèo giảm còn 1,8%; tai nạn giao thông xảy ra 27 vụ, giảm 3 vụ so với cùng kỳ.";
    const got = extractIndicators(text, "vi").map((p) => [
      p.name,
      p.actual,
      p.unit,
      p.pctPlan,
      p.pctPrior,
      p.changePct,
      p.direction,
      p.estimate,
    ]);
    expect(got).toEqual([
      ["Tổng giá trị sản xuất thương mại - dịch vụ", 12480.5, "tỷ đồng", null, null, 8.15, null, true],
      ["Doanh nghiệp thành lập mới", 212, "doanh nghiệp", 106, null, null, null, false],
      ["Thu ngân sách nhà nước trên địa bàn", 318, "tỷ đồng", 124, 112, null, null, true],
      ["Sản lượng thủy sản", 2_450_000, "tấn", 101.2, null, null, null, false],
      ["Tỷ lệ hộ nghèo", 1.8, "%", null, null, null, "down", false],
      ["Tai nạn giao thông", 27, "vụ", null, null, -10, "down", false],
    ]);
  });

  it("reads a province's targets under a 'chỉ tiêu chủ yếu' heading as plans, with limits and a stretch", () => {
    const text =
      "Các chỉ tiêu chủ yếu năm 2023\n\n" +
      "Tốc độ tăng trưởng kinh tế đạt 6,5%; GRDP bình quân đầu người đạt 68,2 triệu đồng/người; tổng kim ngạch xuất khẩu 1.850 triệu USD.\n\n" +
      "Thu ngân sách trên địa bàn theo dự toán giao 5.210 tỷ đồng, chỉ tiêu phấn đấu 5.500 tỷ đồng.\n\n" +
      "Giảm tỷ lệ hộ nghèo còn dưới 2,5%; tỷ lệ lao động qua đào tạo đạt 72%; tạo việc làm mới cho 21.500 người.";
    const got = extractIndicators(text, "vi").map((p) => [
      p.name,
      p.actual,
      p.unit,
      p.planText,
      p.plan,
      p.stretch,
      p.kind,
      p.direction,
    ]);
    expect(got).toEqual([
      ["Tốc độ tăng trưởng kinh tế", null, "%", "6,5%", 6.5, null, "growth", null],
      ["GRDP bình quân đầu người", null, "triệu đồng/người", "68,2", 68.2, null, "quantity", null],
      ["Tổng kim ngạch xuất khẩu", null, "triệu USD", "1.850", 1850, null, "quantity", null],
      ["Thu ngân sách trên địa bàn", null, "tỷ đồng", "5.210", 5210, 5500, "quantity", null],
      ["Tỷ lệ hộ nghèo", null, "%", "dưới 2,5%", null, null, "rate", "down"],
      ["Tỷ lệ lao động qua đào tạo", null, "%", "72%", 72, null, "rate", null],
      ["Tạo việc làm mới", null, "người", "21.500", 21500, null, "quantity", null],
    ]);
  });

  it("reads six-month estimates: % of the annual plan, a fall on the prior year, millions of visitors", () => {
    const text =
      "6 tháng đầu năm 2021, tổng vốn đầu tư phát triển trên địa bàn ước đạt 2.316 tỷ đồng, bằng 47,3% kế hoạch năm, tăng 5,4% so với cùng kỳ. " +
      "Đã giải quyết việc làm cho 1.920 lao động, đạt 64% kế hoạch; kết nạp 146 đảng viên mới. " +
      "Lượt khách du lịch đạt 1,2 triệu lượt khách, giảm 12,5% so với cùng kỳ. Kim ngạch xuất khẩu ước 96,45 triệu USD.";
    const got = extractIndicators(text, "vi").map((p) => [
      p.name,
      p.actual,
      p.unit,
      p.scaleApplied,
      p.pctPlan,
      p.changePct,
      p.estimate,
    ]);
    expect(got).toEqual([
      ["Tổng vốn đầu tư phát triển trên địa bàn", 2316, "tỷ đồng", false, 47.3, 5.4, true],
      ["Giải quyết việc làm", 1920, "lao động", false, 64, null, false],
      ["Kết nạp đảng viên mới", 146, "đảng viên", false, null, null, false],
      ["Lượt khách du lịch", 1_200_000, "lượt khách", true, null, -12.5, false],
      ["Kim ngạch xuất khẩu", 96.45, "triệu USD", false, null, null, true],
    ]);
  });

  it("reads 'vượt 8% kế hoạch', 'a/b xã', a change stated before the figure, and a name that only mentions poverty", () => {
    // Written after the heuristics were tuned: the first run found 7 of 9, with % KH 8 instead of 108,
    // a spurious "12 vụ" and the houses for poor households judged lower-is-better. Fixed since.
    const text =
      "Trong năm, toàn tỉnh thu hút 1,85 triệu lượt khách du lịch, tăng 22% so với năm trước; doanh thu du lịch đạt 1.240 tỷ đồng. " +
      "Kim ngạch xuất khẩu hàng hóa ước đạt 1.512 triệu USD, vượt 8% kế hoạch. Có 46/49 xã đạt chuẩn nông thôn mới. " +
      "Số vụ phạm pháp hình sự giảm 12 vụ so với cùng kỳ, còn 134 vụ. Đã cấp 2.350 giấy chứng nhận quyền sử dụng đất; " +
      "hỗ trợ xây dựng 310 căn nhà cho hộ nghèo với tổng kinh phí 15,5 tỷ đồng.";
    const got = extractIndicators(text, "vi").map((p) => [
      p.name,
      p.actual,
      p.unit,
      p.pctPlan,
      p.total,
      p.direction,
    ]);
    expect(got).toEqual([
      ["Thu hút lượt khách du lịch", 1_850_000, "lượt khách", null, null, null],
      ["Doanh thu du lịch", 1240, "tỷ đồng", null, null, null],
      ["Kim ngạch xuất khẩu hàng hóa", 1512, "triệu USD", 108, null, null],
      ["Xã đạt chuẩn nông thôn mới", 46, "xã", null, 49, null],
      ["Số vụ phạm pháp hình sự", 134, "vụ", null, null, "down"],
      ["Cấp giấy chứng nhận quyền sử dụng đất", 2350, "giấy chứng nhận", null, null, null],
      ["Hỗ trợ xây dựng căn nhà cho hộ nghèo", 310, "căn", null, null, null],
      ["Tổng kinh phí hỗ trợ xây dựng căn nhà cho hộ nghèo", 15.5, "tỷ đồng", null, null, null],
    ]);
    const crimes = extractIndicators(text, "vi")[4];
    expect(crimes?.changePct).toBeCloseTo((-12 / 146) * 100, 9);
  });

  it("keeps the figure of a result measured against a plan 'tỉnh giao' (issue 10: 415 tỷ đồng was lost)", () => {
    const [p] = extractIndicators(
      "Năm 2023, thu ngân sách trên địa bàn huyện đạt 415 tỷ đồng, bằng 118,6% dự toán tỉnh giao.",
      "vi",
    );
    expect([p?.name, p?.actual, p?.planText, p?.pctPlan, p?.confidence.level]).toEqual([
      "Thu ngân sách trên địa bàn huyện",
      415,
      null,
      118.6,
      "chac",
    ]);
    // 415 / 350 = 118,57%, printed with one decimal: 118,6%.
    expect(proposalToRow(p as Proposal).plan).toBe(350);
  });

  it("reads 'có thêm 3 xã …, nâng tổng số lên 9/14 xã' as one indicator: 9 of 14, up 3 on 6", () => {
    const got = extractIndicators(
      "Trong năm có thêm 3 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 9/14 xã.",
      "vi",
    );
    expect(got.map((p) => [p.name, p.actual, p.total, p.changePct, p.confidence.level])).toEqual([
      ["Xã được công nhận đạt chuẩn nông thôn mới", 9, 14, 50, "chac"],
    ]);
    expect(proposalToRow(got[0] as Proposal)).toMatchObject({ actual: 9, prior: 6, plan: null });
  });

  it("names a running total by the words between 'nâng tổng số' and 'lên'", () => {
    const got = extractIndicators(
      "Thu hút thêm 9 dự án, nâng tổng số dự án còn hiệu lực lên 118 dự án; 12 hợp tác xã được thành lập mới, nâng tổng số hợp tác xã đang hoạt động lên 64 hợp tác xã.",
      "vi",
    );
    expect(got.map((p) => [p.name, p.actual, p.changePct === null ? null : p.changePct.toFixed(2)])).toEqual([
      ["Dự án còn hiệu lực", 118, "8.26"],
      ["Hợp tác xã được thành lập mới", 12, null],
      ["Hợp tác xã đang hoạt động", 64, null],
    ]);
  });

  it("reads bulleted lines, and a target in brackets as the plan of the figure before it", () => {
    const got = extractIndicators(
      "+ Tỷ lệ hộ nghèo: 1,26% (chỉ tiêu dưới 1,5%).\n- Doanh nghiệp thành lập mới: 164 doanh nghiệp (kế hoạch 150 doanh nghiệp).",
      "vi",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit, p.planText, p.plan])).toEqual([
      ["Tỷ lệ hộ nghèo", 1.26, "%", "dưới 1,5%", null],
      ["Doanh nghiệp thành lập mới", 164, "doanh nghiệp", "150", 150],
    ]);
  });

  it("points each proposal at its words in the text", () => {
    const text = "Thu ngân sách ước thực hiện 562 tỷ đồng, đạt 171% dự toán. Kết nạp 20 đảng viên.";
    const [budget, members] = extractIndicators(text, "vi");
    expect(text.slice(budget?.source.start, budget?.source.end)).toBe(
      "Thu ngân sách ước thực hiện 562 tỷ đồng, đạt 171% dự toán",
    );
    expect(text.slice(members?.source.start, members?.source.end)).toBe("Kết nạp 20 đảng viên");
  });

  it("skips labels and years: 'Nghị quyết số 07', 'năm 2020', '9 tháng', '6/14 chỉ tiêu'", () => {
    const text =
      "Nghị quyết số 07 năm 2020 đề ra 9 tháng; thực hiện đạt và vượt 6/14 chỉ tiêu; 14 đảng ủy xã, phường.";
    expect(extractIndicators(text, "vi")).toEqual([]);
  });

  it("forces plan mode when asked, for a pasted list of targets without a heading", () => {
    const [p] = extractIndicators("Tỷ lệ lao động qua đào tạo đạt 65%.", "vi", { mode: "plan" });
    expect([p?.actual, p?.planText, p?.plan]).toEqual([null, "65%", 65]);
    const [q] = extractIndicators("Tỷ lệ lao động qua đào tạo đạt 65%.", "vi");
    expect([q?.actual, q?.planText]).toEqual([65, null]);
  });
});

describe("proposalToRow", () => {
  const [firms, revenue] = extractIndicators(
    "Có 176 doanh nghiệp mới thành lập, đạt 117,33% kế hoạch. Tổng doanh thu ước đạt 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ.",
    "vi",
  );

  it("derives KH from '% kế hoạch' and CK from 'tăng x%', and says so in Ghi chú", () => {
    expect(proposalToRow(firms as Proposal)).toMatchObject({
      name: "Doanh nghiệp mới thành lập",
      unit: "doanh nghiệp",
      kind: "Số lượng",
      plan: 150,
      actual: 176,
      prior: null,
      reportedPct: 117.33,
    });
    const row = proposalToRow(revenue as Proposal);
    expect([row.actual, row.prior, row.plan]).toEqual([37067, 34864, null]);
    expect(row.note).toBe("Ước thực hiện; CK suy ra từ tăng 6,32%");
  });

  it("derives KH and CK with the digits the printed percentage needs, so it recomputes to itself", () => {
    const [budget, cash, firms] = extractIndicators(
      "Thu ngân sách đạt 415 tỷ đồng, bằng 118,6% dự toán. Nhân dân đóng góp 37,2 tỷ đồng, tăng 0,4% so với cùng kỳ. " +
        "Có 35 hộ kinh doanh chuyển lên doanh nghiệp, đạt 116,66% kế hoạch.",
      "vi",
    );
    expect(proposalToRow(budget as Proposal).plan).toBe(350); // 118,57% shows as 118,6%
    const c = proposalToRow(cash as Proposal);
    expect(c.prior).toBe(37.05); // 37,1 would give +0,27%
    // An article that truncates (35 / 30 = 116,666…% printed 116,66%) keeps the round plan.
    expect(proposalToRow(firms as Proposal).plan).toBe(30);
  });

  it("leaves KH and CK empty when derivation is off", () => {
    expect(proposalToRow(firms as Proposal, { derive: false })).toMatchObject({ plan: null, prior: null });
  });

  it("gives cells that readTable and checkTable read back as the proposed indicator", () => {
    const columns: InputColumn[] = [
      "stt",
      "name",
      "unit",
      "kind",
      "direction",
      "plan",
      "actual",
      "prior",
      "reportedPct",
      "note",
    ];
    const headers = [
      "STT",
      "Chỉ tiêu",
      "Đơn vị",
      "Loại",
      "Chiều",
      "Kế hoạch",
      "Ước TH",
      "Cùng kỳ",
      "% báo cáo",
      "Ghi chú",
    ];
    const rows = [firms, revenue].map((p) => proposalToRow(p as Proposal));
    const grid: CellValue[][] = [
      headers,
      ...rows.map((r, i) => columns.map((c) => (c === "stt" ? i + 1 : r[c]))),
    ];
    const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
    const [firmRow, revenueRow] = check.read.table.groups.flatMap((g) => g.rows);
    expect(check.results.get(firmRow?.sheetRow ?? -1)?.verdict).toBe("vuot");
    expect(check.results.get(revenueRow?.sheetRow ?? -1)?.changePct).toBeCloseTo(6.32, 2);
    expect(check.findings.filter((f) => f.code === "reported_pct_mismatch")).toEqual([]);
  });
});
