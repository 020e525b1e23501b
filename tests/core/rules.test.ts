import { messageBesideCell } from "../../src/core/messages/index";
import { toA1 } from "../../src/core/a1";
import type {
  CellRef,
  CellValue,
  Finding,
  FindingCode,
  IndicatorGroup,
  IndicatorRow,
  InputColumn,
  RowResult,
  Settings,
  TableRead,
  Target,
} from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { msg } from "../../src/core/messages/index";
import { SEEDS, seedToTable } from "../../src/core/seeds";
import { RULE_MESSAGES } from "../../src/core/messages/rules";
import { checkTable, hasExactlyThreeDecimals, isCountUnit, PRIOR_OUTLIER_PCT } from "../../src/core/rules";
import { negativeCounts, ratesOutOfRange, thousandsSlips } from "../../src/core/rules/figures";
import { duplicateNames, sharesOver100 } from "../../src/core/rules/groups";
import { ownedColumnValues } from "../../src/core/rules/owned";
import { priorOutlier } from "../../src/core/rules/prior";
import { emptyRequired, missingDirection, missingPlan, missingUnit } from "../../src/core/rules/required";
import { indicatorRow } from "./indicator-row";

/** Hand-built rows on a fixed layout: A STT · B name · C unit · D kind · E direction · F plan ·
 *  G stretch · H actual · I prior · J reported % · K note; computed columns from L. */
const COLS: Record<InputColumn, number> = {
  stt: 0,
  name: 1,
  unit: 2,
  kind: 3,
  direction: 4,
  plan: 5,
  stretch: 6,
  actual: 7,
  prior: 8,
  reportedPct: 9,
  note: 10,
};

const vi: Settings = { ...DEFAULT_SETTINGS, convention: "vi" };
const en: Settings = { ...DEFAULT_SETTINGS, convention: "en" };

function cellsAt(sheetRow: number): Partial<Record<InputColumn, CellRef>> {
  const cells: Partial<Record<InputColumn, CellRef>> = {};
  for (const [key, col] of Object.entries(COLS) as [InputColumn, number][]) {
    cells[key] = { row: sheetRow, col, address: toA1(sheetRow, col) };
  }
  return cells;
}

function planRaw(target: Target | null): CellValue {
  if (target === null) return null;
  return target.kind === "value" ? target.value : "?";
}

function row(over: Partial<IndicatorRow> = {}): IndicatorRow {
  const sheetRow = over.sheetRow ?? 6;
  const merged = indicatorRow({
    sheetRow,
    name: "Doanh nghiệp thành lập mới",
    unit: "doanh nghiệp",
    target: { kind: "value", value: 150 },
    actual: 176,
    prior: 160,
    cells: cellsAt(sheetRow),
    ...over,
  });
  merged.raw = {
    name: merged.name,
    unit: merged.unit,
    plan: planRaw(merged.target),
    stretch: merged.stretch,
    actual: merged.actual,
    prior: merged.prior,
    reportedPct: merged.reportedPct,
    ...over.raw,
  };
  return merged;
}

function group(rows: IndicatorRow[], name = "Kinh tế"): IndicatorGroup {
  return { stt: "II", name, sheetRow: 4, rows };
}

function readOf(groups: IndicatorGroup[]): TableRead {
  const rows = groups.flatMap((g) => g.rows);
  const rowNumbers = rows.map((r) => r.sheetRow);
  return {
    layout: {
      headerTop: 3,
      headerBottom: 3,
      firstDataRow: Math.min(...rowNumbers),
      lastDataRow: Math.max(...rowNumbers),
      columns: { ...COLS, pctPlan: 11, pctPrior: 12, changePct: 13, verdict: 14 },
    },
    table: { title: "", unitName: "", period: "nam", year: 2020, groups },
    findings: [],
  };
}

const result = (over: Partial<RowResult> = {}): RowResult => ({
  pctPlan: null,
  pctStretch: null,
  pctPrior: null,
  changePct: null,
  diffPoints: null,
  planValue: null,
  verdict: "chua_co_so_lieu",
  reasons: [],
  ...over,
});

const codes = (findings: readonly Finding[]): FindingCode[] => findings.map((f) => f.code);
const none = new Set<string>();

