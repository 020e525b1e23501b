/**
 * The indicator model: what a resolution's target table is, as data.
 * Everything here is a closed union or a plain record; no Office, no DOM.
 * This file is the contract between core modules, the Excel adapter, the CLI and the pane.
 */

/** How numbers are written: vi-VN ("6.794,12") or en-US ("6,794.12"). vi is the default. */
export type NumberConvention = "vi" | "en";

/** UI / message language. */
export type Lang = "vi" | "en";

/** A message shown to a person, always in both languages. */
export interface Text {
  vi: string;
  en: string;
}

/** A cell value as Excel or a CSV gives it to us. */
export type CellValue = string | number | boolean | null;

/**
 * Reporting period. A partial period (3/6/9 months: quý I, 6 tháng, 9 tháng) is compared with the
 * annual plan and judged on progress (src/core/period.ts). "quý II/III" are read as the first 6/9
 * months, as quarterly reports carry the figures from the start of the year.
 */
export type Period = "3_thang" | "6_thang" | "9_thang" | "nam" | "nhiem_ky";

/** Which way is better. "up": tăng là tốt (default). "down": giảm là tốt (accidents, poverty…). */
export type Direction = "up" | "down";

/**
 * Kind of indicator (column Loại).
 * - quantity: a count or amount; judged by % KH = TH / KH × 100.
 * - rate: a share in % (poor households 4%); judged in điểm % (TH − KH); must stay in 0–100.
 * - growth: TH is itself a growth rate (GRDP +7,6%); judged in điểm %; may be negative.
 * - structure: one of several shares of a whole (NLTS 31,83%); judged in điểm %; shares of a
 *   group sum to ≤ 100.
 * - yesno: "hoàn thành", "6 không": Đạt / Không đạt entered by hand in Thực hiện.
 */
export type IndicatorKind = "quantity" | "rate" | "growth" | "structure" | "yesno";

/** The Loại word a table writes for each kind, as the templates write it. */
export const KIND_WORDS: Readonly<Record<IndicatorKind, string>> = {
  quantity: "Số lượng",
  rate: "Tỷ lệ",
  growth: "Tăng trưởng",
  structure: "Cơ cấu",
  yesno: "Đạt/không",
};

/**
 * What the Kế hoạch cell says, parsed once.
 * - value: a plain number ("150", "4.835").
 * - range: "6,6 – 6,8" (lo ≤ hi). Inside = Đạt, the better side (by direction) = Vượt.
 * - limit: "dưới 4" (side upper, strict), "không quá 4" / "tối đa 4" (upper, inclusive),
 *   "trên 30" (lower, strict), "ít nhất 30" / "tối thiểu 30" (lower, inclusive).
 *   Judged like a value target with `bound` as KH: better than the bound = Vượt, equal to an
 *   inclusive bound = Đạt, otherwise Không đạt. The limit's side fixes the direction.
 * - approx: "khoảng 4": Đạt within settings.approxTolerancePct (relative, % of the value) on a
 *   quantity, within settings.approxTolerancePoints (điểm %) on a rate, growth or structure row;
 *   else by direction.
 * - relative: "giảm 5% so với cùng kỳ" → change = -5, "tăng 10% so CK" → change = +10.
 *   KH = CK × (1 + change / 100); needs CK. Direction defaults to the sign of change.
 *   A range of change ("tăng 5–7%") also has changeTo (+7): the plan is the range
 *   CK × (1 + change / 100) … CK × (1 + changeTo / 100), judged as a range.
 *   With `points` the change is in điểm % on a rate ("giảm 0,5 điểm %" on CK 3,2 → KH 2,7):
 *   KH = CK + change (and CK + changeTo).
 * - all: "100%", "100% xã đạt …": Đạt only when TH is exactly 100 (%), never Vượt.
 * - yesno: "hoàn thành", "đạt": TH is a word, judged by hand.
 */
export type Target =
  | { kind: "value"; value: number }
  | { kind: "range"; lo: number; hi: number }
  | { kind: "limit"; bound: number; side: "upper" | "lower"; inclusive: boolean }
  | { kind: "approx"; value: number }
  | { kind: "relative"; change: number; changeTo?: number; points?: true }
  | { kind: "all" }
  | { kind: "yesno" };

