/**
 * The calculation engine behind WorkbookState: HyperFormula, one HF sheet per workbook sheet,
 * formulas in en-US syntax exactly as the add-in writes them. HyperFormula is GPL-3.0; that is
 * acceptable only because the workbench is a dev tool and never ships in the add-in bundle.
 */
import {
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type SimpleCellAddress,
} from "hyperformula";
import { cellFormatCode } from "./numfmt";

/** The number format of a cell, by the engine's sheet id ("General" when it has none). */
export type NumberFormatAt = (engineSheet: number, row: number, col: number) => string;

/**
 * Excel's CELL(info_type, reference), which HyperFormula lacks: only "format" (what the computed
 * columns use to read a percent-formatted cell ×100); it mirrors Excel's codes through
 * cellFormatCode. The formats come from the engine's `context`, since HyperFormula keeps none.
 * Any other info_type is #VALUE!, so a formula that needs one fails loudly here.
 */
class CellInfoPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    CELL: {
      method: "cell",
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.NOERROR, optionalArg: true },
      ],
      // Not `doesNotNeedArgumentsToBeComputed`: HyperFormula would then drop the reference from
      // the formula's dependencies, and a lone =CELL("format",A1) would keep its old answer after
      // "9/12" is typed into A1 (Excel recalculates CELL when its cell changes). The reference is
      // still read as an address, not a value (runFunctionWithReferenceArgument).
      vectorizationForbidden: true,
    },
  };

  // HyperFormula's Ast and InterpreterState types are not exported; `never` passes them through.
  cell(ast: { args: never[] }, state: never): unknown {
    const [infoArg, ...rest] = ast.args;
    if (infoArg === undefined || rest.length !== 1) return new CellError(ErrorType.NA);
    const info = this.evaluateAst(infoArg, state);
    if (typeof info !== "string" || info.toLowerCase() !== "format") return new CellError(ErrorType.VALUE);
    const formatAt = (this.config.context as { numberFormatAt?: NumberFormatAt } | undefined)?.numberFormatAt;
    return this.runFunctionWithReferenceArgument(
      rest,
      state,
      this.metadata("CELL"),
      () => new CellError(ErrorType.VALUE),
      (ref: SimpleCellAddress) => cellFormatCode(formatAt?.(ref.sheet, ref.row, ref.col) ?? "General"),
    );
  }
}

if (!HyperFormula.getRegisteredFunctionNames("enGB").includes("CELL")) {
  HyperFormula.registerFunctionPlugin(CellInfoPlugin, { enGB: { CELL: "CELL" }, enUS: { CELL: "CELL" } });
}

/** Config for a HyperFormula that answers CELL("format") from `numberFormatAt` (tests use it too). */
export function cellFormatConfig(numberFormatAt: NumberFormatAt): {
  context: { numberFormatAt: NumberFormatAt };
} {
  return { context: { numberFormatAt } };
}

/** A computed cell value; Excel errors are their display strings ("#DIV/0!"). */
export type ComputedValue = number | string | boolean | null;

/** What a cell holds, as the engine needs it. */
export type EngineInput =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; text: string }
  | { kind: "formula"; formula: string };

/** The Excel errors the engine can produce. */
export type ExcelErrorText = "#DIV/0!" | "#VALUE!" | "#REF!" | "#NAME?" | "#N/A" | "#NUM!" | "#NULL!";

const ERROR_TEXT: Record<string, ExcelErrorText> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  REF: "#REF!",
  // No Excel counterparts: a circular reference and HF-only errors show as the nearest one.
  CYCLE: "#REF!",
  SPILL: "#VALUE!",
  LIC: "#VALUE!",
  ERROR: "#VALUE!",
};

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#N/A",
  "#NUM!",
  "#NULL!",
]);

/** True for a value that is one of Excel's error strings. */
export function isExcelError(value: unknown): value is ExcelErrorText {
  return typeof value === "string" && EXCEL_ERRORS.has(value);
}

export class FormulaEngine {
  private readonly hf: HyperFormula;
  /**
   * Writes suspend HyperFormula's evaluation and the next read resumes it, so a block written
   * cell by cell (Tính toán's formulas) is recomputed once, not after every cell.
   */
  private suspended = false;

  constructor(numberFormatAt: NumberFormatAt = () => "General") {
    this.hf = HyperFormula.buildEmpty({
      ...cellFormatConfig(numberFormatAt),
      licenseKey: "gpl-v3",
      functionArgSeparator: ",",
      decimalSeparator: ".",
      thousandSeparator: "",
      // Excel compares strings without case and treats "=A1" on an empty A1 as 0.
      caseSensitive: false,
      useArrayArithmetic: false,
      // Excel hands back full doubles; HF would otherwise round outputs to 10 digits.
      smartRounding: false,
      // The workbench never undoes through HyperFormula; its undo stack would only cost time.
      undoLimit: 0,
    });
  }

