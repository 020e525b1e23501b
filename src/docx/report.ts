/**
 * The report as a Word document in the administrative format of Decree 30/2020/NĐ-CP (Phụ lục I):
 * A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; the issuing
 * body and "Số: …/BC-…" on the left and the Quốc hiệu, Tiêu ngữ, place and date on the right (a
 * borderless two-column table); "BÁO CÁO" and its subject centred in bold; numbered sections (I.,
 * 1.); "Nơi nhận" and the signature block. The indicator table follows as a Phụ lục on landscape
 * pages (the decree allows landscape for tables), its columns sized to their content.
 * Everything is black: plain bold runs, no Word heading styles (their theme colour is blue).
 * Used by the CLI (a file) and by the pane (a download, built in the browser in a lazy chunk):
 * no Node, no DOM, no Office here, only the `docx` package and core's report model.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Lang } from "../core/model";
import type { ReportText } from "../core/report";
import { FIRST_FIGURE, type DocumentFields } from "../core/report-table";

const FONT = "Times New Roman";
/**
 * Half-points: body 14 pt, header blocks 13 pt, the Quốc hiệu 12 pt (so it stays on one line).
 * The decree sets no size for tables in an appendix; 11 pt keeps 45 indicators on two pages.
 */
const BODY = 28;
const HEAD = 26;
const NATION = 24;
const TABLE = 22;
const RECIPIENTS = 22;
const RECIPIENTS_TITLE = 24;

/** Twips (1 mm = 56.7 twips). A4 is 210 × 297 mm. */
const MM = 1440 / 25.4;
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
} as const;
const PORTRAIT_TEXT = PAGE.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_TEXT = PAGE.height - MARGIN.left - MARGIN.right;

/** What the document says about who issues it; null leaves a dotted line to fill by hand. */
export interface DocxOptions extends DocumentFields {
  lang: Lang;
  /** The date of the document; null leaves "ngày … tháng … năm …". */
  date: { year: number; month: number; day: number } | null;
}

const DOTS = "……………";

const WORDS = {
  vi: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    number: "Số:",
    numberBlank: "…/BC-…",
    kind: "BÁO CÁO",
    results: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    overall: "ĐÁNH GIÁ CHUNG",
    seeAppendix: "Chi tiết từng chỉ tiêu tại Phụ lục kèm theo Báo cáo này.",
    recipients: "Nơi nhận:",
    recipientList: ["- Như trên;", "- Lưu: VT."],
    appendix: "PHỤ LỤC",
    appendixTitle: "BẢNG KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    attached: (number: string, date: string, unit: string): string =>
      `(Kèm theo Báo cáo số ${number} ngày ${date} của ${unit})`,
    dateLine: (place: string, d: string, m: string, y: string): string =>
      `${place}, ngày ${d} tháng ${m} năm ${y}`,
    shortDate: (d: string, m: string, y: string): string => `${d}/${m}/${y}`,
  },
  en: {
    nation: "SOCIALIST REPUBLIC OF VIETNAM",
    motto: "Independence - Freedom - Happiness",
    number: "No.:",
    numberBlank: "…/BC-…",
    kind: "REPORT",
    results: "RESULTS BY INDICATOR",
    overall: "OVERALL ASSESSMENT",
    seeAppendix: "Each indicator is detailed in the Appendix to this report.",
    recipients: "Recipients:",
    recipientList: ["- As above;", "- Archive: VT."],
    appendix: "APPENDIX",
    appendixTitle: "TABLE OF RESULTS BY INDICATOR",
    attached: (number: string, date: string, unit: string): string =>
      `(Attached to Report No. ${number} of ${date} by ${unit})`,
    dateLine: (place: string, d: string, m: string, y: string): string => `${place}, ${y}-${m}-${d}`,
    shortDate: (d: string, m: string, y: string): string => `${y}-${m}-${d}`,
  },
} as const;

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: s.size ?? BODY, bold: s.bold, italics: s.italics });
}

function centred(text: string, s: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, s)] });
}

/** The short rule under the issuing body and under the Tiêu ngữ: a bottom border on an indented paragraph. */
function rule(cellWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: "000000" } },
    children: [],
  });
}

