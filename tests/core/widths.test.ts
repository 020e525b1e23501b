/** Column widths are decided in one place (core plan): every sheet core lays out shows its computed columns whole. */
import {
  COMPUTED_COLUMNS,
  DEFAULT_SETTINGS,
  type ComputedColumn,
  type SheetPlan,
} from "../../src/core/model";
import { extractIndicators } from "../../src/core/extract";
import { buildMergeSheet, mergeUnits } from "../../src/core/merge";
import { INPUT_WIDTHS, computedWidth, headerWidth } from "../../src/core/widths";
import { rollover } from "../../src/core/rollover";
import { readTable } from "../../src/core/table";
import { TEMPLATES, templateSheet } from "../../src/core/templates";
import { TERM_HEADERS } from "../../src/core/term-plan";
import { extractedSheetPlan } from "../../src/excel/extract";

const S = DEFAULT_SETTINGS;

/** [column key, width, width it needs] for every computed column the sheet's layout names. */
function computedWidths(sheet: SheetPlan): [string, number, number][] {
  return (Object.entries(sheet.layout.columns) as [ComputedColumn, number][])
    .filter(([key]) => COMPUTED_COLUMNS.includes(key))
    .map(([key, col]) => [key, sheet.columnWidths[col] ?? 0, computedWidth(key)]);
}

function expectWhole(sheet: SheetPlan): void {
  const cols = computedWidths(sheet);
  expect(cols.map(([key]) => key)).toContain("verdict");
  for (const [key, width, needs] of cols) expect([key, width >= needs]).toEqual([key, true]);
}

const UNIT_GRID = [
  ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"],
  ["Đơn vị: Phường 1"],
  [],
  ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, ""],
  [2, "Thu ngân sách", "tỷ đồng", null, 37067, 34864, "Không giao kế hoạch"],
];

test("the verdict column fits its longest label ('Không giao kế hoạch'), in vi and en", () => {
  expect(computedWidth("verdict")).toBeGreaterThanOrEqual("Không giao kế hoạch".length + 2);
});

test.each(TEMPLATES.filter((t) => t.id !== "nhiem-ky").map((t) => t.id))(
  "template %s: each computed column as wide as core plan sizes it",
  (id) => {
    const sheet = templateSheet(id, { settings: S });
    expectWhole(sheet);
    expect(sheet.columnWidths[sheet.layout.columns.name ?? -1]).toBeGreaterThanOrEqual(INPUT_WIDTHS.name);
  },
);

test("term template: the term columns fit their headers, Đánh giá its longest label", () => {
  const sheet = templateSheet("nhiem-ky", { settings: S });
  const verdictCol = sheet.layout.columns.verdict!;
  expect(sheet.columnWidths[verdictCol]).toBeGreaterThanOrEqual(computedWidth("verdict"));
  const header = sheet.layout.headerBottom;
  const texts = new Map<number, string>();
  for (const b of sheet.blocks)
    b.contents.forEach((line, r) =>
      line.forEach((v, c) => {
        if (b.row + r === header && typeof v === "string") texts.set(b.col + c, v);
      }),
    );
  for (const t of Object.values(TERM_HEADERS)) {
    const col = [...texts].find(([, v]) => v === t.vi)?.[0];
    expect([t.vi, col !== undefined && (sheet.columnWidths[col] ?? 0) >= headerWidth(t.vi)]).toEqual([
      t.vi,
      true,
    ]);
  }
});

test("merged sheet, extracted sheet and next period's sheet: computed columns whole", () => {
  const read = readTable(UNIT_GRID, { convention: S.convention });
  const merged = buildMergeSheet(
    mergeUnits(
      [
        { unitName: "Phường 1", read },
        { unitName: "Phường 2", read },
      ],
      S,
    ),
    S,
  ).plan;
  expectWhole(merged);
  const proposals = extractIndicators("Thu ngân sách đạt 415 tỷ đồng, bằng 118,6% dự toán.", S.convention);
  expect(proposals.length).toBeGreaterThan(0);
  expectWhole(extractedSheetPlan(proposals, S));
  expectWhole(rollover(UNIT_GRID, read, S).plan);
});

test("Đơn vị tính holds 'doanh nghiệp' and 'công trình' whole", () => {
  expect(INPUT_WIDTHS.unit).toBeGreaterThanOrEqual("doanh nghiệp".length + 2);
  expect(templateSheet("thanh-pho-nam", { settings: S }).columnWidths[2]).toBe(INPUT_WIDTHS.unit);
});
