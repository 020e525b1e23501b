/** The Word report as a file's bytes for `chitieu report --format docx`; the document is src/docx's. */
import { Packer } from "docx";
import type { ReportText } from "../core/report";
import { reportDocument, type DocxOptions } from "../docx/report";

export { MARGIN, PAGE, columnWidths, type DocxOptions } from "../docx/report";

export async function reportDocx(
  report: ReportText,
  rows: readonly string[][],
  numericFrom: number,
  options: DocxOptions,
): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(report, rows, options, numericFrom));
}
