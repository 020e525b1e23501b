/**
 * A read row's cells are made when read (row-cells.ts), not one object per input cell. They must
 * be what the eager record was: the same cell for every input column the table has, undefined for
 * the others, and checkTable must find exactly the same things on rows that carry plain records.
 */
import fc from "fast-check";
import { toA1 } from "../../src/core/a1";
import type { CellRef, CellValue, Finding, IndicatorRow, InputColumn, TableRead } from "../../src/core/model";
import { DEFAULT_SETTINGS, INPUT_COLUMNS } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { RowCells } from "../../src/core/row-cells";
import { readTable, TableNotFoundError } from "../../src/core/table";
import { benchTable } from "../bench/grid";

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

test("checkTable finds exactly the same on lean cells as on plain records (random tables)", () => {
  fc.assert(
    fc.property(table, ({ grid, origin }) => {
      const read = readOf(grid, origin);
      if (read === null) return;
      const plain = checkTable(withPlainCells(read), DEFAULT_SETTINGS).findings.map(shown);
      const lean = checkTable(read, DEFAULT_SETTINGS).findings.map(shown);
      expect(lean).toEqual(plain);
    }),
    { numRuns: 300 },
  );
});

test("checkTable finds exactly the same on lean cells as on plain records (the bench's 2 000 rows)", () => {
  for (const shape of ["sheet", "text"] as const) {
    const t = benchTable(2000, shape);
    const read = readTable(t.grid, { convention: "vi", numberFormats: t.numberFormats });
    const lean = checkTable(read, DEFAULT_SETTINGS).findings.map(shown);
    const plain = checkTable(withPlainCells(read), DEFAULT_SETTINGS).findings.map(shown);
    expect(lean.length).toBeGreaterThan(100);
    expect(lean).toEqual(plain);
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
