/**
 * The workbook the workbench opens with: the user's own table only (no computed columns; the
 * add-in writes those), built from seed 000 (TP. Bến Tre, 2020), plus a short how-to sheet.
 */
import { SEEDS, type SeedRow, type SeedSet } from "../core/seeds";
import { WorkbookState, type CellFormat, type CellInput } from "./state";

export const REPORT_SHEET = "Báo cáo 2020";
export const GUIDE_SHEET = "Hướng dẫn";

export const HEADERS = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"] as const;
/** Column widths in points, A to G. */
const WIDTHS = [34, 250, 78, 70, 70, 70, 230];
const HEADER_ROW = 3; // 0-based: title, unit, blank line, then the header (Excel row 4)

const GUIDE = [
  "Workbench: Excel giả lập để phát triển và kiểm thử add-in Chỉ tiêu Nghị quyết.",
  "",
  "1. Sheet “Báo cáo 2020” là bảng của người dùng: STT, Chỉ tiêu, Đơn vị, Kế hoạch, Thực hiện, Cùng kỳ, Ghi chú.",
  "2. Bấm một ô rồi gõ số; Enter để ghi. Thanh công thức phía trên cũng sửa được ô đang chọn.",
  "3. Nút vi-VN / en-US trên thanh tiêu đề đổi cách Excel đọc số gõ vào: “37.067” là 37067 (vi) hay 37,067 (en).",
  "4. Ctrl+V dán văn bản tách bằng Tab (ví dụ chép từ Word) như Excel nhận.",
  "5. Ngăn tác vụ bên phải chạy đúng mã của add-in: Chèn mẫu, Kiểm tra, Tính toán, Tạo biểu đồ.",
  "6. Ô có góc đỏ có ghi chú: rê chuột lên để xem.",
];

/** The sample's groups: the seed's figures, split as an office would (economy, enterprises). */
function sampleGroups(seed: SeedSet): { stt: string; name: string; rows: SeedRow[] }[] {
  const economy = seed.groups.find((g) => g.name === "Kinh tế")?.rows ?? [];
  const isEnterprise = (r: SeedRow) => r.unit === "doanh nghiệp" || r.unit === "hộ";
  return [
    { stt: "I", name: "Kinh tế", rows: economy.filter((r) => !isEnterprise(r)) },
    { stt: "II", name: "Phát triển doanh nghiệp", rows: economy.filter(isEnterprise) },
  ];
}

function seed000(): SeedSet {
  const seed = SEEDS.find((s) => s.source.startsWith("000"));
  if (!seed) throw new Error("seed 000 (TP. Bến Tre 2020) is missing from SEEDS");
  return seed;
}

/** A fresh workbook holding the sample, in the given locale. */
export function createSampleWorkbook(locale: "vi" | "en" = "vi"): WorkbookState {
  const state = new WorkbookState({ locale, sheetNames: [REPORT_SHEET, GUIDE_SHEET] });
  state.batch("restore", () => {
    fillReport(state, seed000());
    fillGuide(state);
    state.activate(REPORT_SHEET);
  });
  return state;
}

function fillReport(state: WorkbookState, seed: SeedSet): void {
  const id = state.requireSheet(REPORT_SHEET).id;
  const put = (
    row: number,
    col: number,
    input: CellInput,
    format: Partial<CellFormat> = {},
    numberFormat?: string,
  ) => {
    if (input !== null && input !== "") state.setInput(id, row, col, input);
    if (Object.keys(format).length > 0) state.setFormat(id, row, col, format);
    if (numberFormat) state.setNumberFormat(id, row, col, numberFormat);
  };
  const last = HEADERS.length - 1;
  put(0, 0, seed.title.toUpperCase(), { bold: true, fontSize: 14, hAlign: "Center" });
  state.merge(id, { top: 0, left: 0, bottom: 0, right: last });
  state.setRowHeight(id, 0, 24); // Excel grows the row for the 14 pt title
  put(1, 0, seed.unitName, { italic: true, hAlign: "Center" });
  state.merge(id, { top: 1, left: 0, bottom: 1, right: last });

  HEADERS.forEach((h, col) => {
    put(HEADER_ROW, col, h, { bold: true, fill: "#D9E1F2", hAlign: "Center", vAlign: "Center", wrap: true });
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const)
      state.setBorder(id, HEADER_ROW, col, edge, {});
  });
  state.setRowHeight(id, HEADER_ROW, 30);
  state.setNote(
    id,
    HEADER_ROW,
    3,
    "Kế hoạch năm 2020 theo Nghị quyết. Một số số kế hoạch được suy ra từ % kế hoạch mà bài báo nêu.",
  );

  let row = HEADER_ROW + 1;
  for (const group of sampleGroups(seed)) {
    put(row, 0, group.stt, { bold: true, hAlign: "Center" });
    put(row, 1, group.name, { bold: true });
    row++;
    group.rows.forEach((r, i) => {
      const figures = [
        typeof r.plan === "number" || typeof r.plan === "string" ? r.plan : null,
        r.actual,
        r.prior,
      ];
      const decimals = figures.some((f) => typeof f === "number" && !Number.isInteger(f));
      put(row, 0, i + 1, { hAlign: "Center" });
      put(row, 1, r.name);
      put(row, 2, r.unit, { hAlign: "Center" });
      figures.forEach((f, k) => put(row, 3 + k, f, {}, decimals ? "#,##0.00" : "#,##0"));
      put(row, 6, r.note);
      row++;
    });
  }
  WIDTHS.forEach((w, col) => state.setColumnWidth(id, col, w));
  state.updateSheet(id, { freezeRows: HEADER_ROW + 1 });
}

function fillGuide(state: WorkbookState): void {
  const id = state.requireSheet(GUIDE_SHEET).id;
  state.setInput(id, 0, 0, "Hướng dẫn dùng workbench");
  state.setFormat(id, 0, 0, { bold: true, fontSize: 14 });
  state.setRowHeight(id, 0, 24);
  GUIDE.forEach((line, i) => {
    if (line) state.setInput(id, i + 2, 0, line);
  });
  state.updateSheet(id, { showGridlines: false });
}