/**
 * The verdicts. JSON and code use these ids; labels come from `verdictLabel`.
 * chua_co_so_lieu: the actual is missing. khong_giao_ke_hoach: an actual with no target (seed 000
 * gives revenue only against the prior year): reported, never counted in "đạt và vượt x/y".
 * dung_tien_do / cham_tien_do ("Đúng tiến độ" / "Chậm tiến độ") judge a partial period on progress.
 */
export type Verdict =
  | "vuot"
  | "dat"
  | "co_ban_dat"
  | "khong_dat"
  | "chua_co_so_lieu"
  | "khong_giao_ke_hoach"
  | "dung_tien_do"
  | "cham_tien_do";

/** An actual that is a word, for yes/no indicators. */
export type YesNo = "yes" | "no";

/** Columns of the canonical table. Input columns are the user's; computed ones are ours. */
export type InputColumn =
  | "stt"
  | "name"
  | "unit"
  | "kind"
  | "direction"
  | "plan"
  | "stretch"
  | "actual"
  | "prior"
  | "reportedPct"
  | "note";

/** Every input column, in the canonical table's order. */
export const INPUT_COLUMNS: readonly InputColumn[] = [
  "stt",
  "name",
  "unit",
  "kind",
  "direction",
  "plan",
  "stretch",
  "actual",
  "prior",
  "reportedPct",
  "note",
];

/** Columns the add-in owns and writes (as formulas). Nothing else is ever written. */
export type ComputedColumn = "pctPlan" | "pctStretch" | "pctPrior" | "changePct" | "diffPoints" | "verdict";

/** Every computed column, in the order the add-in places them. */
export const COMPUTED_COLUMNS: readonly ComputedColumn[] = [
  "pctPlan",
  "pctStretch",
  "pctPrior",
  "changePct",
  "diffPoints",
  "verdict",
];

/**
 * Columns a partial-period table may add: the office's estimate for the whole year ("Ước thực hiện
 * cả năm") and the prior year's full-year actual (with Cùng kỳ, it gives the seasonal share).
 */
export type PeriodColumn = "yearEstimate" | "priorYear";

export const PERIOD_COLUMNS: readonly PeriodColumn[] = ["yearEstimate", "priorYear"];

export type ColumnKey = InputColumn | ComputedColumn | PeriodColumn;

/**
 * Figures an office's table often types itself beside ours: "% KH", "So sánh (%)" › "KH | CK",
 * "Tỷ lệ so với KH (%)", "So cùng kỳ (%)", "Tăng/giảm (%)", "Chênh lệch (điểm %)". Typed, they are
 * the user's cells: read and compared with what we compute, never written.
 */
export type PrintedColumn = "pctPlan" | "pctPrior" | "changePct" | "diffPoints";

export const PRINTED_COLUMNS: readonly PrintedColumn[] = ["pctPlan", "pctPrior", "changePct", "diffPoints"];

/** A figure the office typed in one of its comparison columns, as read. */
export interface PrintedFigure {
  /** In percent (117.33) or in điểm %; a cell shown with a % format is read as it shows. */
  value: number;
  /** The text typed ("116,66%"), whose decimals say how it was rounded; null for a number. */
  text: string | null;
  /** A number without a % format: 1.1733 may be 117,33 % that lost its format. */
  unformatted: boolean;
  cell: CellRef;
}

/**
 * A term target (nhiệm kỳ) as resolutions word it (src/core/term.ts parses it):
 * level "đến năm 2025 đạt 80% tiêu chí đô thị loại I"; growth "tăng bình quân 7,5%/năm";
 * total "90.000 lao động trong 5 năm"; limit "tỷ lệ hộ nghèo dưới 1%".
 */
export type TermTarget =
  | { kind: "level"; value: number }
  | { kind: "growth"; ratePct: number }
  | { kind: "total"; value: number }
  | { kind: "limit"; bound: number; side: "upper" | "lower" };

/** The computed columns of a term table (besides Đánh giá), in the order they are placed. */
export type TermComputedColumn = "termToDate" | "termNeeded" | "termProjected";

export const TERM_COMPUTED_COLUMNS: readonly TermComputedColumn[] = [
  "termToDate",
  "termNeeded",
  "termProjected",
];