describe("thousands_slip: 37.067 typed into an en-US Excel", () => {
  it("flags 37.067 tỷ against a prior year of 34.864 tỷ, with a fix to 37.067", () => {
    const r = row({
      name: "Tổng doanh thu hàng hóa, dịch vụ",
      unit: "tỷ đồng",
      target: null,
      actual: 37.067,
      prior: 34864,
    });
    const [f, ...rest] = thousandsSlips(r, vi);
    expect(rest).toHaveLength(0);
    expect(f?.code).toBe("thousands_slip");
    expect(f?.severity).toBe("warning");
    expect(f?.cell?.address).toBe("H7");
    expect(f?.column).toBe("actual");
    expect(f?.fix?.value).toBe(37067);
    expect(f?.fix?.cell.address).toBe("H7");
    expect(f?.message.vi).toContain("Ô H7");
    expect(f?.message.vi).toContain("37.067");
    expect(f?.message.en).toContain("Cell H7");
  });

  it("flags a count such as 1.335 đảng viên even with nothing to compare with", () => {
    const r = row({
      name: "Kết nạp đảng viên mới",
      unit: "đảng viên",
      target: null,
      actual: 1.335,
      prior: null,
    });
    const found = thousandsSlips(r, vi);
    expect(found.map((f) => f.fix?.value)).toEqual([1335]);
  });

  it("flags a plan typed as 4.835 against an actual of 5.120 tỷ", () => {
    const r = row({ unit: "tỷ đồng", target: { kind: "value", value: 4.835 }, actual: 5120, prior: null });
    const found = thousandsSlips(r, vi);
    expect(found.map((f) => [f.cell?.address, f.fix?.value])).toEqual([["F7", 4835]]);
  });

  it("does not flag a true two-decimal figure such as 6.794,12 tỷ", () => {
    const r = row({ unit: "tỷ đồng", target: null, actual: 6794.12, prior: 6392.36 });
    expect(thousandsSlips(r, vi)).toEqual([]);
  });

  it("does not flag 10.160,896 tỷ typed as text, which our parser read", () => {
    const r = row({
      unit: "tỷ đồng",
      target: { kind: "value", value: 10312.096 },
      actual: 10160.896,
      prior: null,
    });
    r.raw.actual = "10.160,896";
    r.raw.plan = "10.312,096";
    expect(thousandsSlips(r, vi)).toEqual([]);
  });

  it("does not flag a three-decimal amount that is close to its plan (121,729 tỷ vs 120)", () => {
    const r = row({ unit: "tỷ đồng", target: { kind: "value", value: 120 }, actual: 121.729, prior: 71.2 });
    expect(thousandsSlips(r, vi)).toEqual([]);
  });

  it("does not flag anything in an en-US workbook, where the dot is the decimal mark", () => {
    const r = row({ unit: "người", target: null, actual: 1.335, prior: null });
    expect(thousandsSlips(r, en)).toEqual([]);
  });

  it("recognises exactly three decimals and nothing else", () => {
    expect(hasExactlyThreeDecimals(37.067)).toBe(true);
    expect(hasExactlyThreeDecimals(0.001)).toBe(true);
    expect(hasExactlyThreeDecimals(6794.12)).toBe(false);
    expect(hasExactlyThreeDecimals(37.06)).toBe(false);
    expect(hasExactlyThreeDecimals(37)).toBe(false);
    expect(hasExactlyThreeDecimals(1.0005)).toBe(false);
  });
});

describe("negative_count: counts are whole and never negative", () => {
  it("rejects -5 hộ as an error at the actual cell", () => {
    const r = row({ unit: "hộ", actual: -5 });
    const found = negativeCounts(r, vi, none);
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["negative_count", "error", "H7"],
    ]);
    expect(found[0]?.message.vi).toContain("-5");
  });

  it("rejects 12,5 người as not a whole number", () => {
    const found = negativeCounts(row({ unit: "người", actual: 12.5 }), vi, none);
    expect(found.map((f) => f.cell?.address)).toEqual(["H7"]);
    expect(found[0]?.message.vi).toContain("12,5");
    expect(found[0]?.message.vi).toContain("số nguyên");
  });

  it("leaves a ×1000 slip to its own finding", () => {
    expect(negativeCounts(row({ unit: "người", actual: 35.404 }), vi, new Set(["actual"]))).toEqual([]);
  });

  it("does not apply to money, where a loss may be negative", () => {
    expect(negativeCounts(row({ unit: "tỷ đồng", actual: -12 }), vi, none)).toEqual([]);
  });

  it("knows the count units offices write", () => {
    for (const unit of [
      "người",
      "Lao động",
      "hộ",
      "doanh nghiệp",
      "xã",
      "công trình",
      "trường",
      "dự án",
      "đảng viên",
      "vụ",
    ]) {
      expect(isCountUnit(unit)).toBe(true);
    }
    for (const unit of ["tỷ đồng", "%", "ha", "tấn", "km", "triệu USD", ""])
      expect(isCountUnit(unit)).toBe(false);
  });
});