  /** Adds a sheet and returns the engine's id for it. */
  addSheet(name: string): number {
    this.resume();
    const added = this.hf.addSheet(name);
    const id = this.hf.getSheetId(added);
    if (id === undefined) throw new Error(`engine: sheet "${name}" was not added`);
    return id;
  }

  removeSheet(engineId: number): void {
    this.resume();
    this.hf.removeSheet(engineId);
  }

  renameSheet(engineId: number, name: string): void {
    this.resume();
    this.hf.renameSheet(engineId, name);
  }

  /** Sets one cell; dependent values are recomputed at the next read. */
  setCell(engineId: number, row: number, col: number, input: EngineInput): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
    this.hf.setCellContents({ sheet: engineId, row, col }, [[toRaw(input)]]);
  }

  private resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    this.hf.resumeEvaluation();
  }

  /** Whether each formula shape parses (see `formulaShape`); bounded, cleared when full. */
  private readonly validShapes = new Map<string, boolean>();

  /**
   * True when HyperFormula can parse the formula (Excel refuses to store one it cannot parse).
   * `at` is where it will sit: a block of formulas that differ only by row (Tính toán's columns)
   * is parsed once per shape. HyperFormula's validateFormula parses at A1, where every row's
   * formula has a different relative shape and misses its own parse cache: 3 000 rows of
   * formulas took ~7 s there.
   */
  isValidFormula(formula: string, at?: { row: number; col: number }): boolean {
    if (!at) return this.hf.validateFormula(formula);
    const key = formulaShape(formula, at.row, at.col);
    const known = this.validShapes.get(key);
    if (known !== undefined) return known;
    const valid = this.hf.validateFormula(formula);
    if (this.validShapes.size >= 10_000) this.validShapes.clear();
    this.validShapes.set(key, valid);
    return valid;
  }

  /** The computed value of a cell; a formula that refers to an empty cell gives 0, as in Excel. */
  value(engineId: number, row: number, col: number): ComputedValue {
    this.resume();
    const address = { sheet: engineId, row, col };
    const raw = this.hf.getCellValue(address);
    const converted = fromRaw(raw);
    if (converted === null && this.hf.doesCellHaveFormula(address)) return 0;
    return converted;
  }

  /** Evaluates a formula as if it sat on that sheet (for conditional formats and validation). */
  evaluate(formula: string, engineId: number): ComputedValue {
    if (!this.hf.validateFormula(formula)) return "#NAME?";
    this.resume();
    const result = this.hf.calculateFormula(formula, engineId);
    if (Array.isArray(result)) {
      const first = result[0]?.[0];
      return first === undefined ? null : fromRaw(first);
    }
    return fromRaw(result);
  }

  destroy(): void {
    this.resume();
    this.hf.destroy();
  }
}

/** "A1" column letters → 0-based index. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A relative A1 reference outside quotes: optional $, 1–3 letters, optional $, digits. */
const A1_REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g;

/**
 * The formula with its relative references written as offsets from (row, col), string literals
 * and quoted sheet names left alone: "=IF(D6=0,1,E6/D6)" in row 5 and "=IF(D7=0,1,E7/D7)" in
 * row 6 share a shape. Two formulas with one shape differ only by where they sit, which is how
 * HyperFormula's own parse cache keys them, so they parse alike.
 */
export function formulaShape(formula: string, row: number, col: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            A1_REFERENCE,
            (_m, pre: string, colAbs: string, letters: string, rowAbs: string, digits: string) =>
              `${pre}${colAbs ? `$${letters.toUpperCase()}` : `C[${columnIndex(letters) - col}]`}` +
              `${rowAbs ? `$${digits}` : `R[${Number(digits) - 1 - row}]`}`,
          ),
    )
    .join("");
}

function toRaw(input: EngineInput): string | number | boolean | null {
  switch (input.kind) {
    case "empty":
      return null;
    case "number":
      return input.value;
    case "boolean":
      return input.value;
    // A leading apostrophe makes HyperFormula keep text as text ("123", "=x", "TRUE").
    case "text":
      return `'${input.text}`;
    case "formula":
      return input.formula;
  }
}

function fromRaw(raw: unknown): ComputedValue {
  if (raw instanceof DetailedCellError) return ERROR_TEXT[raw.type] ?? "#VALUE!";
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return null;
}
