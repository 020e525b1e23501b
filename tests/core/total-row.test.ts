/**
 * AUDIT3 F14: a "Tổng cộng" / "Cộng" / "Toàn huyện" row under a group or at the bottom of a table
 * is the sum of the rows above, not an indicator: never counted in "Đạt và vượt x/y", said once
 * (info) as read as a total, and said (warning) when its figures are not the sum.
 */
import type { CellValue, Finding, RowResult } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { joinGroups, openTable, readTable } from "../../src/core/table";
import { TableChecker, checkTable } from "../../src/core/rules";
import { summaryText } from "../../src/core/summary";
import { isTotalLabel } from "../../src/core/total-row";
import { chartSpecs } from "../../src/core/charts";
import { reportText } from "../../src/core/report";
import { displayRows } from "../../src/core/report-table";
import { computePlan } from "../../src/core/plan";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { cellFormatConfig } from "../../src/workbench/engine";
import { SUBTOTAL_ROWS } from "./shared-tables";

const settings = { ...DEFAULT_SETTINGS, convention: "vi" as const };

/** T11's shape: communes as rows, "Dự toán" as the plan, blank rows, "Tổng cộng" with no STT. */
const communes: CellValue[][] = [
  ["BÁO CÁO THU NGÂN SÁCH CÁC XÃ NĂM 2025"],
  [],
  ["STT", "Đơn vị", "ĐVT", "Dự toán", "Thực hiện"],
  [1, "Xã An Hiệp", "triệu đồng", 300, 330],
  [2, "Xã An Bình", "triệu đồng", 200, 190],
  [],
  [3, "Xã An Phú", "triệu đồng", 250, 250],
  [null, "Tổng cộng", "triệu đồng", 750, 770],
];

/** Two groups with their subtotals "Cộng" and a grand "Tổng cộng" (label in the STT cell), with Cùng kỳ. */
const subtotals: CellValue[][] = [["STT", "Chỉ tiêu", "ĐVT", "KH", "TH", "CK"], ...SUBTOTAL_ROWS];

const byCode = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code);

