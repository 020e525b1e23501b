/**
 * Builds workbooks for the adapter tests and runs the adapter through Microsoft's Excel client
 * runtime against the workbench host.
 */
import ExcelJS from "exceljs";
import { WorkbookState, type CellInput, type WorkbookSnapshot } from "../../src/workbench/state";
import type { MergeResult } from "../../src/core/merge";
import type { Settings, Verdict } from "../../src/core/model";
import { mergeUnitFiles } from "../../src/excel";
import { runtimeExcel } from "../setup/runtime-host";

export const SHEET = "Chỉ tiêu 2021";
export const HEADER_ROW = 3; // 0-based: title, unit, blank, header (Excel row 4)
export const FIRST_ROW = HEADER_ROW + 1;
/** A STT, B Chỉ tiêu, C Đơn vị, D Kế hoạch, E Thực hiện, F Cùng kỳ, G Ghi chú. */
export const HEADERS = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"];

export interface Row {
  name: string;
  unit: string;
  plan: CellInput;
  actual: CellInput;
  prior: CellInput;
}

/** The 10-row table: figures from seed 000 (TP. Bến Tre 2020) and friends. */
export const TEN_ROWS: Row[] = [
  { name: "Doanh nghiệp thành lập mới", unit: "doanh nghiệp", plan: 150, actual: 176, prior: 160 },
  { name: "Hộ kinh doanh thành lập mới", unit: "hộ", plan: 800, actual: 894, prior: 850 },
  { name: "Hộ chuyển lên doanh nghiệp", unit: "doanh nghiệp", plan: 30, actual: 35, prior: 28 },
  { name: "Thu ngân sách", unit: "tỷ đồng", plan: 328, actual: 562, prior: 472 },
  { name: "Giải ngân vốn đầu tư công", unit: "tỷ đồng", plan: 221, actual: 215, prior: 155 },
  { name: "Doanh thu thương mại dịch vụ", unit: "tỷ đồng", plan: 36000, actual: 37067, prior: 34862 },
  { name: "Giá trị sản xuất công nghiệp", unit: "tỷ đồng", plan: 6500, actual: 6794.12, prior: 6393 },
  { name: "Giá trị sản xuất nông nghiệp", unit: "tỷ đồng", plan: 900, actual: 850, prior: null },
  { name: "Số xã đạt chuẩn nông thôn mới", unit: "xã", plan: 0, actual: 2, prior: 1 },
  { name: "Trường đạt chuẩn quốc gia", unit: "trường", plan: 5, actual: null, prior: 3 },
];

export function bigRows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const base = TEN_ROWS[i % TEN_ROWS.length] as Row;
    return { ...base, name: `${base.name} ${i + 1}` };
  });
}

/** The Excel host's requirement sets; ExcelApi 1.18 unless said. */
export interface WorkbookOptions {
  requirementSets?: Record<string, string>;
}

/** A workbook whose active sheet holds the table (one group heading, then the rows). */
export function tableWorkbook(rows: Row[], options: WorkbookOptions = {}) {
  const state = new WorkbookState({ locale: "vi", sheetNames: [SHEET, "Khác"] });
  const id = state.requireSheet(SHEET).id;
  state.batch("restore", () => {
    state.setInput(id, 0, 0, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021");
    state.setInput(id, 1, 0, "Đơn vị: UBND thành phố");
    HEADERS.forEach((h, c) => state.setInput(id, HEADER_ROW, c, h));
    state.setInput(id, FIRST_ROW, 0, "I");
    state.setInput(id, FIRST_ROW, 1, "Kinh tế");
    rows.forEach((r, i) => {
      const row = FIRST_ROW + 1 + i;
      state.setInput(id, row, 0, i + 1);
      state.setInput(id, row, 1, r.name);
      state.setInput(id, row, 2, r.unit);
      state.setInput(id, row, 3, r.plan);
      state.setInput(id, row, 4, r.actual);
      state.setInput(id, row, 5, r.prior);
    });
    state.activate(SHEET);
  });
  const { host, uninstall } = runtimeExcel(state, {
    requirementSets: options.requirementSets ?? { ExcelApi: "1.18" },
  });
  return { state, host, id, uninstall };
}

/** A row of the computed-sheet fixture, with the verdict core and the sheet's live formula give it. */
export type VerdictRow = Row & { verdict: Verdict };

/**
 * The computed-sheet fixture: figures from seeds 000 and 002, one row per verdict (Cơ bản đạt with
 * the band at 95 %), two lower-is-better rows known by name only, a row without a plan and one
 * without data.
 */
export const VERDICT_ROWS: readonly VerdictRow[] = [
  {
    name: "Doanh nghiệp thành lập mới",
    unit: "doanh nghiệp",
    plan: 150,
    actual: 176,
    prior: 160,
    verdict: "vuot",
  },
  { name: "Xã đạt chuẩn nông thôn mới", unit: "xã", plan: 12, actual: 12, prior: 9, verdict: "dat" },
  // 215 / 222 = 96,85 %: inside the 95 % band.
  {
    name: "Khối lượng thanh toán đầu tư hạ tầng",
    unit: "tỷ đồng",
    plan: 222,
    actual: 215,
    prior: 155,
    verdict: "co_ban_dat",
  },
  {
    name: "Giá trị sản xuất nông nghiệp",
    unit: "tỷ đồng",
    plan: 900,
    actual: 800,
    prior: 850,
    verdict: "khong_dat",
  },
  { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 2, actual: 1.8, prior: 2.2, verdict: "vuot" },
  { name: "Số vụ tai nạn giao thông", unit: "vụ", plan: 15, actual: 12, prior: 14, verdict: "vuot" },
  {
    name: "Tổng doanh thu hàng hóa, dịch vụ",
    unit: "tỷ đồng",
    plan: null,
    actual: 37067,
    prior: 34864,
    verdict: "khong_giao_ke_hoach",
  },
  {
    name: "Trường đạt chuẩn quốc gia",
    unit: "trường",
    plan: 5,
    actual: null,
    prior: 3,
    verdict: "chua_co_so_lieu",
  },
];

/** The fixture's first row of each verdict named, in that order. */
export function verdictRows(verdicts: readonly Verdict[]): VerdictRow[] {
  return verdicts.map((v) => {
    const row = VERDICT_ROWS.find((r) => r.verdict === v);
    if (row === undefined) throw new Error(`no fixture row is ${v}`);
    return row;
  });
}

/**
 * Registers an afterEach that uninstalls the runtime the calling file's test installed last;
 * `keep(wb)` makes `wb` that one and hands it back, its `uninstall` safe to call earlier.
 */
export function uninstallAfterEach(): <T extends { uninstall: () => void }>(wb: T) => T {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
  });
  return (wb) => {
    const uninstall = (): void => {
      wb.uninstall();
      if (cleanup === uninstall) cleanup = null;
    };
    cleanup = uninstall;
    return { ...wb, uninstall };
  };
}

