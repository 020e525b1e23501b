/**
 * The template catalogue as data, and the sheet each template becomes. A template carries the
 * computed columns the add-in would write: the sheet is built, read back with readTable and run
 * through computePlan, so a new template and a computed table never differ.
 */
import type {
  Block,
  CellValue,
  InputValidation,
  Period,
  Settings,
  SheetPlan,
  StyledRange,
  Text,
} from "./model";
import { rangeA1 } from "./a1";
import { readTable } from "./table";
import { computePlan, mergePlanIntoSheet } from "./plan";
import { INPUT_WIDTHS, OTHER_WIDTH, headerWidth, sheetColumnWidths } from "./widths";
import { literalContent } from "./literal";

export type TemplateId =
  "thanh-pho-nam" | "tinh-nam" | "ket-qua" | "so-ket-6-thang" | "so-ket-9-thang" | "nhiem-ky" | "trong";

export interface TemplateInfo {
  id: TemplateId;
  name: Text;
  description: Text;
  period: Period;
}

export interface TemplateOptions {
  settings: Settings;
  year?: number;
  unitName?: string;
  /** ket-qua only: how many indicator rows (default 14, as in the Cần Thơ 2020 report). */
  rows?: number;
}

export const TEMPLATES: TemplateInfo[] = [
  {
    id: "thanh-pho-nam",
    name: {
      vi: "Thành phố, huyện – chỉ tiêu Nghị quyết năm",
      en: "City or district – annual resolution targets",
    },
    description: {
      vi: "45 chỉ tiêu trong 4 nhóm: Xây dựng Đảng, Kinh tế, Văn hóa – xã hội, Quốc phòng – an ninh – nội chính; điền kế hoạch và số thực hiện.",
      en: "45 indicators in 4 groups: Party building, Economy, Culture and society, Defence, security and internal affairs; fill in plans and actuals.",
    },
    period: "nam",
  },
  {
    id: "tinh-nam",
    name: { vi: "Tỉnh – chỉ tiêu chủ yếu năm", en: "Province – main annual targets" },
    description: {
      vi: "Chỉ tiêu chủ yếu của Nghị quyết Tỉnh ủy, kế hoạch đã điền sẵn (có cột Phấn đấu cho thu, chi ngân sách).",
      en: "Main targets of a provincial resolution with plans filled in (a stretch column for budget revenue and spending).",
    },
    period: "nam",
  },
  {
    id: "ket-qua",
    name: { vi: "Báo cáo kết quả thực hiện chỉ tiêu", en: "Results report of targets" },
    description: {
      vi: "Danh sách chỉ tiêu không chia nhóm (mặc định 14 dòng) để báo cáo đạt và vượt x/y chỉ tiêu.",
      en: "A flat list of indicators (14 rows by default) to report how many targets were reached.",
    },
    period: "nam",
  },
  {
    id: "so-ket-6-thang",
    name: { vi: "Sơ kết 6 tháng", en: "Six-month review" },
    description: {
      vi: "Ước thực hiện 6 tháng, so với kế hoạch cả năm và cùng kỳ năm trước.",
      en: "Six-month estimates against the annual plan and the same period last year.",
    },
    period: "6_thang",
  },
  {
    id: "so-ket-9-thang",
    name: { vi: "Sơ kết 9 tháng", en: "Nine-month review" },
    description: {
      vi: "Ước thực hiện 9 tháng, so với kế hoạch cả năm và cùng kỳ năm trước.",
      en: "Nine-month estimates against the annual plan and the same period last year.",
    },
    period: "9_thang",
  },
  {
    id: "nhiem-ky",
    name: { vi: "Theo dõi chỉ tiêu nhiệm kỳ", en: "Term targets tracker" },
    description: {
      vi: "Mục tiêu nhiệm kỳ 2020 – 2025, số năm gốc và thực hiện từng năm; tự tính bình quân đến nay, mức cần mỗi năm còn lại, dự kiến cuối nhiệm kỳ.",
      en: "The 2020–2025 term's targets, the base year and each year's actual; computes the average so far, what each remaining year needs and the projection to the term's end.",
    },
    period: "nhiem_ky",
  },
  {
    id: "trong",
    name: { vi: "Bảng trống", en: "Blank table" },
    description: {
      vi: "Bảng chỉ tiêu trống với 10 dòng để tự điền.",
      en: "An empty indicator table with 10 rows to fill in.",
    },
    period: "nam",
  },
];