/**
 * Where a term table keeps its years: the base year's column ("Năm 2020 (gốc)") and one column per
 * year of the term ("Thực hiện 2021", "TH 2022", "Ước 2023", or years under "Thực hiện các năm").
 */
export interface TermLayout {
  baseYear: number;
  endYear: number;
  baseCol: number | null;
  /** Year columns, in year order. */
  years: { year: number; col: number; estimate: boolean }[];
  /** Our computed term columns, when the table already has them. */
  computed: Partial<Record<TermComputedColumn, number>>;
}

/** A term row's figures: the parsed term target, the base year's figure and each year's actual. */
export interface TermFigures {
  target: TermTarget | null;
  baseYear: number;
  endYear: number;
  base: number | null;
  /** One entry per year from baseYear + 1 to endYear; null where nothing is reported (or no column). */
  actuals: (number | null)[];
  cells: { base?: CellRef; years: (CellRef | null)[] };
  /**
   * What those cells held as read ("57.400" typed as text is read as 57 400): the live formulas
   * compile such text in while the cell still holds it, as they do for `raw` and `periodRaw`.
   */
  raw: { base?: CellValue; years: CellValue[] };
}

/** How a term's path is carried to its end: compound growth, a linear trend in points, the run rate. */
export type TermProjection = "compound" | "linear" | "run_rate";

/** What `check --json` and the report say of a term row (src/core/term.ts computes it). */
export interface TermRowResult {
  target: TermTarget;
  kind: TermTarget["kind"];
  baseYear: number;
  endYear: number;
  /** Achieved so far: average growth %/year (growth), the total (total), the level now (level, limit). */
  toDate: number | null;
  /** The average a year so far: growth in % (compound), points (rates), an amount (totals). */
  average: number | null;
  /** What each remaining year needs: % a year, points a year (rates) or an amount a year (totals). */
  needed: number | null;
  /** The figure at the term's end (the total over it for totals) if the path so far continues. */
  projected: number | null;
  onTrack: boolean | null;
  method: TermProjection;
  yearsDone: number;
  yearsLeft: number;
}

/** A place in the sheet: 0-based row/col inside the sheet, and its A1 address ("F7"). */
export interface CellRef {
  row: number;
  col: number;
  address: string;
}

/** One indicator row, as read and parsed. Numbers are already in the row's unit. */
export interface IndicatorRow {
  /** 0-based sheet row this indicator sits on. */
  sheetRow: number;
  stt: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  /** Parsed Kế hoạch; null when the cell is empty or unreadable (a finding says why). */
  target: Target | null;
  /** Phấn đấu: the optional second, higher plan. */
  stretch: number | null;
  actual: number | null;
  /** For yesno indicators: the word entered in Thực hiện. */
  actualYesNo: YesNo | null;
  prior: number | null;
  /** A percentage the source printed (e.g. 116,66 for 35/30), to compare with ours. */
  reportedPct: number | null;
  note: string;
  /** Ước: the actual is an estimate. */
  estimate: boolean;
  /**
   * Where `direction` came from when the Chiều cell did not say (absent means the cell or a seed
   * said it): "name" when the indicator's words decided it (direction.ts), which the user is told.
   */
  directionFrom?: "name" | "target" | "default";
  /**
   * The name of the parent line this row is a part of ("Giá trị sản xuất" over "a) Nông nghiệp"),
   * which the reader takes as a label: reports and charts name the row with it (display-name.ts).
   */
  parent?: string;
  /** Where each input cell of this row is, so findings and fixes can point at it. */
  cells: Partial<Record<InputColumn, CellRef>>;
  /** Partial periods: "Ước thực hiện cả năm" (the year's estimate) and the prior full year. */
  yearEstimate?: number | null;
  priorYear?: number | null;
  periodCells?: Partial<Record<PeriodColumn, CellRef>>;
  /**
   * What those two cells held as read ("11.500" typed as text is read as 11 500): the live
   * formulas compile such text in while the cell still holds it, as they do for `raw`.
   */
  periodRaw?: Partial<Record<PeriodColumn, CellValue>>;
  /** A term table's row (nhiệm kỳ): its term target, base and yearly actuals. */
  term?: TermFigures;
  /** What the office typed in its own comparison columns (TableLayout.reported), when it did. */
  printed?: Partial<Record<PrintedColumn, PrintedFigure>>;
  /** The raw cell values as read, so rules can see how a figure was typed. */
  raw: Partial<Record<InputColumn, CellValue>>;
}

