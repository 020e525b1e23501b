/**
 * Test tables that several files compute, core's tests through HyperFormula and the CLI's through
 * LibreOffice: kept once so that both recalculate the very figures their hand values are about.
 * Figures are made up unless said. Each test that changes a cell changes a copy.
 */

/** A cell as both core's tables (CellValue) and the CLI's workbooks (Cell) take it. */
type Figure = string | number | null;

/** AUDIT3 T06's title and header: 9 months, "Ước thực hiện cả năm" and "Thực hiện năm 2024", no Cùng kỳ. */
export const T06_HEAD: Figure[][] = [
  ["Kết quả thực hiện chỉ tiêu 9 tháng năm 2025"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2025", "Ước TH 9 tháng", "Ước thực hiện cả năm", "Thực hiện năm 2024"],
];

/**
 * T06's rows as numbers. The hand values: 11.500 / 11.000 = 104,55 %, 12 / 9 = 133,33 %,
 * 3.300 / 2.900 = 113,79 %.
 */
export const T06_ROWS: Figure[][] = [
  [1, "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 12000, 8200, 11500, 11000],
  [2, "Số xã đạt chuẩn nông thôn mới", "xã", 12, 10, 12, 9],
  [3, "Lao động được giải quyết việc làm", "lao động", 3000, 2400, 3300, 2900],
];

/** T06 with its estimate and 2024 typed as text ("11.500", "62,5%"), and a rate's row. */
export const T06_TEXT: Figure[][] = [
  ...T06_HEAD,
  [1, "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 12000, 8200, "11.500", "11.000"],
  [2, "Số xã đạt chuẩn nông thôn mới", "xã", 12, 10, "12", 9],
  [3, "Lao động được giải quyết việc làm", "lao động", 3000, 2400, 3300, "2.900"],
  [4, "Tỷ lệ lao động qua đào tạo", "%", 60, 58, "62,5%", "57"],
];

/** The title of Bến Tre's 9-month tables of 2021. */
export const NINE_MONTHS_2021_TITLE = "Kết quả thực hiện các chỉ tiêu Nghị quyết 9 tháng năm 2021";

/** Their header: the year's plan, the 9 months, Cùng kỳ (9 tháng 2020) and the prior full year. */
export const NINE_MONTHS_2021_HEADER: Figure[] = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Kế hoạch năm 2021",
  "Ước thực hiện 9 tháng 2021",
  "Thực hiện 9 tháng 2020",
  "Thực hiện năm 2020",
];

/** 9 months with Cùng kỳ and the prior full year, both typed as text: the seasonal share. */
export const SEASONAL_TEXT: Figure[][] = [
  [NINE_MONTHS_2021_TITLE],
  [],
  NINE_MONTHS_2021_HEADER,
  [1, "Giá trị sản xuất công nghiệp", "tỷ đồng", 43000, 31000, "30.000", "42.000"],
  [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 100, "120", "200"],
];

/**
 * Two groups with their subtotals "Cộng" and the grand "Tổng cộng" (labels in the STT cell), with
 * Cùng kỳ; below a header. By hand: 144 / 150, 144 / 135; 80,2 / 80, 80,2 / 70; 224,2 / 230,
 * 224,2 / 205.
 */
export const SUBTOTAL_ROWS: Figure[][] = [
  ["I", "Khối xã", null, null, null, null],
  [1, "Xã A", "tấn", 100, 104, 90],
  [2, "Xã B", "tấn", 50, 40, 45],
  ["Cộng", null, "tấn", 150, 144, 135],
  ["II", "Khối thị trấn", null, null, null, null],
  [3, "Thị trấn C", "tấn", 80, 80.2, 70],
  ["Cộng", null, "tấn", 80, 80.2, 70],
  ["Tổng cộng", null, "tấn", 230, 224.2, 205],
];

/** A term table's title, the 2020 – 2025 term (en dash, as offices type it). */
export const TERM_TITLE = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025";

/** A term table's one-row header: the term's target, 2020 as the base, three years as offices head them. */
export const TERM_HEADER: Figure[] = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Mục tiêu đến năm 2025",
  "Năm 2020 (gốc)",
  "Thực hiện 2021",
  "TH 2022",
  "Ước 2023",
];

/*
 * Seed-style term indicators (the four target forms): name, unit, target, 2020, 2021, 2022, 2023;
 * a row is `[stt, ...TERM_GRDP]`, with empty cells after it for later years.
 */
/** Growth a year: GRDP 7,5 %/năm from 50.000 tỷ. */
export const TERM_GRDP: Figure[] = [
  "Tổng sản phẩm (GRDP)",
  "tỷ đồng",
  "tăng bình quân 7,5%/năm",
  50000,
  53500,
  57400,
  61750,
];
/** A total over the term, no base: 90.000 jobs in 5 years. */
export const TERM_JOBS: Figure[] = [
  "Giải quyết việc làm",
  "lao động",
  "90.000 lao động trong 5 năm",
  null,
  17500,
  18200,
  19000,
];
/** A level by the end: 80 % of the criteria of a class-I town by 2025. */
export const TERM_URBAN: Figure[] = [
  "Tỷ lệ đạt tiêu chí đô thị loại I",
  "%",
  "đến năm 2025 đạt 80%",
  62,
  66,
  69,
  72,
];
/** A limit: poor households under 1 %, two years given. */
export const TERM_POOR: Figure[] = ["Tỷ lệ hộ nghèo", "%", "dưới 1%", 4.5, 3.8, 3.0, null];

/** A line of a unit's table: Chỉ tiêu, Đơn vị tính, Loại, Chiều, Kế hoạch, Thực hiện, Cùng kỳ. */
export type UnitLine = [
  name: string,
  unit: string,
  kind: string,
  dir: string,
  plan: Figure,
  actual: Figure,
  prior: Figure,
];

/**
 * A unit's sheet for the merge, as offices lay it out: title, unit name (the form's dotted blank
 * when null), blank line, header, then each group's heading and numbered lines.
 */
export function unitGrid(unitName: string | null, groups: [string, string, UnitLine[]][]): Figure[][] {
  const grid: Figure[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    [unitName === null ? "Đơn vị: ……………" : `Đơn vị: ${unitName}`],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ];
  for (const [stt, name, lines] of groups) {
    grid.push([stt, name]);
    lines.forEach((l, i) => grid.push([i + 1, ...l]));
  }
  return grid;
}

/**
 * The seed-style term targets with the base and years partly typed as text ("57.400", "68,5",
 * "2,4%"), as an en-US Excel keeps them or a paste leaves them; years 2020 – 2025 (sheet rows 4–9).
 */
export const TERM_TEXT: Figure[][] = [
  ["CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025"],
  [],
  [...TERM_HEADER, "TH 2024", "TH 2025"],
  [
    1,
    "Tổng sản phẩm (GRDP)",
    "tỷ đồng",
    "tăng bình quân 7,5%/năm",
    "50.000",
    53500,
    "57.400",
    "61.750",
    null,
    null,
  ],
  [2, "Tỷ lệ hộ nghèo", "%", "dưới 1%", "4,5", "3,8", 3.0, "2,4%", null, null],
  [
    3,
    "Giải quyết việc làm",
    "lao động",
    "90.000 lao động trong 5 năm",
    null,
    "17.500",
    18200,
    "19.000",
    null,
    null,
  ],
  [4, "Tỷ lệ đạt tiêu chí đô thị loại I", "%", "đến năm 2025 đạt 80%", "62", 66, "69", 72, null, null],
  [5, "Tốc độ tăng trưởng kinh tế", "%", "tăng bình quân 7,5%/năm", null, "7,1", 7.3, "7,4", null, null],
  [
    6,
    "GRDP bình quân đầu người",
    "triệu đồng",
    "đến năm 2025 đạt 90 triệu đồng",
    "60",
    "64",
    "68,5",
    null,
    null,
    null,
  ],
];
