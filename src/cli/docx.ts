/**
 * The report as a Word document through the `docx` package: title, the indicator table (% KH,
 * % CK, verdict), then the report paragraphs by group and the conclusion.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportText } from "../core/report";

/** Times New Roman 13 pt: what administrative documents in Vietnam are set in. */
const FONT = "Times New Roman";
const SIZE = 26;

function cell(text: string, header: boolean, numeric: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header, font: FONT, size: SIZE - 4 })],
      }),
    ],
  });
}

/** `rows[0]` is the header; `numericFrom` is the first column aligned right. */
export async function reportDocx(
  report: ReportText,
  rows: readonly string[][],
  numericFrom: number,
): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: r.map((text, c) => cell(text, i === 0, i > 0 && c >= numericFrom && c < r.length - 1)),
        }),
    ),
  });
  const para = (text: string): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 120 },
      children: [new TextRun({ text, font: FONT, size: SIZE })],
    });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
    new Paragraph({ heading: level, children: [new TextRun({ text, font: FONT, bold: true })] });

  const body: (Paragraph | Table)[] = [];
  if (report.title.trim() !== "") body.push(heading(report.title.trim(), HeadingLevel.TITLE));
  body.push(table, para(""));
  for (const g of report.groups) {
    if (g.name.trim() !== "") body.push(heading(g.name.trim(), HeadingLevel.HEADING_2));
    const text = [...g.sentences, g.conclusion].filter(Boolean).join(" ");
    if (text !== "") body.push(para(text));
  }
  body.push(para(report.overall));
  const doc = new Document({ creator: "chitieu", title: report.title, sections: [{ children: body }] });
  return Packer.toBuffer(doc);
}
