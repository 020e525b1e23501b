import type { CellValue, Finding, RowResult } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { joinGroups, openTable, readTable } from "../../src/core/table";
import { TableChecker, checkTable, sortFindings } from "../../src/core/rules";
import { benchTable } from "../bench/grid";

const settings = { ...DEFAULT_SETTINGS, convention: "vi" as const };

/** The table read and checked in parts of `size` rows, as the command line reads a long sheet. */
function inParts(grid: CellValue[][], size: number, numberFormats?: (string | null)[][]) {
  const reader = openTable(grid.slice(0, 40), {
    convention: "vi",
    ...(numberFormats ? { numberFormats } : {}),
  });
  const checker = new TableChecker(reader.layout, reader.table, settings);
  const parts = [];
  const results = new Map<number, RowResult>();
  const findings: Finding[] = [];
  for (let first = 0; first < grid.length && !reader.done; first += size) {
    const part = checker.check(reader.read(grid.slice(first, first + size), first));
    parts.push(part.groups);
    for (const [k, v] of part.results) results.set(k, v);
    findings.push(...part.findings);
  }
  const end = checker.finish();
  findings.push(...end.findings);
  return {
    groups: joinGroups(parts),
    results,
    findings: sortFindings(findings),
    summary: end.summary,
    reader,
  };
}

const plain = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.code} ${f.severity} ${f.cell?.address ?? "-"} ${f.message.en}`);

describe("a table read in parts (openTable, TableReader, TableChecker)", () => {
  // Groups of 50 rows cross every part boundary below; a few percent of cells are typed wrong.
  const { grid, numberFormats } = benchTable(400, "sheet");
  const whole = checkTable(readTable(grid, { convention: "vi", numberFormats }), settings);

  test.each([1, 7, 50, 133, 1000])(
    "parts of %i rows give the rows, verdicts, findings and summary of one read",
    (size) => {
      const parts = inParts(grid, size, numberFormats);
      expect(parts.groups.map((g) => [g.name, g.rows.length])).toEqual(
        whole.read.table.groups.map((g) => [g.name, g.rows.length]),
      );
      expect(parts.groups.flatMap((g) => g.rows.map((r) => [r.sheetRow, r.actual]))).toEqual(
        whole.read.table.groups.flatMap((g) => g.rows.map((r) => [r.sheetRow, r.actual])),
      );
      expect([...parts.results.entries()].map(([k, v]) => [k, v.verdict])).toEqual(
        [...whole.results.entries()].map(([k, v]) => [k, v.verdict]),
      );
      expect(whole.findings.length).toBeGreaterThan(10);
      expect(plain(parts.findings)).toEqual(plain(whole.findings));
      expect(parts.summary).toEqual(whole.summary);
      expect(parts.reader.layout.lastDataRow).toBe(whole.read.layout.lastDataRow);
    },
  );

  test("group rules see a group across parts: shares over 100 and a name twice", () => {
    const g: CellValue[][] = [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Kế hoạch", "Thực hiện"],
      ["I", "Cơ cấu kinh tế", null, null, null, null],
      [1, "Nông nghiệp", "%", "Cơ cấu", 30, 40],
      [2, "Công nghiệp", "%", "Cơ cấu", 30, 40],
      [3, "Dịch vụ", "%", "Cơ cấu", 30, 40],
      [4, "nông nghiệp", "%", "Tỷ lệ", 30, 40],
    ];
    const whole = checkTable(readTable(g, { convention: "vi" }), settings);
    const parts = inParts(g, 2);
    const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.cell?.address}`);
    expect(codes(whole.findings)).toContain("shares_over_100 F5");
    expect(codes(whole.findings)).toContain("duplicate_name B6");
    expect(codes(parts.findings)).toEqual(codes(whole.findings));
  });

  test("a table without a unit column says so once, at the end, as checkTable does", () => {
    const g: CellValue[][] = [["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"]];
    for (let i = 1; i <= 9; i++) g.push([i, `Chỉ tiêu ${i}`, 10, 11]);
    const whole = checkTable(readTable(g, { convention: "vi" }), settings);
    const parts = inParts(g, 3);
    expect(plain(whole.findings)).toEqual([expect.stringMatching(/^missing_unit warning - /)]);
    expect(plain(parts.findings)).toEqual(plain(whole.findings));
  });

  test("the table ends at two blank rows and later parts read nothing", () => {
    const g: CellValue[][] = [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Doanh nghiệp mới", 150, 176],
      [],
      [],
      [2, "Hộ nghèo", 3.5, 2.9],
    ];
    const reader = openTable(g, { convention: "vi" });
    expect(reader.read(g.slice(0, 3), 0).groups[0]?.rows.map((r) => r.name)).toEqual(["Doanh nghiệp mới"]);
    expect(reader.done).toBe(false);
    expect(reader.read(g.slice(3), 3).groups).toEqual([]);
    expect(reader.done).toBe(true);
    expect(reader.layout.lastDataRow).toBe(1);
  });
});

test("checkTable keeps apart groups of a table built in code that all lack a heading row", () => {
  const g: CellValue[][] = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
    [1, "Doanh nghiệp mới", "doanh nghiệp", 150, 176],
    [2, "Hộ nghèo", "hộ", 300, 280],
  ];
  const read = readTable(g, { convention: "vi" });
  const [one, two] = read.table.groups[0]!.rows;
  // The same name in two groups is no duplicate; each group is counted on its own.
  const table = {
    ...read.table,
    groups: [
      { stt: "I", name: "Kinh tế", sheetRow: null, rows: [one!] },
      { stt: "II", name: "Xã hội", sheetRow: null, rows: [{ ...two!, name: one!.name }] },
    ],
  };
  const check = checkTable({ ...read, table }, settings);
  expect(check.findings.map((f) => f.code)).not.toContain("duplicate_name");
  expect(check.summary.groups.map((s) => [s.name, s.total])).toEqual([
    ["Kinh tế", 1],
    ["Xã hội", 1],
  ]);
});
