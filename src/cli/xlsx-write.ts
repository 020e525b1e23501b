/**
 * Files out: a SheetPlan written as an .xlsx through ExcelJS, the same plan the Excel adapter
 * writes into a live workbook. Formulas keep no cached result, so Excel computes them on open.
 */
import ExcelJS from "exceljs";
import type { CellContent, ConditionalRule, InputValidation, SheetPlan, StyledRange } from "../core/model";
import { parseRangeA1 } from "../core/a1";
import { cellWriteOf } from "../core/literal";
import { argb, xlsxLook } from "./palette";

/** A4 in the OOXML paperSize enumeration. */
const PAPER_A4 = 9;

export function sheetPlanWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "chitieu";
  const sheet = workbook.addWorksheet(plan.name, {
    views: plan.freezeRows > 0 ? [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }] : [],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${plan.layout.headerTop + 1}:${plan.layout.headerBottom + 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const block of plan.blocks) {
    block.contents.forEach((row, r) =>
      row.forEach((content, c) => {
        const cell = sheet.getCell(block.row + r + 1, block.col + c + 1);
        if (content !== null) cell.value = cellValue(content);
        const format = block.numberFormats?.[r]?.[c];
        if (format) cell.numFmt = format;
      }),
    );
  }
  for (const styled of plan.styles) applyStyle(sheet, styled);
  for (const range of plan.merges) sheet.mergeCells(range);
  addConditionalRules(sheet, plan.conditionalRules);
  addInputValidations(sheet, plan.validations ?? []);
  return workbook;
}

/** The same typing-time hints the add-in puts on a template's input cells. */
function addInputValidations(sheet: ExcelJS.Worksheet, validations: readonly InputValidation[]): void {
  for (const v of validations) {
    const rule: ExcelJS.DataValidation =
      v.rule.kind === "decimal"
        ? { type: "decimal", operator: "between", formulae: [-1e15, 1e15] }
        : { type: "list", formulae: [`"${v.rule.values.join(",")}"`] };
    const { top, left, bottom, right } = parseRangeA1(v.address);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        sheet.getCell(r + 1, c + 1).dataValidation = {
          ...rule,
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: "Chỉ tiêu Nghị quyết",
          error: v.message.vi,
        };
  }
}

export async function writeSheetPlan(plan: SheetPlan, file: string): Promise<void> {
  await sheetPlanWorkbook(plan).xlsx.writeFile(file);
}

/** Only formulas core built are formulas; a quoted text (core/literal.ts) is written as a plain string. */
function cellValue(content: Exclude<CellContent, null>): ExcelJS.CellValue {
  if (typeof content !== "string") return content;
  const write = cellWriteOf(content);
  return write.kind === "formula" ? { formula: write.formula.slice(1) } : write.text;
}

function applyStyle(sheet: ExcelJS.Worksheet, styled: StyledRange): void {
  const look = xlsxLook(styled.style);
  const { top, left, bottom, right } = parseRangeA1(styled.address);
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFA6A6A6" } };
  for (let r = top; r <= bottom; r++) {
    if (look.rowHeight !== null) sheet.getRow(r + 1).height = look.rowHeight;
    for (let c = left; c <= right; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.font = {
        name: "Times New Roman",
        size: look.size,
        bold: look.bold,
        italic: look.italic,
        color: { argb: look.font },
      };
      if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: look.fill } };
      if (look.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = {
        vertical: "middle",
        wrapText: look.wrap,
        ...(look.align ? { horizontal: look.align } : {}),
      };
    }
  }
}

function addConditionalRules(sheet: ExcelJS.Worksheet, rules: ConditionalRule[]): void {
  rules.forEach((rule, i) => {
    sheet.addConditionalFormatting({
      ref: rule.address,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.font) } },
          },
        },
      ],
    });
  });
}
