/** selectCell: a small move the pane needs. getSheetStatus lives in status.ts. */
import { parseRangeA1 } from "../core/a1";
import { ChitieuError, guarded } from "./errors";
import type { OnProgress } from "./types";

// Re-exported so index.ts's exports stay as they were.
export { getSheetStatus } from "./status";

export async function selectCell(sheetName: string, address: string, onProgress?: OnProgress): Promise<void> {
  try {
    parseRangeA1(address.replace(/\$/g, ""));
  } catch {
    throw new ChitieuError(
      { vi: `"${address}" không phải địa chỉ ô.`, en: `"${address}" is not a cell address.` },
      "InvalidAddress",
    );
  }
  return guarded(() =>
    Excel.run(async (context) => {
      onProgress?.({ step: { vi: "Đang chọn ô…", en: "Selecting the cell…" }, fraction: 0 });
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      await context.sync(); // sync 1: does the sheet still exist?

      if (sheet.isNullObject)
        throw new ChitieuError(
          {
            vi: `Không còn trang tính "${sheetName}". Có thể nó đã bị đổi tên hoặc xoá; hãy kiểm tra lại.`,
            en: `There is no sheet "${sheetName}" any more. It may have been renamed or deleted; check again.`,
          },
          "ItemNotFound",
        );
      sheet.activate();
      sheet.getRange(address).select();
      // sync 2 is Excel.run's own closing sync: it carries the move.
    }),
  );
}
