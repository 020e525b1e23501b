import {
  clearStaleFormulas,
  computePlan,
  conditionalRules,
  directionRuns,
  mergePlanIntoSheet,
  planColumns,
} from "../../src/core/plan";
import {
  figureGuards,
  groupSummaryFormula,
  percentAware,
  rowFormulas,
  summaryFormula,
} from "../../src/core/formulas";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import type {
  CellValue,
  ColumnKey,
  IndicatorGroup,
  IndicatorRow,
  InputColumn,
  SheetPlan,
  TableLayout,
  TableRead,
  Target,
} from "../../src/core/model";
import { toA1 } from "../../src/core/a1";
import { indicatorRow } from "./indicator-row";

const settings = DEFAULT_SETTINGS;

/** Sheet columns of the hand-built table: STT A, Chỉ tiêu B, ĐVT C, KH D, TH E, CK F, Ghi chú G. */
const BASE_COLUMNS: Partial<Record<ColumnKey, number>> = {
  stt: 0,
  name: 1,
  unit: 2,
  plan: 3,
  actual: 4,
  prior: 5,
  note: 6,
};

function row(
  sheetRow: number,
  name: string,
  fig: { plan?: Target; actual?: number; prior?: number; direction?: "up" | "down" } = {},
): IndicatorRow {
  const cells: Partial<Record<InputColumn, { row: number; col: number; address: string }>> = {};
  for (const [key, col] of Object.entries(BASE_COLUMNS) as [InputColumn, number][])
    cells[key] = { row: sheetRow, col, address: toA1(sheetRow, col) };
  return indicatorRow({
    sheetRow,
    name,
    unit: "doanh nghiệp",
    direction: fig.direction ?? "up",
    target: fig.plan ?? null,
    actual: fig.actual ?? null,
    prior: fig.prior ?? null,
    cells,
  });
}

/**
 * Header on row 5 (index 4); I at 5 with two rows, a blank line at 8, II at 9 with one row.
 * 176 new firms against 150 (seed 000), traffic accidents (lower is better), budget revenue.
 */
function cityRead(
  layoutPatch: Partial<TableLayout> = {},
  columns: Partial<Record<ColumnKey, number>> = BASE_COLUMNS,
): TableRead {
  const groups: IndicatorGroup[] = [
    {
      stt: "I",
      name: "Kinh tế",
      sheetRow: 5,
      rows: [
        row(6, "Doanh nghiệp thành lập mới", { plan: { kind: "value", value: 150 }, actual: 176 }),
        row(7, "Số vụ tai nạn giao thông", {
          plan: { kind: "value", value: 40 },
          actual: 43,
          prior: 39,
          direction: "down",
        }),
      ],
    },
    {
      stt: "II",
      name: "Ngân sách",
      sheetRow: 9,
      rows: [
        row(10, "Thu ngân sách trên địa bàn", {
          plan: { kind: "value", value: 329 },
          actual: 562,
          prior: 472,
        }),
      ],
    },
  ];
  return {
    layout: { headerTop: 4, headerBottom: 4, firstDataRow: 5, lastDataRow: 10, columns, ...layoutPatch },
    table: { title: "", unitName: "", period: "nam", year: 2020, groups },
    findings: [],
  };
}

describe("computePlan: which computed columns a table gets", () => {
  test("a table without Phấn đấu gets % KH, % CK, tăng/giảm, điểm % and Đánh giá right of its last column", () => {
    expect(planColumns(cityRead().layout)).toEqual({
      pctPlan: 7,
      pctPrior: 8,
      changePct: 9,
      diffPoints: 10,
      verdict: 11,
    });
  });

  test("a table with a Phấn đấu column also gets % Phấn đấu, after % KH", () => {
    const columns = planColumns({ ...cityRead().layout, columns: { ...BASE_COLUMNS, stretch: 7 } });
    expect(columns).toEqual({
      pctPlan: 8,
      pctStretch: 9,
      pctPrior: 10,
      changePct: 11,
      diffPoints: 12,
      verdict: 13,
    });
  });

  test("existing computed columns stay where they are and only the missing ones are appended", () => {
    const columns = planColumns({
      ...cityRead().layout,
      columns: { ...BASE_COLUMNS, verdict: 7, pctPlan: 9 },
    });
    expect(columns).toEqual({ pctPlan: 9, pctPrior: 10, changePct: 11, diffPoints: 12, verdict: 7 });
  });

  test("an unrecognised column right of the table is never overwritten", () => {
    expect(planColumns({ ...cityRead().layout, lastCol: 8 }).pctPlan).toBe(9);
  });
});

