/**
 * The only error the adapter throws: a sentence for the user in vi and en, and a stable code.
 * OfficeExtension.Error codes (OFFICE-NOTES §1) are mapped here, in one place.
 */
import { asOwnWrite } from "./own";
import type { Text } from "../core/model";
import { PeriodMismatchError, TermRolloverRefusal } from "../core/refusals";

export class ChitieuError extends Error {
  constructor(
    readonly text: Text,
    readonly code: string,
    options?: { cause?: unknown; sheetName?: string },
  ) {
    super(text.en, options);
    this.name = "ChitieuError";
    this.sheetName = options?.sheetName ?? null;
  }
  /** The sheet the error is about, where it is about one ("table_not_found"): the pane shows it there only. */
  readonly sheetName: string | null;
}

/**
 * Every OfficeExtension.Error code the add-in can meet: Excel.ErrorCodes (OFFICE-NOTES §1, §15),
 * the web-only payload caps, and the client runtime's own (PropertyNotLoaded…), which only a bug
 * of ours raises but which still deserve a sentence rather than "unexpected".
 */
export const OFFICE_ERROR_CODES = [
  "AccessDenied",
  "ApiNotFound",
  "Conflict",
  "EmptyChartSeries",
  "FilteredRangeConflict",
  "FormulaLengthExceedsLimit",
  "GeneralException",
  "InactiveWorkbook",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidObjectPath",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "InvalidRequestContext",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "MergedRangeConflict",
  "NonBlankCellOffSheet",
  "NotImplemented",
  "OperationCellsExceedLimit",
  "PropertyNotLoaded",
  "RangeExceedsLimit",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RunMustReturnPromise",
  "UnsupportedFeature",
  "UnsupportedOperation",
  "UnsupportedSheet",
  "ValueNotLoaded",
] as const;

export type OfficeErrorCode = (typeof OFFICE_ERROR_CODES)[number];

/** A slip of the add-in's own, not of the user: the same sentence for each. */
const OUR_BUG: Text = {
  vi: "Chương trình gặp lỗi nội bộ khi làm việc với Excel. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ.",
  en: "The add-in hit an internal error while working with Excel. Try again; if it keeps failing, tell support.",
};

const TOO_BIG: Text = {
  vi: "Thao tác chạm tới quá nhiều ô so với giới hạn của Excel. Hãy xoá các ô thừa ở cuối trang tính hoặc chia bảng nhỏ hơn rồi thử lại.",
  en: "The operation touches more cells than Excel allows. Clear stray cells at the end of the sheet or split the table, then try again.",
};