describe("rate_out_of_range: a rate stays within 0–100", () => {
  it("rejects trained workers at 140%", () => {
    const r = row({
      name: "Tỷ lệ lao động qua đào tạo",
      unit: "%",
      kind: "rate",
      target: { kind: "value", value: 60 },
      actual: 140,
      prior: 58,
    });
    const found = ratesOutOfRange(r, vi, none);
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["rate_out_of_range", "error", "H7"],
    ]);
    expect(found[0]?.message.vi).toContain("đang là 140%");
    expect(found[0]?.message.en).toContain("but it is 140%");
  });

  it("rejects a negative structure share", () => {
    const r = row({
      unit: "%",
      kind: "structure",
      target: { kind: "value", value: 31.83 },
      actual: -2,
      prior: 33,
    });
    expect(ratesOutOfRange(r, vi, none).map((f) => f.cell?.address)).toEqual(["H7"]);
  });

  it("accepts a growth rate below zero or above 100", () => {
    const r = row({
      unit: "%",
      kind: "growth",
      target: { kind: "value", value: 7.6 },
      actual: -3.1,
      prior: 140,
    });
    expect(ratesOutOfRange(r, vi, none)).toEqual([]);
  });

  it("accepts a negative GRDP growth whose Loại was left empty but whose name says growth", () => {
    const r = row({
      name: "Tốc độ tăng trưởng kinh tế (GRDP)",
      unit: "%",
      kind: "rate",
      target: { kind: "value", value: 7.6 },
      actual: -3.1,
      prior: 7.1,
    });
    expect(ratesOutOfRange(r, vi, none)).toEqual([]);
    // Loại written as tỷ lệ is the user's word: then −3,1 is out of range.
    expect(codes(ratesOutOfRange({ ...r, raw: { ...r.raw, kind: "tỷ lệ" } }, vi, none))).toEqual([
      "rate_out_of_range",
    ]);
  });

  it("accepts a difference in điểm %", () => {
    const r = row({ unit: "điểm %", kind: "rate", target: { kind: "value", value: 1 }, actual: -1.5 });
    expect(ratesOutOfRange(r, vi, none)).toEqual([]);
  });

  it("accepts 0 and 100 themselves", () => {
    const r = row({ unit: "%", kind: "rate", target: { kind: "all" }, actual: 100, prior: 0 });
    expect(ratesOutOfRange(r, vi, none)).toEqual([]);
  });
});

describe("shares_over_100: structure shares of one whole", () => {
  const share = (sheetRow: number, name: string, actual: number, plan: number | null = null): IndicatorRow =>
    row({
      sheetRow,
      name,
      unit: "%",
      kind: "structure",
      target: plan === null ? null : { kind: "value", value: plan },
      actual,
      prior: null,
    });

  it("accepts seed 002's 31,83 + 19,63 + 45,69 = 97,15", () => {
    const g = group([
      share(6, "Nông - lâm - thủy sản", 31.83),
      share(7, "Công nghiệp - xây dựng", 19.63),
      share(8, "Dịch vụ", 45.69),
    ]);
    expect(sharesOver100(g, vi)).toEqual([]);
  });

  it("rejects 60 + 50 as an error on the last share", () => {
    const g = group([share(6, "Nông nghiệp", 60), share(7, "Dịch vụ", 50)]);
    const found = sharesOver100(g, vi);
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["shares_over_100", "error", "H8"],
    ]);
    expect(found[0]?.message.vi).toContain("110");
    // The share it stands on is "ô này", the others by address: beside H8 nothing is said twice.
    expect(found[0]?.message.vi).toBe(
      'Ô H8: các tỷ trọng cơ cấu (Thực hiện) của nhóm "Kinh tế", ô này cùng ô H7, cộng lại 110%, vượt quá 100%. Kiểm tra lại từng tỷ trọng.',
    );
    expect(found[0] && messageBesideCell(found[0], "en")).toBe(
      'The structure shares (Actual) of group "Kinh tế", this cell and cell H7, add up to 110%, more than 100%. Check each share.',
    );
  });

  it("checks plans apart from actuals", () => {
    const g = group([share(6, "A", 30, 70), share(7, "B", 30, 40)]);
    expect(sharesOver100(g, vi).map((f) => f.cell?.address)).toEqual(["F8"]);
  });

  it("does not add shares across groups", () => {
    expect(sharesOver100(group([share(6, "A", 60)]), vi)).toEqual([]);
  });
});