export interface IndicatorGroup {
  /** "I", "II"… or "" for rows before any heading. */
  stt: string;
  name: string;
  /** 0-based sheet row of the heading, or null when the table has no headings. */
  sheetRow: number | null;
  rows: IndicatorRow[];
}

export interface IndicatorTable {
  title: string;
  unitName: string;
  period: Period;
  year: number | null;
  groups: IndicatorGroup[];
  /**
   * Total rows ("Tổng cộng", "Cộng", "Toàn huyện"; total-row.ts), read as a row is, in sheet order:
   * not indicators (never judged nor counted), but their % KH and % CK are shown as offices print
   * them. Absent when the table has none.
   */
  totals?: IndicatorRow[];
}

/** User settings, saved in the workbook (and CLI flags). */
export interface Settings {
  convention: NumberConvention;
  /** Relative tolerance, in % of KH, inside which TH counts as equal to KH (Đạt). Default 0. */
  tolerancePct: number;
  /** Relative tolerance for "khoảng" targets of quantities, in % of the value. Default 5. */
  approxTolerancePct: number;
  /**
   * Tolerance for "khoảng" targets of rates, growth and structure shares, in điểm % (TH − KH), as
   * those rows are compared. Default 0,5: "khoảng 4%" is said to the whole percent, and a figure
   * that rounds to it at that precision (3,5 to 4,5) is about it. A % of the value would make the
   * band grow with the level: ±0,2 point round 4% but ±3 points round "khoảng 60%".
   */
  approxTolerancePoints: number;
  /** Cơ bản đạt band: a row with ≥ this % of plan (by direction) is "co_ban_dat". null = off. */
  basicBandPct: number | null;
  /** Decimals shown for percentages. Default 2. */
  decimals: number;
  /** The reporting period when the user sets it (CLI --period, pane); else read from the table. */
  period?: Period;
  /**
   * The language of what the add-in writes into the sheet: verdict labels, the summary line,
   * computed headers, the colour rules that match verdicts, chart titles. Default vi.
   */
  language: Lang;
}

/**
 * The most approxTolerancePoints may be (the pane and --approx-points refuse more): 10 points lets
 * "khoảng 60%" take 50 to 70 already; a wider band no longer says "about".
 */
export const MAX_APPROX_POINTS = 10;

export const DEFAULT_SETTINGS: Settings = {
  convention: "vi",
  tolerancePct: 0,
  approxTolerancePct: 5,
  approxTolerancePoints: 0.5,
  basicBandPct: null,
  decimals: 2,
  language: "vi",
};

/** What core computes for one row. Percentages are in percent (117.33), not fractions. */
export interface RowResult {
  /** TH / KH × 100 (KH = the plan value, bound, or the derived relative plan). */
  pctPlan: number | null;
  /** TH / Phấn đấu × 100. */
  pctStretch: number | null;
  /** TH / CK × 100. */
  pctPrior: number | null;
  /** (TH − CK) / |CK| × 100. */
  changePct: number | null;
  /** TH − KH in điểm %, for rate / growth / structure rows. */
  diffPoints: number | null;
  /** The plan value the row was judged against (after deriving a relative plan), if any. */
  planValue: number | null;
  verdict: Verdict;
  /** The period the row was judged for (set by judgeInPeriod). */
  period?: Period;
  /** The figure projected to the year's end, and how (partial periods; null at the year). */
  projected?: number | null;
  projection?: ProjectionMethod | null;
  /**
   * What % CK and tăng/giảm compare in a partial period: "yearEstimate" where the table has no
   * Cùng kỳ column but the year's estimate and the prior full year (period.ts
   * comparesYearEstimate); null where they compare the period's figure with Cùng kỳ.
   */
  priorBasis?: PriorBasis | null;
  /** A term table's row: where the term's path stands. */
  term?: TermRowResult;
  /** Why a value is missing ("—"), one entry per null that a person would ask about. */
  reasons: Finding[];
}

/**
 * How a partial period's figure was carried to the year's end: linear (actual ÷ share of the year
 * elapsed), seasonal (÷ the prior year's same-period share of its full year), estimate (the table's
 * own "Ước thực hiện cả năm"), level (a rate or stock: the level itself).
 */