/** A cell of a borderless layout table. */
function layoutCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
}

function layoutTable(widths: [number, number], left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [layoutCell(widths[0], left), layoutCell(widths[1], right)] })],
  });
}

function twoDigits(n: number, pad: boolean): string {
  return pad && n < 10 ? `0${n}` : String(n);
}

/** Decree 30: days below 10 and the months January and February take a leading zero. */
function dateParts(date: DocxOptions["date"]): { d: string; m: string; y: string } {
  if (date === null) return { d: "…", m: "…", y: "…" };
  return {
    d: twoDigits(date.day, true),
    m: twoDigits(date.month, date.month <= 2),
    y: String(date.year),
  };
}

/** Estimated width in twips of `chars` characters of 11 pt Times New Roman, with the cell's padding. */
const charTwips = (chars: number): number => Math.round(chars * 110 + 160);

/**
 * Column widths for the indicator table: each figure column as wide as its longest cell (header
 * words may wrap), the name column takes what is left, within bounds so names wrap on two lines
 * rather than one word a line.
 */
export function columnWidths(rows: readonly (readonly string[])[], total: number, nameColumn = 1): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const need = Array.from({ length: columns }, (_, c) => {
    const [head, ...body] = rows;
    const headWord = Math.max(0, ...(head?.[c] ?? "").split(/\s+/u).map((w) => [...w].length));
    const cells = Math.max(0, ...body.map((r) => [...(r[c] ?? "")].length));
    // Text cells ("doanh nghiệp", "không quá 20 vụ") may wrap between words; figures may not.
    const longestWord = Math.max(
      0,
      ...body.map((r) => Math.max(0, ...(r[c] ?? "").split(/\s+/u).map((x) => [...x].length))),
    );
    const wrapped = Math.max(longestWord, Math.min(cells, 10));
    // Header words are bold and often capitals ("STT"): a quarter wider than body text.
    const headWidth = Math.ceil(headWord * 1.25);
    return charTwips(c === nameColumn ? Math.min(cells, 48) : Math.max(headWidth, wrapped));
  });
  const others = need.reduce((s, w, c) => (c === nameColumn ? s : s + w), 0);
  const minName = charTwips(24);
  if (others + minName <= total) {
    need[nameColumn] = total - others;
    return need;
  }
  // Too wide even so: the name keeps its minimum, the figure columns shrink in proportion.
  const scale = (total - minName) / others;
  const out = need.map((w, c) => (c === nameColumn ? minName : Math.floor(w * scale)));
  const rest = total - out.reduce((s, w) => s + w, 0);
  out[nameColumn] = (out[nameColumn] ?? 0) + rest;
  return out;
}

function tableCell(
  text: string,
  width: number,
  align: "left" | "right" | "center",
  bold: boolean,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 50, right: 50, top: 0, bottom: 0 },
    children: [
      new Paragraph({
        alignment:
          align === "right"
            ? AlignmentType.RIGHT
            : align === "center"
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        children: [run(text, { size: TABLE, bold })],
      }),
    ],
  });
}

/** `rows[0]` is the header; a row whose cells after the name are all empty is a group heading. */
function indicatorTable(rows: readonly string[][], numericFrom: number, total: number): Table {
  const widths = columnWidths(rows, total);
  const last = widths.length - 1;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map((r, i) => {
      const group = i > 0 && r.slice(2).every((c) => c === "");
      return new TableRow({
        tableHeader: i === 0,
        cantSplit: true,
        children: r.map((text, c) =>
          tableCell(
            text,
            widths[c] ?? 0,
            i === 0 || c === 0 || c === last ? "center" : c >= numericFrom ? "right" : "left",
            i === 0 || group,
          ),
        ),
      });
    }),
  });
}

/** Number in the "Số:" line and the appendix's reference to it. */
function numberText(o: DocxOptions): string {
  return o.number?.trim() || WORDS[o.lang].numberBlank;
}

/**
 * The Word document: `rows` is core report-table's displayRows (row 0 the header), figures from
 * column `numericFrom` on are right-aligned.
 */