describe("prior_outlier: far from the prior year", () => {
  it(`warns when a quantity changes by more than ${PRIOR_OUTLIER_PCT}% against the prior year`, () => {
    const r = row({ unit: "tỷ đồng", actual: 121.729, prior: 71.2 });
    const found = priorOutlier(r, result({ changePct: 70.97 }), vi, none);
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["prior_outlier", "warning", "H7"],
    ]);
    expect(found[0]?.message.vi).toContain("+70,97%");
  });

  it("stays quiet at +39% (seed 000 infrastructure payments)", () => {
    expect(priorOutlier(row({ actual: 215, prior: 154.68 }), result({ changePct: 39 }), vi, none)).toEqual(
      [],
    );
  });

  it("warns on a fall of 60%", () => {
    expect(
      codes(priorOutlier(row({ actual: 40, prior: 100 }), result({ changePct: -60 }), vi, none)),
    ).toEqual(["prior_outlier"]);
  });

  it("does not judge rates, whose change is in points", () => {
    const r = row({ unit: "%", kind: "rate", actual: 0.3, prior: 1.2 });
    expect(priorOutlier(r, result({ changePct: -75 }), vi, none)).toEqual([]);
  });

  it("leaves a ×1000 slip to its own finding", () => {
    expect(
      priorOutlier(
        row({ actual: 37.067, prior: 34864 }),
        result({ changePct: -99.9 }),
        vi,
        new Set(["actual"]),
      ),
    ).toEqual([]);
  });
});

describe("required cells", () => {
  it("missing plan with an actual is a warning at the plan cell: the row is reported without a target", () => {
    const found = missingPlan(row({ target: null }));
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["missing_plan", "warning", "F7"],
    ]);
    expect(found[0]?.message.vi).toContain("Không giao kế hoạch");
  });

  it("missing plan without an actual is a warning", () => {
    expect(missingPlan(row({ target: null, actual: null })).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("missing plan on a row with no figures yet (an empty template row) is only info", () => {
    const empty = row({ target: null, actual: null, prior: null, stretch: null });
    expect(missingPlan(empty).map((f) => f.severity)).toEqual(["info"]);
  });

  it("an unreadable plan is the reader's finding, not missing_plan", () => {
    const r = row({ target: null, raw: { plan: "theo kế hoạch của tỉnh" } });
    expect(missingPlan(r)).toEqual([]);
  });

  it("missing unit is a warning, but not on a yes/no row", () => {
    expect(missingUnit(row({ unit: "" })).map((f) => [f.severity, f.cell?.address])).toEqual([
      ["warning", "C7"],
    ]);
    expect(missingUnit(row({ unit: "", kind: "yesno", target: { kind: "yesno" }, actual: null }))).toEqual(
      [],
    );
  });

  it("says Dòng 7 and points at the name when the table has no Chiều column", () => {
    const r = row({ name: "Số vụ tai nạn giao thông", unit: "vụ" });
    delete r.cells.direction;
    const [f] = missingDirection(r);
    expect(f?.cell?.address).toBe("B7");
    expect(f?.column).toBe("direction");
    expect(f?.message.vi).toMatch(/^Dòng 7/);
    expect(f?.message.en).toMatch(/^Row 7/);
  });

  it("asks for a direction on traffic accidents left to the default", () => {
    const r = row({ name: "Số vụ tai nạn giao thông", unit: "vụ", target: { kind: "value", value: 20 } });
    const found = missingDirection(r);
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["missing_direction", "info", "E7"],
    ]);
  });

  it("does not ask when the direction was written, or when a limit fixes it", () => {
    const written = row({
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      kind: "rate",
      direction: "down",
      raw: { direction: "giảm" },
    });
    expect(missingDirection(written)).toEqual([]);
    const limit = row({
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      kind: "rate",
      direction: "down",
      target: { kind: "limit", bound: 4, side: "upper", inclusive: false },
    });
    expect(missingDirection(limit)).toEqual([]);
  });

  it("does not ask on an ordinary higher-is-better quantity such as inspections (giám sát)", () => {
    expect(missingDirection(row())).toEqual([]);
    expect(missingDirection(row({ name: "Số cuộc kiểm tra, giám sát", unit: "cuộc" }))).toEqual([]);
  });

  it("does not ask on households lifted out of poverty, where more is better", () => {
    expect(missingDirection(row({ name: "Số hộ thoát nghèo", unit: "hộ" }))).toEqual([]);
    expect(missingDirection(row({ name: "Households lifted out of poverty", unit: "hộ" }))).toEqual([]);
    expect(codes(missingDirection(row({ name: "Số hộ nghèo", unit: "hộ" })))).toEqual(["missing_direction"]);
  });

  it("asks on a structure share, which may be meant to shrink", () => {
    const r = row({
      name: "Nông - lâm - thủy sản",
      unit: "%",
      kind: "structure",
      target: { kind: "value", value: 31.83 },
    });
    expect(codes(missingDirection(r))).toEqual(["missing_direction"]);
  });

  it("on a share read with no direction at all, says it is judged against the planned structure", () => {
    // What the reader makes of an empty Chiều cell (directionFrom "default"): core judges the share
    // as a composition (Đạt within the khoảng tolerance, never Vượt), not "higher is better".
    const r = row({
      name: "Cơ cấu kinh tế: nông - lâm - thủy sản",
      unit: "%",
      kind: "structure",
      target: { kind: "value", value: 31.83 },
      directionFrom: "default",
    });
    const [f] = missingDirection(r);
    expect([f?.code, f?.severity, f?.cell?.address]).toEqual(["missing_direction", "info", "E7"]);
    expect(f?.message.vi).toBe(
      'Ô E7 ("Cơ cấu kinh tế: nông - lâm - thủy sản"): chưa ghi chiều đánh giá nên tỷ trọng này được so ' +
        'với cơ cấu kế hoạch: lệch trong sai số "khoảng" (điểm %) là Đạt, cao hơn hay thấp hơn quá mức đó ' +
        'đều là Không đạt. Nếu tỷ trọng này càng cao (hoặc càng thấp) càng tốt, ghi "Tăng" (hoặc "Giảm") ' +
        "vào cột Chiều.",
    );
    expect(f?.message.en).toContain(
      "no direction given, so this share is compared with the planned structure",
    );
    expect(f?.message.en).not.toContain("higher is taken as better");
  });

  it("a row with figures but no name is an error at the name cell", () => {
    const found = emptyRequired(row({ name: "" }));
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["empty_required", "error", "B7"],
    ]);
    expect(emptyRequired(row({ name: "", target: null, actual: null, prior: null }))).toEqual([]);
  });
});

