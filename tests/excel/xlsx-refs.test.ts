/** The pane's merge reads units' files whose rows and cells have no `r` (LibreOffice-style). */
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { mergeUnitFiles, readUnitFiles } from "../../src/excel/merge";
import { ChitieuError } from "../../src/excel/errors";
import { PANE_MAX_EXPANDED_BYTES, withCellRefs, xlsxWithCellRefs } from "../../src/excel/xlsx-refs";
import { CASES, xlsxWithoutR } from "../hostile/generate";

const arrayBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

test("a row without r follows the row before it, a cell without r the cell before it", () => {
  const xml =
    '<sheetData><row r="3"><c r="B3" t="s"><v>0</v></c><c><v>1</v></c></row>' +
    '<row><c t="s"><v>2</v></c><c/><c r="E9"><v>3</v></c><c s="1"><v>4</v></c></row>' +
    "<row/><x:row><x:c><x:v>5</x:v></x:c></x:row></sheetData>";
  expect(withCellRefs(xml)).toBe(
    '<sheetData><row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3"><v>1</v></c></row>' +
      '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4"/><c r="E9"><v>3</v></c><c r="F4" s="1"><v>4</v></c></row>' +
      '<row r="5"/><x:row r="6"><x:c r="A6"><x:v>5</x:v></x:c></x:row></sheetData>',
  );
});

test("a sheet where every row and cell has r is left as it was; cols and cfRule are not cells", () => {
  const xml =
    '<cols><col min="1" max="2"/></cols><sheetData><row r="1"><c r="A1"/></row></sheetData><cfRule type="x"/>';
  expect(withCellRefs(xml)).toBe(xml);
});

test("column letters past Z: the cell after AZ is BA", () => {
  expect(withCellRefs('<row r="2"><c r="AZ2"/><c/></row>')).toBe('<row r="2"><c r="AZ2"/><c r="BA2"/></row>');
});

test("ExcelJS alone throws on such a file; after the repair it places every cell where LibreOffice does", async () => {
  const bytes = await xlsxWithoutR();
  await expect(new ExcelJS.Workbook().xlsx.load(arrayBuffer(bytes))).rejects.toThrow();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await xlsxWithCellRefs(arrayBuffer(bytes)));
  const ws = wb.worksheets[0]!;
  expect(ws.getCell("A1").value).toBe("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024");
  expect(ws.getCell("B3").value).toBe("Chỉ tiêu");
  expect(ws.getCell("B4").value).toBe("Doanh nghiệp thành lập mới");
  expect(ws.getCell("E4").value).toBe(176);
  expect(ws.getCell("D5").value).toBe("dưới 4");
});

test("the pane names what a unit's file is when it is not a workbook, as the command line does", async () => {
  const named = (name: string) => CASES.find((c) => c.file === name)!;
  const said: Record<string, string> = {};
  for (const name of ["text.xlsx", "old.xlsx", "not-workbook.xlsx"]) {
    const data = arrayBuffer(await named(name).bytes());
    const error = await readUnitFiles([{ name, data }], DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChitieuError);
    said[name] = (error as ChitieuError).text.vi;
  }
  expect(said).toEqual({
    "text.xlsx":
      "Không đọc được “text.xlsx”: không phải tệp Excel .xlsx (một tệp .xlsx là tệp nén zip, tệp này không phải).",
    "old.xlsx":
      "Không đọc được “old.xlsx”: đây là tệp Excel cũ (.xls) hoặc tệp Office khác, không phải .xlsx. Hãy mở trong Excel và lưu thành .xlsx.",
    "not-workbook.xlsx":
      "Không đọc được “not-workbook.xlsx”: đây là tệp nén zip nhưng không chứa bảng tính Excel (thiếu xl/workbook.xml).",
  });
});

test("a file that expands past the pane's limit is refused before it is inflated, naming the limit", async () => {
  const data = arrayBuffer(await xlsxWithoutR());
  const error = await xlsxWithCellRefs(data, "lon.xlsx", 1000).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ChitieuError);
  expect((error as ChitieuError).code).toBe("file_too_large");
  expect((error as ChitieuError).text.vi).toContain("(giới hạn dung lượng giải nén)");
  expect((error as ChitieuError).text.en).toContain("the expanded-size limit");
  // The same file within the real limit opens.
  expect((await xlsxWithCellRefs(data, "lon.xlsx")).byteLength).toBeGreaterThan(0);
  expect(PANE_MAX_EXPANDED_BYTES).toBe(100 * 1024 * 1024);
});

test("Tổng hợp in the pane: two units' LibreOffice-style files are read and merged", async () => {
  const data = arrayBuffer(await xlsxWithoutR());
  const [unit] = await readUnitFiles([{ name: "phuong-1.xlsx", data }], DEFAULT_SETTINGS);
  const rows = unit!.read.table.groups.flatMap((g) => g.rows);
  expect(rows.map((r) => [r.sheetRow, r.name, r.actual, r.prior])).toEqual([
    [3, "Doanh nghiệp thành lập mới", 176, 160],
    [4, "Tỷ lệ hộ nghèo", 3.2, 4.1],
  ]);
  const result = await mergeUnitFiles(
    [
      { name: "phuong-1.xlsx", data },
      { name: "phuong-2.xlsx", data: arrayBuffer(await xlsxWithoutR()) },
    ],
    DEFAULT_SETTINGS,
  );
  expect(result.unitNames).toEqual(["phuong-1", "phuong-2"]);
  const firms = result.groups
    .flatMap((g) => g.indicators)
    .find((m) => m.name === "Doanh nghiệp thành lập mới");
  expect(firms?.actual).toBe(352);
});
