import { FormulaEngine, formulaShape } from "../../src/workbench/engine";

describe("formulaShape", () => {
  test("formulas that differ only by where they sit share a shape", () => {
    expect(formulaShape("=IF(D6=0,1,E6/D6)", 5, 7)).toBe(formulaShape("=IF(D3001=0,1,E3001/D3001)", 3000, 7));
    expect(formulaShape("=E6/D6", 5, 7)).toBe("=C[-3]R[0]/C[-4]R[0]");
  });

  test("absolute parts, strings and quoted sheet names keep their text", () => {
    expect(formulaShape("=$D$6+D$6+$D6", 5, 0)).toBe("=$D$6+C[3]$6+$DR[0]");
    expect(formulaShape('=IF(A1="B2",1,0)', 0, 0)).toBe('=IF(C[0]R[0]="B2",1,0)');
    expect(formulaShape("='Bảng 3000'!A1", 9, 9)).toBe("='Bảng 3000'!C[-9]R[-9]");
    expect(formulaShape("=LOG10(A1)", 0, 0)).toBe("=LOG10(C[0]R[0])");
  });

  test("different formulas get different shapes", () => {
    expect(formulaShape("=E6/D6", 5, 7)).not.toBe(formulaShape("=E7/D6", 5, 7));
    expect(formulaShape("=E6/D6", 5, 7)).not.toBe(formulaShape("=E6*D6", 5, 7));
  });
});

describe("FormulaEngine.isValidFormula", () => {
  const engine = new FormulaEngine();
  afterAll(() => engine.destroy());

  test("answers alike with and without a position, for valid and broken formulas", () => {
    const cases: Array<[string, boolean]> = [
      ['=IF(D6=0,"",E6/D6)', true],
      ["=SUM(D6:D3005)", true],
      ["=IF(D6=0,", false],
      ["=E6/", false],
      ["=1+)", false],
    ];
    for (const [formula, valid] of cases) {
      expect(engine.isValidFormula(formula)).toBe(valid);
      // Twice at two rows: the second answer comes from the shape cache.
      expect(engine.isValidFormula(formula, { row: 5, col: 7 })).toBe(valid);
      expect(engine.isValidFormula(formula, { row: 5, col: 7 })).toBe(valid);
    }
    expect(engine.isValidFormula("=IF(D7=0,", { row: 6, col: 7 })).toBe(false);
  });
});

describe('CELL("format") in the engine (HyperFormula has none: engine.ts adds it)', () => {
  test("answers Excel's codes from the cell's format, and follows the cell when it changes", () => {
    const formats = new Map<string, string>([["0,0", "d-mmm"]]);
    const engine = new FormulaEngine((_s, r, c) => formats.get(`${r},${c}`) ?? "General");
    const id = engine.addSheet("S");
    engine.setCell(id, 0, 0, { kind: "number", value: 46365 });
    engine.setCell(id, 0, 1, { kind: "formula", formula: '=CELL("format",A1)' });
    engine.setCell(id, 1, 1, { kind: "formula", formula: '=LEFT(IFERROR(CELL("format",A1),"G"))<>"D"' });
    engine.setCell(id, 2, 1, { kind: "formula", formula: '=CELL("format",A9)' });
    engine.setCell(id, 3, 1, { kind: "formula", formula: '=CELL("width",A1)' });
    expect(engine.value(id, 0, 1)).toBe("D2");
    expect(engine.value(id, 1, 1)).toBe(false);
    expect(engine.value(id, 2, 1)).toBe("G"); // an empty cell is General
    expect(engine.value(id, 3, 1)).toBe("#VALUE!"); // only "format" is emulated
    // The workbench sets the format, then the value: the lone CELL sees both.
    formats.set("0,0", "0.00%");
    engine.setCell(id, 0, 0, { kind: "number", value: 0.05 });
    expect(engine.value(id, 0, 1)).toBe("P2");
    expect(engine.value(id, 1, 1)).toBe(true);
    engine.destroy();
  });
});
