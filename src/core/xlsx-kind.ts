/**
 * Whether bytes named .xlsx can be a workbook, decided from the bytes alone, for the command line
 * and the pane's Tổng hợp alike: an old .xls (or another OLE Office file), anything that is not a
 * zip, and a zip without xl/workbook.xml are each named for what they are.
 */
import type { Text } from "./model";

const WORKBOOK_PART = [..."xl/workbook.xml"].map((ch) => ch.charCodeAt(0));

/** True when `bytes` hold "xl/workbook.xml" (the zip's directory lists every part's name). */
function holdsWorkbookPart(bytes: Uint8Array): boolean {
  const first = WORKBOOK_PART[0]!;
  const last = bytes.length - WORKBOOK_PART.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < WORKBOOK_PART.length && bytes[i + k] === WORKBOOK_PART[k]) k++;
    if (k === WORKBOOK_PART.length) return true;
  }
  return false;
}

/** Why bytes named .xlsx cannot be a workbook, or null when they may be one. */
export function notAnXlsx(bytes: Uint8Array, file: string): Text | null {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return {
      vi: `Không đọc được ${file}: đây là tệp Excel cũ (.xls) hoặc tệp Office khác, không phải .xlsx. Hãy mở trong Excel và lưu thành .xlsx.`,
      en: `Cannot read ${file}: this is an old Excel file (.xls) or another Office file, not .xlsx. Open it in Excel and save it as .xlsx.`,
    };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return {
      vi: `Không đọc được ${file}: không phải tệp Excel .xlsx (một tệp .xlsx là tệp nén zip, tệp này không phải).`,
      en: `Cannot read ${file}: not an Excel .xlsx file (an .xlsx is a zip archive; this file is not one).`,
    };
  if (!holdsWorkbookPart(bytes))
    return {
      vi: `Không đọc được ${file}: đây là tệp nén zip nhưng không chứa bảng tính Excel (thiếu xl/workbook.xml).`,
      en: `Cannot read ${file}: this is a zip archive but holds no Excel workbook (no xl/workbook.xml).`,
    };
  return null;
}