describe("total rows (AUDIT3 F14)", () => {
  test("T11: 'Tổng cộng' is not an indicator: 2/3, not 3/4, and an info names the row", () => {
    const check = checkTable(readTable(communes, { convention: "vi" }), settings);
    const rows = check.read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.name)).toEqual(["Xã An Hiệp", "Xã An Bình", "Xã An Phú"]);
    // 330 / 300 = 110 % Vượt; 190 / 200 = 95 % Không đạt; 250 / 250 = 100 % Đạt.
    expect(rows.map((r) => check.results.get(r.sheetRow)?.verdict)).toEqual(["vuot", "khong_dat", "dat"]);
    expect(check.summary.reached).toBe(2);
    expect(check.summary.total).toBe(3);
    expect(summaryText(check.summary, "vi")).toMatch(/^Đạt và vượt 2\/3 chỉ tiêu/);
    const info = byCode(check.findings, "total_row");
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe("info");
    expect(info[0]!.cell?.address).toBe("B8");
    expect(info[0]!.message.vi).toBe(
      'Dòng 8 "Tổng cộng" được đọc là dòng tổng (3 dòng phía trên cộng lại bằng số của nó): ' +
        'không tính là một chỉ tiêu trong "Đạt và vượt".',
    );
    expect(info[0]!.message.en).toContain('Row 8 "Tổng cộng" is read as a total row');
    expect(byCode(check.findings, "total_row_mismatch")).toEqual([]);
  });

  test("subtotals 'Cộng' under each group and a grand 'Tổng cộng' (label in the STT cell): groups 1/2 and 1/1, table 2/3", () => {
    const check = checkTable(readTable(subtotals, { convention: "vi" }), settings);
    expect(check.read.table.groups.map((g) => [g.name, g.rows.map((r) => r.name)])).toEqual([
      ["Khối xã", ["Xã A", "Xã B"]],
      ["Khối thị trấn", ["Thị trấn C"]],
    ]);
    expect(check.summary.groups.map((g) => `${g.reached}/${g.total}`)).toEqual(["1/2", "1/1"]);
    expect(`${check.summary.reached}/${check.summary.total}`).toBe("2/3");
    const totals = byCode(check.findings, "total_row");
    expect(totals.map((f) => f.cell?.address)).toEqual(["A5", "A8", "A9"]);
    // The grand total sums the three indicators, not the subtotals too.
    expect(totals[2]!.message.en).toContain("the 3 rows above it add up to its figures");
    expect(byCode(check.findings, "total_row_mismatch")).toEqual([]);
  });

  test("a total whose figures are not the sum is still a total, and a warning says which figure", () => {
    const grid = communes.map((r) => r.slice());
    grid[7] = [null, "Tổng cộng", "triệu đồng", 750, 700];
    const check = checkTable(readTable(grid, { convention: "vi" }), settings);
    expect(`${check.summary.reached}/${check.summary.total}`).toBe("2/3");
    expect(byCode(check.findings, "total_row")).toEqual([]);
    const warn = byCode(check.findings, "total_row_mismatch");
    expect(warn).toHaveLength(1);
    expect(warn[0]!.severity).toBe("warning");
    expect(warn[0]!.message.vi).toContain("Thực hiện của nó (700) khác tổng các dòng phía trên (770)");
  });

  test("names that go on are indicators: 'Tổng số hộ nghèo', 'Tổng thu ngân sách', 'Cộng đồng…'", () => {
    for (const label of [
      "Tổng cộng",
      "TỔNG CỘNG",
      "Tổng số",
      "Cộng",
      "Cộng I",
      "Tổng cộng (I+II)",
      "Toàn huyện",
      "Total",
      "Tổng cộng:",
    ])
      expect([label, isTotalLabel(label)]).toEqual([label, true]);
    for (const name of [
      "Tổng số hộ nghèo",
      "Tổng thu ngân sách",
      "Cộng đồng dân cư được hỗ trợ",
      "Toàn huyện có 12 xã đạt chuẩn",
      "Tổng vốn đầu tư",
    ])
      expect([name, isTotalLabel(name)]).toEqual([name, false]);
  });

  test("read in parts (the CLI's long sheets): a total after a part boundary sums the rows of earlier parts", () => {
    const reader = openTable(communes, { convention: "vi" });
    const checker = new TableChecker(reader.layout, reader.table, settings);
    const parts = [];
    const findings: Finding[] = [];
    const results = new Map<number, RowResult>();
    for (let first = 0; first < communes.length; first += 2) {
      const part = checker.check(reader.read(communes.slice(first, first + 2), first));
      parts.push(part.groups);
      findings.push(...part.findings);
      for (const [k, v] of part.results) results.set(k, v);
    }
    const end = checker.finish();
    expect(joinGroups(parts).flatMap((g) => g.rows.map((r) => r.name))).toEqual([
      "Xã An Hiệp",
      "Xã An Bình",
      "Xã An Phú",
    ]);
    expect(`${end.summary.reached}/${end.summary.total}`).toBe("2/3");
    expect(byCode([...findings, ...end.findings], "total_row").map((f) => f.cell?.address)).toEqual(["B8"]);
  });

  test("charts and the report know three communes, not 'Tổng cộng'", () => {
    const read = readTable(communes, { convention: "vi" });
    const check = checkTable(read, settings);
    const spec = chartSpecs(check, read.layout, "Thu NS xã");
    const texts = spec.blocks.flatMap((b) => b.contents.flat()).filter((v) => typeof v === "string");
    // The data block links to the table's cells: rows 4, 5 and 7 (1-based), never row 8, the total.
    const rowsLinked = new Set(
      texts.flatMap((t) =>
        [...(t as string).matchAll(/'Thu NS xã'!\$?[A-Z]+\$?(\d+)/g)].map((m) => Number(m[1])),
      ),
    );
    expect([...rowsLinked].sort((a, b) => a - b)).toEqual([4, 5, 7]);
    const report = reportText(check, "vi", "vi");
    expect(report.overall).toMatch(/^Tổng cộng: đạt và vượt 2\/3 chỉ tiêu/);
  });
});

/**
 * Offices print a total's % KH and % CK: the total row gets them, live in the sheet and in every
 * table core lists, but still no verdict and no place in "đạt và vượt x/y".
 */
