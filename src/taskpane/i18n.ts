/**
 * Every string the pane shows, in Vietnamese (the default) and English. `en` is typed as
 * `Catalogue` (the shape of `vi`), so a key missing or misspelt in either fails type-checking.
 * Sentences with figures are functions, so their parameters are typed too.
 */
import { createContext, createElement, useContext, type ReactNode } from "react";
import type { InputColumn, Lang, Text } from "../core/model";

const MAPPING_KEYS_VI: Record<InputColumn, string> = {
  stt: "STT",
  name: "Tên chỉ tiêu",
  unit: "Đơn vị tính",
  kind: "Loại",
  direction: "Chiều",
  plan: "Kế hoạch",
  stretch: "Phấn đấu",
  actual: "Thực hiện",
  prior: "Cùng kỳ",
  reportedPct: "Tỷ lệ báo cáo",
  note: "Ghi chú",
};

const MAPPING_KEYS_EN: Record<InputColumn, string> = {
  stt: "No.",
  name: "Indicator name",
  unit: "Unit",
  kind: "Kind",
  direction: "Direction",
  plan: "Plan",
  stretch: "Stretch target",
  actual: "Actual",
  prior: "Prior year",
  reportedPct: "Reported %",
  note: "Note",
};

const vi = {
  appName: "Chỉ tiêu Nghị quyết",
  tagline: "Kiểm tra, tính toán và vẽ biểu đồ bảng chỉ tiêu",
  language: "Ngôn ngữ",
  langVi: "Tiếng Việt",
  langEn: "English",

  stepsHeading: "Các bước",
  stepTemplate: "Mẫu",
  stepInput: "Nhập",
  stepValidate: "Kiểm tra",
  stepCompute: "Tính toán",
  stepCharts: "Biểu đồ",
  stateDone: "Xong",
  stateTodo: "Chưa làm",
  stateErrors: "Có lỗi",
  stateStale: "Cần cập nhật",
  stateOptional: "Tùy chọn",
  staleResults: "Số liệu đã thay đổi — bấm Kiểm tra / Tính toán để cập nhật.",
  stepState: (step: string, state: string) => `${step}: ${state}`,
  refresh: "Làm mới",
  activeSheet: (name: string) => `Trang tính đang mở: “${name}”`,
  derivedSheet: (name: string, source: string) => `Trang tính đang mở: “${name}”, lập từ bảng “${source}”`,
  noTable: "Trang tính này chưa có bảng chỉ tiêu. Hãy chèn mẫu hoặc mở trang có bảng.",
  mapColumns: "Chỉ định cột",
  mapColumnsHint:
    "Bảng có tiêu đề cột lạ? Bấm Chỉ định cột để cho biết cột nào là tên chỉ tiêu, kế hoạch, thực hiện…",
  mappingHeaderRow: "Dòng tiêu đề (số dòng trong Excel)",
  mappingReadRow: "Đọc dòng này",
  mappingNone: "— Không có —",
  mappingColumn: (letter: string, text: string) => `Cột ${letter}: ${text}`,
  mappingKey: (key: InputColumn) => MAPPING_KEYS_VI[key] ?? String(key),
  mappingNoName: "Hãy chọn cột tên chỉ tiêu.",
  mappingNoFigure: "Hãy chọn cột Kế hoạch hoặc cột Thực hiện.",
  mappingSameColumn: (letter: string, roles: string) =>
    `Cột ${letter} được chọn cho nhiều vai trò: ${roles}.`,
  mappingNoHeader: "Trang tính này chưa có dòng nào làm được tiêu đề cột.",
  mappingSave: "Lưu cách đọc cột",
  mappingCancel: "Hủy",
  mappingClear: "Bỏ chỉ định cột",
  mappedNote: "Bảng được đọc theo các cột bạn đã chỉ định.",
  statusCounts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  inputHint: "Điền Kế hoạch (KH), Thực hiện (TH) và Cùng kỳ (CK) vào bảng, rồi bấm Kiểm tra.",

  insertTemplate: "Chèn mẫu",
  templateLabel: "Mẫu bảng",
  templatePlaceholder: "Chọn một mẫu",
  yearLabel: "Năm báo cáo",
  yearInvalid: "Năm phải là số có 4 chữ số, ví dụ 2021.",
  unitLabel: "Tên đơn vị",
  unitPlaceholder: "Ví dụ: Thành ủy Bến Tre",
  insert: "Chèn",
  cancel: "Hủy",
  chooseTemplateFirst: "Hãy chọn một mẫu.",
  inserted: (sheet: string) => `Đã chèn mẫu vào trang tính “${sheet}”. Hãy điền số liệu vào bảng.`,

  validate: "Kiểm tra",
  severityError: "Lỗi",
  severityWarning: "Cảnh báo",
  severityInfo: "Thông tin",
  noFindings: (rows: number) => `Không thấy vấn đề nào trong ${rows} dòng chỉ tiêu.`,
  findingsSummary: (errors: number, warnings: number, infos: number, rows: number) =>
    `${rows} dòng chỉ tiêu: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  marked: (n: number) => `Đã đánh dấu ${n} ô trên trang tính.`,
  goToCell: (address: string) => `Đi tới ô ${address}`,
  fixCheckbox: (address: string, description: string) => `Sửa ô ${address}: ${description}`,
  fixSelected: "Sửa các ô đã chọn",
  fixDialogTitle: (n: number) => `Sửa ${n} ô?`,
  fixDialogBody: "Các ô sau sẽ được thay đổi. Bạn có thể hoàn tác bằng Ctrl+Z trong Excel.",
  fixCell: "Ô",
  fixChange: "Thay đổi",
  fixNewValue: "Giá trị mới",
  fixApply: "Sửa",
  fixesApplied: (n: number) => `Đã sửa ${n} ô và kiểm tra lại bảng.`,

  compute: "Tính toán",
  conflictTitle: "Ghi đè các ô đã có giá trị?",
  conflictBody: (n: number) =>
    `${n} ô trong các cột tính toán đang có giá trị do người dùng nhập. Tính toán sẽ thay chúng bằng công thức:`,
  overwrite: "Ghi đè",
  keepValues: "Giữ nguyên",
  notWritten: "Chưa ghi vào trang tính: các ô của bạn được giữ nguyên. Bấm Tính toán lại nếu muốn ghi đè.",
  rollover: "Sang kỳ mới",
  rolloverHint:
    "Lập bảng năm sau trên trang tính mới: cùng chỉ tiêu, số thực hiện kỳ này chuyển sang Cùng kỳ; trang này giữ nguyên.",
  noData: (n: number) => `${n} chỉ tiêu chưa có số liệu`,
  byGroup: "Theo nhóm",
  ungrouped: "Không thuộc nhóm",
  writtenColumns: (cols: string) => `Đã ghi công thức vào các cột ${cols}.`,

  createCharts: "Tạo biểu đồ",
  chartScope: "Vẽ cho",
  scopeAll: "Tất cả chỉ tiêu",
  scopeSelection: "Chỉ các dòng đang chọn",
  chartsCreated: (n: number, sheet: string) => `Đã tạo ${n} biểu đồ trong trang tính “${sheet}”.`,
  moreCharts: (n: number) => `và ${n} biểu đồ khác`,

  period: "Kỳ báo cáo",
  periodAuto: "Theo bảng (tiêu đề, tiêu đề cột)",
  periodHint: "Kỳ chưa hết năm được đánh giá theo tiến độ; Nhiệm kỳ chỉ dùng cho bảng nhiệm kỳ.",
  periodYear: "Cả năm",
  periodQuarter: "Quý I (3 tháng)",
  // As the CLI's rollover says it (src/cli/rollover.ts).
  rolled: (sheet: string, moved: number, planned: number, toYear: number | null, addedYear: number | null) =>
    addedYear !== null
      ? `Đã thêm cột năm ${addedYear} vào bảng nhiệm kỳ trên trang tính “${sheet}”; số liệu các năm trước và mục tiêu giữ nguyên.`
      : `Đã lập bảng${toYear === null ? " kỳ mới" : ` năm ${toYear}`} trên trang tính “${sheet}”: ${moved} chỉ tiêu chuyển số thực hiện sang Cùng kỳ; ${
          planned > 0
            ? `kế hoạch của ${planned} chỉ tiêu lấy theo lộ trình nhiệm kỳ, còn lại và thực hiện để trống`
            : "kế hoạch và thực hiện để trống"
        }.`,
  periodLine: (name: string, fromSetting: boolean) =>
    `Kỳ báo cáo: ${name} (${fromSetting ? "theo cài đặt" : "theo bảng"})`,

  settings: "Cài đặt",
  convention: "Cách viết số",
  conventionVi: "Việt Nam: 6.794,12",
  conventionEn: "Quốc tế: 6,794.12",
  sheetLanguage: "Ngôn ngữ ghi vào trang tính",
  sheetLanguageHint:
    "Đánh giá, dòng “Đạt và vượt x/y”, tiêu đề cột và biểu đồ. Bấm Tính toán lại để ghi lại bằng ngôn ngữ mới.",
  sheetLanguageVi: "Tiếng Việt: Vượt, Đạt, Không đạt",
  sheetLanguageEn: "Tiếng Anh: Exceeded, Reached, Not reached",
  tolerance: "Dung sai (%)",
  toleranceHint: "Thực hiện lệch kế hoạch trong mức này vẫn tính là Đạt.",
  toleranceInvalid: "Dung sai phải là số từ 0 đến 50.",
  approxPoints: "Sai số chỉ tiêu “khoảng” (điểm %)",
  approxPointsHint:
    "Ở dòng tỷ lệ, tốc độ tăng, cơ cấu: thực hiện lệch “khoảng 4%” không quá ngần này điểm % là Đạt (mặc định 0,5).",
  approxPointsInvalid: "Sai số “khoảng” phải là số từ 0 đến 10 điểm %.",
  basicBand: "Dùng mức “Cơ bản đạt”",
  basicBandThreshold: "Ngưỡng “Cơ bản đạt” (% kế hoạch)",
  basicBandInvalid: "Ngưỡng phải là số lớn hơn 0 và nhỏ hơn 100.",
  saveSettings: "Lưu cài đặt",
  settingsSaved: "Đã lưu cài đặt vào sổ làm việc.",

  working: "Đang xử lý…",
  dismiss: "Đóng",
  unknownError: (message: string) => `Đã xảy ra lỗi không lường trước. Chi tiết: ${message}`,
  lastCommand: (time: string, text: string) => `Lệnh trên thanh công cụ (${time}): ${text}`,
  lastCommandFailed: (time: string, text: string) =>
    `Lệnh trên thanh công cụ không thành công (${time}): ${text}`,
  commandConflicts: (n: number) =>
    `${n} ô trong các cột tính toán đang có giá trị do người dùng nhập, nên chưa ghi gì. Mở ngăn “Chỉ tiêu Nghị quyết” và bấm Tính toán để chọn có ghi đè hay không.`,
  stepReport: "Báo cáo",
  stepExtract: "Trích xuất",
  stepMerge: "Tổng hợp",

  reportHint:
    "Viết các đoạn báo cáo từ bảng của trang tính đang mở: từng chỉ tiêu, từng nhóm và kết luận chung.",
  buildReport: "Tạo báo cáo",
  reportFor: (sheet: string) => `Báo cáo của bảng trên trang tính “${sheet}”`,
  reportTextLabel: "Nội dung báo cáo",
  copyReport: "Sao chép",
  copied: "Đã sao chép báo cáo vào bộ nhớ tạm.",
  copyFailed: "Không sao chép tự động được. Văn bản đã được chọn sẵn: hãy nhấn Ctrl+C.",
  writeReport: "Ghi ra trang tính",
  reportWritten: (sheet: string) => `Đã ghi báo cáo vào trang tính mới “${sheet}”.`,
  wordDocument: "Văn bản Word (Nghị định 30/2020/NĐ-CP)",
  wordFieldsHint:
    "Ô để trống thì văn bản để dấu chấm để điền tay. Các thông tin này được lưu trong sổ làm việc.",
  wordUnit: "Cơ quan ban hành",
  wordNumber: "Số, ký hiệu (ví dụ 15/BC-UBND)",
  wordSigner: "Người ký",
  wordPosition: "Chức vụ người ký",
  wordPlace: "Địa danh",
  downloadWord: "Tải về tệp Word",
  wordDownloaded: (file: string) =>
    `Đã tạo tệp “${file}”. Nếu không thấy hộp lưu tệp, hãy xem thư mục Tải về (Downloads).`,
  wordRefused:
    "Excel này không cho ngăn tác vụ lưu tệp. Hãy mở sổ làm việc trong Excel trên web hoặc Excel cho Windows, hoặc dùng lệnh “chitieu report TỆP --format docx”.",

  extractHint:
    "Dán một đoạn báo cáo có số liệu, bấm Trích xuất, bỏ chọn các dòng sai rồi chèn vào một trang tính mới.",
  extractTextLabel: "Đoạn văn bản",
  extractPlaceholder:
    "Ví dụ: Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch…",
  extract: "Trích xuất",
  extractEmpty: "Hãy dán một đoạn văn bản có số liệu vào ô trên rồi bấm Trích xuất.",
  noProposals: "Không tìm thấy chỉ tiêu nào có số liệu trong đoạn văn bản này.",
  proposalsFound: (n: number) => `Tìm thấy ${n} chỉ tiêu. Bỏ chọn các dòng không đúng trước khi chèn.`,
  proposalsTable: "Các chỉ tiêu tìm thấy",
  colName: "Chỉ tiêu",
  colFigure: "Số liệu",
  colUnit: "Đơn vị",
  colPctPlan: "% KH",
  colPctPrior: "% CK",
  colChange: "Tăng/giảm",
  tickAll: "Chọn tất cả",
  tickRow: (name: string) => `Chèn chỉ tiêu “${name}”`,
  estimateMark: "(ước)",
  ambiguousFigure: (alternative: string) => `Kiểm tra số: có thể là ${alternative}`,
  unsureProposal: "Chưa chắc chắn nên chưa chọn: xem lại tên chỉ tiêu trước khi chọn.",
  insertExtracted: "Chèn vào trang mới",
  nothingTicked: "Chưa chọn dòng nào để chèn.",
  extractedInserted: (n: number, sheet: string) => `Đã chèn ${n} chỉ tiêu vào trang tính mới “${sheet}”.`,

  mergeHint:
    "Chọn các tệp .xlsx của các đơn vị (mỗi tệp một bảng chỉ tiêu) để gộp thành một bảng tổng hợp, mỗi đơn vị một cột.",
  chooseFiles: "Chọn các tệp .xlsx",
  filesChosen: (names: string) => `Đã chọn: ${names}`,
  tooFewFiles: "Hãy chọn ít nhất hai tệp .xlsx để tổng hợp.",
  filesUnreadable: "Trình duyệt không đọc được các tệp đã chọn. Hãy chọn lại.",
  merged: (rows: number, units: number, names: string) =>
    `Đã gộp ${rows} chỉ tiêu từ ${units} đơn vị (${names}). Chưa ghi gì vào sổ tính.`,
  mergeAllMatched: "Mọi chỉ tiêu khớp giữa các đơn vị.",
  mergeIssues: (n: number) => `Không khớp giữa các đơn vị (${n}):`,
  mergeConverted: (n: number) => `Đã đổi đơn vị (${n}):`,
  writeMerged: "Ghi bảng tổng hợp ra trang mới",
  mergedWritten: (sheet: string) => `Đã ghi bảng tổng hợp vào trang tính mới “${sheet}”.`,
};

/** The shape every language must have. */
export type Catalogue = typeof vi;

const en: Catalogue = {
  appName: "Chỉ tiêu Nghị quyết",
  tagline: "Check, compute and chart resolution targets",
  language: "Language",
  langVi: "Tiếng Việt",
  langEn: "English",

  stepsHeading: "Steps",
  stepTemplate: "Template",
  stepInput: "Enter data",
  stepValidate: "Validate",
  stepCompute: "Compute",
  stepCharts: "Charts",
  stateDone: "Done",
  stateTodo: "To do",
  stateErrors: "Has errors",
  stateStale: "Out of date",
  stateOptional: "Optional",
  staleResults: "Figures have changed — click Check / Compute to update.",
  stepState: (step, state) => `${step}: ${state}`,
  refresh: "Refresh",
  activeSheet: (name) => `Active sheet: “${name}”`,
  derivedSheet: (name, source) => `Active sheet: “${name}”, made from the table “${source}”`,
  noTable: "This sheet has no indicator table yet. Insert a template or open a sheet with a table.",
  mapColumns: "Map columns",
  mapColumnsHint:
    "Unusual column headers? Press Map columns to say which column is the indicator, the plan, the actual…",
  mappingHeaderRow: "Header row (Excel row number)",
  mappingReadRow: "Read this row",
  mappingNone: "— None —",
  mappingColumn: (letter, text) => `Column ${letter}: ${text}`,
  mappingKey: (key) => MAPPING_KEYS_EN[key] ?? String(key),
  mappingNoName: "Choose the indicator name column.",
  mappingNoFigure: "Choose the Plan column or the Actual column.",
  mappingSameColumn: (letter, roles) => `Column ${letter} is chosen for several roles: ${roles}.`,
  mappingNoHeader: "This sheet has no row that can serve as column headers.",
  mappingSave: "Save column mapping",
  mappingCancel: "Cancel",
  mappingClear: "Clear column mapping",
  mappedNote: "The table is read with the columns you mapped.",
  statusCounts: (errors, warnings) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  inputHint: "Fill in the plan (KH), actual (TH) and prior year (CK) columns, then press Validate.",

  insertTemplate: "Insert template",
  templateLabel: "Template",
  templatePlaceholder: "Choose a template",
  yearLabel: "Reporting year",
  yearInvalid: "The year must be a 4-digit number, for example 2021.",
  unitLabel: "Unit name",
  unitPlaceholder: "For example: Ben Tre City Party Committee",
  insert: "Insert",
  cancel: "Cancel",
  chooseTemplateFirst: "Choose a template.",
  inserted: (sheet) => `The template was inserted into sheet “${sheet}”. Fill in the figures.`,

  validate: "Validate",
  severityError: "Errors",
  severityWarning: "Warnings",
  severityInfo: "Information",
  noFindings: (rows) => `No problems found in ${rows} indicator rows.`,
  findingsSummary: (errors, warnings, infos, rows) =>
    `${rows} indicator rows: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${infos} information.`,
  marked: (n) => `${n} ${n === 1 ? "cell was" : "cells were"} marked on the sheet.`,
  goToCell: (address) => `Go to cell ${address}`,
  fixCheckbox: (address, description) => `Fix cell ${address}: ${description}`,
  fixSelected: "Fix selected cells",
  fixDialogTitle: (n) => `Fix ${n} ${n === 1 ? "cell" : "cells"}?`,
  fixDialogBody: "These cells will be changed. You can undo with Ctrl+Z in Excel.",
  fixCell: "Cell",
  fixChange: "Change",
  fixNewValue: "New value",
  fixApply: "Fix",
  fixesApplied: (n) => `${n} ${n === 1 ? "cell was" : "cells were"} fixed and the table was validated again.`,

  compute: "Compute",
  conflictTitle: "Overwrite cells that have values?",
  conflictBody: (n) =>
    `${n} ${n === 1 ? "cell" : "cells"} in the computed columns hold values someone typed. Computing replaces them with formulas:`,
  overwrite: "Overwrite",
  keepValues: "Keep my values",
  notWritten:
    "Nothing was written to the sheet: your cells were kept. Press Compute again to overwrite them.",
  rollover: "Next period",
  rolloverHint:
    "Make next year's table on a new sheet: same indicators, this period's actuals moved to the prior-year column; this sheet is not changed.",
  noData: (n) => `${n} ${n === 1 ? "target has" : "targets have"} no data yet`,
  byGroup: "By group",
  ungrouped: "No group",
  writtenColumns: (cols) => `Formulas were written to columns ${cols}.`,

  createCharts: "Create charts",
  chartScope: "Chart",
  scopeAll: "All indicators",
  scopeSelection: "Only the selected rows",
  chartsCreated: (n, sheet) => `${n} ${n === 1 ? "chart was" : "charts were"} created on sheet “${sheet}”.`,
  moreCharts: (n) => `and ${n} more ${n === 1 ? "chart" : "charts"}`,

  period: "Reporting period",
  periodAuto: "From the table (title, headers)",
  periodHint: "A period before the year's end is judged on progress; Term is for term tables only.",
  periodYear: "Full year",
  periodQuarter: "First quarter (3 months)",
  rolled: (sheet, moved, planned, toYear, addedYear) =>
    addedYear !== null
      ? `Added the ${addedYear} column to the term table on sheet “${sheet}”; earlier years and the targets are kept.`
      : `Made the table${toYear === null ? " for the next period" : ` for ${toYear}`} on sheet “${sheet}”: ${moved} indicators' actuals moved to the prior-year column; ${
          planned > 0
            ? `the plans of ${planned} indicators taken from the term's path, the rest and the actuals left empty`
            : "plan and actual left empty"
        }.`,
  periodLine: (name, fromSetting) =>
    `Period: ${name} (${fromSetting ? "from the settings" : "from the table"})`,

  settings: "Settings",
  convention: "Number format",
  conventionVi: "Vietnamese: 6.794,12",
  conventionEn: "English: 6,794.12",
  sheetLanguage: "Language written into the sheet",
  sheetLanguageHint:
    "Verdicts, the “x of y targets reached” line, column headers and charts. Compute again to rewrite them in the new language.",
  sheetLanguageVi: "Vietnamese: Vượt, Đạt, Không đạt",
  sheetLanguageEn: "English: Exceeded, Reached, Not reached",
  tolerance: "Tolerance (%)",
  toleranceHint: "An actual this close to the plan still counts as reached (Đạt).",
  toleranceInvalid: "The tolerance must be a number from 0 to 50.",
  approxPoints: "“Khoảng” (about) tolerance (points)",
  approxPointsHint:
    "On rate, growth and structure rows: an actual within this many percentage points of “khoảng 4%” is reached (default 0.5).",
  approxPointsInvalid: "The “khoảng” tolerance must be a number from 0 to 10 points.",
  basicBand: "Use the “Cơ bản đạt” (basically reached) band",
  basicBandThreshold: "“Cơ bản đạt” threshold (% of plan)",
  basicBandInvalid: "The threshold must be a number above 0 and below 100.",
  saveSettings: "Save settings",
  settingsSaved: "Settings were saved in the workbook.",

  working: "Working…",
  dismiss: "Dismiss",
  unknownError: (message) => `Something unexpected went wrong. Details: ${message}`,
  lastCommand: (time, text) => `Ribbon command (${time}): ${text}`,
  lastCommandFailed: (time, text) => `Ribbon command failed (${time}): ${text}`,
  commandConflicts: (n) =>
    `${n} ${n === 1 ? "cell" : "cells"} in the computed columns hold values someone typed, so nothing was written. Open the “Chỉ tiêu Nghị quyết” pane and press Compute to choose whether to overwrite them.`,
  stepReport: "Report",
  stepExtract: "Extract",
  stepMerge: "Consolidate",

  reportHint:
    "Write the report paragraphs from the active sheet's table: each indicator, each group and the conclusion.",
  buildReport: "Create report",
  reportFor: (sheet) => `Report of the table on sheet “${sheet}”`,
  reportTextLabel: "Report text",
  copyReport: "Copy",
  copied: "The report was copied to the clipboard.",
  copyFailed: "Copying automatically failed. The text is selected: press Ctrl+C.",
  writeReport: "Write to a sheet",
  reportWritten: (sheet) => `The report was written to the new sheet “${sheet}”.`,
  wordDocument: "Word document (Decree 30/2020/NĐ-CP)",
  wordFieldsHint: "Fields left empty print as dots to fill in by hand. They are saved in the workbook.",
  wordUnit: "Issuing body",
  wordNumber: "Number and symbol (e.g. 15/BC-UBND)",
  wordSigner: "Signed by",
  wordPosition: "Signer's position",
  wordPlace: "Place",
  downloadWord: "Download Word file",
  wordDownloaded: (file) =>
    `The file “${file}” was created. If no save dialog appeared, look in your Downloads folder.`,
  wordRefused:
    "This Excel does not let the pane save a file. Open the workbook in Excel on the web or Excel for Windows, or use the command “chitieu report FILE --format docx”.",

  extractHint:
    "Paste a paragraph of a report with figures, press Extract, untick the wrong rows, then insert them into a new sheet.",
  extractTextLabel: "Paragraph",
  extractPlaceholder:
    "For example: Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch…",
  extract: "Extract",
  extractEmpty: "Paste a paragraph with figures into the box above, then press Extract.",
  noProposals: "No indicator with figures was found in this paragraph.",
  proposalsFound: (n) =>
    `${n} ${n === 1 ? "indicator was" : "indicators were"} found. Untick the wrong rows before inserting.`,
  proposalsTable: "Indicators found",
  colName: "Indicator",
  colFigure: "Figure",
  colUnit: "Unit",
  colPctPlan: "% plan",
  colPctPrior: "% prior",
  colChange: "Change",
  tickAll: "Select all",
  tickRow: (name) => `Insert indicator “${name}”`,
  estimateMark: "(est.)",
  ambiguousFigure: (alternative) => `Check the figure: it may be ${alternative}`,
  unsureProposal: "Not sure, so not selected: check the indicator's name before selecting it.",
  insertExtracted: "Insert into a new sheet",
  nothingTicked: "No row is selected to insert.",
  extractedInserted: (n, sheet) =>
    `${n} ${n === 1 ? "indicator was" : "indicators were"} inserted into the new sheet “${sheet}”.`,

  mergeHint:
    "Choose the units' .xlsx files (one indicator table each) to merge them into one table, a column per unit.",
  chooseFiles: "Choose .xlsx files",
  filesChosen: (names) => `Chosen: ${names}`,
  tooFewFiles: "Choose at least two .xlsx files to consolidate.",
  filesUnreadable: "The browser could not read the chosen files. Choose them again.",
  merged: (rows, units, names) =>
    `${rows} ${rows === 1 ? "indicator" : "indicators"} merged from ${units} units (${names}). Nothing was written to the workbook yet.`,
  mergeAllMatched: "Every indicator matched across units.",
  mergeIssues: (n) => `Not matched across units (${n}):`,
  mergeConverted: (n) => `Units converted (${n}):`,
  writeMerged: "Write the merged table to a new sheet",
  mergedWritten: (sheet) => `The merged table was written to the new sheet “${sheet}”.`,
};

export const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** Vietnamese unless Office runs in English ("en-US", "en-GB" …). */
export function initialLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** A core `Text` in the active language. */
export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

interface LangValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangValue>({ lang: "vi", setLang: () => undefined });

export function LangProvider(props: LangValue & { children: ReactNode }) {
  const { lang, setLang, children } = props;
  return createElement(LangContext.Provider, { value: { lang, setLang } }, children);
}

export function useLang(): LangValue {
  return useContext(LangContext);
}

/** The catalogue of the active language. */
export function useT(): Catalogue {
  return CATALOGUES[useLang().lang];
}