describe("duplicate_name: the same indicator twice in a group", () => {
  it("warns on the second row, whatever the case and diacritics", () => {
    const g = group([
      row({ sheetRow: 6, name: "Doanh nghiệp thành lập mới" }),
      row({ sheetRow: 7, name: "Thu ngân sách" }),
      row({ sheetRow: 8, name: "DOANH NGHIEP thanh lap moi " }),
    ]);
    const found = duplicateNames(g);
    expect(found.map((f) => [f.code, f.severity, f.cell?.address])).toEqual([
      ["duplicate_name", "warning", "B9"],
    ]);
    expect(found[0]?.message.vi).toContain("B7");
  });

  it("names the first row when the table was built without name cells", () => {
    const first = row({ sheetRow: 6 });
    const second = row({ sheetRow: 8 });
    first.cells = {};
    second.cells = {};
    const [f] = duplicateNames(group([first, second]));
    expect(f?.message.vi).toBe(
      'Dòng 9: tên chỉ tiêu "Doanh nghiệp thành lập mới" trùng với dòng 7 trong cùng nhóm "Kinh tế". ' +
        "Gộp hai dòng hoặc đổi tên cho khác nhau.",
    );
  });

  it("allows the same name in two different groups", () => {
    expect(duplicateNames(group([row({ sheetRow: 6 })]))).toEqual([]);
  });
});

describe("owned_column_has_user_value: a typed constant where our formula belongs", () => {
  const read = readOf([group([row({ sheetRow: 6 }), row({ sheetRow: 7, name: "Hộ kinh doanh" })])]);
  const rows = new Set([6, 7]);

  it("warns on a typed 117,33 in % KH but not on a formula", () => {
    const found = ownedColumnValues(
      read.layout,
      rows,
      [
        { row: 6, col: 11, formula: '=IF(F7=0,"—",H7/F7)', value: 1.1733 },
        { row: 7, col: 11, formula: "117.33", value: 117.33 },
      ],
      vi,
    );
    expect(found.map((f) => [f.code, f.severity, f.cell?.address, f.column])).toEqual([
      ["owned_column_has_user_value", "warning", "L8", "pctPlan"],
    ]);
    expect(found[0]?.message.vi).toContain("117,33");
  });

  it("quotes a typed text as typed; a number that is not finite is never shown as NaN", () => {
    const found = ownedColumnValues(
      read.layout,
      rows,
      [
        { row: 6, col: 11, formula: null, value: "NaN" },
        { row: 7, col: 11, formula: null, value: Number.NaN },
      ],
      vi,
    );
    expect(found.map((f) => f.message.en.match(/typed value \((.*)\)\./)?.[1])).toEqual(['"NaN"', "#NUM!"]);
    expect(found[1]?.message.vi).not.toContain("NaN");
  });

  it("ignores empty cells, input columns and group heading rows", () => {
    const found = ownedColumnValues(
      read.layout,
      rows,
      [
        { row: 6, col: 14, formula: null, value: "" },
        { row: 6, col: 7, formula: null, value: 176 },
        { row: 4, col: 14, formula: null, value: "Đạt" },
      ],
      vi,
    );
    expect(found).toEqual([]);
  });
});