describe("a total row's own percentages", () => {
  const fixed = (v: number | null | undefined) => (v === null || v === undefined ? "—" : v.toFixed(4));

  test("core: 144 / 150 = 96 %, 80,2 / 80 = 100,25 %, 224,2 / 230 = 97,48 %; on CK +6,67 %, +14,57 %, +9,37 %", () => {
    const check = checkTable(readTable(subtotals, { convention: "vi" }), settings);
    expect(check.read.table.totals?.map((r) => r.sheetRow)).toEqual([4, 7, 8]);
    const totals = [4, 7, 8].map((r) => check.totals?.get(r));
    expect(totals.map((t) => [fixed(t?.pctPlan), fixed(t?.pctPrior), fixed(t?.changePct)])).toEqual([
      ["96.0000", "106.6667", "6.6667"],
      ["100.2500", "114.5714", "14.5714"],
      ["97.4783", "109.3659", "9.3659"],
    ]);
    expect(totals.every((t) => t !== undefined && !("verdict" in t))).toBe(true);
    // Still not indicators: 1/2 and 1/1, 2/3 overall; no result of theirs among the rows'.
    expect(`${check.summary.reached}/${check.summary.total}`).toBe("2/3");
    expect([4, 7, 8].map((r) => check.results.has(r))).toEqual([false, false, false]);
  });

  test("the sheet (HyperFormula): the totals' live % KH, % CK and tăng/giảm are core's, their verdict cells empty, 2/3", () => {
    const read = readTable(subtotals, { convention: "vi" });
    const check = checkTable(read, settings);
    const plan = computePlan(read, settings);
    const sheet: RawCellContent[][] = subtotals.map((r) => r.slice());
    const put = (row: number, col: number, v: RawCellContent) => ((sheet[row] ??= [])[col] = v);
    for (const b of plan.blocks)
      b.contents.forEach((r, i) => r.forEach((v, j) => v !== null && put(b.row + i, b.col + j, v)));
    put(plan.summary.row, plan.summary.col, plan.summary.formula);
    // The summary line sits two rows under the table: no row of the sheet is left a hole.
    const hf = HyperFormula.buildFromArray(
      Array.from(sheet, (r) => r ?? []),
      {
        ...cellFormatConfig(() => "General"),
        licenseKey: "gpl-v3",
        smartRounding: false,
      },
    );
    const values = hf.getSheetValues(0);
    hf.destroy();
    const cols = plan.columns;
    const live = (r: number, col: number | undefined) => {
      const v = values[r]?.[col!];
      return typeof v === "number" ? (v * 100).toFixed(4) : v;
    };
    for (const r of [4, 7, 8]) {
      const t = check.totals?.get(r);
      expect([r, live(r, cols.pctPlan), live(r, cols.pctPrior), live(r, cols.changePct)]).toEqual([
        r,
        fixed(t?.pctPlan),
        fixed(t?.pctPrior),
        fixed(t?.changePct),
      ]);
      expect(values[r]?.[cols.verdict!] ?? "").toBe("");
      expect(values[r]?.[cols.diffPoints!]).toBe("—");
    }
    expect(values[plan.summary.row]?.[plan.summary.col]).toBe("Đạt và vượt 2/3 chỉ tiêu");
  });

  test("the report's table lists each total where the sheet has it, with its percentages and no verdict", () => {
    const check = checkTable(readTable(subtotals, { convention: "vi" }), settings);
    const rows = displayRows(check, "vi", settings);
    const header = rows[0]!;
    const at = (name: string, stt: string) => rows.find((r) => r[0] === stt && r[1] === name)!;
    const col = (k: string) => header.indexOf(k);
    expect(rows.map((r) => r[0])).toEqual(["STT", "I", "1", "2", "Cộng", "II", "3", "Cộng", "Tổng cộng"]);
    const grand = at("", "Tổng cộng");
    expect([
      grand[col("% KH")],
      grand[col("% CK")],
      grand[col("Tăng/giảm (%)")],
      grand[col("Đánh giá")],
    ]).toEqual(["97,48%", "109,37%", "9,37%", ""]);
    expect(at("Xã A", "1")[col("Đánh giá")]).toBe("Vượt");
  });
});
