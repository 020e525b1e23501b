/**
 * A large indicator table as offices type it: a title, a unit line, a blank row, a header, group
 * headings every 50 rows, and figures typed as vi-VN text ("6.794,12", "117,33%") or numbers.
 */
import type { CellValue } from "../../src/core/model";

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

function viNumber(value: number): string {
  const [int, frac] = value.toFixed(2).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac === "00" ? grouped : `${grouped},${frac}`;
}

/** `rows` indicator rows (plus a heading every 50), deterministic so runs compare. */
export function benchGrid(rows: number): CellValue[][] {
  const grid: CellValue[][] = [
    ["BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    ["Đảng bộ thành phố"],
    [],
    BENCH_HEADER.slice(),
  ];
  let seed = 12345;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < rows; i++) {
    if (i % GROUP_SIZE === 0) {
      const g = i / GROUP_SIZE;
      grid.push([ROMAN[g % ROMAN.length] ?? "I", `Nhóm chỉ tiêu ${g + 1}`]);
    }
    const unit = UNITS[i % UNITS.length] ?? "hộ";
    const down = unit === "vụ";
    const rate = unit === "%";
    const plan = rate ? Math.round(rand() * 90 + 5) : Math.round(rand() * 50_000 + 10);
    const whole = (x: number): number => (COUNTS.has(unit) ? Math.round(x) : x);
    const actual = whole(plan * (0.8 + rand() * 0.4));
    const prior = whole(actual * (0.85 + rand() * 0.2));
    grid.push([
      (i % GROUP_SIZE) + 1,
      `Chỉ tiêu số ${i + 1}`,
      unit,
      rate ? "Tỷ lệ" : "Số lượng",
      down ? "Giảm" : "Tăng",
      i % 3 === 0 ? plan : viNumber(plan),
      i % 4 === 0 ? Math.round(actual * 100) / 100 : viNumber(actual),
      i % 5 === 0 ? null : viNumber(prior),
      i % 7 === 0 ? "Ước thực hiện" : null,
    ]);
  }
  return grid;
}
