import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readSheets } from "../../src/cli/read";
import { DEFAULT_LIMITS, openXlsx, readXlsx, sharedStringsFrom } from "../../src/cli/xlsx-read";
import type { CellValue } from "../../src/core/model";
import { xlsx } from "./zip";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "chitieu-limits-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(file: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Bảng"));
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

function capture() {
  const io = { out: "", err: "" };
  return { io, sink: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t) } };
}

// Building the files takes seconds on a loaded machine; the read's own time is asserted inside.
jest.setTimeout(60_000);

describe("reading an xlsx within limits", () => {
  test("a shared-string bomb (one 10 MB string in 200 cells) stops at once, naming the string limit", async () => {
    // Written byte for byte: ExcelJS itself would take long to write it.
    const rows = Array.from(
      { length: 200 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`,
    );
    const file = path.join(dir, "bom.xlsx");
    writeFileSync(file, xlsx(rows.join(""), ["x".repeat(10_000_000)]));
    expect(statSync(file).size).toBeLessThan(20_000);
    await expect(readSheets(file)).rejects.toMatchObject({
      name: "FileReadError",
      text: {
        vi: expect.stringContaining("dài hơn 32.767 ký tự (giới hạn độ dài chuỗi"),
        en: expect.stringContaining("longer than 32,767 characters (the string size limit"),
      },
    });
    // It stops on the first oversized string, long before 200 × 10 MB would be built: allowed to
    // inflate 1 MB in all, the read still names the string limit, not the expanded-size one, so it
    // stopped with less than 1 MB of the 10 MB string read.
    await expect(readXlsx(file, { ...DEFAULT_LIMITS, maxExpandedBytes: 1024 ** 2 })).rejects.toMatchObject({
      text: { en: expect.stringContaining("(the string size limit, as an Excel cell)") },
    });
    const { io, sink } = capture();
    expect(await main(["check", file], sink)).toBe(2);
    expect(io.err).toContain("giới hạn độ dài chuỗi");
    expect(io.out).toBe("");
  });

  test("the cell limit and the expanded-size limit each name themselves", async () => {
    const file = await workbook("bang.xlsx", (ws) => {
      ws.addRow(["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"]);
      for (let i = 1; i <= 30; i++) ws.addRow([i, `Chỉ tiêu ${i}`, 100, 90 + i]);
    });
    expect((await readXlsx(file))[0]?.grid).toHaveLength(31);
    await expect(readXlsx(file, { ...DEFAULT_LIMITS, maxCells: 100 })).rejects.toMatchObject({
      text: { en: "the file has more than 100 cells with data (the read's cell limit)." },
    });
    await expect(
      readXlsx(file, { ...DEFAULT_LIMITS, maxExpandedBytes: 2 * 1024 ** 2 }),
    ).resolves.toHaveLength(1);
    await expect(readXlsx(file, { ...DEFAULT_LIMITS, maxExpandedBytes: 1024 })).rejects.toMatchObject({
      text: { vi: expect.stringContaining("giới hạn dung lượng giải nén") },
    });
  });

  test("a sheet without r attributes is read cell by cell, row by row", async () => {
    const file = path.join(dir, "khong-r.xlsx");
    writeFileSync(
      file,
      xlsx(
        '<row><c t="s"><v>0</v></c><c><v>150</v></c></row><row/><row><c t="inlineStr"><is><t>Tổng</t></is></c></row>',
        ["Doanh nghiệp"],
      ),
    );
    expect((await readXlsx(file))[0]?.grid).toEqual([["Doanh nghiệp", 150], [], ["Tổng"]]);
  });

  test("an inline string longer than the limit is refused too", async () => {
    const file = await workbook("dai.xlsx", (ws) => {
      ws.getCell("A1").value = "Chỉ tiêu";
      ws.getCell("A2").value = "y".repeat(40_000);
    });
    await expect(readXlsx(file)).rejects.toMatchObject({ text: { en: expect.stringContaining("32,767") } });
    await expect(readXlsx(file, { ...DEFAULT_LIMITS, maxStringChars: 50_000 })).resolves.toHaveLength(1);
  });
});

describe("an oversized shared string is refused as it is seen", () => {
  test("the reader pulls no more than one <si>'s bound and one chunk of a 10 MB string", async () => {
    const chunkChars = 64 * 1024;
    const xml = `<sst count="1"><si><t>${"x".repeat(10_000_000)}</t></si></sst>`;
    let pulled = 0;
    function* chunks(): Generator<string> {
      for (let i = 0; i < xml.length; i += chunkChars) {
        const chunk = xml.slice(i, i + chunkChars);
        pulled += chunk.length;
        yield chunk;
      }
    }
    await expect(sharedStringsFrom(chunks(), DEFAULT_LIMITS)).rejects.toMatchObject({
      text: { en: expect.stringContaining("(the string size limit, as an Excel cell)") },
    });
    // An <si> may be its 32 767 characters escaped (6 bytes each) plus 64 KB of markup; the read
    // stops in the first chunk that takes the open <si> past that.
    const itemBound = DEFAULT_LIMITS.maxStringChars * 6 + 64 * 1024;
    expect(pulled).toBeLessThanOrEqual(xml.indexOf("<si") + itemBound + chunkChars);
    expect(pulled).toBeLessThan(xml.length / 25);
  });
});

describe("shared strings read across inflate's chunks", () => {
  const xml =
    '<?xml version="1.0"?><sst count="4"><si><t>Doanh nghiệp</t></si><si><r><t>Hộ </t></r><r><t>nghèo</t></r></si>' +
    '<si><t xml:space="preserve">Thu ngân sách &amp; chi</t></si><si><t>Tỷ lệ</t></si></sst>';
  const expected = ["Doanh nghiệp", "Hộ nghèo", "Thu ngân sách & chi", "Tỷ lệ"];

  test("an <si> cut anywhere, even inside '<si' or '</si>', is one string in its place", async () => {
    for (let cut = 1; cut < xml.length; cut++) {
      const strings = await sharedStringsFrom([xml.slice(0, cut), xml.slice(cut)], DEFAULT_LIMITS);
      expect([cut, strings]).toEqual([cut, expected]);
    }
  });

  test("chunks of one to five characters give the same strings", async () => {
    for (const size of [1, 2, 3, 5]) {
      const chunks: string[] = [];
      for (let i = 0; i < xml.length; i += size) chunks.push(xml.slice(i, i + size));
      expect(await sharedStringsFrom(chunks, DEFAULT_LIMITS)).toEqual(expected);
    }
  });
});

describe("a sheet read in chunks of rows", () => {
  test("gives the rows read whole, a merge across chunks kept only in its top-left cell", async () => {
    const sheetData =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nhóm</t></is></c><c r="B1"><v>1</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>3</v></c></row>' +
      '<row r="4"><c r="B4"><v>4</v></c><c r="C4"><v>5</v></c></row>' +
      // The merge comes after the rows, as Excel writes it.
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:B4"/></mergeCells><sheetData>';
    const file = path.join(dir, "chunks.xlsx");
    writeFileSync(file, xlsx(sheetData));
    const book = await openXlsx(file);
    const whole = await book.read("Bảng");
    expect(whole.grid).toEqual([["Nhóm", null], [null, null], [], [null, null, 5]]);
    const rows: CellValue[][] = [];
    for await (const chunk of book.rows("Bảng", 1)) chunk.rows.forEach((r, i) => (rows[chunk.first + i] = r));
    expect(rows).toEqual(whole.grid);
  });
});