describe("computePlan: what is written", () => {
  const plan = computePlan(cityRead(), settings);

  test("headers go on the header's last row, one block per contiguous run", () => {
    expect(plan.headers).toEqual([
      {
        row: 4,
        col: 7,
        contents: [["% KH", "% CK", "Tăng/giảm so CK (%)", "Chênh lệch (điểm %)", "Đánh giá"]],
      },
    ]);
  });

  test("a two-row header gets our headers in its bottom row and its top row is left alone", () => {
    const twoRow = computePlan(cityRead({ headerTop: 3, headerBottom: 4 }), settings);
    expect(twoRow.headers.map((h) => h.row)).toEqual([4]);
    expect(twoRow.styles.filter((s) => s.style === "header").map((s) => s.address)).toEqual(["H5:L5"]);
  });

  test("indicator rows carry rowFormulas, headings count their group, blank rows inside are emptied", () => {
    expect(plan.blocks).toHaveLength(1);
    const block = plan.blocks[0]!;
    expect(block.row).toBe(5);
    expect(block.col).toBe(7);
    expect(block.contents).toHaveLength(6);
    const read = cityRead();
    const first = read.table.groups[0]!.rows[0]!;
    const f = rowFormulas(
      first,
      { stt: "A7", name: "B7", unit: "C7", plan: "D7", actual: "E7", prior: "F7", note: "G7" },
      settings,
    );
    expect(block.contents[1]).toEqual([f.pctPlan, f.pctPrior, f.changePct, f.diffPoints, f.verdict]);
    // Heading I (sheet row 6): only its verdict cell is ours and counts rows 7–8.
    expect(block.contents[0]).toEqual([null, null, null, null, groupSummaryFormula("L7:L8")]);
    expect(block.contents[3]).toEqual(["", "", "", "", ""]);
    expect(block.contents[4]).toEqual([null, null, null, null, groupSummaryFormula("L11")]);
    expect(String(block.contents[5]![0])).toMatch(/^=/);
  });

  test("number formats follow the settings' decimals", () => {
    expect(plan.blocks[0]!.numberFormats![1]).toEqual([
      "0.00%",
      "0.00%",
      "+0.00%;-0.00%;0.00%",
      "+0.00;-0.00;0.00",
      "General",
    ]);
    const one = computePlan(cityRead(), { ...settings, decimals: 1 });
    expect(one.blocks[0]!.numberFormats![1]![0]).toBe("0.0%");
  });

  test("the overall đạt và vượt formula sits two rows below the table in the name column", () => {
    expect(plan.summary).toEqual({ row: 12, col: 1, formula: summaryFormula(["L6:L11"]) });
    expect(plan.styles).toContainEqual({ address: "B13", style: "summary" });
    expect(plan.styles).toContainEqual({ address: "H6:L11", style: "computed" });
  });

  test("split computed columns give one block each", () => {
    const split = computePlan(cityRead({}, { ...BASE_COLUMNS, verdict: 7, note: 8 }), settings);
    expect(split.blocks.map((b) => [b.col, b.contents[0]!.length])).toEqual([
      [7, 1],
      [9, 4],
    ]);
  });

  test("a table with no data rows gets headers but no blocks or colour rules", () => {
    const empty = computePlan(cityRead({ firstDataRow: 5, lastDataRow: 4 }), settings);
    expect(empty.headers).toHaveLength(1);
    expect(empty.blocks).toEqual([]);
    expect(empty.conditionalRules).toEqual([]);
  });
});

