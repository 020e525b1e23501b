import { serialOfDay } from "../../src/core/dates";
import { WorkbookState } from "../../src/workbench/state";
import { runtimeExcel } from "../setup/runtime-host";

function setup(locale: "vi" | "en" = "vi") {
  const state = new WorkbookState({ locale });
  const { Excel } = runtimeExcel(state);
  return { state, Excel, id: state.activeSheetId };
}

describe("Range I/O", () => {
  test("values, formulas and numberFormat round-trip; text uses the locale", async () => {
    const { Excel } = setup("vi");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRange("F7:H7");
      r.values = [[30, 35, null]];
      sheet.getRange("H7").formulas = [['=IF(AND(ISNUMBER(G7),ISNUMBER(F7),F7<>0),G7/F7,"—")']];
      r.numberFormat = [["#,##0", "#,##0.00", "0.00%"]];
      r.load("values, formulas, numberFormat, text, valueTypes, address");
      await context.sync();
      expect(r.values[0]?.slice(0, 2)).toEqual([30, 35]);
      expect(r.values[0]?.[2]).toBeCloseTo(35 / 30, 12);
      expect(r.formulas).toEqual([[30, 35, '=IF(AND(ISNUMBER(G7),ISNUMBER(F7),F7<>0),G7/F7,"—")']]);
      expect(r.numberFormat).toEqual([["#,##0", "#,##0.00", "0.00%"]]);
      expect(r.text).toEqual([["30", "35,00", "116,67%"]]);
      expect(r.valueTypes).toEqual([["Double", "Double", "Double"]]);
      expect(r.address).toBe("Sheet1!F7:H7");
    });
  });

  test("a scalar or 1×1 array fills the range; null leaves a cell; '' clears value and format", async () => {
    const { Excel, state, id } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [[7]];
      sheet.getRange("C1").numberFormat = [["0.00"]];
      sheet.getRange("C1").values = [[1.5]];
      await context.sync();
      sheet.getRange("A1:C1").values = [[null, "", ""]];
      await context.sync();
    });
    expect(state.value(id, 0, 0)).toBe(7);
    expect(state.value(id, 0, 1)).toBeNull();
    expect(state.value(id, 1, 1)).toBe(7);
    expect(state.value(id, 0, 2)).toBeNull();
    expect(state.cell(id, 0, 2).numberFormat).toBe("General");
  });

  test("formulas: errors map to Excel's strings; ROUND, COUNTIF and text results work", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2.345], ["x"]];
      const f = sheet.getRange("B1:B6");
      f.formulas = [
        ["=A1/0"],
        ["=ROUND(A2,2)"],
        ['=COUNTIF(A1:A3,">1")'],
        ["=A3+1"],
        ["=NOSUCH(1)"],
        ["=Sheet2!A1"],
      ];
      f.load("values, valueTypes");
      await context.sync();
      expect(f.values).toEqual([["#DIV/0!"], [2.35], [1], ["#VALUE!"], ["#NAME?"], ["#REF!"]]);
      expect(f.valueTypes[0]).toEqual(["Error"]);
    });
  });

  test("cross-sheet formulas follow edits and sheet creation", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const first = context.workbook.worksheets.getItem("Sheet1");
      first.getRange("A1").formulas = [["='Số liệu'!B2*2"]];
      const data = context.workbook.worksheets.add("Số liệu");
      data.getRange("B2").values = [[21]];
      const a1 = first.getRange("A1").load("values");
      await context.sync();
      expect(a1.values).toEqual([[42]]);
    });
  });

  test("strings written to values are read as en-US (ASSUMPTION)", async () => {
    const { Excel, state, id } = setup("vi");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").values = [["37.067"], ["5%"], ["'12"]];
      await context.sync();
    });
    expect(state.value(id, 0, 0)).toBe(37.067);
    expect(state.value(id, 1, 0)).toBe(0.05);
    expect(state.cell(id, 1, 0).numberFormat).toBe("0%");
    expect(state.value(id, 2, 0)).toBe("12");
  });

  test("dates written as strings: en-US to values (#1559, #229), the user's locale to formulasLocal", async () => {
    const { Excel, state, id } = setup("vi");
    const year = new Date().getFullYear();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // "9/12" through values is m/d (12 September) even in a vi-VN Excel; ISO is a date anywhere;
      // a d-m-yyyy string no en-US date is text (the d.ts's "19-8-2025" in nl-NL).
      sheet.getRange("A1:A4").values = [["9/12"], ["2018-12-31"], ["19-8-2025"], ["1.400"]];
      // formulasLocal reads a constant as the user types it: 9 December, 1400.
      sheet.getRange("B1:B2").formulasLocal = [["9/12"], ["1.400"]];
      await context.sync();
      const r = sheet.getRange("A1:B2");
      r.load("values, numberFormat, text");
      await context.sync();
      expect(r.numberFormat).toEqual([
        ["d-mmm", "d-mmm"],
        ["m/d/yyyy", "#,##0"],
      ]);
      expect(r.text[1]).toEqual(["31/12/2018", "1.400"]);
    });
    expect(state.value(id, 0, 0)).toBe(serialOfDay(year, 9, 12));
    expect(state.value(id, 1, 0)).toBe(serialOfDay(2018, 12, 31));
    expect(state.value(id, 2, 0)).toBe("19-8-2025");
    expect(state.value(id, 3, 0)).toBe(1.4);
    expect(state.value(id, 0, 1)).toBe(serialOfDay(year, 12, 9));
    expect(state.value(id, 1, 1)).toBe(1400);
  });

  test("a bad address is InvalidReference at sync; an unparsable formula is InvalidArgument", async () => {
    const { Excel } = setup();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A0:ZZZZ1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidReference" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("derived ranges: getCell, getOffsetRange, getResizedRange, getEntireColumn, intersection", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const cell = base.getCell(1, 2).load("address");
      const off = base.getOffsetRange(1, 1).load("address");
      const resized = base.getResizedRange(1, -1).load("address");
      const col = base.getColumn(0).getEntireColumn().load("address, isEntireColumn");
      const hit = base.getIntersectionOrNullObject("D5:F9").load("address");
      const miss = base.getIntersectionOrNullObject("Z1");
      const bound = base.getBoundingRect("F9").load("address");
      await context.sync();
      expect(cell.address).toBe("Sheet1!D3");
      expect(off.address).toBe("Sheet1!C3:E6");
      expect(resized.address).toBe("Sheet1!B2:C6");
      expect(col.address).toBe("Sheet1!B:B");
      expect(col.isEntireColumn).toBe(true);
      expect(hit.address).toBe("Sheet1!D5");
      expect(miss.isNullObject).toBe(true);
      expect(bound.address).toBe("Sheet1!B2:F9");
    });
  });

  test("used range, formats, merge, column width and mixed formats reading null", async () => {
    const { Excel, state, id } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("B2").format.fill.color = "#c6efce";
      sheet.getRange("B2:C2").format.font.bold = true;
      sheet.getRange("A1:C1").merge();
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("B2").format.borders.getItem("EdgeBottom").style = "Continuous";
      const used = sheet.getUsedRange(true).load("address");
      const fill = sheet.getRange("B2:C2").format.fill.load("color");
      const bold = sheet.getRange("B2:C2").format.font.load("bold");
      const empty = sheet.getRange("E5").format.fill.load("color");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:C3");
      expect(fill.color).toBeNull();
      expect(bold.bold).toBe(true);
      expect(empty.color).toBe("#FFFFFF");
    });
    expect(state.cell(id, 1, 1).format.fill).toBe("#C6EFCE");
    expect(state.mergeAt(id, 0, 2)).toEqual({ top: 0, left: 0, bottom: 0, right: 2 });
    expect(state.columnWidth(id, 1)).toBe(120);
    expect(state.cell(id, 1, 1).borders.EdgeBottom?.style).toBe("Continuous");
  });

  test("selection and active cell", async () => {
    const { Excel, state } = setup();
    state.select("Sheet1", "C3:D4");
    await Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect(sel.address).toBe("Sheet1!C3:D4");
      expect(active.address).toBe("Sheet1!C3");
    });
  });
});

