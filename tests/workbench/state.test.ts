import { notDate, percentAware } from "../../src/core/formulas";
import { serialOfDay } from "../../src/core/dates";
import { WorkbookState, shiftFormula, subtractRect } from "../../src/workbench/state";

describe("WorkbookState: typing like a person", () => {
  test('vi: "37.067" is the number 37067 with a grouped format', () => {
    const s = new WorkbookState({ locale: "vi" });
    expect(s.typeInto("Sheet1", "G7", "37.067")).toEqual({ ok: true });
    const c = s.cell(s.activeSheetId, 6, 6);
    expect(c.value).toBe(37067);
    expect(c.numberFormat).toBe("#,##0");
    expect(c.text).toBe("37.067");
  });

  test('vi: "6.794,12" → 6794.12 and "117,33%" → 1.1733 as 0.00%', () => {
    const s = new WorkbookState({ locale: "vi" });
    s.typeInto("Sheet1", "A1", "6.794,12");
    s.typeInto("Sheet1", "A2", "117,33%");
    expect(s.value(s.activeSheetId, 0, 0)).toBe(6794.12);
    expect(s.value(s.activeSheetId, 1, 0)).toBeCloseTo(1.1733, 12);
    expect(s.cell(s.activeSheetId, 1, 0).numberFormat).toBe("0.00%");
    expect(s.cell(s.activeSheetId, 1, 0).text).toBe("117,33%");
  });

  test('en: "37.067" is 37.067 (the ×1000 slip) and "6.794,12" stays text', () => {
    const s = new WorkbookState({ locale: "en" });
    s.typeInto("Sheet1", "A1", "37.067");
    s.typeInto("Sheet1", "A2", "6.794,12");
    expect(s.value(s.activeSheetId, 0, 0)).toBe(37.067);
    expect(s.value(s.activeSheetId, 1, 0)).toBe("6.794,12");
  });

  test('CELL("format") follows what is typed: "5%" then "6,50%" reads 6,5 like "6,5" typed plain', () => {
    const s = new WorkbookState({ locale: "vi" });
    const id = s.activeSheetId;
    s.typeInto("Sheet1", "B1", `=${percentAware("A1")}`);
    s.typeInto("Sheet1", "B2", `=${percentAware("A2")}`);
    s.typeInto("Sheet1", "A1", "5%");
    expect(s.value(id, 0, 1)).toBeCloseTo(5, 12);
    s.typeInto("Sheet1", "A1", "6,50%");
    expect(s.value(id, 0, 1)).toBeCloseTo(6.5, 12);
    s.typeInto("Sheet1", "A2", "6,5");
    expect(s.value(id, 1, 1)).toBe(6.5);
    // A format set by the API after the value (as Office.js batches do) is seen too.
    s.setNumberFormat(id, 1, 0, "0.0%");
    expect(s.value(id, 1, 1)).toBe(650);
    s.typeInto("Sheet1", "B3", '=CELL("format",A1)');
    expect(s.value(id, 2, 1)).toBe("P0");
  });

  test('vi: "9/12" becomes 9 December with a date format, which CELL("format") and the date guard see', () => {
    const s = new WorkbookState({ locale: "vi" });
    const id = s.activeSheetId;
    const dec9 = serialOfDay(new Date().getFullYear(), 12, 9);
    s.typeInto("Sheet1", "B1", '=CELL("format",A1)');
    s.typeInto("Sheet1", "B2", `=IF(${notDate("A1")},${percentAware("A1")},"—")`);
    s.typeInto("Sheet1", "A1", "176");
    expect(s.value(id, 0, 1)).toBe("G");
    expect(s.value(id, 1, 1)).toBe(176);
    s.typeInto("Sheet1", "A1", "9/12");
    expect(s.value(id, 0, 0)).toBe(dec9);
    expect(s.cell(id, 0, 0).numberFormat).toBe("d-mmm");
    expect(s.cell(id, 0, 0).text).toBe("9-Thg12");
    expect(s.value(id, 0, 1)).toBe("D2");
    expect(s.value(id, 1, 1)).toBe("—");
    // As in Excel, a number typed over a date keeps the cell's date format: 176 is 24 June 1900.
    s.typeInto("Sheet1", "A1", "176");
    expect(s.cell(id, 0, 0).numberFormat).toBe("d-mmm");
    expect(s.value(id, 1, 1)).toBe("—");
    // With the format set back to General (what the pane's fix does), 176 is a figure again.
    s.setNumberFormat(id, 0, 0, "General");
    expect(s.value(id, 0, 1)).toBe("G");
    expect(s.value(id, 1, 1)).toBe(176);
  });

  test('en: "9/12" is 12 September; "\'9/12" stays the text 9/12', () => {
    const s = new WorkbookState({ locale: "en" });
    const id = s.activeSheetId;
    s.typeInto("Sheet1", "A1", "9/12");
    s.typeInto("Sheet1", "A2", "'9/12");
    expect(s.value(id, 0, 0)).toBe(serialOfDay(new Date().getFullYear(), 9, 12));
    expect(s.cell(id, 0, 0).text).toBe("12-Sep");
    expect(s.value(id, 1, 0)).toBe("9/12");
    expect(s.cell(id, 1, 0).numberFormat).toBe("General");
  });

  test("a leading apostrophe keeps numbers and formulas as text", () => {
    const s = new WorkbookState({ locale: "en" });
    s.typeInto("Sheet1", "A1", "'123");
    s.typeInto("Sheet1", "A2", "'=1+1");
    expect(s.value(s.activeSheetId, 0, 0)).toBe("123");
    expect(s.value(s.activeSheetId, 1, 0)).toBe("=1+1");
    expect(s.cell(s.activeSheetId, 1, 0).isFormula).toBe(false);
  });

  test("formulas are computed and follow edits", () => {
    const s = new WorkbookState({ locale: "vi" });
    s.typeInto("Sheet1", "F7", "30");
    s.typeInto("Sheet1", "G7", "35");
    s.typeInto("Sheet1", "H7", '=IF(AND(ISNUMBER(G7),ISNUMBER(F7),F7<>0),G7/F7,"—")');
    expect(s.value(s.activeSheetId, 6, 7)).toBeCloseTo(35 / 30, 12);
    s.typeInto("Sheet1", "F7", "0");
    expect(s.value(s.activeSheetId, 6, 7)).toBe("—");
  });

  test("a Stop validation refuses a typed entry but not a paste", () => {
    const s = new WorkbookState({ locale: "vi" });
    const id = s.activeSheetId;
    s.setValidation(
      id,
      { top: 0, left: 0, bottom: 9, right: 0 },
      {
        rule: { kind: "decimal", operator: "GreaterThanOrEqualTo", formula1: "0", formula2: null },
        ignoreBlanks: true,
        errorAlert: { showAlert: true, style: "Stop", title: "Sai", message: "Số không âm" },
        prompt: { showPrompt: false, title: "", message: "" },
      },
    );
    expect(s.typeInto("Sheet1", "A1", "-5")).toEqual({
      ok: false,
      reason: "validation",
      title: "Sai",
      message: "Số không âm",
    });
    expect(s.value(id, 0, 0)).toBeNull();
    s.paste("Sheet1", "A1", [["-5", "x"]]);
    expect(s.value(id, 0, 0)).toBe(-5);
    expect(s.value(id, 0, 1)).toBe("x");
  });

  test("listeners hear once per user action and once per batch", () => {
    const s = new WorkbookState();
    const heard: string[] = [];
    const off = s.subscribe((c) => heard.push(c.source));
    s.paste("Sheet1", "A1", [
      ["1", "2"],
      ["3", "4"],
    ]);
    s.batch("api", () => {
      s.setInput(s.activeSheetId, 5, 5, 1);
      s.setInput(s.activeSheetId, 5, 6, 2);
    });
    off();
    s.typeInto("Sheet1", "A1", "9");
    expect(heard).toEqual(["user", "user", "api"]);
  });

  test("snapshot and restore round-trip, formulas recomputed", () => {
    const s = new WorkbookState({ locale: "vi" });
    s.addSheet("Dữ liệu");
    s.typeInto("Dữ liệu", "A1", "5");
    s.typeInto("Sheet1", "A1", "='Dữ liệu'!A1*2");
    const snap = s.snapshot();
    const t = new WorkbookState();
    t.restore(snap);
    expect(t.value(t.requireSheet("Sheet1").id, 0, 0)).toBe(10);
    expect(t.snapshot()).toEqual(snap);
  });
});

describe("helpers", () => {
  test("shiftFormula moves relative references only", () => {
    expect(shiftFormula('=AND(G7>0,$F$7<>0,"A1"="x")', 2, 1)).toBe('=AND(H9>0,$F$7<>0,"A1"="x")');
    expect(shiftFormula("=ROUND(G7,2)+$A7+B$1", 1, 1)).toBe("=ROUND(H8,2)+$A8+C$1");
  });

  test("subtractRect leaves the cells outside the hole", () => {
    const parts = subtractRect(
      { top: 0, left: 0, bottom: 4, right: 4 },
      { top: 1, left: 1, bottom: 2, right: 2 },
    );
    const cells = parts.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    expect(cells).toBe(25 - 4);
  });
});