describe("computePlan: rows whose Kế hoạch is still empty", () => {
  test("reference the plan cell live, so a plan typed later is judged without computing again", () => {
    const read = cityRead();
    read.table.groups[0]!.rows[0]!.target = null;
    const block = computePlan(read, settings).blocks[0]!;
    const [pctPlan, , , , verdict] = block.contents[1]!;
    expect(pctPlan).toContain("ISNUMBER(D7)");
    expect(pctPlan).toContain(`${percentAware("E7")}/${percentAware("D7")}`);
    expect(verdict).toContain("D7");
  });

  test("a plan cell with unreadable text is not read as a figure: no target, and 'Cần tính lại' once it is retyped", () => {
    const read = cityRead();
    const first = read.table.groups[0]!.rows[0]!;
    first.target = null;
    first.raw = { plan: "chưa giao" };
    const [pctPlan, , , , verdict] = computePlan(read, settings).blocks[0]!.contents[1]!;
    expect(pctPlan).toBe('="—"');
    expect(verdict).toBe(
      // …and Thực hiện holds no text but a no-figure mark ("-", "x", core's list) or what it held then.
      `=IF(AND(D7="chưa giao",ISNUMBER(FIND("|"&TRIM(T(E7))&"|","||-|–|—|…|..|...|x|X|"))),IF(AND(${figureGuards("E7", first.unit).join(",")}),"Không giao kế hoạch","Chưa có số liệu"),"Cần tính lại")`,
    );
  });
});

