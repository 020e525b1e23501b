import {
  applyFixes,
  applyFixesAndValidate,
  computeActiveSheet,
  createCharts,
  getPaneState,
  getSheetStatus,
  insertTemplate,
  listTemplates,
  loadSettings,
  saveLastCommand,
  saveSettings,
  selectCell,
  supportsFeature,
  validateActiveSheet,
  ChitieuError,
} from "../../src/excel";
import { computeRow, verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type CellValue, type Settings } from "../../src/core/model";
import { readTable } from "../../src/core/table";
import { SEVERITY_FILLS } from "../../src/core/palette";
import {
  FIRST_ROW,
  SHEET,
  TEN_ROWS,
  bigRows,
  inputCells,
  rowOf,
  stable,
  syncsOf,
  workbookPerTest,
} from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const book = workbookPerTest(TEN_ROWS);
const last = (n: number) => rowOf(n - 1);

describe("sync budget: every command uses at most 3 syncs", () => {
  for (const n of [10, 1000]) {
    test(`on a ${n}-row table`, async () => {
      const { state } = book(n === 10 ? TEN_ROWS : bigRows(n));
      const counts: Record<string, number> = {};
      counts.loadSettings = (await syncsOf(state, () => loadSettings())).syncs;
      counts.saveSettings = (await syncsOf(state, () => saveSettings(S))).syncs;
      counts.validate1 = (await syncsOf(state, () => validateActiveSheet(S))).syncs;
      counts.validate2 = (await syncsOf(state, () => validateActiveSheet(S))).syncs;
      counts.compute = (await syncsOf(state, () => computeActiveSheet(S))).syncs;
      counts.status = (await syncsOf(state, () => getSheetStatus())).syncs;
      counts.charts = (await syncsOf(state, () => createCharts(S))).syncs;
      counts.charts2 = (await syncsOf(state, () => createCharts(S))).syncs;
      counts.select = (await syncsOf(state, () => selectCell(SHEET, "E7"))).syncs;
      counts.fixes = (
        await syncsOf(state, () =>
          applyFixes(
            [
              {
                cell: { row: rowOf(0), col: 4, address: `E${rowOf(0) + 1}` },
                value: 176,
                description: { vi: "", en: "" },
              },
            ],
            S,
          ),
        )
      ).syncs;
      counts.template = (await syncsOf(state, () => insertTemplate("thanh-pho-nam", { settings: S }))).syncs;
      for (const [name, syncs] of Object.entries(counts)) expect([name, syncs <= 3]).toEqual([name, true]);
      // Printed for the report.
      console.log(`${n} rows: ${JSON.stringify(counts)}`);
    }, 60000);
  }
});

describe("insertTemplate", () => {
  test("a clashing name gets a free variant and the old sheet stays byte-identical", async () => {
    const { state } = book();
    const first = await insertTemplate("thanh-pho-nam", { settings: S, year: 2021 });
    const firstId = state.requireSheet(first.sheetName).id;
    const before = JSON.stringify(state.snapshot().sheets.find((s) => s.id === firstId));
    const second = await insertTemplate("thanh-pho-nam", { settings: S, year: 2021 });
    expect(second.sheetName.toLowerCase()).not.toBe(first.sheetName.toLowerCase());
    expect(second.sheetName).toBe(`${first.sheetName.slice(0, 27).trimEnd()} (2)`.slice(0, 31));
    expect(second.sheetName.length).toBeLessThan(32);
    expect(JSON.stringify(state.snapshot().sheets.find((s) => s.id === firstId))).toBe(before);
    const sheet = state.requireSheet(second.sheetName);
    expect(state.activeSheetId).toBe(sheet.id);
    expect(sheet.freezeRows).toBeGreaterThan(0);
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect(sheet.pageLayout.printTitleRows).not.toBeNull();
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
  });

  test("a case-insensitive clash counts too; the table sheet is untouched", async () => {
    const { state, id } = book();
    const before = JSON.stringify(state.snapshot().sheets.find((s) => s.id === id));
    const info = listTemplates()[0];
    if (!info) throw new Error("no templates");
    const made = await insertTemplate(info.id, { settings: S });
    state.renameSheet(state.requireSheet(made.sheetName).id, made.sheetName.toUpperCase());
    const again = await insertTemplate(info.id, { settings: S });
    expect(again.sheetName).toMatch(/\(2\)$/);
    expect(JSON.stringify(state.snapshot().sheets.find((s) => s.id === id))).toBe(before);
  });

  test("a template then validates and computes without conflicts", async () => {
    book();
    await insertTemplate("ket-qua", { settings: S });
    const report = await computeActiveSheet(S);
    expect(report.written).toBe(true);
    expect(report.conflicts).toEqual([]);
  });

  test("an unknown template is a ChitieuError", async () => {
    book();
    await expect(insertTemplate("nope", { settings: S })).rejects.toBeInstanceOf(ChitieuError);
  });
});

