/**
 * The Word report in the format of Decree 30/2020/NĐ-CP, measured in its XML (page, margins,
 * fonts, masthead, Nơi nhận, column widths) and laid out by a second engine: LibreOffice Writer
 * converts it to PDF, poppler counts and renders the pages, and the PNGs are kept under
 * test-results/docx/ for a person to look at. CI installs libreoffice-writer-nogui and
 * poppler-utils; without them this test fails on purpose.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseArgs } from "../../src/cli/args";
import { columnWidths } from "../../src/cli/docx";
import { run, tempDir } from "./helpers";

// Writing the workbooks takes seconds on a shared machine; LibreOffice's first start takes more.
jest.setTimeout(240_000);

const SHOTS = path.join(__dirname, "..", "..", "test-results", "docx");

/** The city template (seed 004's 45 indicators in 4 groups), every row filled. */
async function city45(file: string): Promise<string> {
  const template = `${file}.template.xlsx`;
  expect(
    (await run("template", "thanh-pho-nam", "--out", template, "--unit", "Thành ủy TP. Bến Tre")).code,
  ).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  let i = 0;
  ws.eachRow((row, r) => {
    if (r <= 5 || typeof row.getCell(1).value !== "number") return;
    i++;
    const kind = String(row.getCell(4).value ?? "");
    if (kind === "Đạt/không") {
      row.getCell(7).value = "Đạt";
      return;
    }
    const plan = typeof row.getCell(6).value === "number" ? (row.getCell(6).value as number) : 40 + i * 7;
    if (row.getCell(6).value === null) row.getCell(6).value = plan;
    // Some rows above plan, some below, one without a prior year.
    const actual = Math.round(plan * (i % 3 === 0 ? 0.93 : 1.04) * 100) / 100;
    row.getCell(7).value = actual;
    if (i % 7 !== 0) row.getCell(8).value = Math.round(actual * 0.92 * 100) / 100;
  });
  await wb.xlsx.writeFile(file);
  return file;
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

const textOf = (xml: string): string => xml.replace(/<[^>]+>/g, "");
const attr = (tag: string, name: string): number => Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1]);

/** PDF through LibreOffice Writer with a profile of its own, then page count, page sizes and PNGs. */
function layOut(
  docx: string,
  work: string,
  name: string,
): { pages: number; sizes: string[]; text: string[] } {
  const profile = path.join(work, `lo-${name}`);
  mkdirSync(profile, { recursive: true });
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      work,
      docx,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  const pdf = path.join(work, `${path.basename(docx, ".docx")}.pdf`);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1] ?? "");
  mkdirSync(SHOTS, { recursive: true });
  for (const f of readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(SHOTS, f));
  execFileSync("pdftoppm", ["-png", "-r", "70", pdf, path.join(SHOTS, name)]);
  const text = Array.from({ length: pages }, (_, p) =>
    execFileSync("pdftotext", ["-layout", "-f", String(p + 1), "-l", String(p + 1), pdf, "-"], {
      encoding: "utf8",
    }),
  );
  return { pages, sizes, text };
}