describe("computePlan: colours", () => {
  const plan = computePlan(cityRead(), settings);

  test("the verdict column is coloured by label: Vượt dark green, Đạt green, Cơ bản đạt amber, Không đạt red, Không giao kế hoạch blue", () => {
    const verdictRules = plan.conditionalRules.filter((r) => r.address === "L6:L11");
    expect(verdictRules.map((r) => r.formula)).toEqual([
      '=L6="Vượt"',
      '=L6="Đạt"',
      '=L6="Cơ bản đạt"',
      '=L6="Không đạt"',
      '=L6="Không giao kế hoạch"',
      '=L6="Đúng tiến độ"',
      '=L6="Chậm tiến độ"',
    ]);
    expect(verdictRules.map((r) => r.fill)).toEqual([
      "#1E7B34",
      "#C6EFCE",
      "#FFEB9C",
      "#FFC7CE",
      "#DDEBF7",
      "#E2EFDA",
      "#FCE4D6",
    ]);
    for (const r of verdictRules) expect(r.font).toMatch(/^#[0-9A-F]{6}$/);
  });

  test("% KH takes the colour of its row's verdict: green when reached, amber for Cơ bản đạt, red when not", () => {
    const pct = plan.conditionalRules.filter((r) => r.address.startsWith("H"));
    expect(pct.map((r) => [r.address, r.formula, r.fill])).toEqual([
      ["H6:H11", '=AND(ISNUMBER(H6),OR($L6="Vượt",$L6="Đạt"))', "#C6EFCE"],
      ["H6:H11", '=AND(ISNUMBER(H6),$L6="Cơ bản đạt")', "#FFEB9C"],
      ["H6:H11", '=AND(ISNUMBER(H6),$L6="Không đạt")', "#FFC7CE"],
    ]);
  });

  test("without a verdict column, % KH is green at ≥ 100% for tăng rows and at ≤ 100% for giảm rows", () => {
    const read = cityRead();
    const { verdict: _v, ...columns } = computePlan(read, settings).columns;
    const rules = conditionalRules(read, columns, 5, 10);
    expect(rules.map((r) => [r.address, r.formula, r.fill])).toEqual([
      ["H7", "=AND(ISNUMBER(H7),H7>=1)", "#C6EFCE"],
      ["H7", "=AND(ISNUMBER(H7),H7<1)", "#FFC7CE"],
      ["H8", "=AND(ISNUMBER(H8),H8<=1)", "#C6EFCE"],
      ["H8", "=AND(ISNUMBER(H8),H8>1)", "#FFC7CE"],
      ["H11", "=AND(ISNUMBER(H11),H11>=1)", "#C6EFCE"],
      ["H11", "=AND(ISNUMBER(H11),H11<1)", "#FFC7CE"],
    ]);
  });

  test("rows of one direction form one run across headings; a 'dưới' limit counts as giảm", () => {
    const read = cityRead();
    read.table.groups[1]!.rows[0]!.target = { kind: "limit", bound: 400, side: "upper", inclusive: false };
    read.table.groups[0]!.rows[1]!.direction = "up";
    expect(directionRuns(read, 5, 10)).toEqual([
      { from: 6, to: 7, direction: "up" },
      { from: 10, to: 10, direction: "down" },
    ]);
  });
});

describe("computePlan is idempotent", () => {
  test("a table that already has our columns gets exactly the same plan again", () => {
    const first = computePlan(cityRead(), settings);
    const again = computePlan(cityRead({}, { ...BASE_COLUMNS, ...first.columns }), settings);
    // Widths are set only on the columns we append: the second run finds them in place.
    expect(first.columnWidths.map((w) => w.col)).toEqual(Object.values(first.columns));
    expect(again).toEqual({ ...first, columnWidths: [] });
  });

  test("with a Phấn đấu column too", () => {
    const cols = { ...BASE_COLUMNS, stretch: 7 };
    const first = computePlan(cityRead({}, cols), settings);
    expect(computePlan(cityRead({}, { ...cols, ...first.columns }), settings)).toEqual({
      ...first,
      columnWidths: [],
    });
  });
});

describe("mergePlanIntoSheet", () => {
  test("adds the plan's blocks, summary, styles and rules, and the computed columns to the layout", () => {
    const read = cityRead();
    const plan = computePlan(read, settings);
    const sheet: SheetPlan = {
      name: "Bảng",
      blocks: [],
      styles: [],
      merges: [],
      columnWidths: [],
      freezeRows: 5,
      layout: read.layout,
      conditionalRules: [],
    };
    const merged = mergePlanIntoSheet(sheet, plan);
    expect(merged.blocks).toHaveLength(plan.headers.length + plan.blocks.length + 1);
    expect(merged.blocks[merged.blocks.length - 1]).toEqual({
      row: 12,
      col: 1,
      contents: [[plan.summary.formula]],
    });
    expect(merged.layout.columns.verdict).toBe(11);
    expect(merged.conditionalRules).toEqual(plan.conditionalRules);
  });
});

describe("clearStaleFormulas: a group heading pasted over an indicator row", () => {
  test("our old formulas on the heading row are cleared, a value the user typed there stays", () => {
    const plan = computePlan(cityRead(), settings);
    const pctPlanCol = plan.columns.pctPlan!;
    const pctPriorCol = plan.columns.pctPrior!;
    const existing = new Map<string, CellValue>([
      [`9,${pctPlanCol}`, '=IF(AND(ISNUMBER(G10),ISNUMBER(F10)),G10/F10,"—")'],
      [`9,${pctPriorCol}`, "ghi chú của tôi"],
    ]);
    const cleared = clearStaleFormulas(plan, (r, c) => existing.get(`${r},${c}`) ?? null);
    const at = (p: typeof plan, r: number, c: number) => {
      const block = p.blocks.find((b) => b.col <= c && c < b.col + (b.contents[0]?.length ?? 0))!;
      return block.contents[r - block.row]![c - block.col];
    };
    expect(at(plan, 9, pctPlanCol)).toBeNull();
    expect(at(cleared, 9, pctPlanCol)).toBe("");
    expect(at(cleared, 9, pctPriorCol)).toBeNull();
    // Indicator rows and the heading's verdict (the group's count) are untouched.
    expect(at(cleared, 6, pctPlanCol)).toBe(at(plan, 6, pctPlanCol));
    expect(at(cleared, 9, plan.columns.verdict!)).toBe(at(plan, 9, plan.columns.verdict!));
  });
});