export function reportDocument(
  report: ReportText,
  rows: readonly string[][],
  options: DocxOptions,
  numericFrom: number = FIRST_FIGURE,
): Document {
  const w = WORDS[options.lang];
  const unit = options.unit?.trim() ? options.unit.trim().toLocaleUpperCase("vi") : DOTS;
  const { d, m, y } = dateParts(options.date);
  const leftWidth = Math.round(PORTRAIT_TEXT * 0.4);
  const rightWidth = PORTRAIT_TEXT - leftWidth;

  const masthead = layoutTable(
    [leftWidth, rightWidth],
    [
      centred(unit, { size: HEAD, bold: true }),
      rule(leftWidth, 1200),
      centred(`${w.number} ${numberText(options)}`, { size: HEAD }),
    ],
    [
      centred(w.nation, { size: NATION, bold: true }),
      centred(w.motto, { size: HEAD, bold: true }),
      rule(rightWidth, 3600),
      centred(w.dateLine(options.place?.trim() || DOTS, d, m, y), { size: HEAD, italics: true }),
    ],
  );

  const para = (text: string): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 567 },
      spacing: { before: 60, after: 60, line: 300 },
      children: [run(text)],
    });
  const heading = (text: string): Paragraph =>
    new Paragraph({
      indent: { firstLine: 567 },
      spacing: { before: 120, after: 60 },
      keepNext: true,
      children: [run(text, { bold: true })],
    });

  const body: (Paragraph | Table)[] = [
    masthead,
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    centred(w.kind, { bold: true }),
    centred(report.title.trim() || DOTS, { bold: true }),
    rule(PORTRAIT_TEXT, 1800),
    heading(`I. ${w.results}`),
  ];
  const named = report.groups.filter((g) => g.name.trim() !== "");
  report.groups.forEach((g) => {
    const at = named.indexOf(g);
    if (at >= 0) body.push(heading(`${at + 1}. ${g.name.trim()}`));
    const text = [...g.sentences, g.conclusion].filter(Boolean).join(" ");
    if (text !== "") body.push(para(text));
  });
  body.push(para(w.seeAppendix), heading(`II. ${w.overall}`), para(report.overall));

  const signWidth = Math.round(PORTRAIT_TEXT * 0.55);
  body.push(
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    layoutTable(
      [PORTRAIT_TEXT - signWidth, signWidth],
      [
        new Paragraph({
          children: [run(w.recipients, { size: RECIPIENTS_TITLE, bold: true, italics: true })],
        }),
        ...w.recipientList.map((r) => new Paragraph({ children: [run(r, { size: RECIPIENTS })] })),
      ],
      [
        centred(options.position?.trim() ? options.position.trim().toLocaleUpperCase("vi") : DOTS, {
          bold: true,
        }),
        // Room for the signature and the seal.
        ...[0, 1, 2, 3].map(() => new Paragraph({ children: [run("")] })),
        centred(options.signer?.trim() || DOTS, { bold: true }),
      ],
    ),
  );

  const appendix: (Paragraph | Table)[] = [
    centred(w.appendix, { bold: true }),
    centred(w.appendixTitle, { bold: true, size: HEAD }),
    centred(
      w.attached(
        numberText(options),
        options.date === null ? "…" : w.shortDate(d, m, y),
        unit === DOTS ? DOTS : unit,
      ),
      {
        size: HEAD,
        italics: true,
      },
      160,
    ),
    indicatorTable(rows, numericFrom, LANDSCAPE_TEXT),
  ];

  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: HEAD })],
      }),
    ],
  });
  const margin = { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) };
  return new Document({
    creator: "chitieu",
    title: report.title,
    styles: { default: { document: { run: { font: FONT, size: BODY, color: "000000" } } } },
    sections: [
      {
        // Decree 30: page numbers from the second page, centred in the top margin.
        properties: { titlePage: true, page: { size: { ...PAGE }, margin } },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: body,
      },
      {
        properties: {
          page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin },
        },
        headers: { default: pageNumber },
        children: appendix,
      },
    ],
  });
}

/** The document as a Blob, for the pane's download (Packer.toBlob works in a browser). */
export async function reportDocxBlob(
  report: ReportText,
  rows: readonly string[][],
  options: DocxOptions,
): Promise<Blob> {
  return Packer.toBlob(reportDocument(report, rows, options));
}