describe("validateActiveSheet", () => {
  test("finds a vi number typed as text and a ×1000 slip; applyFixes fixes them", async () => {
    const { state, id } = book();
    const textRow = rowOf(6); // Giá trị sản xuất công nghiệp
    const slipRow = rowOf(5); // Doanh thu TM-DV: 37.067 typed in an en-US Excel
    state.setInput(id, textRow, 4, "6.794,12");
    state.setInput(id, slipRow, 4, 37.067);
    const report = await validateActiveSheet(S);
    const asText = report.findings.find((f) => f.code === "number_as_text");
    const slip = report.findings.find((f) => f.code === "thousands_slip");
    expect(asText?.cell?.address).toBe(`E${textRow + 1}`);
    expect(slip?.cell?.address).toBe(`E${slipRow + 1}`);
    expect(asText?.fix?.value).toBeCloseTo(6794.12, 6);
    expect(slip?.fix?.value).toBe(37067);
    // validate never writes a value
    expect(state.record(id, textRow, 4)?.input).toBe("6.794,12");

    const fixes = [asText?.fix, slip?.fix].filter((f): f is NonNullable<typeof f> => f != null);
    const { result, syncs } = await syncsOf(state, () => applyFixes(fixes, S));
    expect(result.applied).toBe(2);
    expect(syncs).toBeLessThanOrEqual(2);
    expect(state.value(id, textRow, 4)).toBeCloseTo(6794.12, 6);
    expect(state.value(id, slipRow, 4)).toBe(37067);
    const again = await validateActiveSheet(S);
    expect(again.findings.filter((f) => f.code === "number_as_text" || f.code === "thousands_slip")).toEqual(
      [],
    );
  });

  test("applyFixesAndValidate fixes and validates again in 3 syncs, with what fix-then-validate gives", async () => {
    const setUp = () => {
      const wb = book();
      const textRow = rowOf(6);
      const slipRow = rowOf(5);
      wb.state.setInput(wb.id, textRow, 4, "6.794,12");
      wb.state.setInput(wb.id, slipRow, 4, 37.067);
      // A percent-formatted cell pasted as text: its fix is written as the fraction it shows.
      wb.state.setInput(wb.id, rowOf(0), 6, 0.05);
      wb.state.setNumberFormat(wb.id, rowOf(0), 6, "0.00%");
      return { ...wb, textRow, slipRow };
    };
    const fixesOf = (r: Awaited<ReturnType<typeof validateActiveSheet>>) =>
      r.findings.flatMap((f) => (f.fix ? [f.fix] : []));

    // Two calls, as the pane did: 2 + 3 syncs.
    const a = setUp();
    const fixes = fixesOf(await validateActiveSheet(S));
    expect(fixes.map((f) => f.cell.address).sort()).toEqual([`E${a.slipRow + 1}`, `E${a.textRow + 1}`]);
    const twoStep = await syncsOf(a.state, async () => {
      await applyFixes(fixes, S);
      return validateActiveSheet(S);
    });
    expect(twoStep.syncs).toBe(5);
    const expected = { snapshot: stable(a.state.snapshot()), report: twoStep.result };
    a.uninstall();

    // One call: the same cells, marks and report, in 3.
    const b = setUp();
    await validateActiveSheet(S);
    const { result, syncs } = await syncsOf(b.state, () => applyFixesAndValidate(fixes, S, SHEET));
    expect(syncs).toBe(3);
    expect(result.applied).toBe(2);
    expect(b.state.value(b.id, b.textRow, 4)).toBeCloseTo(6794.12, 6);
    expect(b.state.value(b.id, b.slipRow, 4)).toBe(37067);
    expect(result.report).toEqual(expected.report);
    expect(result.report.findings.some((f) => f.code === "thousands_slip")).toBe(false);
    expect(stable(b.state.snapshot())).toEqual(expected.snapshot);
  });

  test("applyFixesAndValidate refuses fixes found on another sheet, writing nothing", async () => {
    const { state, id } = book();
    state.setInput(id, rowOf(5), 4, 37.067);
    const fixes = (await validateActiveSheet(S)).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    state.activate("Khác");
    await expect(applyFixesAndValidate(fixes, S, SHEET)).rejects.toMatchObject({ code: "wrong_sheet" });
    expect(state.value(id, rowOf(5), 4)).toBeCloseTo(37.067, 6);
  });

  test("a fix keeps its column's look: 34.864 beside 37.067 as #,##0, a rate as the column's 0.00%", async () => {
    const { state, id } = book();
    // Cùng kỳ shows its numbers as #,##0; one was pasted as text.
    for (let i = 0; i < TEN_ROWS.length; i++) state.setNumberFormat(id, rowOf(i), 5, "#,##0");
    state.setInput(id, rowOf(5), 5, "34.864");
    // A rate column whose cells were typed as percentages, one pasted as text "6,5%".
    state.setInput(id, rowOf(0), 6, 0.05);
    state.setNumberFormat(id, rowOf(0), 6, "0.00%");
    const report = await validateActiveSheet(S);
    const fix = report.findings.find((f) => f.code === "number_as_text" && f.cell?.row === rowOf(5))?.fix;
    expect(fix?.value).toBe(34864);
    await applyFixes([fix!], S);
    expect(state.cell(id, rowOf(5), 5)).toMatchObject({
      value: 34864,
      numberFormat: "#,##0",
      text: "34.864",
    });

    state.setInput(id, rowOf(1), 6, 0.065);
    state.setInput(id, rowOf(2), 6, "6,5%");
    const rateFix = {
      cell: { row: rowOf(2), col: 6, address: `G${rowOf(2) + 1}` },
      value: 6.5,
      description: { vi: "", en: "" },
    };
    state.setNumberFormat(id, rowOf(1), 6, "0.00%");
    await applyFixes([rateFix], S);
    expect(state.cell(id, rowOf(2), 6)).toMatchObject({ value: 0.065, numberFormat: "0.00%", text: "6,50%" });
    // A column of plain numbers keeps General.
    state.setInput(id, rowOf(3), 4, "562");
    await applyFixes(
      [{ ...rateFix, cell: { row: rowOf(3), col: 4, address: `E${rowOf(3) + 1}` }, value: 562 }],
      S,
    );
    expect(state.cell(id, rowOf(3), 4)).toMatchObject({ value: 562, numberFormat: "General" });
  });

  test("marks finding cells, then clears only its own marks (the user's yellow stays)", async () => {
    const { state, id } = book();
    // Microsoft's npm runtime has no notes: the text goes into the cell's input prompt.
    expect(supportsFeature("notes")).toBe(false);
    const slipRow = rowOf(5);
    const userRow = rowOf(1);
    state.setInput(id, slipRow, 4, 37.067);
    state.setFormat(id, userRow, 4, { fill: "#FFFF00" });
    const first = await validateActiveSheet(S);
    expect(first.marked).toBeGreaterThan(0);
    const cell = state.cell(id, slipRow, 4);
    expect(cell.format.fill).toBe(SEVERITY_FILLS.warning);
    expect(state.validationAt(id, slipRow, 4)?.prompt.message).toMatch(/./);

    // The user recolours one marked cell yellow, and fixes the slip by typing.
    state.setInput(id, slipRow, 4, 37067);
    const markedElsewhere = first.findings.find(
      (f) => f.cell && f.cell.row !== slipRow && f.severity !== "info",
    );
    if (markedElsewhere?.cell)
      state.setFormat(id, markedElsewhere.cell.row, markedElsewhere.cell.col, { fill: "#FFFF00" });
    await validateActiveSheet(S);
    expect(state.cell(id, slipRow, 4).format.fill).toBeNull();
    expect(state.validationAt(id, slipRow, 4)).toBeNull();
    expect(state.cell(id, userRow, 4).format.fill).toBe("#FFFF00");
    if (markedElsewhere?.cell)
      expect(state.cell(id, markedElsewhere.cell.row, markedElsewhere.cell.col).format.fill).toBe("#FFFF00");
  });

  test("on a 1.18 host with the npm runtime (no NoteCollection) the text goes into an input prompt", async () => {
    // The notes path itself runs in tests/excel/notes.test.ts, with the 1.18 classes added to the runtime.
    const { state, id } = book(TEN_ROWS, { requirementSets: { ExcelApi: "1.18" } });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(supportsFeature("notes")).toBe(false);
    state.setInput(id, rowOf(5), 4, 37.067);
    await validateActiveSheet(S);
    expect(state.cell(id, rowOf(5), 4).note).toBeNull();
    expect(state.validationAt(id, rowOf(5), 4)?.prompt.message).toMatch(/./);
  });

  test("without notes (ExcelApi 1.17) the text goes into an input prompt", async () => {
    const { state, id } = book(TEN_ROWS, { requirementSets: { ExcelApi: "1.17" } });
    expect(supportsFeature("notes")).toBe(false);
    state.setInput(id, rowOf(5), 4, 37.067);
    await validateActiveSheet(S);
    const dv = state.validationAt(id, rowOf(5), 4);
    expect(dv?.prompt.showPrompt).toBe(true);
    expect(dv?.prompt.message).toMatch(/./);
    state.setInput(id, rowOf(5), 4, 37067);
    await validateActiveSheet(S);
    expect(state.validationAt(id, rowOf(5), 4)).toBeNull();
  });

  test("no table: tableFound false with a table_not_found finding in vi and en", async () => {
    const { state } = book();
    state.activate("Khác");
    const report = await validateActiveSheet(S);
    expect(report.tableFound).toBe(false);
    expect(report.summary).toBeNull();
    expect(report.findings[0]?.code).toBe("table_not_found");
    expect(report.findings[0]?.message.vi).toMatch(/./);
    expect(report.findings[0]?.message.en).toMatch(/./);
  });
});

