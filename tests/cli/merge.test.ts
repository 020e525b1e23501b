import path from "node:path";
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { xlsxWithoutR } from "../hostile/generate";
import { unitGrid, type UnitLine } from "../core/shared-tables";
import { run, tempDir } from "./helpers";

async function unitFile(file: string, unitName: string | null, lines: UnitLine[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu");
  // An empty cell is left out, not written as null.
  for (const row of unitGrid(unitName, [["I", "Kinh tế", lines]]))
    ws.addRow(row.map((v) => (v === null ? undefined : v)));
  await wb.xlsx.writeFile(file);
  return file;
}

describe("chitieu merge", () => {
  const tmp = tempDir("chitieu-merge-");
  afterAll(() => tmp.cleanup());
  let files: string[];
  const out = (): string => tmp.file("tong-hop.xlsx");

  beforeAll(async () => {
    files = [
      await unitFile(tmp.file("p1.xlsx"), "Phường 1", [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 50, 60, 45],
        ["Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 100.5, 110.25, 90],
        ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", 3.5, 4],
        ["Công trình hạ tầng đưa vào sử dụng", "công trình", "Số lượng", "Tăng", 5, 4, 3],
      ]),
      await unitFile(tmp.file("p2.xlsx"), "Phường 2", [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 40, 35, 30],
        ["Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 80, 75.5, 70],
        ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", 4.2, 4.5],
        ["Công trình hạ tầng đưa vào sử dụng", "công trình", "Số lượng", "Tăng", 3, 3, 2],
      ]),
      // No unit name in the sheet: the file name stands in.
      await unitFile(tmp.file("xa-my-thanh.xlsx"), null, [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 30, 30, 25],
        ["Thu ngân sách trên địa bàn", "triệu đồng", "Số lượng", "Tăng", 70000, 70000, 60000],
        ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", 2, 2.5],
      ]),
    ];
  });

  it("writes the merged sheet and prints what did not match and what was converted", async () => {
    const r = await run("merge", ...files, "--out", out(), "--force");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã ghi ${out()}: 4 chỉ tiêu từ 3 đơn vị (Phường 1, Phường 2, xa-my-thanh).`);
    // 70.000 triệu đồng is 70 tỷ đồng: one row, not a mismatch.
    expect(r.out).toContain(
      'Đã đổi đơn vị (1):\n  - "Thu ngân sách trên địa bàn" — xa-my-thanh: triệu đồng → tỷ đồng\n',
    );
    expect(r.out).not.toContain("có đơn vị khác nhau");
    // The row's Ghi chú names the unit as it is written, lower case and all.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    const notes: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => {
      if (row.getCell(2).value === "Thu ngân sách trên địa bàn") notes.push(row.getCell(12).value);
    });
    expect(notes).toEqual(["xa-my-thanh: triệu đồng → tỷ đồng (đã đổi đơn vị)"]);
    expect(r.out).toContain(
      '"Công trình hạ tầng đưa vào sử dụng" (công trình) không có trong bảng của: xa-my-thanh.',
    );
    // The rate is the plain mean of the three wards' rates (3,23 < 4): judged, not "chưa có số liệu".
    expect(r.out).toContain("Bảng tổng hợp: Đạt và vượt 3/4 chỉ tiêu.");
  });

  it("says it in English with --locale en", async () => {
    const r = await run("merge", ...files, "--out", out(), "--force", "--locale", "en");
    expect(r.out).toContain("Merged table: 3 of 4 targets reached or exceeded.");
    expect(r.out).toContain(
      'Units converted (1):\n  - "Thu ngân sách trên địa bàn" — xa-my-thanh: triệu đồng → tỷ đồng\n',
    );
    expect(r.out).toContain("is missing from the tables of: xa-my-thanh.");
  });

  it("re-read with ExcelJS: SUM formulas with cached values for totals, AVERAGE for the rate", async () => {
    await run("merge", ...files, "--out", out(), "--force");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out());
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("I5").value).toBe("Phường 1");
    expect(ws.getCell("K5").value).toBe("xa-my-thanh");
    const rowOf = (name: string): number => {
      let found = -1;
      ws.eachRow((row, n) => {
        if (row.getCell(2).value === name) found = n;
      });
      return found;
    };
    const firms = rowOf("Doanh nghiệp thành lập mới");
    expect(ws.getCell(`G${firms}`).value).toEqual({ formula: `SUM(I${firms}:K${firms})`, result: 125 });
    expect([ws.getCell(`F${firms}`).value, ws.getCell(`H${firms}`).value]).toEqual([120, 100]);
    const poor = rowOf("Tỷ lệ hộ nghèo");
    expect(ws.getCell(`G${poor}`).value).toEqual({
      formula: `AVERAGE(I${poor}:K${poor})`,
      result: 0.0323333333333333,
    });
    expect(ws.getCell(`G${poor}`).numFmt).toBe("0.00%");
    expect(ws.getCell(`L${poor}`).value).toBe(
      "Bình quân cộng của 3 đơn vị (tỷ lệ, không cộng; chưa có số gốc để tính bình quân gia quyền); 2/3 đơn vị đạt và vượt",
    );
    // The add-in's own computed columns follow Ghi chú: % KH is a live formula.
    expect(ws.getCell(`M5`).value).toBe("% KH");
    const pct = ws.getCell(`M${firms}`).value as ExcelJS.CellFormulaValue;
    expect(pct.formula).toContain(`G${firms}`);
  });

  it("`chitieu check` reads the merged file: totals and the averaged rate judged", async () => {
    await run("merge", ...files, "--out", out(), "--force");
    const r = await run("check", out(), "--json");
    expect(r.err).toBe("");
    const json = JSON.parse(r.out) as { summary: { reached: number; total: number; noData: number } };
    expect(json.summary).toMatchObject({ reached: 3, total: 4, noData: 0 });
    const text = await run("check", out());
    expect(text.out).toContain("Đạt và vượt 3/4 chỉ tiêu");
    expect(path.basename(out())).toBe("tong-hop.xlsx");
  });

  it("counts apart, with the reason, rows whose wards all gave figures the merge cannot combine", async () => {
    const apart = [
      await unitFile(tmp.file("a1.xlsx"), "Phường 3", [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 50, 60, 45],
        ["Điểm, tụ điểm ma túy", "điểm", "Số lượng", "Giảm", "không quá 3", 2, 3],
        ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 2", 1.4, 1.9],
      ]),
      await unitFile(tmp.file("a2.xlsx"), "Phường 4", [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 40, 35, 30],
        ["Điểm, tụ điểm ma túy", "điểm", "Số lượng", "Giảm", "không quá 3", 1, 2],
        ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 1,5", 1.2, 1.6],
      ]),
    ];
    const vi = await run("merge", ...apart, "--out", tmp.file("apart.xlsx"), "--force");
    expect(vi.code).toBe(0);
    // Before: "Đạt và vượt 1/1 chỉ tiêu; 1 chỉ tiêu không giao kế hoạch; 1 chỉ tiêu chưa có số liệu".
    expect(vi.out).toContain(
      [
        "Bảng tổng hợp: Đạt và vượt 1/1 chỉ tiêu; 2 chỉ tiêu không tổng hợp được.",
        "Không tổng hợp được (2):",
        '  - Điểm, tụ điểm ma túy: đơn vị "điểm" chưa rõ có cộng được không',
        "  - Tỷ lệ hộ nghèo: kế hoạch các đơn vị khác nhau",
      ].join("\n"),
    );
    const en = await run("merge", ...apart, "--out", tmp.file("apart.xlsx"), "--force", "--locale", "en");
    expect(en.out).toContain(
      [
        "Merged table: 1 of 1 target reached or exceeded; 2 indicators not combined.",
        "Not combined (2):",
        '  - Điểm, tụ điểm ma túy: unit "điểm" not known to add up',
        "  - Tỷ lệ hộ nghèo: the units' plans differ",
      ].join("\n"),
    );
  });

  it("refuses one file, or a missing --out", async () => {
    expect((await run("merge", files[0] as string, "--out", out(), "--force")).code).toBe(2);
    const r = await run("merge", ...files);
    expect([r.code, r.err]).toEqual([2, "chitieu: Thiếu --out TỆP.xlsx.\n"]);
  });
});

test("two communes, one in triệu đồng and tấn, one in tỷ đồng and nghìn tấn: converted, exactly, and said so", async () => {
  const tmp = tempDir("chitieu-merge-scale-");
  try {
    // Audit 3, F11: 22 tỷ + 15.500 triệu = 37,5 tỷ against 20 + 16 = 36 tỷ (104,17 %).
    const a = await unitFile(tmp.file("xa-a.xlsx"), "Xã A", [
      ["Thu ngân sách", "tỷ đồng", "Số lượng", "Tăng", 20, 22, 18],
      ["Thu phí, lệ phí", "tỷ đồng", "Số lượng", "Tăng", 3, 2.5, 2],
      ["Sản lượng lúa", "nghìn tấn", "Số lượng", "Tăng", 1.5, 1.2, 1.1],
      ["Diện tích lúa", "ha", "Số lượng", "Tăng", 300, 320, 310],
      ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", 3.5, 4],
    ]);
    const b = await unitFile(tmp.file("xa-b.xlsx"), "Xã B", [
      ["Thu ngân sách", "triệu đồng", "Số lượng", "Tăng", 16000, 15500, 14000],
      // Typed as text the vi way: 1.234,5 triệu is 1,2345 tỷ.
      ["Thu phí, lệ phí", "triệu đồng", "Số lượng", "Tăng", 1000, "1.234,5", 900],
      ["Sản lượng lúa", "tấn", "Số lượng", "Tăng", 800, 850, 780],
      ["Diện tích lúa", "tấn", "Số lượng", "Tăng", 900, 950, 920],
      ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", 4.2, 4.5],
    ]);
    const out = tmp.file("tong-hop.xlsx");
    const vi = await run("merge", a, b, "--out", out);
    expect([vi.code, vi.err]).toEqual([0, ""]);
    expect(vi.out).toContain(`Đã ghi ${out}: 6 chỉ tiêu từ 2 đơn vị (Xã A, Xã B).`);
    expect(vi.out).toContain(
      [
        "Đã đổi đơn vị (3):",
        '  - "Thu ngân sách" — Xã B: triệu đồng → tỷ đồng',
        '  - "Thu phí, lệ phí" — Xã B: triệu đồng → tỷ đồng',
        '  - "Sản lượng lúa" — Xã B: tấn → nghìn tấn',
        "Không khớp giữa các đơn vị (1):",
        '  - "Diện tích lúa" có đơn vị khác nhau giữa các đơn vị (ha: Xã A; tấn: Xã B); để thành các dòng riêng, không cộng.',
      ].join("\n"),
    );
    const en = await run("merge", a, b, "--out", out, "--force", "--locale", "en");
    expect(en.out).toContain('Units converted (3):\n  - "Thu ngân sách" — Xã B: triệu đồng → tỷ đồng\n');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const rowOf = (name: string): ExcelJS.Row[] => {
      const rows: ExcelJS.Row[] = [];
      ws.eachRow((row) => {
        if (row.getCell(2).value === name) rows.push(row);
      });
      return rows;
    };
    // Columns: F Kế hoạch, G Thực hiện, H Cùng kỳ, I Xã A, J Xã B, K Ghi chú (en: written with --locale en).
    const [budget] = rowOf("Thu ngân sách");
    expect(rowOf("Thu ngân sách")).toHaveLength(1);
    const n = budget!.number;
    expect([3, 6, 7, 8, 9, 10].map((c) => budget!.getCell(c).value)).toEqual([
      "tỷ đồng",
      36,
      { formula: `SUM(I${n}:J${n})`, result: 37.5 },
      32,
      22,
      15.5,
    ]);
    expect(budget!.getCell(11).value).toBe("Xã B: triệu đồng → tỷ đồng (units converted)");
    const [fees] = rowOf("Thu phí, lệ phí");
    expect([7, 10].map((c) => fees!.getCell(c).value)).toEqual([
      { formula: `SUM(I${fees!.number}:J${fees!.number})`, result: 3.7345 },
      1.2345,
    ]);
    expect([fees!.getCell(7).numFmt, fees!.getCell(10).numFmt]).toEqual(["#,##0.0000", "#,##0.0000"]);
    const [rice] = rowOf("Sản lượng lúa");
    expect([3, 6, 8, 10].map((c) => rice!.getCell(c).value)).toEqual(["nghìn tấn", 2.3, 1.88, 0.85]);
    expect((rice!.getCell(7).value as ExcelJS.CellFormulaValue).result).toBe(2.05);
    expect(rowOf("Diện tích lúa").map((r) => r.getCell(3).value)).toEqual(["ha", "tấn"]);
    const [poor] = rowOf("Tỷ lệ hộ nghèo");
    expect(poor!.getCell(7).value).toEqual({
      formula: `AVERAGE(I${poor!.number}:J${poor!.number})`,
      result: 0.0385,
    });

    // Read back: 37,5 of 36 tỷ is 104,17 %, Vượt.
    const check = await run("check", out, "--json");
    const json = JSON.parse(check.out) as {
      rows: { name: string; unit: string; pctPlan: number | null; verdict: string }[];
    };
    const row = json.rows.find((r) => r.name === "Thu ngân sách");
    expect([row?.unit, row?.verdict]).toEqual(["tỷ đồng", "vuot"]);
    expect(row?.pctPlan).toBeCloseTo(104.1667, 4);
    expect((await run("check", out)).out).toMatch(/Thu ngân sách +104,17% +117,19% +\+17,19% +Vượt/);
  } finally {
    tmp.cleanup();
  }
});

test("units' files written the LibreOffice way (rows and cells without r) are merged by position", async () => {
  const tmp = tempDir("chitieu-merge-no-r-");
  try {
    const a = tmp.file("phuong-1.xlsx");
    const b = tmp.file("phuong-2.xlsx");
    writeFileSync(a, await xlsxWithoutR());
    writeFileSync(b, await xlsxWithoutR());
    const out = tmp.file("tong-hop.xlsx");
    const r = await run("merge", a, b, "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(`Đã ghi ${out}: 2 chỉ tiêu từ 2 đơn vị (phuong-1, phuong-2).`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const firms: ExcelJS.Row[] = [];
    ws.eachRow((row) => {
      if (row.getCell(2).value === "Doanh nghiệp thành lập mới") firms.push(row);
    });
    expect(firms).toHaveLength(1);
    // Kế hoạch 150 + 150, Thực hiện 176 + 176 (live SUM, cached), Cùng kỳ 160 + 160.
    const [plan, actual, prior] = [6, 7, 8].map((c) => firms[0]!.getCell(c).value);
    expect([plan, (actual as ExcelJS.CellFormulaValue).result, prior]).toEqual([300, 352, 320]);
  } finally {
    tmp.cleanup();
  }
});