/** The year's estimate compared with the prior full year, instead of the period with Cùng kỳ. */
export type PriorBasis = "yearEstimate";

export type ProjectionMethod = "linear" | "seasonal" | "estimate" | "level";

export type Severity = "error" | "warning" | "info";

/** Stable finding codes. Tests and the pane rely on these ids. */
export type FindingCode =
  | "number_as_text"
  | "thousands_slip"
  | "ambiguous_separator"
  | "not_a_number"
  | "percent_in_unit_row"
  | "negative_count"
  | "rate_out_of_range"
  | "shares_over_100"
  | "prior_outlier"
  | "reported_pct_mismatch"
  | "reported_pct_truncated"
  | "missing_plan"
  | "missing_unit"
  | "missing_direction"
  | "duplicate_name"
  | "duplicate_header"
  | "empty_required"
  | "unknown_kind"
  | "unknown_direction"
  | "unreadable_target"
  | "relative_needs_prior"
  | "share_off_plan"
  | "no_plan_base"
  | "no_prior_base"
  | "table_not_found"
  | "owned_column_has_user_value"
  | "direction_inferred"
  | "implausible_number"
  | "fraction_as_actual"
  | "date_in_figure_cell"
  | "total_row"
  | "total_row_mismatch"
  | "hidden_column_ignored"
  | "hidden_column_read";

/** A safe fix: replace the cell's content with this value (only on the user's word). */
export interface Fix {
  cell: CellRef;
  /** A number, or a word for a cell that holds words (the Chiều cell: "Giảm là tốt"). */
  value: number | string;
  /**
   * A header to write with the value when the table lacks the column (a new Chiều column right of
   * the table); the same header for every row's fix, so accepting several writes it once.
   */
  header?: { cell: CellRef; value: string };
  description: Text;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The cell the finding points at, when there is one. */
  cell: CellRef | null;
  /** The column the cell belongs to, when known. */
  column: ColumnKey | null;
  message: Text;
  fix: Fix | null;
}

/**
 * "đạt và vượt x/y chỉ tiêu": reached = vuot + dat (+ co_ban_dat is NOT reached), total = rows
 * that could be judged; rows with no data (chua_co_so_lieu) are counted apart in noData, rows with
 * an actual but no target (khong_giao_ke_hoach) in noTarget.
 */
export interface GroupSummary {
  name: string;
  reached: number;
  total: number;
  noData: number;
  noTarget: number;
  /** A merged table's rows whose units gave figures the merge could not combine (merge.ts). */
  notCombined?: number;
  byVerdict: Record<Verdict, number>;
  /** A term table's summary: rows are judged on the term's path (summary.ts termSummaryText). */
  term?: true;
}

export interface Summary {
  reached: number;
  total: number;
  noData: number;
  noTarget: number;
  /** A merged table's rows whose units gave figures the merge could not combine (merge.ts). */
  notCombined?: number;
  byVerdict: Record<Verdict, number>;
  groups: GroupSummary[];
  /** A term table's summary: rows are judged on the term's path (summary.ts termSummaryText). */
  term?: true;
  /** The period the table names (title, headers; "nhiem_ky" for a term table), whatever the setting. */
  period?: Period;
}

/**
 * Where the canonical table sits in a sheet, as found from its headers.
 * Rows and columns are 0-based sheet indices (row 0 = Excel row 1, col 0 = column A).
 */
export interface TableLayout {
  /** First header row (a two-row header has "Năm 2021" above "KH | Ước TH"). */
  headerTop: number;
  /** Last header row; data starts below it. */
  headerBottom: number;
  firstDataRow: number;
  /** Last row that belongs to the table (inclusive). */
  lastDataRow: number;
  /** Column of each recognised header. Computed columns appear when already present. */
  columns: Partial<Record<ColumnKey, number>>;
  /**
   * Rightmost column with a header cell, recognised or not (optional: readers that know it set it).
   * computePlan appends missing computed columns right of it, so an unknown column is never overwritten.
   */
  lastCol?: number;
  /** A term table (nhiệm kỳ): its base and year columns. */
  term?: TermLayout;
  /**
   * The office's own comparison columns, typed (no formula): the user's cells, compared, never
   * written. Our computed columns of the same names are then placed right of the table.
   */
  reported?: Partial<Record<PrintedColumn, number>>;
}

