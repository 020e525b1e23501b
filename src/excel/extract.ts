/**
 * insertExtracted: the indicator rows the user confirmed from a pasted paragraph (core
 * extractIndicators → proposalToRow), written as a canonical table with its computed columns to a
 * NEW sheet "Trích xuất…". Nothing is written before the user confirms; existing sheets are never
 * touched.
 */
import { rangeA1 } from "../core/a1";
import type { Block, CellValue, InputColumn, Settings, SheetPlan, StyledRange } from "../core/model";
import { proposalToRow, type Proposal } from "../core/extract";
import { literalContent } from "../core/literal";
import { computePlan, mergePlanIntoSheet } from "../core/plan";
import { INPUT_WIDTHS, sheetColumnWidths } from "../core/widths";
import { readTable } from "../core/table";
import { ChitieuError, guarded } from "./errors";
import { addPlannedSheet } from "./template";
import type { OnProgress } from "./types";

export const EXTRACT_SHEET = "Trích xuất";

const TITLE_ROW = 0;
const SOURCE_ROW = 1;
const HEADER_ROW = 3;

const NUMERIC: readonly InputColumn[] = ["plan", "stretch", "actual", "prior", "reportedPct"];

/** "#,##0" for whole numbers, two decimals otherwise (never "176." with a dangling mark). */
function numberFormatOf(value: CellValue): string | null {
  if (typeof value !== "number") return null;
  return Number.isInteger(value) ? "#,##0" : "#,##0.00";
}

/** The table as a SheetPlan: title, header, one row per confirmed proposal, computed columns. */
export function extractedSheetPlan(proposals: readonly Proposal[], settings: Settings): SheetPlan {
  if (proposals.length === 0)
    throw new ChitieuError(
      {
        vi: "Chưa chọn chỉ tiêu nào để chèn. Hãy đánh dấu ít nhất một dòng.",
        en: "No indicator is selected to insert. Tick at least one row.",
      },
      "nothing_selected",
    );
  const rows = proposals.map((p, i) => ({ ...proposalToRow(p), stt: i + 1 }));
  const any = (key: InputColumn) => rows.some((r) => r[key] !== null && r[key] !== "");
  const columns: InputColumn[] = ["stt", "name", "unit", "kind", "direction", "plan"];
  if (any("stretch")) columns.push("stretch");
  columns.push("actual", "prior");
  if (any("reportedPct")) columns.push("reportedPct");
  columns.push("note");
  const headers: Record<InputColumn, string> = {
    stt: "STT",
    name: "Chỉ tiêu",
    unit: "Đơn vị tính",
    kind: "Loại",
    direction: "Chiều",
    plan: "Kế hoạch",
    stretch: "Phấn đấu",
    actual: proposals.some((p) => p.estimate) ? "Ước thực hiện" : "Thực hiện",
    prior: "Cùng kỳ",
    reportedPct: "Tỷ lệ báo cáo (%)",
    note: "Ghi chú",
  };
  const last = columns.length - 1;
  const blank = (): CellValue[] => columns.map(() => null);
  const grid: CellValue[][] = [];
  grid[TITLE_ROW] = ["CHỈ TIÊU TRÍCH XUẤT TỪ VĂN BẢN", ...blank().slice(1)];
  grid[SOURCE_ROW] = ["Nguồn: đoạn văn bản dán vào ngăn Chỉ tiêu Nghị quyết", ...blank().slice(1)];
  grid[2] = blank();
  grid[HEADER_ROW] = columns.map((c) => headers[c]);
  for (const row of rows) grid.push(columns.map((c) => row[c]));
  const firstRow = HEADER_ROW + 1;
  const lastRow = grid.length - 1;

  const read = readTable(grid, { convention: settings.convention });
  const plan = computePlan(read, settings);
  const right = Math.max(last, ...Object.values(plan.columns));
  const widths = sheetColumnWidths(
    columns.map((c) => INPUT_WIDTHS[c]),
    plan,
    right,
  );

  const numberFormats = grid.map((line, r) =>
    line.map((v, c) => {
      const key = columns[c];
      return r >= firstRow && key !== undefined && NUMERIC.includes(key) ? numberFormatOf(v) : null;
    }),
  );
  // Names, units and notes come from the pasted paragraph: written as text, never as formulas.
  const contents = grid.map((line) => line.map(literalContent));
  const block: Block = { row: 0, col: 0, contents, numberFormats };
  const styles: StyledRange[] = [
    { address: rangeA1(TITLE_ROW, 0, TITLE_ROW, right), style: "title" },
    { address: rangeA1(SOURCE_ROW, 0, SOURCE_ROW, right), style: "subtitle" },
    { address: rangeA1(HEADER_ROW, 0, HEADER_ROW, last), style: "header" },
    { address: rangeA1(firstRow, 0, lastRow, last), style: "input" },
  ];
  const base: SheetPlan = {
    name: EXTRACT_SHEET,
    blocks: [block],
    styles,
    merges: [rangeA1(TITLE_ROW, 0, TITLE_ROW, right), rangeA1(SOURCE_ROW, 0, SOURCE_ROW, right)],
    columnWidths: widths,
    freezeRows: HEADER_ROW + 1,
    layout: read.layout,
    conditionalRules: [],
  };
  return mergePlanIntoSheet(base, plan);
}

export async function insertExtracted(
  proposals: readonly Proposal[],
  settings: Settings,
  onProgress?: OnProgress,
): Promise<{ sheetName: string; rows: number }> {
  return guarded(async () => {
    const plan = extractedSheetPlan(proposals, settings);
    const sheetName = await addPlannedSheet(
      plan,
      { vi: "Đang ghi bảng…", en: "Writing the table…" },
      onProgress,
    );
    return { sheetName, rows: proposals.length };
  });
}