const OFFICE_TEXTS: Record<OfficeErrorCode, Text> = {
  InvalidSelection: {
    vi: "Đang chọn một biểu đồ hoặc nhiều vùng cùng lúc. Hãy chọn các dòng chỉ tiêu trong bảng (một vùng ô) rồi thử lại.",
    en: "A chart or several areas are selected. Select the indicator rows in the table (one range of cells) and try again.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi bên trong khi thực hiện thao tác. Hãy thử lại; mọi thứ đã ghi sẽ được sửa ở lần chạy sau.",
    en: "Excel hit an internal error. Try again; anything written will be repaired on the next run.",
  },
  Conflict: {
    vi: "Sổ tính vừa bị người khác hoặc thao tác khác thay đổi cùng lúc. Hãy đợi một chút rồi thử lại.",
    en: "The workbook was changed by someone or something else at the same time. Wait a moment and try again.",
  },
  EmptyChartSeries: {
    vi: "Excel không vẽ được một chuỗi số liệu trống. Hãy kiểm tra bảng có số liệu Thực hiện và Kế hoạch rồi tạo lại biểu đồ.",
    en: "Excel cannot draw an empty data series. Check the table has Actual and Plan figures, then create the charts again.",
  },
  FilteredRangeConflict: {
    vi: "Bảng đang được lọc nên không ghi được. Hãy bỏ lọc (Dữ liệu › Xoá bộ lọc) rồi thử lại.",
    en: "The table is filtered and cannot be written. Clear the filter (Data › Clear) and try again.",
  },
  MergedRangeConflict: {
    vi: "Vùng cần ghi chạm vào ô đã gộp. Hãy bỏ gộp các ô trong vùng bảng rồi thử lại.",
    en: "The range to write overlaps merged cells. Unmerge the cells in the table and try again.",
  },
  InsertDeleteConflict: {
    vi: "Excel không chèn hoặc xoá được vì vướng bảng, bộ lọc hoặc ô gộp. Hãy kiểm tra trang tính rồi thử lại.",
    en: "Excel could not insert or delete because of a table, filter or merged cells. Check the sheet and try again.",
  },
  NonBlankCellOffSheet: {
    vi: "Không còn chỗ trên trang tính: có ô chứa dữ liệu ở sát mép. Hãy xoá các ô thừa ở cuối trang tính rồi thử lại.",
    en: "There is no room left on the sheet: a cell near its edge holds data. Clear stray cells at the end of the sheet and try again.",
  },
  FormulaLengthExceedsLimit: {
    vi: "Một công thức dài quá giới hạn của Excel. Hãy rút ngắn tên trang tính hoặc chia bảng nhỏ hơn rồi thử lại.",
    en: "A formula is longer than Excel allows. Shorten the sheet's name or split the table, then try again.",
  },
  OperationCellsExceedLimit: TOO_BIG,
  InactiveWorkbook: {
    vi: "Sổ tính này không còn được mở hoặc không còn là sổ đang dùng. Hãy mở lại sổ tính rồi thử lại.",
    en: "This workbook is no longer open or active. Open it again and try again.",
  },
  RequestAborted: {
    vi: "Thao tác bị ngắt giữa chừng. Hãy thử lại; mọi thứ đã ghi sẽ được sửa ở lần chạy sau.",
    en: "The operation was interrupted. Try again; anything written will be repaired on the next run.",
  },
  UnsupportedOperation: {
    vi: "Excel không hỗ trợ thao tác này trên trang tính hoặc vùng đang chọn. Hãy chọn một trang tính thường rồi thử lại.",
    en: "Excel does not support this operation on the current sheet or selection. Select an ordinary worksheet and try again.",
  },
  UnsupportedFeature: {
    vi: "Phiên bản Excel này không hỗ trợ chức năng cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    en: "This version of Excel does not support a needed feature. Update Excel or use Excel on the web.",
  },
  PropertyNotLoaded: OUR_BUG,
  ValueNotLoaded: OUR_BUG,
  InvalidObjectPath: OUR_BUG,
  InvalidRequestContext: OUR_BUG,
  RunMustReturnPromise: OUR_BUG,
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô rồi thử lại.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc ô cần dùng. Có thể nó vừa bị đổi tên hoặc xoá; hãy thử lại.",
    en: "The sheet or cell needed was not found. It may have just been renamed or deleted; try again.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một trang tính cùng tên. Hãy thử lại; chương trình sẽ chọn tên khác.",
    en: "A sheet with the same name already exists. Try again; another name will be chosen.",
  },
  InvalidArgument: {
    vi: "Excel từ chối dữ liệu ghi vào trang tính. Hãy chạy lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ.",
    en: "Excel refused the data written to the sheet. Run it again; if it still fails, tell support.",
  },
  InvalidReference: {
    vi: "Vùng ô không hợp lệ cho thao tác này. Hãy bỏ chọn vùng đặc biệt (nhiều vùng, cả cột) rồi thử lại.",
    en: "The range is not valid for this operation. Select an ordinary range (not several areas or whole columns) and try again.",
  },
  InvalidOperation: {
    vi: "Excel không cho phép thao tác này lúc này (trang tính có thể đang được bảo vệ). Hãy kiểm tra rồi thử lại.",
    en: "Excel does not allow this operation right now (the sheet may be protected). Check and try again.",
  },
  AccessDenied: {
    vi: "Trang tính hoặc sổ tính đang được bảo vệ, không ghi được. Hãy bỏ bảo vệ rồi thử lại.",
    en: "The sheet or workbook is protected and cannot be written. Unprotect it and try again.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này không hỗ trợ chức năng cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    en: "This version of Excel does not support a needed feature. Update Excel or use Excel on the web.",
  },
  NotImplemented: {
    vi: "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    en: "This version of Excel does not support a needed feature yet. Update Excel or use Excel on the web.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Bảng quá lớn để xử lý một lần trên Excel web. Hãy chọn một phần bảng hoặc dùng Excel trên máy tính.",
    en: "The table is too large to process at once in Excel on the web. Select part of it or use desktop Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Bảng quá lớn để đọc một lần trên Excel web. Hãy chọn một phần bảng hoặc dùng Excel trên máy tính.",
    en: "The table is too large to read at once in Excel on the web. Select part of it or use desktop Excel.",
  },
  RangeExceedsLimit: {
    vi: "Vùng dữ liệu vượt giới hạn của Excel. Hãy xoá các ô thừa ở cuối trang tính rồi thử lại.",
    en: "The data range exceeds Excel's limit. Clear stray cells at the end of the sheet and try again.",
  },
  UnsupportedSheet: {
    vi: "Trang đang mở không phải trang tính thường (ví dụ trang biểu đồ). Hãy chọn một trang tính.",
    en: "The active sheet is not an ordinary worksheet (a chart sheet, for example). Select a worksheet.",
  },
};

const GENERIC: Text = {
  vi: "Excel báo lỗi khi thực hiện thao tác. Hãy thử lại; mọi thứ đã ghi sẽ được sửa ở lần chạy sau.",
  en: "Excel reported an error. Try again; anything written will be repaired on the next run.",
};

const UNEXPECTED: Text = {
  vi: "Đã xảy ra lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ.",
  en: "Something unexpected went wrong. Try again; if it keeps failing, tell support.",
};

/** An OfficeExtension.Error, recognised by its `code` (never by `name`, which differs at runtime). */
function officeCode(e: unknown): string | null {
  if (typeof OfficeExtension !== "undefined" && e instanceof OfficeExtension.Error) return e.code;
  if (e instanceof Error && e.name === "RichApi.Error") {
    const code = (e as { code?: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

/** The sentence for an Office error code; a code not listed gets the generic one. */
export function officeText(code: string): Text {
  return (OFFICE_ERROR_CODES as readonly string[]).includes(code)
    ? OFFICE_TEXTS[code as OfficeErrorCode]
    : GENERIC;
}

/** Any failure as a ChitieuError; a ChitieuError passes through. */
export function toChitieuError(e: unknown): ChitieuError {
  if (e instanceof ChitieuError) return e;
  if (e instanceof PeriodMismatchError) return new ChitieuError(e.text, "period_mismatch", { cause: e });
  if (e instanceof TermRolloverRefusal) return new ChitieuError(e.text, "term_rollover", { cause: e });
  const code = officeCode(e);
  if (code !== null) return new ChitieuError(officeText(code), code, { cause: e });
  return new ChitieuError(UNEXPECTED, "Unexpected", { cause: e });
}

/** Runs a command body and lets only ChitieuError out. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await asOwnWrite(work);
  } catch (e) {
    throw toChitieuError(e);
  }
}
