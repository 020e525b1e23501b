/**
 * Core's check does less per row than it did, and must find exactly the same:
 * - a read row's cells are made when read (row-cells.ts), not one object per input cell: they are
 *   the eager record (the same cell for every input column the table has, undefined for the
 *   others), and checkTable finds the same on rows that carry plain records;
 * - the figure rules list a row's figures only when figureRulesMayFind says one of them could find
 *   something: where it says no, none of them finds anything;
 * - checkTable's summary is the one its checker counted as it went, not a second pass over the
 *   rows: it is what summarize gives from the table and the results;
 * - core keeps the latest objects of a check until the next (kept.ts): a check finds, computes and
 *   sums up the same whatever was checked before it.
 */
import fc from "fast-check";
import { toA1 } from "../../src/core/a1";
import type {
  CellRef,
  CellValue,
  Finding,
  IndicatorKind,
  IndicatorRow,
  InputColumn,
  Target,
  TableRead,
} from "../../src/core/model";
import { DEFAULT_SETTINGS, INPUT_COLUMNS } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import {
  figureRulesMayFind,
  negativeCounts,
  ratesOutOfRange,
  thousandsSlips,
} from "../../src/core/rules/figures";
import { SEEDS, seedToTable } from "../../src/core/seeds";
import { summarize } from "../../src/core/summary";
import { RowCells } from "../../src/core/row-cells";
import { readTable, TableNotFoundError } from "../../src/core/table";
import { benchTable } from "../bench/grid";
import { indicatorRow } from "./indicator-row";

const HEADERS = [
  "STT",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Loại",
  "Chiều",
  "Kế hoạch",
  "Phấn đấu",
  "Thực hiện",
  "Cùng kỳ",
  "% KH báo cáo",
  "Ghi chú",
  "Cột lạ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "6.794,12",
      "37.067",
      "121,729",
      "117,33%",
      "dưới 4",
      "khoảng 4%",
      "giảm 5% so với cùng kỳ",
      "hoàn thành",
      "chưa có",
      "-",
      "%",
      "hộ",
      "tỷ đồng",
      "Tỷ lệ",
      "Cơ cấu",
      "Giảm",
      "Số vụ tai nạn giao thông",
      "Doanh nghiệp thành lập mới",
      "I",
      "",
    ),
  },
);

/** A header of random known columns (name and plan always), at a random place, over random rows. */
const table = fc
  .record({
    headers: fc.shuffledSubarray(HEADERS, { minLength: 2, maxLength: HEADERS.length }),
    above: fc.integer({ min: 0, max: 2 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 40 }), col: fc.integer({ min: 0, max: 30 }) }),
    body: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ headers, above, origin, body }) => {
    const cols = [...new Set(["Chỉ tiêu", "Kế hoạch", ...headers])];
    return fc
      .array(fc.array(cell, { minLength: cols.length, maxLength: cols.length }), {
        minLength: body,
        maxLength: body,
      })
      .map((rows) => ({
        grid: [...Array.from({ length: above }, (): CellValue[] => ["Bảng chỉ tiêu"]), cols, ...rows],
        origin,
      }));
  });

function readOf(grid: CellValue[][], origin: { row: number; col: number }): TableRead | null {
  try {
    return readTable(grid, { convention: "vi", origin });
  } catch (e) {
    if (e instanceof TableNotFoundError) return null;
    throw e;
  }
}

/** The record a row's cells stand for, built eagerly from the layout, as the reader once did. */
function eagerCells(read: TableRead, row: IndicatorRow): Partial<Record<InputColumn, CellRef>> {
  const out: Partial<Record<InputColumn, CellRef>> = {};
  for (const key of INPUT_COLUMNS) {
    const col = read.layout.columns[key];
    if (col !== undefined) out[key] = { row: row.sheetRow, col, address: toA1(row.sheetRow, col) };
  }
  return out;
}

/** A finding as a person and the pane see it: every field, the sentence and the fix read out. */
function shown(f: Finding): unknown {
  return JSON.parse(
    JSON.stringify({
      ...f,
      message: { ...f.message },
      fix: f.fix && { ...f.fix, description: { ...f.fix.description } },
    }),
  );
}

