/**
 * A large indicator table as offices keep it: a title, a unit line, a blank row, a header, group
 * headings every 50 rows, then the figures in one of two shapes:
 * - "sheet": as xlsx and Excel give them, JS numbers, with a few percent of cells typed wrong
 *   (vi text such as "6.794,12", an ambiguous "121,729", a word, a ×1000 slip) and a few rate
 *   cells typed "60%" (the number 0.6 shown with a percent format);
 * - "text": every figure as vi-VN text ("6.794,12"), as a CSV or a sheet pasted as text gives them.
 */
import type { CellValue } from "../../src/core/model";

export type BenchShape = "sheet" | "text";

export interface BenchTable {
  grid: CellValue[][];
  /** Number formats, as Excel's numberFormat grid (or ExcelJS numFmt) gives them; null is General. */
  numberFormats: (string | null)[][];
}

export const BENCH_HEADER = [
  "STT",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Loại",
  "Chiều",
  "Kế hoạch",
  "Thực hiện",
  "Cùng kỳ",
  "Ghi chú",
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const UNITS = ["tỷ đồng", "doanh nghiệp", "hộ", "%", "vụ", "người"];
/** Units counted in whole numbers: their figures are typed without decimals. */
const COUNTS = new Set(["doanh nghiệp", "hộ", "vụ", "người"]);
const GROUP_SIZE = 50;
const PLAN = 5;
const ACTUAL = 6;
const PRIOR = 7;

function viNumber(value: number): string {
  const [int, frac] = value.toFixed(2).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac === "00" ? grouped : `${grouped},${frac}`;
}

/** `rows` indicator rows (plus a heading every 50), deterministic so runs compare. */
export function benchTable(rows: number, shape: BenchShape = "sheet"): BenchTable {
  const grid: CellValue[][] = [
    ["BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    ["Đảng bộ thành phố"],
    [],
    BENCH_HEADER.slice(),
  ];
  const numberFormats: (string | null)[][] = grid.map(() => []);
  let seed = 12345;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < rows; i++) {
    if (i % GROUP_SIZE === 0) {
      const g = i / GROUP_SIZE;
      grid.push([ROMAN[g % ROMAN.length] ?? "I", `Nhóm chỉ tiêu ${g + 1}`]);
      numberFormats.push([]);
    }
    const unit = UNITS[i % UNITS.length] ?? "hộ";
    const down = unit === "vụ";
    const rate = unit === "%";
    const count = COUNTS.has(unit);
    const plan = rate ? Math.round(rand() * 90 + 5) : Math.round(rand() * 50_000 + 10);
    const whole = (x: number): number => (count ? Math.round(x) : Math.round(x * 100) / 100);
    const actual = whole(plan * (0.8 + rand() * 0.4));
    const prior = whole(actual * (0.85 + rand() * 0.2));
    const formats: (string | null)[] = [];
    const row: CellValue[] = [
      (i % GROUP_SIZE) + 1,
      `Chỉ tiêu số ${i + 1}`,
      unit,
      rate ? "Tỷ lệ" : "Số lượng",
      down ? "Giảm" : "Tăng",
      plan,
      actual,
      i % 5 === 0 ? null : prior,
      i % 7 === 0 ? "Ước thực hiện" : null,
    ];
    if (shape === "text") {
      for (const col of [PLAN, ACTUAL, PRIOR]) {
        const v = row[col];
        if (typeof v === "number") row[col] = viNumber(v);
      }
    } else {
      // About 4 % of the figure cells typed wrong, each kind of mistake a reader must catch.
      const slip = rand();
      const col = [PLAN, ACTUAL, PRIOR][Math.floor(rand() * 3)] ?? ACTUAL;
      const v = row[col];
      if (typeof v === "number") {
        if (slip < 0.02) row[col] = viNumber(v);
        else if (slip < 0.025)
          row[col] = `${(v % 900) + 100},${String(Math.round(v) % 1000).padStart(3, "1")}`;
        else if (slip < 0.03) row[col] = "chưa có";
        else if (slip < 0.035) row[col] = "-";
        else if (slip < 0.04 && count && col === ACTUAL) row[col] = (Math.round(v) * 10 + 7) / 1000;
        else if (slip < 0.06 && rate && col === ACTUAL) {
          row[col] = v / 100;
          formats[col] = "0.00%";
        }
      }
    }
    grid.push(row);
    numberFormats.push(formats);
  }
  return { grid, numberFormats };
}

/** The grid alone. */
export function benchGrid(rows: number, shape: BenchShape = "sheet"): CellValue[][] {
  return benchTable(rows, shape).grid;
}