/**
 * A fresh workbook of `rows` (or of a test's own rows and requirement sets) for each test of the
 * calling file, uninstalled after it (the call registers the afterEach).
 */
export function workbookPerTest(
  rows: readonly Row[] = TEN_ROWS,
): (own?: readonly Row[], options?: WorkbookOptions) => ReturnType<typeof tableWorkbook> {
  const keep = uninstallAfterEach();
  return (own = rows, options = {}) => keep(tableWorkbook([...own], options));
}

/** A row of a unit's file: Chỉ tiêu, Đơn vị, Kế hoạch, Thực hiện. */
export type UnitRow = [string, string, number, number];

/** A unit's .xlsx as the merge reads it: title, "Đơn vị: …", a blank row, the header, `rows`. */
export async function unitXlsx(unit: string, rows: readonly UnitRow[]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng");
  ws.addRow(["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"]);
  ws.addRow([`Đơn vị: ${unit}`]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"]);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The add-in's merge of one file per ward, Phường 1 first (phuong-1.xlsx, phuong-2.xlsx, …). */
export async function mergeWards(
  wards: readonly (readonly UnitRow[])[],
  settings: Settings,
): Promise<MergeResult> {
  const files = await Promise.all(
    wards.map(async (rows, i) => ({
      name: `phuong-${i + 1}.xlsx`,
      data: await unitXlsx(`Phường ${i + 1}`, rows),
    })),
  );
  return mergeUnitFiles(files, settings);
}

/** The 0-based column of a column letter the adapter reports ("K" → 10). */
export function colIndex(letter: string | undefined): number {
  if (letter === undefined) throw new Error("column missing");
  return letter.charCodeAt(0) - 65;
}

/** Sheet row (0-based) of the i-th indicator (0-based). */
export function rowOf(i: number): number {
  return FIRST_ROW + 1 + i;
}

/** Counts the syncs one adapter call makes. */
export async function syncsOf<T>(
  state: WorkbookState,
  work: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const before = state.syncCount;
  const result = await work();
  return { result, syncs: state.syncCount - before };
}

/** A snapshot without what changes on every call regardless of content (ids, counters). */
export function stable(snap: WorkbookSnapshot): unknown {
  const copy = JSON.parse(JSON.stringify(snap)) as WorkbookSnapshot;
  copy.syncCount = 0;
  copy.nextId = 0;
  for (const sheet of copy.sheets) {
    sheet.conditionalFormats = sheet.conditionalFormats.map((cf) => ({ ...cf, id: "" }));
    sheet.charts = sheet.charts.map((c) => ({ ...c, id: "" }));
  }
  return copy;
}

/** The user's input cells of a sheet (columns A–G of the table rows), as a comparable list. */
export function inputCells(state: WorkbookState, sheetId: string, lastRow: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r <= lastRow; r++)
    for (let c = 0; c < HEADERS.length; c++) {
      const rec = state.record(sheetId, r, c);
      out.push([r, c, rec?.input ?? null, rec?.numberFormat ?? "General"]);
    }
  return out;
}
