import type { CellValue } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { computeRow } from "../../src/core/compute";
import { computePlan } from "../../src/core/plan";
import {
  mappedColumns,
  mappingFrom,
  mappingProblems,
  parseMapping,
  proposeMapping,
  withOwnHeaders,
  type ColumnMapping,
} from "../../src/core/mapping";
import { TableNotFoundError, readTable } from "../../src/core/table";

/** A table the reader does not recognize: "Năm 2023 | Năm 2024" say nothing of plan or actual. */
const UNRECOGNIZED: CellValue[][] = [
  ["BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI"],
  [],
  ["TT", "Nội dung", "ĐVT", "Năm 2023", "Giao năm 2024", "Năm 2024"],
  [1, "Tổng thu ngân sách", "tỷ đồng", 140, 150, 176],
  [2, "Số doanh nghiệp thành lập mới", "doanh nghiệp", 90, 120, 96],
];

const read = (grid: CellValue[][], mapping?: ColumnMapping) =>
  readTable(grid, { convention: "vi", ...(mapping ? { mapping } : {}) });

describe("column mapping", () => {
  it("the table is not recognized without a mapping", () => {
    expect(() => read(UNRECOGNIZED)).toThrow(TableNotFoundError);
  });

  it("proposes the header row and guesses name, unit, 'giao' as the plan, the latest year as the actual", () => {
    const p = proposeMapping(UNRECOGNIZED);
    expect(p?.headerRow).toBe(2);
    expect(p?.headers.map((h) => h.text)).toEqual([
      "TT",
      "Nội dung",
      "ĐVT",
      "Năm 2023",
      "Giao năm 2024",
      "Năm 2024",
    ]);
    expect(p?.guess).toEqual({ stt: 0, name: 1, unit: 2, plan: 4, actual: 5, prior: 3 });
  });

  it("a mapped table reads and computes 176 / 150 as 117,33 % of plan", () => {
    const mapping = mappingFrom(UNRECOGNIZED, 2, { stt: 0, name: 1, unit: 2, prior: 3, plan: 4, actual: 5 });
    expect(mapping.columns.plan).toEqual({ col: 4, header: "Giao năm 2024" });
    const r = read(UNRECOGNIZED, mapping);
    expect(r.layout.headerTop).toBe(2);
    expect(r.layout.firstDataRow).toBe(3);
    expect(r.layout.columns).toMatchObject({ stt: 0, name: 1, unit: 2, prior: 3, plan: 4, actual: 5 });
    const rows = r.table.groups.flatMap((g) => g.rows);
    expect(rows.map((x) => [x.name, x.target, x.actual, x.prior])).toEqual([
      ["Tổng thu ngân sách", { kind: "value", value: 150 }, 176, 140],
      ["Số doanh nghiệp thành lập mới", { kind: "value", value: 120 }, 96, 90],
    ]);
    const result = computeRow(rows[0]!, DEFAULT_SETTINGS);
    expect(result.pctPlan).toBeCloseTo(117.333, 3);
    expect(result.verdict).toBe("vuot");
    expect(computeRow(rows[1]!, DEFAULT_SETTINGS).verdict).toBe("khong_dat");
  });

  it("after Tính toán appends our columns, the mapped read finds them too", () => {
    const mapping = mappingFrom(UNRECOGNIZED, 2, { name: 1, unit: 2, prior: 3, plan: 4, actual: 5 });
    const first = read(UNRECOGNIZED, mapping);
    const plan = computePlan(first, DEFAULT_SETTINGS);
    const pctCol = plan.columns.pctPlan;
    expect(pctCol).toBe(6);
    const grid = UNRECOGNIZED.map((r) => [...r]);
    for (const block of plan.headers)
      block.contents.forEach((line, r) =>
        line.forEach((v, c) => {
          if (typeof v === "string" || typeof v === "number") (grid[block.row + r] ??= [])[block.col + c] = v;
        }),
      );
    expect(grid[2]![6]).toMatch(/KH/);
    const again = read(grid, mapping);
    expect(again.layout.columns.pctPlan).toBe(6);
    expect(again.layout.columns.plan).toBe(4);
  });

  it("a column inserted before the table is found again by its header text", () => {
    const mapping = mappingFrom(UNRECOGNIZED, 2, { name: 1, plan: 4, actual: 5 });
    const moved = UNRECOGNIZED.map((r) => (r.length > 0 ? [null, ...r] : r));
    const at = mappedColumns(moved, mapping);
    expect(at?.columns).toEqual({ name: 2, plan: 5, actual: 6 });
    expect(read(moved, mapping).table.groups[0]!.rows[0]!.target).toEqual({ kind: "value", value: 150 });
  });

  it("a mapping whose headers are gone is not used", () => {
    const mapping = mappingFrom(UNRECOGNIZED, 2, { name: 1, plan: 4, actual: 5 });
    const other = UNRECOGNIZED.map((r) => [...r]);
    other[2] = ["A", "B", "C", "D", "E", "F"];
    expect(mappedColumns(other, mapping)).toBeNull();
    expect(() => read(other, mapping)).toThrow(TableNotFoundError);
  });

  it("says what is missing or doubled", () => {
    expect(mappingProblems({ headerRow: 0, columns: {} }).map((p) => p.code)).toEqual([
      "no_name",
      "no_figure",
    ]);
    expect(
      mappingProblems({
        headerRow: 0,
        columns: {
          name: { col: 1, header: "x" },
          plan: { col: 2, header: "y" },
          actual: { col: 2, header: "y" },
        },
      }),
    ).toEqual([{ code: "same_column", col: 2, keys: ["plan", "actual"] }]);
  });

  it("parses what the workbook stored, and refuses what is not a usable mapping", () => {
    const m = mappingFrom(UNRECOGNIZED, 2, { name: 1, plan: 4, actual: 5 });
    expect(parseMapping(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(parseMapping({ headerRow: 2, columns: { name: { col: 1, header: "Nội dung" } } })).toBeNull();
    expect(parseMapping({ headerRow: -1, columns: m.columns })).toBeNull();
    expect(parseMapping("x")).toBeNull();
  });

  it("our own headers make a copy readable without the mapping (Sang kỳ mới)", () => {
    const mapping = mappingFrom(UNRECOGNIZED, 2, { name: 1, unit: 2, prior: 3, plan: 4, actual: 5 });
    const own = withOwnHeaders(UNRECOGNIZED, mapping);
    expect(own[2]).toEqual(["TT", "Chỉ tiêu", "Đơn vị tính", "Cùng kỳ", "Kế hoạch", "Thực hiện"]);
    expect(UNRECOGNIZED[2]![1]).toBe("Nội dung");
    expect(read(own).layout.columns).toMatchObject({ name: 1, unit: 2, prior: 3, plan: 4, actual: 5 });
  });
});