/** One indicator as a template pre-fills it; figures are left empty unless the seed gives a plan. */
interface Seeded {
  name: string;
  unit: string;
  kind: "Số lượng" | "Tỷ lệ" | "Tăng trưởng" | "Cơ cấu" | "Đạt/không";
  direction: "Tăng" | "Giảm";
  plan?: number | string;
  stretch?: number;
}

interface SeededGroup {
  stt: string;
  name: string;
  rows: Seeded[];
}

const q = (name: string, unit: string, direction: "Tăng" | "Giảm" = "Tăng"): Seeded => ({
  name,
  unit,
  kind: "Số lượng",
  direction,
});
const rate = (name: string, direction: "Tăng" | "Giảm" = "Tăng"): Seeded => ({
  name,
  unit: "%",
  kind: "Tỷ lệ",
  direction,
});

/** A city's annual resolution: the four groups and 9 + 12 + 13 + 11 = 45 indicators of seed 004. */
const CITY_GROUPS: SeededGroup[] = [
  {
    stt: "I",
    name: "Xây dựng Đảng",
    rows: [
      q("Kết nạp đảng viên mới", "đảng viên"),
      rate("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"),
      rate("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"),
      q("Đảng viên vi phạm bị xử lý kỷ luật", "đảng viên", "Giảm"),
      q("Cuộc kiểm tra, giám sát của cấp ủy", "cuộc"),
      rate("Tỷ lệ chi bộ đạt trong sạch, vững mạnh"),
      rate("Tỷ lệ cán bộ, đảng viên học tập, quán triệt nghị quyết"),
      rate("Tỷ lệ Mặt trận, đoàn thể hoàn thành tốt nhiệm vụ"),
      rate("Tỷ lệ người dân hài lòng với phục vụ hành chính"),
    ],
  },
  {
    stt: "II",
    name: "Kinh tế",
    rows: [
      q("Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng"),
      q("Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng"),
      q("Giá trị sản xuất nông nghiệp", "tỷ đồng"),
      q("Doanh nghiệp thành lập mới", "doanh nghiệp"),
      q("Hộ cá thể đăng ký kinh doanh mới", "hộ"),
      q("Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp"),
      q("Thu ngân sách trên địa bàn", "tỷ đồng"),
      q("Khối lượng thanh toán đầu tư hạ tầng", "tỷ đồng"),
      q("Công trình hạ tầng xã, phường đưa vào sử dụng", "công trình"),
      q("Tổng vốn đầu tư phát triển trên địa bàn", "tỷ đồng"),
      q("Lượt khách du lịch", "lượt khách"),
      rate("Tỷ lệ tiêu chí đô thị loại I đạt được"),
    ],
  },
  {
    stt: "III",
    name: "Văn hóa – xã hội",
    rows: [
      rate("Tỷ lệ hộ nghèo", "Giảm"),
      q("Lao động được giải quyết việc làm", "lao động"),
      rate("Tỷ lệ lao động qua đào tạo"),
      rate("Tỷ lệ dân số tham gia bảo hiểm y tế"),
      q("Trường đạt chuẩn quốc gia", "trường"),
      rate("Tỷ lệ hộ gia đình đạt chuẩn văn hóa"),
      rate("Tỷ lệ khu phố, ấp đạt chuẩn văn hóa"),
      rate("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "Giảm"),
      q("Bác sĩ trên một vạn dân", "bác sĩ"),
      rate("Tỷ lệ dân số dùng nước sạch"),
      rate("Tỷ lệ chất thải rắn đô thị được thu gom, xử lý"),
      q("Nhà ở cho gia đình chính sách được xây, sửa", "căn"),
      rate("Tỷ lệ xã, phường đạt chuẩn quốc gia về y tế"),
    ],
  },
  {
    stt: "IV",
    name: "Quốc phòng – an ninh – nội chính",
    rows: [
      rate("Tỷ lệ hoàn thành chỉ tiêu giao quân"),
      q("Số vụ tai nạn giao thông đường bộ", "vụ", "Giảm"),
      q("Số người chết do tai nạn giao thông", "người", "Giảm"),
      q("Số người bị thương do tai nạn giao thông", "người", "Giảm"),
      q("Số vụ phạm pháp hình sự", "vụ", "Giảm"),
      rate("Tỷ lệ điều tra, khám phá án hình sự"),
      rate("Tỷ lệ xã, phường đạt an toàn về an ninh, trật tự"),
      rate("Tỷ lệ giải quyết đơn thư khiếu nại, tố cáo"),
      q("Điểm, tụ điểm ma túy", "điểm", "Giảm"),
      {
        name: "Thực hiện chủ trương 6 không",
        unit: "chủ trương",
        kind: "Đạt/không",
        direction: "Tăng",
        plan: "hoàn thành",
      },
      rate("Tỷ lệ xã, phường vững mạnh toàn diện về quốc phòng"),
    ],
  },
];

/** A province's main targets with the plans the 2020 resolution set (seed 002). */
const PROVINCE_GROUPS: SeededGroup[] = [
  {
    stt: "I",
    name: "Xây dựng Đảng",
    rows: [
      { ...rate("Kết nạp đảng viên so với số đăng ký"), plan: "100%" },
      { ...q("Số đảng viên vi phạm bị xử lý kỷ luật", "đảng viên", "Giảm"), plan: "giảm 5% so với năm 2019" },
    ],
  },
  {
    stt: "II",
    name: "Kinh tế",
    rows: [
      {
        name: "Tốc độ tăng trưởng kinh tế (GRDP)",
        unit: "%",
        kind: "Tăng trưởng",
        direction: "Tăng",
        plan: 7.6,
      },
      // The resolution shifts the economy towards industry and services, so farming's share should fall.
      {
        name: "Cơ cấu kinh tế: nông - lâm - thủy sản",
        unit: "%",
        kind: "Cơ cấu",
        direction: "Giảm",
        plan: 31.83,
      },
      {
        name: "Cơ cấu kinh tế: công nghiệp - xây dựng",
        unit: "%",
        kind: "Cơ cấu",
        direction: "Tăng",
        plan: 19.63,
      },
      { name: "Cơ cấu kinh tế: dịch vụ", unit: "%", kind: "Cơ cấu", direction: "Tăng", plan: 45.69 },
      { ...q("Tổng kim ngạch xuất khẩu", "triệu USD"), plan: 1400 },
      { ...q("GRDP bình quân đầu người", "triệu đồng"), plan: 44.1 },
      { ...q("Thu ngân sách trên địa bàn", "tỷ đồng"), plan: 4835, stretch: 5000 },
      { ...q("Tổng chi ngân sách địa phương", "tỷ đồng"), plan: 10160.896, stretch: 10312.096 },
    ],
  },
  {
    stt: "III",
    name: "Văn hóa – xã hội",
    rows: [
      { ...rate("Tỷ lệ hộ nghèo", "Giảm"), plan: 4 },
      { ...rate("Tỷ lệ lao động qua đào tạo"), plan: 60 },
      { ...q("Lao động được tạo việc làm mới", "người"), plan: 18000 },
      { ...q("Người đi làm việc ở nước ngoài theo hợp đồng", "người"), plan: 1200 },
      { ...q("Xã được công nhận đạt chuẩn nông thôn mới", "xã"), plan: 12 },
      { ...rate("Tỷ lệ xã đạt 4 tiêu chí cứng nông thôn mới"), plan: "100%" },
    ],
  },
];

/** A results report's indicators, in the order a city like Cần Thơ lists them (seed 003). */
const RESULT_ROWS: Seeded[] = [
  { name: "Tăng trưởng kinh tế (GRDP)", unit: "%", kind: "Tăng trưởng", direction: "Tăng" },
  q("GRDP bình quân đầu người", "đồng"),
  { name: "Chỉ số phát triển công nghiệp", unit: "%", kind: "Tăng trưởng", direction: "Tăng" },
  q("Tổng vốn đầu tư phát triển trên địa bàn", "tỷ đồng"),
  q("Kim ngạch xuất khẩu hàng hóa và dịch vụ thu ngoại tệ", "triệu USD"),
  q("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng"),
  q("Sản lượng lúa", "tấn"),
  q("Sản lượng cây ăn trái", "tấn"),
  q("Xã đạt chuẩn nông thôn mới nâng cao", "xã"),
  q("Lao động được giải quyết việc làm", "lao động"),
  rate("Tỷ lệ hộ nghèo", "Giảm"),
  q("Trường học xây mới và sửa chữa", "trường"),
  q("Đảng viên mới được kết nạp", "đảng viên"),
  q("Đảng viên vi phạm bị thi hành kỷ luật", "đảng viên", "Giảm"),
];

const BLANK_ROWS = 10;
const DEFAULT_RESULT_ROWS = 14;
const MAX_ROWS = 1000;

interface Spec {
  title: string;
  periodLine: string;
  actualHeader: string;
  priorHeader: string;
  planHeader: string;
  stretch: boolean;
  groups: SeededGroup[];
  sheetName: string;
}

function spec(
  info: TemplateInfo & { id: Exclude<TemplateId, "nhiem-ky"> },
  year: number,
  rows: number,
): Spec {
  const plain = {
    planHeader: `Kế hoạch năm ${year}`,
    priorHeader: `Thực hiện năm ${year - 1}`,
    stretch: false,
  };
  switch (info.id) {
    case "thanh-pho-nam":
      return {
        ...plain,
        title: `BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM ${year}`,
        periodLine: `Năm ${year}`,
        actualHeader: `Thực hiện năm ${year}`,
        groups: CITY_GROUPS,
        sheetName: `Chỉ tiêu NQ ${year}`,
      };
    case "tinh-nam":
      return {
        ...plain,
        title: `CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT NĂM ${year}`,
        periodLine: `Năm ${year}`,
        actualHeader: `Ước thực hiện năm ${year}`,
        stretch: true,
        groups: PROVINCE_GROUPS,
        sheetName: `Chỉ tiêu tỉnh ${year}`,
      };
    case "ket-qua":
      return {
        ...plain,
        title: `KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM ${year}`,
        periodLine: `Năm ${year}`,
        actualHeader: `Thực hiện năm ${year}`,
        groups: [{ stt: "", name: "", rows: resultRows(rows) }],
        sheetName: `Kết quả ${year}`,
      };
    case "so-ket-6-thang":
    case "so-ket-9-thang": {
      const months = info.id === "so-ket-6-thang" ? 6 : 9;
      return {
        ...plain,
        title: `SƠ KẾT ${months} THÁNG THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM ${year}`,
        periodLine: `${months} tháng đầu năm ${year}`,
        actualHeader: `Ước TH ${months} tháng`,
        priorHeader: `Cùng kỳ năm ${year - 1}`,
        groups: CITY_GROUPS,
        sheetName: `Sơ kết ${months} tháng ${year}`,
      };
    }
    case "trong":
      return {
        ...plain,
        title: `BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM ${year}`,
        periodLine: `Năm ${year}`,
        actualHeader: `Thực hiện năm ${year}`,
        groups: [{ stt: "", name: "", rows: [] }],
        sheetName: `Chỉ tiêu ${year}`,
      };
  }
}

function resultRows(count: number): Seeded[] {
  const rows = RESULT_ROWS.slice(0, count);
  while (rows.length < count) rows.push(q("", ""));
  return rows;
}

/** Default year per template: the year of the seed it comes from. */
const DEFAULT_YEAR: Record<TemplateId, number> = {
  "thanh-pho-nam": 2021,
  "tinh-nam": 2020,
  "ket-qua": 2020,
  "so-ket-6-thang": 2021,
  "so-ket-9-thang": 2021,
  // The term's last year: 2025 is the 2020–2025 term.
  "nhiem-ky": 2025,
  trong: 2021,
};

/** The input columns of a template, left to right (Phấn đấu only where the template has it). */
type TemplateColumn =
  "stt" | "name" | "unit" | "kind" | "direction" | "plan" | "stretch" | "actual" | "prior" | "note";

/** Column widths are decided in widths.ts, as for every sheet core lays out. */
export { headerWidth };

const TITLE_ROW = 0;
const UNIT_ROW = 1;
const PERIOD_ROW = 2;
const HEADER_ROW = 4;

export function findTemplate(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** Unknown template id: callers list TEMPLATES in their message. */
export class UnknownTemplateError extends Error {
  constructor(readonly id: string) {
    super(`unknown template "${id}"`);
    this.name = "UnknownTemplateError";
  }
}

export function templateSheet(id: string, options: TemplateOptions): SheetPlan {
  const info = findTemplate(id);
  if (!info) throw new UnknownTemplateError(id);
  const year = options.year ?? DEFAULT_YEAR[info.id];
  if (info.id === "nhiem-ky") return termTemplateSheet(year, options);
  const rowCount = Math.min(MAX_ROWS, Math.max(1, Math.trunc(options.rows ?? DEFAULT_RESULT_ROWS)));
  const s = spec({ ...info, id: info.id }, year, rowCount);
  const columns: TemplateColumn[] = ["stt", "name", "unit", "kind", "direction", "plan"];
  if (s.stretch) columns.push("stretch");
  columns.push("actual", "prior", "note");
  const col = (key: TemplateColumn): number => columns.indexOf(key);

  const headerText: Record<TemplateColumn, string> = {
    stt: "STT",
    name: "Chỉ tiêu",
    unit: "Đơn vị tính",
    kind: "Loại",
    direction: "Chiều",
    plan: s.planHeader,
    stretch: "Phấn đấu",
    actual: s.actualHeader,
    prior: s.priorHeader,
    note: "Ghi chú",
  };

  const grid: CellValue[][] = [];
  const blank = (): CellValue[] => columns.map(() => null);
  grid[TITLE_ROW] = [s.title, ...blank().slice(1)];
  grid[UNIT_ROW] = [options.unitName ?? "Đơn vị: ……………………", ...blank().slice(1)];
  grid[PERIOD_ROW] = [s.periodLine, ...blank().slice(1)];
  grid[3] = blank();
  grid[HEADER_ROW] = columns.map((c) => headerText[c]);

  const styles: StyledRange[] = [];
  const numericRows: number[] = [];
  const indicatorRows: number[] = [];
  const last = columns.length - 1;
  let r = HEADER_ROW + 1;
  for (const group of s.groups) {
    if (group.name !== "") {
      const heading = blank();
      heading[col("stt")] = group.stt;
      heading[col("name")] = group.name;
      grid[r] = heading;
      styles.push({ address: rangeA1(r, 0, r, last), style: "group" });
      r++;
    }
    const rows = info.id === "trong" ? Array.from({ length: BLANK_ROWS }, () => null) : group.rows;
    rows.forEach((seeded, i) => {
      const line = blank();
      line[col("stt")] = i + 1;
      if (seeded) {
        line[col("name")] = seeded.name === "" ? null : seeded.name;
        line[col("unit")] = seeded.unit === "" ? null : seeded.unit;
        line[col("kind")] = seeded.name === "" ? null : seeded.kind;
        line[col("direction")] = seeded.name === "" ? null : seeded.direction;
        line[col("plan")] = seeded.plan ?? null;
        if (s.stretch) line[col("stretch")] = seeded.stretch ?? null;
      }
      grid[r] = line;
      indicatorRows.push(r);
      if (seeded?.kind !== "Đạt/không") numericRows.push(r);
      r++;
    });
    const first = r - rows.length;
    if (rows.length > 0) styles.push({ address: rangeA1(first, 0, r - 1, last), style: "input" });
  }

  const read = readTable(grid, { convention: options.settings.convention });
  const plan = computePlan(read, options.settings);

  const computedCols = Object.values(plan.columns);
  const right = Math.max(last, ...computedCols);
  // Names, units and the "Đơn vị:" line (`template --unit`) are a person's text: written as text.
  const inputBlock: Block = { row: 0, col: 0, contents: grid.map((row) => row.map(literalContent)) };
  const widths = sheetColumnWidths(
    columns.map((c, i) => Math.max(INPUT_WIDTHS[c], headerWidth(String(grid[HEADER_ROW]?.[i] ?? "")))),
    plan,
    right,
  );

  const base: SheetPlan = {
    name: s.sheetName.slice(0, 31),
    blocks: [inputBlock],
    styles: [
      { address: rangeA1(TITLE_ROW, 0, TITLE_ROW, right), style: "title" },
      { address: rangeA1(UNIT_ROW, 0, UNIT_ROW, right), style: "subtitle" },
      { address: rangeA1(PERIOD_ROW, 0, PERIOD_ROW, right), style: "subtitle" },
      { address: rangeA1(HEADER_ROW, 0, HEADER_ROW, last), style: "header" },
      ...styles,
    ],
    merges: [
      rangeA1(TITLE_ROW, 0, TITLE_ROW, right),
      rangeA1(UNIT_ROW, 0, UNIT_ROW, right),
      rangeA1(PERIOD_ROW, 0, PERIOD_ROW, right),
    ],
    columnWidths: widths,
    freezeRows: HEADER_ROW + 1,
    layout: read.layout,
    conditionalRules: [],
    validations: inputValidations(columns, numericRows, indicatorRows),
  };
  return mergePlanIntoSheet(base, plan);
}

/** Consecutive row numbers as [first, last] runs, so each run is one range. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const tail = out[out.length - 1];
    if (tail && tail[1] === r - 1) tail[1] = r;
    else out.push([r, r]);
  }
  return out;
}

const FIGURE_MESSAGE: Text = {
  vi: "Ô này chỉ nhận số (ví dụ 6.794,12). Chữ, khoảng trắng hay dấu nhóm sai làm Excel không tính được.",
  en: "This cell takes a number only (e.g. 6,794.12). Text or a wrong separator stops Excel from calculating.",
};

/**
 * Figures (Thực hiện, Cùng kỳ, Phấn đấu) must be numbers except on yes/no rows; Loại and Chiều
 * pick from their words. Kế hoạch is left free: "dưới 4", "6,6 – 6,8" are valid plans.
 */
function inputValidations(
  columns: readonly TemplateColumn[],
  numericRows: readonly number[],
  indicatorRows: readonly number[],
): InputValidation[] {
  const out: InputValidation[] = [];
  for (const key of ["stretch", "actual", "prior"] as const) {
    const c = columns.indexOf(key);
    if (c < 0) continue;
    for (const [a, b] of runs(numericRows))
      out.push({ address: rangeA1(a, c, b, c), rule: { kind: "decimal" }, message: FIGURE_MESSAGE });
  }
  const lists: [TemplateColumn, string[], Text][] = [
    [
      "kind",
      ["Số lượng", "Tỷ lệ", "Tăng trưởng", "Cơ cấu", "Đạt/không"],
      { vi: "Chọn loại chỉ tiêu trong danh sách.", en: "Pick the kind of indicator from the list." },
    ],
    [
      "direction",
      ["Tăng", "Giảm"],
      {
        vi: "Chọn Tăng (tăng là tốt) hoặc Giảm (giảm là tốt).",
        en: "Pick Tăng (higher is better) or Giảm (lower is better).",
      },
    ],
  ];
  for (const [key, values, message] of lists) {
    const c = columns.indexOf(key);
    for (const [a, b] of runs(indicatorRows))
      out.push({ address: rangeA1(a, c, b, c), rule: { kind: "list", values }, message });
  }
  return out;
}

/** A term's headline targets, in the forms resolutions use (DOMAIN.md; seed 000's 80 % đô thị loại I). */
const TERM_GROUPS: { stt: string; name: string; rows: [string, string, "Tăng" | "Giảm", string][] }[] = [
  {
    stt: "I",
    name: "Kinh tế",
    rows: [
      ["Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", "Tăng", "tăng bình quân 7,5%/năm"],
      ["GRDP bình quân đầu người", "triệu đồng", "Tăng", "đến năm 2025 đạt 90 triệu đồng"],
      ["Tỷ lệ tiêu chí đô thị loại I đạt được", "%", "Tăng", "đến năm 2025 đạt 80%"],
    ],
  },
  {
    stt: "II",
    name: "Văn hóa – xã hội",
    rows: [
      ["Giải quyết việc làm", "lao động", "Tăng", "90.000 lao động trong 5 năm"],
      ["Tỷ lệ hộ nghèo", "%", "Giảm", "dưới 1%"],
    ],
  },
];

/**
 * The term tracker: per indicator the term target as the resolution words it, the base year's
 * figure and one column per year of the term; the computed term columns come from computePlan, as
 * for every template. `year` is the term's last year (2025 for nhiệm kỳ 2020–2025).
 */
function termTemplateSheet(endYear: number, options: TemplateOptions): SheetPlan {
  const baseYear = endYear - 5;
  const years = Array.from({ length: endYear - baseYear }, (_, i) => baseYear + 1 + i);
  const header: string[] = [
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Chiều",
    `Mục tiêu đến năm ${endYear}`,
    `Năm ${baseYear} (gốc)`,
    ...years.map((y) => `Thực hiện ${y}`),
    "Ghi chú",
  ];
  const last = header.length - 1;
  const blank = (): CellValue[] => header.map(() => null);
  const term = `${baseYear} – ${endYear}`;
  const grid: CellValue[][] = [];
  grid[TITLE_ROW] = [`CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ ${term}`, ...blank().slice(1)];
  grid[UNIT_ROW] = [options.unitName ?? "Đơn vị: ……………………", ...blank().slice(1)];
  grid[PERIOD_ROW] = [`Nhiệm kỳ ${term}`, ...blank().slice(1)];
  grid[3] = blank();
  grid[HEADER_ROW] = header;
  const styles: StyledRange[] = [];
  const figureRows: number[] = [];
  let r = HEADER_ROW + 1;
  for (const group of TERM_GROUPS) {
    const heading = blank();
    heading[0] = group.stt;
    heading[1] = group.name;
    grid[r] = heading;
    styles.push({ address: rangeA1(r, 0, r, last), style: "group" });
    r++;
    group.rows.forEach(([name, unit, direction, target], i) => {
      const line = blank();
      line[0] = i + 1;
      line[1] = name;
      line[2] = unit;
      line[3] = direction;
      line[4] = target;
      grid[r] = line;
      figureRows.push(r);
      r++;
    });
    styles.push({ address: rangeA1(r - group.rows.length, 0, r - 1, last), style: "input" });
  }
  const read = readTable(grid, { convention: options.settings.convention });
  const plan = computePlan(read, options.settings);
  const right = Math.max(last, ...Object.values(plan.columns), ...plan.headers.map((h) => h.col));
  const widths = sheetColumnWidths(
    header.map((text, c) =>
      Math.max(c === 1 ? INPUT_WIDTHS.name : c === 0 ? INPUT_WIDTHS.stt : OTHER_WIDTH, headerWidth(text)),
    ),
    plan,
    right,
  );
  const validations: InputValidation[] = [];
  for (let c = 5; c < last; c++)
    for (const [a, b] of runs(figureRows))
      validations.push({ address: rangeA1(a, c, b, c), rule: { kind: "decimal" }, message: FIGURE_MESSAGE });
  const base: SheetPlan = {
    name: `Nhiệm kỳ ${baseYear}-${endYear}`,
    blocks: [{ row: 0, col: 0, contents: grid.map((row) => row.map(literalContent)) }],
    styles: [
      { address: rangeA1(TITLE_ROW, 0, TITLE_ROW, right), style: "title" },
      { address: rangeA1(UNIT_ROW, 0, UNIT_ROW, right), style: "subtitle" },
      { address: rangeA1(PERIOD_ROW, 0, PERIOD_ROW, right), style: "subtitle" },
      { address: rangeA1(HEADER_ROW, 0, HEADER_ROW, last), style: "header" },
      ...styles,
    ],
    merges: [
      rangeA1(TITLE_ROW, 0, TITLE_ROW, right),
      rangeA1(UNIT_ROW, 0, UNIT_ROW, right),
      rangeA1(PERIOD_ROW, 0, PERIOD_ROW, right),
    ],
    columnWidths: widths,
    freezeRows: HEADER_ROW + 1,
    layout: read.layout,
    conditionalRules: [],
    validations,
  };
  return mergePlanIntoSheet(base, plan);
}