describe("checkTable", () => {
  it("computes every row, keeps the reader's findings and counts đạt và vượt", () => {
    const base = readOf([
      group([
        row({ sheetRow: 6, name: "Doanh nghiệp thành lập mới", actual: 176, prior: 160 }),
        row({
          sheetRow: 7,
          name: "Hộ kinh doanh",
          unit: "hộ",
          target: { kind: "value", value: 800 },
          actual: 894,
          prior: 850,
        }),
        row({
          sheetRow: 8,
          name: "Lao động có việc làm",
          unit: "lao động",
          target: { kind: "value", value: 18000 },
          actual: 17000,
          prior: 17500,
        }),
      ]),
    ]);
    const readerFinding: Finding = {
      code: "number_as_text",
      severity: "warning",
      cell: { row: 8, col: 7, address: "H9" },
      column: "actual",
      message: { vi: "x", en: "x" },
      fix: null,
    };
    const check = checkTable({ ...base, findings: [readerFinding] }, vi);
    expect([...check.results.keys()]).toEqual([6, 7, 8]);
    expect(check.results.get(6)?.pctPlan).toBeCloseTo(117.333, 3);
    expect(check.findings).toContain(readerFinding);
    expect(check.summary.reached).toBe(2);
    expect(check.summary.total).toBe(3);
  });

  it("finds a ×1000 slip and not also an outlier for the same mistake", () => {
    const read = readOf([
      group([
        row({
          sheetRow: 6,
          name: "Tổng doanh thu",
          unit: "tỷ đồng",
          target: { kind: "value", value: 36000 },
          actual: 37.067,
          prior: 34864,
        }),
      ]),
    ]);
    const check = checkTable(read, vi);
    const rules = codes(check.findings).filter((c) => c !== "no_plan_base" && c !== "no_prior_base");
    expect(rules).toEqual(["thousands_slip"]);
  });

  it("does not judge the size of a figure the reader found ambiguous (1,335 đảng viên)", () => {
    const base = readOf([
      group([
        row({
          sheetRow: 6,
          name: "Kết nạp đảng viên mới",
          unit: "đảng viên",
          target: { kind: "value", value: 1200 },
          actual: 1.335,
          prior: 1180,
          raw: { actual: "1,335" },
        }),
      ]),
    ]);
    const ambiguous: Finding = {
      code: "ambiguous_separator",
      severity: "warning",
      cell: { row: 6, col: 7, address: "H7" },
      column: "actual",
      message: { vi: "x", en: "x" },
      fix: null,
    };
    const rules = codes(checkTable({ ...base, findings: [ambiguous] }, vi).findings);
    expect(rules).toEqual(["ambiguous_separator"]);
    // Without the reader's doubt, the same figure is a count with a fraction.
    expect(codes(checkTable(base, vi).findings)).toEqual(["negative_count"]);
  });

  it("does not call a negative count a prior-year outlier as well", () => {
    const read = readOf([group([row({ sheetRow: 6, unit: "hộ", actual: -5, prior: 850 })])]);
    expect(codes(checkTable(read, vi).findings)).toEqual(["negative_count"]);
  });

  it("says once that the table has no Kế hoạch column, instead of on every row", () => {
    const read = readOf([
      group([row({ sheetRow: 6, target: null }), row({ sheetRow: 7, name: "Hộ", target: null })]),
    ]);
    const { plan: _plan, ...withoutPlan } = read.layout.columns;
    const check = checkTable({ ...read, layout: { ...read.layout, columns: withoutPlan } }, vi);
    const missing = check.findings.filter((f) => f.code === "missing_plan");
    expect(missing.map((f) => [f.severity, f.cell])).toEqual([["warning", null]]);
    expect(missing[0]?.message.vi).toMatch(/^Bảng chưa có cột Kế hoạch/);
    expect(missing[0]?.message.en).toMatch(/^The table has no Plan/);
  });

  it("says once that the table has no Đơn vị column", () => {
    const read = readOf([
      group([row({ sheetRow: 6, unit: "" }), row({ sheetRow: 7, name: "Hộ", unit: "" })]),
    ]);
    const { unit: _unit, ...withoutUnit } = read.layout.columns;
    const check = checkTable({ ...read, layout: { ...read.layout, columns: withoutUnit } }, vi);
    expect(check.findings.filter((f) => f.code === "missing_unit").map((f) => f.cell)).toEqual([null]);
  });

  it("passes the Excel adapter's owned cells through to the rule", () => {
    const read = readOf([group([row({ sheetRow: 6 })])]);
    const check = checkTable(read, vi, { ownedCells: [{ row: 6, col: 14, formula: null, value: "Đạt" }] });
    expect(
      check.findings.filter((f) => f.code === "owned_column_has_user_value").map((f) => f.cell?.address),
    ).toEqual(["O7"]);
  });

  it("lists findings in sheet order", () => {
    const read = readOf([
      group([
        row({
          sheetRow: 6,
          name: "Tỷ lệ hộ nghèo",
          unit: "%",
          kind: "rate",
          direction: "down",
          raw: { direction: "giảm" },
          target: { kind: "value", value: 4 },
          actual: 140,
          prior: null,
        }),
        row({ sheetRow: 7, name: "", unit: "", target: null, actual: 5, prior: null }),
      ]),
    ]);
    const rows = checkTable(read, vi).findings.map((f) => f.cell?.row ?? -1);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(codes(checkTable(read, vi).findings)).toEqual(
      expect.arrayContaining(["rate_out_of_range", "empty_required"]),
    );
  });

  it("gives every finding a Vietnamese and an English sentence naming its cell", () => {
    const read = readOf([
      group([
        row({ sheetRow: 6, unit: "", target: null, actual: -3 }),
        row({
          sheetRow: 7,
          name: "Số vụ tai nạn giao thông",
          unit: "vụ",
          target: { kind: "value", value: 20 },
          actual: 25,
          prior: 10,
        }),
      ]),
    ]);
    const check = checkTable(read, vi);
    const mine = check.findings.filter((f) => f.cell !== null);
    expect(mine.length).toBeGreaterThan(2);
    for (const f of mine) {
      if (["no_plan_base", "no_prior_base", "relative_needs_prior"].includes(f.code)) continue;
      expect(f.message.vi).toContain(`Ô ${f.cell?.address}`);
      expect(f.message.en).toContain(`Cell ${f.cell?.address}`);
    }
  });
});

