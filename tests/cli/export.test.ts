import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseArgs } from "../../src/cli/args";
import { run, tempDir } from "./helpers";

/** Seed 000's figures (TP. Bến Tre, 2020) in a two-group table. */
async function tableFile(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu NQ 2020");
  ws.addRow(["KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2020"]);
  ws.addRow(["Đơn vị: Thành ủy TP. Bến Tre"]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Ước TH", "Cùng kỳ"]);
  ws.addRow(["I", "Kinh tế"]);
  ws.addRow([1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 150, 176]);
  ws.addRow([2, "Tổng thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 328.65, 562, 472.27]);
  ws.addRow([3, "Khối lượng thanh toán đầu tư hạ tầng", "tỷ đồng", "Số lượng", "Tăng", 221.65, 215, 154.68]);
  ws.addRow(["II", "Quốc phòng – an ninh"]);
  ws.addRow([1, "Số vụ tai nạn giao thông", "vụ", "Số lượng", "Giảm", "không quá 20", 24, 21]);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("chitieu report", () => {
  const tmp = tempDir("chitieu-report-");
  afterAll(() => tmp.cleanup());
  let file: string;
  beforeAll(async () => {
    file = await tableFile(tmp.file("ben-tre.xlsx"));
  });

  it("parses --format and rejects unknown formats", () => {
    expect(parseArgs(["report", "a.xlsx", "--format", "docx", "--out", "b.docx"])).toMatchObject({
      kind: "report",
      file: "a.xlsx",
      format: "docx",
      out: "b.docx",
    });
    expect(parseArgs(["report", "a.xlsx"])).toMatchObject({ format: "txt", out: null });
    expect(() => parseArgs(["report", "a.xlsx", "--format", "pdf"])).toThrow(
      "--format takes md, docx, txt, csv",
    );
  });

  it("txt: the report paragraphs from core/report.ts", async () => {
    const r = await run("report", file, "--format", "txt");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Doanh nghiệp thành lập mới ước đạt 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu.",
    );
    expect(r.out).toContain(
      "Tổng cộng: đạt và vượt 2/4 chỉ tiêu; chưa đạt: Khối lượng thanh toán đầu tư hạ tầng, Số vụ tai nạn giao thông.",
    );
  });

  it("md: a table with % KH, % CK and verdicts, then the paragraphs", async () => {
    const r = await run("report", file, "--format", "md");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("# KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2020");
    expect(r.out).toContain(
      "| STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Cùng kỳ | % KH | % CK | Tăng/giảm (%) | Đánh giá |",
    );
    expect(r.out).toContain(
      "| 2 | Tổng thu ngân sách trên địa bàn | tỷ đồng | 328,65 | 562 | 472,27 | 171,00% | 119,00% | 19,00% | Vượt |",
    );
    expect(r.out).toContain(
      "| 1 | Số vụ tai nạn giao thông | vụ | không quá 20 vụ | 24 | 21 | 120,00% | 114,29% | 14,29% | Không đạt |",
    );
    expect(r.out).toContain("## Kinh tế");
  });

  it("md in English with --locale en", async () => {
    const r = await run("report", file, "--format", "md", "--locale", "en");
    expect(r.out).toContain(
      "| No. | Indicator | Unit | Plan | Actual | Prior year | % of plan | % of prior | Change (%) | Verdict |",
    );
    expect(r.out).toContain("Overall: 2 of 4 targets reached or exceeded");
  });

  it("csv: UTF-8 with BOM, ';' and decimal commas in vi; ',' and points in en", async () => {
    const out = tmp.file("bang.csv");
    const r = await run("report", file, "--format", "csv", "--out", out);
    expect(r.out).toBe(`Đã ghi báo cáo (csv) vào ${out}.\n`);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("STT;Chỉ tiêu;ĐVT;Kế hoạch;Thực hiện;Cùng kỳ;% KH;% CK;Tăng/giảm (%);Đánh giá");
    expect(lines).toContain("2;Tổng thu ngân sách trên địa bàn;tỷ đồng;328,65;562;472,27;171;119;19;Vượt");
    const en = tmp.file("table-en.csv");
    await run("report", file, "--format", "csv", "--out", en, "--locale", "en");
    expect(readFileSync(en, "utf8")).toContain(
      "1,Doanh nghiệp thành lập mới,doanh nghiệp,150,176,,117.33,,,Exceeded",
    );
  });

  it("docx: a valid Word file (zip with word/document.xml) holding the table and the report sentences", async () => {
    const out = tmp.file("bao-cao.docx");
    const r = await run("report", file, "--format", "docx", "--out", out);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]),
    );
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(xml).toContain("<w:tbl>");
    expect(text).toContain("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2020");
    expect(text).toContain("117,33%");
    expect(text).toContain(
      "Doanh nghiệp thành lập mới ước đạt 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu.",
    );
    expect(text).toContain("Tổng cộng: đạt và vượt 2/4 chỉ tiêu");
  });

  it("docx without --out goes beside the input", async () => {
    const r = await run("report", file, "--format", "docx");
    expect(r.out).toBe(`Đã ghi báo cáo (docx) vào ${file.replace(/\.xlsx$/, ".docx")}.\n`);
    expect(
      readFileSync(file.replace(/\.xlsx$/, ".docx"))
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
  });
});