describe("data validation", () => {
  test("rule round trip, API writes are not validated, getInvalidCells finds them", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRange("G7:G9");
      r.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      r.values = [[5], [-1], [null]];
      const dv = r.dataValidation.load("rule, type, valid");
      const invalid = r.dataValidation.getInvalidCellsOrNullObject().load("address");
      await context.sync();
      expect(dv.type).toBe("Decimal");
      expect(dv.rule).toEqual({ decimal: { formula1: "0", operator: "GreaterThanOrEqualTo" } });
      expect(dv.valid).toBe(false);
      expect(invalid.address).toBe("Sheet1!G8");
      r.dataValidation.clear();
      const after = r.dataValidation.getInvalidCellsOrNullObject();
      await context.sync();
      expect(after.isNullObject).toBe(true);
    });
  });
});

describe("Range.columnHidden (ExcelApi 1.2)", () => {
  test("true when every column of the range is hidden, false when none, null when some; set hides", async () => {
    const { Excel } = setup("vi");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("E:E").columnHidden = true;
      const e = sheet.getRange("E:E");
      const cell = sheet.getRange("E7");
      const mixed = sheet.getRange("D1:E1");
      const d = sheet.getRange("D:D");
      for (const r of [e, cell, mixed, d]) r.load("columnHidden");
      await context.sync();
      expect([e.columnHidden, cell.columnHidden, mixed.columnHidden, d.columnHidden]).toEqual([
        true,
        true,
        null,
        false,
      ]);
      sheet.getRange("E:E").columnHidden = false;
      e.load("columnHidden");
      await context.sync();
      expect(e.columnHidden).toBe(false);
    });
  });
});