describe("rule messages", () => {
  const RULE_CODES: FindingCode[] = [
    "thousands_slip",
    "negative_count",
    "rate_out_of_range",
    "shares_over_100",
    "prior_outlier",
    "reported_pct_mismatch",
    "reported_pct_truncated",
    "missing_plan",
    "missing_unit",
    "missing_direction",
    "duplicate_name",
    "empty_required",
    "owned_column_has_user_value",
    "direction_inferred",
  ];

  /** Every parameter some rule message takes, so no template can print "undefined". */
  const ALL_PARAMS = {
    name: "Doanh thu",
    shown: "37,067",
    fixed: "37.067",
    plain: 37067,
    unit: "hộ",
    problem: "negative",
    group: "Kinh tế",
    cells: "G7, G8",
    sum: "110",
    actual: "600",
    prior: "100",
    change: "+500%",
    threshold: 50,
    up: 1,
    printed: "120%",
    computed: "117,33%",
    how: "176 / 150",
    first: "B5",
    hasActual: 1,
    noColumn: 0,
    direction: "down",
    because: "tai nạn",
    unsure: 0,
  };

  it("exist for every rule code, in Vietnamese and English, naming the cell first", () => {
    expect(Object.keys(RULE_MESSAGES).sort()).toEqual([...RULE_CODES].sort());
    for (const code of RULE_CODES) {
      const text = msg(code, { cell: "G7", column: "actual", ...ALL_PARAMS });
      expect(text.vi.startsWith("Ô G7")).toBe(true);
      expect(text.en.startsWith("Cell G7")).toBe(true);
      expect(text.vi).not.toEqual(text.en);
      expect(text.vi + text.en).not.toMatch(/undefined|NaN/);
    }
  });

  it("fall back to the row number when the table has no such column", () => {
    expect(msg("missing_unit", { row: 12, name: "Hộ nghèo" })).toEqual({
      vi: 'Dòng 12 ("Hộ nghèo"): chưa có đơn vị tính. Nhập đơn vị, ví dụ tỷ đồng, %, người, hộ.',
      en: 'Row 12 ("Hộ nghèo"): no unit. Enter one, e.g. tỷ đồng, %, người (people), hộ (households).',
    });
  });

  it("say what a ×1000 slip is and what Fix will write", () => {
    const text = msg("thousands_slip", {
      cell: "G7",
      column: "actual",
      name: "Doanh thu",
      shown: "37,067",
      fixed: "37.067",
      plain: 37067,
    });
    expect(text.vi).toBe(
      'Ô G7 (Thực hiện của "Doanh thu"): số 37,067 có đúng ba chữ số thập phân, nhiều khả năng là 37.067 bị Excel ' +
        "hiểu dấu chấm phân cách hàng nghìn thành dấu thập phân. Bấm Sửa để đổi thành 37.067.",
    );
    expect(text.en).toContain("Click Fix to change it to 37.067");
  });

  it("ask to add a Chiều column when the table has none", () => {
    const withColumn = msg("missing_direction", { cell: "E7", name: "Số vụ tai nạn", noColumn: 0 });
    const without = msg("missing_direction", { row: 7, name: "Số vụ tai nạn", noColumn: 1 });
    expect(withColumn.vi).toContain('ghi "giảm là tốt" vào cột Chiều');
    expect(without.vi).toContain("thêm cột Chiều");
    expect(without.en).toContain("add a Direction (Chiều) column");
  });

  it("tell a negative count from a fractional one", () => {
    const negative = msg("negative_count", {
      cell: "H9",
      column: "actual",
      unit: "hộ",
      shown: "-5",
      problem: "negative",
    });
    const fraction = msg("negative_count", {
      cell: "H9",
      column: "actual",
      unit: "hộ",
      shown: "12,5",
      problem: "fraction",
    });
    expect(negative.vi).toContain("không thể âm");
    expect(fraction.vi).toContain("số nguyên");
  });
});

