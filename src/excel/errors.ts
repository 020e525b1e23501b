/**
 * The only error the adapter throws: a sentence for the user in vi and en, and a stable code.
 * OfficeExtension.Error codes (OFFICE-NOTES §1) are mapped here, in one place.
 */
import { asOwnWrite } from "./own";
import type { Text } from "../core/model";

export class ChitieuError extends Error {
  constructor(
    readonly text: Text,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = "ChitieuError";
  }
}

const OFFICE_TEXTS: Record<string, Text> = {
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

/** Any failure as a ChitieuError; a ChitieuError passes through. */
export function toChitieuError(e: unknown): ChitieuError {
  if (e instanceof ChitieuError) return e;
  const code = officeCode(e);
  if (code !== null) return new ChitieuError(OFFICE_TEXTS[code] ?? GENERIC, code, { cause: e });
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