describe("chitieu report --format docx (Decree 30/2020/NĐ-CP)", () => {
  const tmp = tempDir("chitieu-docx-");
  afterAll(() => tmp.cleanup());
  let table: string;
  let signed: string;
  let blank: string;
  beforeAll(async () => {
    table = await city45(tmp.file("thanh-pho-45.xlsx"));
    signed = tmp.file("bao-cao.docx");
    blank = tmp.file("bao-cao-trong.docx");
    const a = await run(
      "report",
      table,
      "--format",
      "docx",
      "--out",
      signed,
      "--unit",
      "Ủy ban nhân dân thành phố Bến Tre",
      "--number",
      "215/BC-UBND",
      "--signer",
      "Nguyễn Văn An",
      "--position",
      "Chủ tịch",
      "--place",
      "Bến Tre",
      "--date",
      "2026-02-05",
    );
    expect(a.code).toBe(0);
    expect((await run("report", table, "--format", "docx", "--out", blank)).code).toBe(0);
  });

  it("is A4 portrait with margins 20/20/30/15 mm, then landscape A4 for the table", async () => {
    const xml = await documentXml(signed);
    const sizes = [...xml.matchAll(/<w:pgSz[^>]*>/g)].map((m) => m[0]);
    expect(sizes.map((t) => [attr(t, "w"), attr(t, "h")])).toEqual([
      [11906, 16838],
      [16838, 11906],
    ]);
    expect(sizes[1]).toContain('w:orient="landscape"');
    const margins = [...xml.matchAll(/<w:pgMar[^>]*>/g)].map((m) => m[0]);
    expect(margins.length).toBe(2);
    for (const m of margins) {
      // Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm = 56,7 twips).
      expect(attr(m, "top")).toBe(1134);
      expect(attr(m, "bottom")).toBe(1134);
      expect(attr(m, "left")).toBe(1701);
      expect(attr(m, "right")).toBe(850);
    }
  });

  it("sets every run in Times New Roman, body 14 pt, table 11 pt, and no coloured heading style", async () => {
    const xml = await documentXml(signed);
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(sizes)).toEqual(new Set([22, 24, 26, 28]));
    expect(xml).not.toMatch(/w:pStyle w:val="(Heading|Title)/);
    expect(xml).not.toMatch(/<w:color w:val="(?!000000)/);
  });

  it("has the masthead: issuing body and number left, Quốc hiệu, Tiêu ngữ, place and date right, borderless", async () => {
    const xml = await documentXml(signed);
    const first = xml.slice(0, xml.indexOf("</w:tbl>"));
    const [left, right] = first.split("</w:tc>").map(textOf);
    expect(left).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ BẾN TRESố: 215/BC-UBND");
    expect(right).toBe(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcBến Tre, ngày 05 tháng 02 năm 2026",
    );
    expect(first).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
    const text = textOf(xml);
    expect(text).toContain("BÁO CÁOBẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2021");
    expect(text).toMatch(
      /I\. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU1\. Xây dựng Đảng.*2\. Kinh tế.*II\. ĐÁNH GIÁ CHUNG/,
    );
    expect(text).toContain("Nơi nhận:- Như trên;- Lưu: VT.CHỦ TỊCHNguyễn Văn An");
    expect(text).toContain(
      "(Kèm theo Báo cáo số 215/BC-UBND ngày 05/02/2026 của ỦY BAN NHÂN DÂN THÀNH PHỐ BẾN TRE)",
    );
  });

  it("leaves dotted places for what was not given, and takes the unit from above the table", async () => {
    const text = textOf(await documentXml(blank));
    expect(text).toContain("THÀNH ỦY TP. BẾN TRESố: …/BC-…");
    expect(text).toContain("……………, ngày … tháng … năm …");
    expect(text).toContain("Nơi nhận:- Như trên;- Lưu: VT.……………");
  });

  it("sizes the table's columns to their content: a wide name column, narrow figures", async () => {
    const xml = await documentXml(signed);
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
    const indicator = grids[grids.length - 1] ?? [];
    expect(indicator.length).toBe(10);
    // Landscape text width: 297 − 30 − 15 mm.
    expect(indicator.reduce((s, w) => s + w, 0)).toBe(16838 - 1701 - 850);
    const [stt = 0, name = 0, ...figures] = indicator;
    expect(name).toBeGreaterThan(2.9 * 1440); // more than 7,4 cm: long names on two lines at most
    expect(stt).toBeLessThan(1000);
    for (const w of figures) expect(w).toBeLessThan(name / 2.5);
  });

  it("lays out in LibreOffice Writer: 45 rows on 2 landscape pages after the report (PNGs in test-results/docx)", () => {
    const { pages, sizes, text } = layOut(signed, tmp.dir, "bao-cao-45");
    console.log(`docx → pdf: ${pages} pages, sizes ${sizes.join(" | ")}`);
    expect(text[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text[0]).toContain("Độc lập - Tự do - Hạnh phúc");
    const appendixFrom = text.findIndex((t) => t.includes("PHỤ LỤC"));
    expect(appendixFrom).toBeGreaterThan(0);
    expect(text.slice(0, appendixFrom).join("")).toContain("Nơi nhận:");
    // A4 portrait (595 × 842 pt) for the report, landscape for the table, which fits in two pages.
    expect(sizes.slice(0, appendixFrom).every((s) => s.startsWith("595.") && s.includes("x 841."))).toBe(
      true,
    );
    expect(sizes.slice(appendixFrom).every((s) => s.startsWith("841.") && s.includes("x 595."))).toBe(true);
    expect(pages - appendixFrom).toBeLessThanOrEqual(2);
    // Every indicator's name is on a line of its own or two, none broken one word a line.
    const appendix = text.slice(appendixFrom).join("\n");
    expect(appendix).toContain("Kết nạp đảng viên mới");
    expect(readdirSync(SHOTS).filter((f) => f.startsWith("bao-cao-45-")).length).toBe(pages);
  });
});

describe("the masthead flags", () => {
  it("reads --date as YEAR-MONTH-DAY and refuses a day that does not exist", () => {
    expect(parseArgs(["report", "a.xlsx", "--format", "docx", "--date", "2026-2-5"])).toMatchObject({
      fields: { date: { year: 2026, month: 2, day: 5 }, unit: null, signer: null },
    });
    expect(() => parseArgs(["report", "a.xlsx", "--date", "2026-02-30"])).toThrow(
      '--date takes YEAR-MONTH-DAY, e.g. 2026-12-04, not "2026-02-30".',
    );
    expect(() => parseArgs(["report", "a.xlsx", "--date", "05/02/2026"])).toThrow("--date takes");
  });
});

describe("columnWidths", () => {
  it("gives figures what their longest cell needs and the name the rest", () => {
    const rows = [
      ["STT", "Chỉ tiêu", "% KH"],
      ["1", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "117,33%"],
    ];
    const [stt = 0, name = 0, pct = 0] = columnWidths(rows, 9000);
    expect(stt + name + pct).toBe(9000);
    expect(pct).toBeGreaterThan(stt);
    expect(name).toBe(9000 - stt - pct);
  });

  it("shrinks the figures in proportion when even the shortest name would not fit", () => {
    const rows = [["STT", "Chỉ tiêu", ...Array.from({ length: 12 }, () => "Kế hoạch năm")]];
    const widths = columnWidths(rows, 6000);
    expect(widths.reduce((s, w) => s + w, 0)).toBe(6000);
    expect(widths[1]).toBe(Math.max(...widths));
  });
});