/** What reading a grid gives: the layout, the parsed table and what was wrong with the input. */
export interface TableRead {
  layout: TableLayout;
  table: IndicatorTable;
  findings: Finding[];
}

/** The whole check of a table: per-row results, all findings, and the summary. */
export interface TableCheck {
  read: TableRead;
  /** Keyed by IndicatorRow.sheetRow. */
  results: Map<number, RowResult>;
  findings: Finding[];
  summary: Summary;
  /**
   * A merged table's rows (by sheetRow) whose units all gave figures the merge could not combine,
   * with the reason: counted apart ("1 chỉ tiêu không tổng hợp được"), never "chưa có số liệu".
   */
  notCombined?: Map<number, Text>;
  /** A total row's own percentages (no verdict), keyed by sheetRow; absent when the table has none. */
  totals?: Map<number, TotalResult>;
}

/** What a total row shows: its % KH, % CK, tăng/giảm and chênh lệch, never a verdict. */
export type TotalResult = Pick<
  RowResult,
  "pctPlan" | "pctStretch" | "pctPrior" | "changePct" | "diffPoints" | "priorBasis"
>;

/**
 * What the add-in (and the CLI, into xlsx) writes, decided in core and done by an adapter.
 * A cell content is a number, a text, or a formula (a string starting with "=", en-US syntax);
 * null leaves the cell as it is (Excel's rule for arrays written to a range).
 */
export type CellContent = string | number | boolean | null;

/** A rectangle written in one range call: top-left (0-based sheet row/col) and rows × cols arrays. */
export interface Block {
  row: number;
  col: number;
  contents: CellContent[][];
  /** en-US number format codes ("0.00%", "#,##0.00"); null keeps the cell's format. */
  numberFormats?: (string | null)[][];
}

/** Visual role of a range, mapped to fills/fonts by the adapter (one palette, in one place). */
export type CellStyle = "title" | "subtitle" | "header" | "group" | "input" | "computed" | "summary" | "note";

export interface StyledRange {
  /** A1 range on the sheet, e.g. "A5:K5". */
  address: string;
  style: CellStyle;
}

/** A rule colouring cells by formula (Excel custom conditional format), e.g. verdict colours. */
export interface ConditionalRule {
  /** A1 range the rule applies to. */
  address: string;
  /** en-US formula, relative to the top-left cell of `address`. */
  formula: string;
  fill: string;
  font: string;
}

/** The computed columns of a table: headers where missing, formulas, formats, summaries. */
export interface ComputePlan {
  /** Where each computed column is (existing ones kept, missing ones appended right of the table). */
  columns: Partial<Record<ComputedColumn, number>>;
  /** Header cells for computed columns, written on every run (they are ours). */
  headers: Block[];
  /** One block per computed column span, covering firstDataRow..lastDataRow. */
  blocks: Block[];
  /** "Đạt và vượt x/y chỉ tiêu" overall, as a formula, in a cell below the table. */
  summary: { row: number; col: number; formula: string };
  conditionalRules: ConditionalRule[];
  styles: StyledRange[];
  /** The width (in characters) each computed column needs so no verdict or % is cut off. */
  columnWidths: { col: number; chars: number }[];
}

/**
 * Excel data validation on input cells. Only a hint: a paste or an API write skips it
 * (OFFICE-NOTES §7), which is why Kiểm tra re-checks every figure anyway.
 */
export interface InputValidation {
  /** A1 range. */
  address: string;
  rule: { kind: "decimal" } | { kind: "list"; values: string[] };
  /** The Stop alert a person sees when they type something else. */
  message: Text;
}

/** A whole new sheet: a template, a merged table, a chart data sheet. */
export interface SheetPlan {
  /** Desired sheet name (< 32 chars, no : \ / ? * [ ]); the adapter picks a free variant. */
  name: string;
  blocks: Block[];
  styles: StyledRange[];
  /** A1 ranges to merge ("A1:K1"). */
  merges: string[];
  /** Width of each column in characters, from column A. */
  columnWidths: number[];
  /** Rows to freeze at the top (the header). */
  freezeRows: number;
  layout: TableLayout;
  conditionalRules: ConditionalRule[];
  /** Data validation on input cells (templates); absent for sheets with no input cells. */
  validations?: InputValidation[];
}
