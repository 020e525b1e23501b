/**
 * Builds workbooks for the adapter tests and runs the adapter through Microsoft's Excel client
 * runtime against the workbench host.
 */
import { WorkbookState, type CellInput, type WorkbookSnapshot } from "../../src/workbench/state";
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

/** A workbook whose active sheet holds the table (one group heading, then the rows). */
export function tableWorkbook(rows: Row[], options: { requirementSets?: Record<string, string> } = {}) {
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