describe("the seeds' own figures", () => {
  const checks = SEEDS.map((seed) => {
    const table = seedToTable(seed);
    const rows = table.groups.flatMap((g) => g.rows.map((r) => r.sheetRow));
    const read: TableRead = {
      layout: {
        headerTop: 0,
        headerBottom: 0,
        firstDataRow: 0,
        lastDataRow: Math.max(0, ...rows),
        columns: {},
      },
      table,
      findings: [],
    };
    return { seed, check: checkTable(read, vi) };
  });
  const nameOf = (seedIndex: number, f: Finding): string | undefined => {
    const entry = checks[seedIndex];
    const row = entry?.check.read.table.groups
      .flatMap((g) => g.rows)
      .find((r) => f.message.vi.startsWith(`Dòng ${r.sheetRow + 1} `));
    return row?.name;
  };

  it("raise no error but the plans the articles never gave", () => {
    for (const { check } of checks) {
      const errors = check.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => f.code).filter((c) => c !== "missing_plan")).toEqual([]);
    }
  });

  it("find seed 000's 116,66% for 35 / 30 truncated, not wrong", () => {
    const found = checks[0]?.check.findings.filter((f) => f.code.startsWith("reported_pct")) ?? [];
    expect(found.map((f) => [f.code, f.severity])).toEqual([["reported_pct_truncated", "info"]]);
    expect(nameOf(0, found[0] as Finding)).toBe("Hộ kinh doanh chuyển lên doanh nghiệp");
  });

  it("ask for a second look at seed 001's payments, up 71% on the prior year", () => {
    const found = checks[1]?.check.findings.filter((f) => f.code === "prior_outlier") ?? [];
    expect(found).toHaveLength(1);
    expect(nameOf(1, found[0] as Finding)).toBe("Khối lượng thanh toán đầu tư hạ tầng");
  });

  it("accept seed 002's structure shares of 31,83 + 19,63 + 45,69", () => {
    expect(checks[2]?.check.findings.filter((f) => f.code === "shares_over_100")).toEqual([]);
  });

  it("say seed 002's shares, which give no direction, are judged against the planned structure", () => {
    const found = checks[2]?.check.findings.filter((f) => f.code === "missing_direction") ?? [];
    expect(found.map((f) => nameOf(2, f))).toEqual([
      "Cơ cấu kinh tế: nông - lâm - thủy sản",
      "Cơ cấu kinh tế: công nghiệp - xây dựng",
      "Cơ cấu kinh tế: dịch vụ",
    ]);
    for (const f of found) expect(f.message.vi).toContain("được so với cơ cấu kế hoạch");
  });

  it("match every percentage seed 003 printed", () => {
    expect(checks[3]?.check.findings.filter((f) => f.code.startsWith("reported_pct"))).toEqual([]);
  });
});