/** The same read with every row's cells as a plain record: the eager path checkTable once had. */
function withPlainCells(read: TableRead): TableRead {
  return {
    ...read,
    table: {
      ...read.table,
      groups: read.table.groups.map((g) => ({
        ...g,
        rows: g.rows.map((r) => ({ ...r, cells: eagerCells(read, r) })),
      })),
    },
  };
}

test("a read row's cells are the eager record: same cells, same absences, one object per cell", () => {
  fc.assert(
    fc.property(table, ({ grid, origin }) => {
      const read = readOf(grid, origin);
      if (read === null) return;
      for (const row of read.table.groups.flatMap((g) => g.rows)) {
        expect(row.cells).toBeInstanceOf(RowCells);
        const eager = eagerCells(read, row);
        for (const key of INPUT_COLUMNS) {
          const lean = row.cells[key];
          const want = eager[key];
          if (want === undefined) expect(lean).toBeUndefined();
          else {
            expect({ row: lean?.row, col: lean?.col, address: lean?.address }).toEqual(want);
            expect(row.cells[key]).toBe(lean);
          }
        }
        expect(JSON.parse(JSON.stringify(row.cells))).toEqual(eager);
      }
    }),
    { numRuns: 300 },
  );
});

test("checkTable finds exactly the same on lean cells as on plain records, and sums up the same (random tables)", () => {
  fc.assert(
    fc.property(table, ({ grid, origin }) => {
      const read = readOf(grid, origin);
      if (read === null) return;
      const plain = checkTable(withPlainCells(read), DEFAULT_SETTINGS).findings.map(shown);
      const check = checkTable(read, DEFAULT_SETTINGS);
      expect(check.findings.map(shown)).toEqual(plain);
      expect(check.summary).toEqual(summarize(read.table, check.results));
    }),
    { numRuns: 300 },
  );
});

test("a check finds the same after other tables were checked (kept.ts holds the latest of each kind between checks)", () => {
  fc.assert(
    fc.property(table, table, (first, between) => {
      const shownOf = (t: { grid: CellValue[][]; origin: { row: number; col: number } }): unknown => {
        const read = readOf(t.grid, t.origin);
        if (read === null) return null;
        const check = checkTable(read, DEFAULT_SETTINGS);
        return { findings: check.findings.map(shown), results: [...check.results], summary: check.summary };
      };
      const alone = shownOf(first);
      shownOf(between);
      expect(shownOf(first)).toEqual(alone);
    }),
    { numRuns: 200 },
  );
});

test("checkTable finds exactly the same on lean cells as on plain records (the bench's 2 000 rows)", () => {
  for (const shape of ["sheet", "text"] as const) {
    const t = benchTable(2000, shape);
    const read = readTable(t.grid, { convention: "vi", numberFormats: t.numberFormats });
    const check = checkTable(read, DEFAULT_SETTINGS);
    const lean = check.findings.map(shown);
    const plain = checkTable(withPlainCells(read), DEFAULT_SETTINGS).findings.map(shown);
    expect(lean.length).toBeGreaterThan(100);
    expect(lean).toEqual(plain);
    expect(check.summary).toEqual(summarize(read.table, check.results));
    expect(check.summary.groups).toHaveLength(40);
  }
});

test("a term row's actual cell set after reading reads back; a cell set to nothing is undefined", () => {
  const cells = new RowCells(6, [undefined, [1, "B"], undefined, undefined, undefined, [5, "F"]]);
  expect(cells.plan?.address).toBe("F7");
  cells.actual = { row: 6, col: 9, address: "J7" };
  expect(cells.actual).toEqual({ row: 6, col: 9, address: "J7" });
  cells.plan = undefined;
  expect(cells.plan).toBeUndefined();
  expect(JSON.parse(JSON.stringify(cells))).toEqual({
    name: { row: 6, col: 1, address: "B7" },
    actual: { row: 6, col: 9, address: "J7" },
  });
});

