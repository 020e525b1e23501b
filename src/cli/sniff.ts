/**
 * What a file really is, from its bytes: the text encoding of a CSV (offices still send UTF-16
 * from "Unicode text" exports and Windows-1258 from old Vietnamese Windows), and, for a file named
 * .xlsx, whether it is a zip, and a zip holding a workbook.
 */

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

/**
 * The text of a CSV: a BOM decides; without one, NUL bytes at every other position mean UTF-16
 * (the side they are on gives the byte order); bytes that are not valid UTF-8 are read as
 * Windows-1258 (the Vietnamese Windows code page; its tone marks are combining, so the text is
 * normalized to NFC). Any byte sequence decodes under 1258, so nothing is refused here.
 */
export function decodeCsv(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), "utf-16be");
  const sample = Math.min(bytes.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = sample / 2;
  if (pairs > 0 && oddNul > pairs * 0.3 && evenNul < oddNul / 4) return decode(bytes, "utf-16le");
  if (pairs > 0 && evenNul > pairs * 0.3 && oddNul < evenNul / 4) return decode(bytes, "utf-16be");
  try {
    return utf8(bytes);
  } catch {
    return { text: decode(bytes, "windows-1258").text.normalize("NFC"), encoding: "windows-1258" };
  }
}

function utf8(bytes: Uint8Array): DecodedText {
  return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
}

function decode(bytes: Uint8Array, encoding: CsvEncoding): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Decided in core, as the pane's Tổng hợp decides it. */
export { notAnXlsx } from "../core/xlsx-kind";