describe("validateActiveSheet with a second Kế hoạch column", () => {
  test("the finding sits on H4, names D4, and the plan read is D's 150 (176/150 → 117,33 %), not H's 999", async () => {
    const { state, id } = book();
    state.batch("restore", () => {
      state.setInput(id, 3, 7, "Kế hoạch");
      state.setInput(id, rowOf(0), 7, 999);
    });
    const report = await validateActiveSheet(S);
    const repeated = report.findings.filter((f) => f.code === "duplicate_header");
    expect(repeated.map((f) => [f.cell?.address, f.severity, f.column])).toEqual([["H4", "warning", "plan"]]);
    expect(repeated[0]!.message.vi).toContain('ô D4 ("Kế hoạch") đã là cột Kế hoạch. Chỉ cột D được đọc');
    expect(repeated[0]!.message.en).toContain("Only column D is read; the figures in column H are left out.");
    const computed = await computeActiveSheet(S);
    const pct = computed.columns.pctPlan!.charCodeAt(0) - 65;
    expect(pct).toBeGreaterThan(7);
    expect(state.value(id, rowOf(0), pct)).toBeCloseTo(176 / 150, 12);
  });
});

describe("validateActiveSheet reads a rate typed as 4% as 4", () => {
  const RATE_ROWS = [
    { name: "Tỷ lệ lao động qua đào tạo", unit: "%", plan: 60, actual: 50, prior: 55 },
    { name: "Doanh nghiệp thành lập mới", unit: "doanh nghiệp", plan: 150, actual: 176, prior: 160 },
  ];

  test("Excel keeps 60% as 0.6 with a % format; the check reads the 60 it shows", async () => {
    const { state, id } = book(RATE_ROWS);
    const before = await validateActiveSheet(S);
    expect(before.summary?.reached).toBe(1);

    const address = `E${rowOf(0) + 1}`;
    expect(state.typeInto(SHEET, address, "60%")).toEqual({ ok: true });
    const rec = state.record(id, rowOf(0), 4);
    expect([state.value(id, rowOf(0), 4), rec?.numberFormat]).toEqual([0.6, "0%"]);

    const after = await validateActiveSheet(S);
    expect(after.summary?.reached).toBe(2);
    expect(after.findings.map((f) => f.code)).not.toContain("number_as_text");
    const table = readTable(
      [
        ["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
        ["Tỷ lệ", "%", 60, 0.6],
      ],
      { convention: "vi" },
    );
    // Without the format, 0.6 is what core would judge: the 60 above came from the format.
    expect(computeRow(table.table.groups[0]!.rows[0]!, S).verdict).toBe("khong_dat");
  });

  test.each([
    ["4%", 4, "0%"],
    ["4,5%", 4.5, "0.00%"],
  ])("%s typed in a vi workbook reads as %d (format %s)", async (typed, plan, format) => {
    const { state, id } = book([{ name: "Tỷ lệ hộ nghèo", unit: "%", plan, actual: 9, prior: 5.12 }]);
    state.typeInto(SHEET, `E${rowOf(0) + 1}`, typed);
    expect(state.record(id, rowOf(0), 4)?.numberFormat).toBe(format);
    const report = await validateActiveSheet(S);
    expect(report.summary?.byVerdict.dat).toBe(1);
    expect(report.findings.map((f) => f.code)).not.toContain("rate_out_of_range");
  });
});

describe("computeActiveSheet", () => {
  test("formulas evaluate to core's computeRow; — where nothing can be computed; no #DIV/0!", async () => {
    const { state, id } = book();
    const report = await computeActiveSheet(S);
    expect(report.written).toBe(true);
    const pctCol = report.columns.pctPlan;
    expect(pctCol).toBeDefined();
    const snapGrid: (string | number | boolean | null)[][] = [];
    for (let r = 0; r <= last(10); r++) {
      const line: (string | number | boolean | null)[] = [];
      for (let c = 0; c < 7; c++) line.push(state.value(id, r, c));
      snapGrid.push(line);
    }
    const read = readTable(snapGrid, { convention: "vi" });
    const col = (key: keyof typeof report.columns) => {
      const letter = report.columns[key];
      if (!letter) throw new Error(`no ${key}`);
      return letter.charCodeAt(0) - 65;
    };
    for (const row of read.table.groups.flatMap((g) => g.rows)) {
      const expected = computeRow(row, S);
      const got = state.value(id, row.sheetRow, col("pctPlan"));
      if (expected.pctPlan === null) expect(got).toBe("—");
      else expect((got as number) * 100).toBeCloseTo(expected.pctPlan, 9);
      const gotPrior = state.value(id, row.sheetRow, col("pctPrior"));
      if (expected.pctPrior === null) expect(gotPrior).toBe("—");
      else expect((gotPrior as number) * 100).toBeCloseTo(expected.pctPrior, 9);
    }
    expect(state.value(id, rowOf(0), col("pctPlan"))).toBeCloseTo(176 / 150, 12); // 1.1733…
    expect(state.value(id, rowOf(8), col("pctPlan"))).toBe("—"); // KH 0
    expect(state.value(id, rowOf(9), col("verdict"))).toBe("Chưa có số liệu");
    for (let r = 0; r <= last(10) + 3; r++)
      for (let c = 0; c < 14; c++) expect(String(state.value(id, r, c))).not.toMatch(/^#/);
  });

  test('a rate typed "5%" then "6,50%", or 6,5, after Tính toán: Chênh lệch +1,50 as core says', async () => {
    const rows = [
      ...TEN_ROWS.slice(0, 2),
      { name: "Tỷ lệ lao động qua đào tạo", unit: "%", plan: 5, actual: null, prior: null },
      { name: "Tỷ lệ che phủ rừng", unit: "%", plan: null, actual: null, prior: null },
    ];
    const { state, id } = book(rows);
    const report = await computeActiveSheet(S);
    const col = (key: keyof typeof report.columns) => report.columns[key]!.charCodeAt(0) - 65;
    const coreSays = () => {
      const grid: CellValue[][] = [];
      const formats: string[][] = [];
      for (let r = 0; r <= last(rows.length); r++) {
        grid.push([0, 1, 2, 3, 4, 5, 6].map((c) => state.value(id, r, c) as CellValue));
        formats.push([0, 1, 2, 3, 4, 5, 6].map((c) => state.cell(id, r, c).numberFormat));
      }
      const read = readTable(grid, { convention: "vi", numberFormats: formats });
      return new Map(read.table.groups.flatMap((g) => g.rows).map((r) => [r.sheetRow, computeRow(r, S)]));
    };
    const rate = rowOf(2);
    const empty = rowOf(3);
    // Plain first, then as percentages: the workbench, unlike Excel's automatic percent entry,
    // keeps a plain 6,5 typed into a percent cell at 650 % (core and the formulas then agree on 650).
    const typings: [string, string, string][] = [
      ["6,5", "5,25", "5"],
      ["5%", "4%", "5%"],
      ["6,50%", "5,25%", "5,00%"],
    ];
    for (const [actual, prior, plan] of typings) {
      state.typeInto(SHEET, `E${rate + 1}`, actual);
      state.typeInto(SHEET, `F${rate + 1}`, prior);
      state.typeInto(SHEET, `D${empty + 1}`, plan);
      state.typeInto(SHEET, `E${empty + 1}`, actual);
      const core = coreSays();
      for (const row of [rate, empty]) {
        const want = core.get(row)!;
        expect({ row, actual, diff: state.value(id, row, col("diffPoints")) }).toEqual({
          row,
          actual,
          diff: expect.closeTo(want.diffPoints!, 9),
        });
        expect(state.value(id, row, col("verdict"))).toBe(verdictLabel(want.verdict, "vi"));
      }
      expect(state.value(id, rate, col("pctPrior"))).toBeCloseTo(core.get(rate)!.pctPrior! / 100, 12);
    }
    // "6,50%" against a plan of 5: +1,50 points, not +0,02.
    expect(state.value(id, rate, col("diffPoints"))).toBeCloseTo(1.5, 12);
  });

  test("a rate typed as text after Tính toán ('6,5%): the live cells show —, the verdict 'Cần tính lại', and Kiểm tra flags the cell", async () => {
    const rows = [
      ...TEN_ROWS.slice(0, 2),
      { name: "Tỷ lệ lao động qua đào tạo", unit: "%", plan: 5, actual: null, prior: 4 },
    ];
    const { state, id } = book(rows);
    const report = await computeActiveSheet(S);
    const col = (key: keyof typeof report.columns) => report.columns[key]!.charCodeAt(0) - 65;
    const rate = rowOf(2);
    state.typeInto(SHEET, `E${rate + 1}`, "'6,5%");
    expect(state.value(id, rate, 4)).toBe("6,5%");
    const shown = (["pctPlan", "pctPrior", "diffPoints"] as const).map((k) => state.value(id, rate, col(k)));
    expect(shown).toEqual(["—", "—", "—"]);
    // Core reads 6,5 there and judges it: the sheet cannot, and asks for Tính toán again.
    expect(state.value(id, rate, col("verdict"))).toBe("Cần tính lại");
    const flagged = (await validateActiveSheet(S)).findings.filter(
      (f) => f.code === "number_as_text" && f.cell?.address === `E${rate + 1}`,
    );
    expect(flagged).toHaveLength(1);
  });

  test("a 30-digit paste in Thực hiện, Kế hoạch or Cùng kỳ: the live cells say — and Chưa có số liệu, as core does", async () => {
    const { state, id } = book(TEN_ROWS.slice(0, 4));
    const report = await computeActiveSheet(S);
    const col = (key: keyof typeof report.columns) => report.columns[key]!.charCodeAt(0) - 65;
    const THIRTY = Number("123456789012345678901234567890");
    // Typed after Tính toán, as a number: Excel keeps 1,23456789012346E+29.
    state.setInput(id, rowOf(0), 4, THIRTY); // Thực hiện
    state.setInput(id, rowOf(1), 3, THIRTY); // Kế hoạch
    state.setInput(id, rowOf(2), 5, THIRTY); // Cùng kỳ
    const grid: CellValue[][] = [];
    for (let r = 0; r <= last(4); r++)
      grid.push([0, 1, 2, 3, 4, 5, 6].map((c) => state.value(id, r, c) as CellValue));
    const read = readTable(grid, { convention: "vi" });
    const core = new Map(read.table.groups.flatMap((g) => g.rows).map((r) => [r.sheetRow, computeRow(r, S)]));
    const cells = [0, 1, 2].map((i) =>
      (["pctPlan", "pctPrior", "changePct", "verdict"] as const).map((k) =>
        state.value(id, rowOf(i), col(k)),
      ),
    );
    const fromCore = [0, 1, 2].map((i) => {
      const r = core.get(rowOf(i))!;
      const pct = (v: number | null) => (v === null ? "—" : expect.closeTo(v / 100, 9));
      return [pct(r.pctPlan), pct(r.pctPrior), pct(r.changePct), verdictLabel(r.verdict, "vi")];
    });
    expect(cells).toEqual(fromCore);
    expect(cells[0]).toEqual(["—", "—", "—", "Chưa có số liệu"]);
    for (const line of cells) for (const v of line) expect(String(v)).not.toMatch(/e\+|E\+|NaN|Infinity|^#/);
  });

  test("a second run leaves the workbook identical", async () => {
    const { state } = book();
    await computeActiveSheet(S);
    const once = stable(state.snapshot());
    await computeActiveSheet(S);
    expect(stable(state.snapshot())).toEqual(once);
  });

  test("a user value in % KH is a conflict: nothing written unless overwrite", async () => {
    const { state, id } = book();
    const first = await computeActiveSheet(S);
    const pct = (first.columns.pctPlan ?? "H").charCodeAt(0) - 65;
    state.setInput(id, rowOf(2), pct, 1.5);
    const before = stable(state.snapshot());
    const report = await computeActiveSheet(S);
    expect(report.written).toBe(false);
    expect(report.conflicts.map((c) => c.address)).toEqual([`${first.columns.pctPlan}${rowOf(2) + 1}`]);
    expect(stable(state.snapshot())).toEqual(before);
    const forced = await computeActiveSheet(S, { overwrite: true });
    expect(forced.written).toBe(true);
    expect(String(state.record(id, rowOf(2), pct)?.input)).toMatch(/^=/);
  });

  test("a user's text in the summary cell is never overwritten", async () => {
    const { state, id } = book();
    // The summary line goes two rows under the table, in the name column.
    state.setInput(id, last(10) + 2, 1, "Ghi chú của tôi");
    await computeActiveSheet(S);
    expect(state.record(id, last(10) + 2, 1)?.input).toBe("Ghi chú của tôi");
  });

  test("records on the sheet that it was computed (customProperties), and status says so", async () => {
    const { state, id } = book();
    await computeActiveSheet(S);
    expect(state.requireSheet(id).customProperties.some((p) => p.key === "chitieu.computed")).toBe(true);
    const status = await getSheetStatus();
    expect(status).toMatchObject({ sheetName: SHEET, hasTable: true, computed: true });
  });
});

describe("getPaneState: the status and the last ribbon result in one Excel.run", () => {
  test("same status as getSheetStatus, the record, in 1 request (at most 3 on a sheet made from a table)", async () => {
    const { state } = book();
    expect((await getPaneState()).lastCommand).toBeNull();
    const record = {
      command: "compute" as const,
      at: "2021-12-20T08:30:00.000Z",
      ok: true,
      text: { vi: "a", en: "b" },
    };
    await saveLastCommand(record);
    await computeActiveSheet(S);
    const status = await getSheetStatus();
    const pane = await syncsOf(state, () => getPaneState());
    expect(pane.result).toEqual({ status, lastCommand: record });
    // One sync with loads; Excel.run's closing sync sends nothing when its queue is empty.
    expect(pane.syncs).toBe(1);

    const charts = await createCharts(S);
    expect(charts.sourceSheet).toBe(SHEET);
    const onChart = await syncsOf(state, () => getPaneState());
    expect(onChart.result.status).toEqual(await getSheetStatus());
    expect(onChart.result.status).toMatchObject({
      sheetName: charts.sheetName,
      sourceSheet: SHEET,
      charted: true,
    });
    expect(onChart.syncs).toBeLessThanOrEqual(3);
  });
});

describe("user input cells are identical before and after every command", () => {
  test("validate, compute, charts, status, settings", async () => {
    const { state, id } = book();
    const before = inputCells(state, id, last(10));
    await validateActiveSheet(S);
    await computeActiveSheet(S);
    await createCharts(S);
    state.activate(SHEET);
    await getSheetStatus();
    await saveSettings({ ...S, decimals: 1 });
    await validateActiveSheet(S);
    expect(inputCells(state, id, last(10))).toEqual(before);
    expect((await loadSettings()).decimals).toBe(1);
  });
});

describe("createCharts", () => {
  test("charts on 'Biểu đồ …', bound to ranges, follow a cell edit; a re-run replaces the sheet", async () => {
    const { state, id } = book();
    await computeActiveSheet(S);
    const report = await createCharts(S);
    expect(report.sheetName).toBe(`Biểu đồ ${SHEET}`);
    const sheet = state.requireSheet(report.sheetName);
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.charts.length).toBe(report.charts.length);
    expect(report.charts.map((c) => c.name)).toContain("chitieu-pct-kh");
    for (const chart of sheet.charts) {
      expect(chart.title.text).not.toBe("");
      expect(chart.valueAxis.title.text).not.toBe("");
      for (const s of chart.series) {
        expect(s.valuesRef).toMatch(/^'Biểu đồ Chỉ tiêu 2021'!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/);
        expect(s.xValuesRef).not.toBeNull();
      }
    }
    const pct = sheet.charts.find((c) => c.name === "chitieu-pct-kh");
    const pctSeries = pct?.series[0];
    if (!pct || !pctSeries?.valuesRef) throw new Error("no % KH chart");
    expect(pct.type).toBe("ColumnClustered");
    expect(pct.series[pct.series.length - 1]?.chartType).toBe("Line");
    const plan = sheet.charts.find((c) => c.name.startsWith("chitieu-kh-th-ck"))?.series[0];
    expect(plan?.fillColor).toBeNull();

    const before = state.resolveRef(pctSeries.valuesRef);
    expect(before[0]).toBeCloseTo(176 / 150, 9);
    state.typeInto(SHEET, `E${rowOf(0) + 1}`, "180");
    expect(state.resolveRef(pctSeries.valuesRef)[0]).toBeCloseTo(180 / 150, 9);

    const sheetCount = state.sheets.length;
    state.activate(SHEET);
    const again = await createCharts(S);
    expect(again.sheetName).toBe(report.sheetName);
    expect(state.sheets.length).toBe(sheetCount);
    expect(state.sheets.map((s) => s.id)).toContain(id);
  });

  test("scope selection charts only the selected indicator rows", async () => {
    const { state } = book();
    await computeActiveSheet(S);
    state.select(SHEET, `A${rowOf(0) + 1}:B${rowOf(2) + 1}`);
    const report = await createCharts(S, { scope: "selection" });
    const sheet = state.requireSheet(report.sheetName);
    const pct = sheet.charts.find((c) => c.name === "chitieu-pct-kh");
    expect(state.resolveRef(pct?.series[0]?.valuesRef ?? "")).toHaveLength(3);
  });

  test("no table on the sheet: a ChitieuError", async () => {
    const { state } = book();
    state.activate("Khác");
    await expect(createCharts(S)).rejects.toBeInstanceOf(ChitieuError);
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell; a missing sheet is a ChitieuError", async () => {
    const { state } = book();
    state.activate("Khác");
    await selectCell(SHEET, `E${FIRST_ROW + 2}`);
    expect(state.activeSheet.name).toBe(SHEET);
    expect(state.selection.rect).toEqual({ top: FIRST_ROW + 1, left: 4, bottom: FIRST_ROW + 1, right: 4 });
    await expect(selectCell("Không có", "A1")).rejects.toBeInstanceOf(ChitieuError);
  });
});