/** Figures of every kind the figure rules look at: three decimals, fractions, negatives, over 100. */
const figure: fc.Arbitrary<number | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -200, max: 200 }),
  fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 1000),
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 100),
  fc.constantFrom(37.067, 6794.12, 100, 100.0000001, -1e-10, 0, 1e9, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

const target: fc.Arbitrary<Target | null> = fc.oneof(
  fc.constant(null),
  figure.map((v): Target | null => (v === null ? null : { kind: "value", value: v })),
  figure.map((v): Target | null => (v === null ? null : { kind: "approx", value: v })),
  fc
    .tuple(figure, fc.constantFrom("upper" as const, "lower" as const), fc.boolean())
    .map(([v, side, inclusive]): Target | null =>
      v === null ? null : { kind: "limit", bound: v, side, inclusive },
    ),
  fc
    .tuple(figure, figure)
    .map(([a, b]): Target | null =>
      a === null || b === null ? null : { kind: "range", lo: Math.min(a, b), hi: Math.max(a, b) },
    ),
  figure.map((v): Target | null => (v === null ? null : { kind: "relative", change: v })),
  fc.constant<Target>({ kind: "all" }),
  fc.constant<Target>({ kind: "yesno" }),
);

const KINDS: IndicatorKind[] = ["quantity", "rate", "growth", "structure", "yesno"];

const figureRow: fc.Arbitrary<IndicatorRow> = fc
  .record({
    name: fc.constantFrom("Doanh nghiệp thành lập mới", "Tốc độ tăng trưởng GRDP", "Tỷ lệ hộ nghèo", ""),
    unit: fc.constantFrom("hộ", "người", "doanh nghiệp", "%", "điểm %", "tỷ đồng", "", "hộ gia đình"),
    kind: fc.constantFrom(...KINDS),
    target,
    stretch: figure,
    actual: figure,
    prior: figure,
    rawKind: fc.constantFrom<CellValue>(null, "", "Số lượng", "Tỷ lệ"),
    typedAsNumber: fc.boolean(),
  })
  .map((r) => {
    const raw = (v: number | null): CellValue => (r.typedAsNumber ? v : v === null ? null : String(v));
    const plan = r.target?.kind === "value" ? r.target.value : null;
    return indicatorRow({
      sheetRow: 6,
      name: r.name,
      unit: r.unit,
      kind: r.kind,
      target: r.target,
      stretch: r.stretch,
      actual: r.actual,
      prior: r.prior,
      cells: {
        name: { row: 6, col: 1, address: "B7" },
        plan: { row: 6, col: 5, address: "F7" },
        stretch: { row: 6, col: 6, address: "G7" },
        actual: { row: 6, col: 7, address: "H7" },
        prior: { row: 6, col: 8, address: "I7" },
      },
      raw: {
        kind: r.rawKind,
        plan: raw(plan),
        stretch: raw(r.stretch),
        actual: raw(r.actual),
        prior: raw(r.prior),
      },
    });
  });

test("where figureRulesMayFind says no, no figure rule finds anything (random rows, both conventions)", () => {
  fc.assert(
    fc.property(figureRow, fc.constantFrom("vi" as const, "en" as const), (row, convention) => {
      const settings = { ...DEFAULT_SETTINGS, convention };
      if (figureRulesMayFind(row, settings)) return;
      expect(thousandsSlips(row, settings)).toEqual([]);
      expect(negativeCounts(row, settings, new Set())).toEqual([]);
      expect(ratesOutOfRange(row, settings, new Set())).toEqual([]);
    }),
    { numRuns: 3000 },
  );
});

test("the seed tables: no figure rule finds anything on a row figureRulesMayFind passes over", () => {
  let passed = 0;
  for (const seed of SEEDS) {
    for (const row of seedToTable(seed).groups.flatMap((g) => g.rows)) {
      if (figureRulesMayFind(row, DEFAULT_SETTINGS)) continue;
      passed++;
      expect(thousandsSlips(row, DEFAULT_SETTINGS)).toEqual([]);
      expect(negativeCounts(row, DEFAULT_SETTINGS, new Set())).toEqual([]);
      expect(ratesOutOfRange(row, DEFAULT_SETTINGS, new Set())).toEqual([]);
    }
  }
  expect(passed).toBeGreaterThan(20);
});
