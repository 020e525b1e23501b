/**
 * listTemplates / insertTemplate: a template from core's catalogue, written to a NEW sheet.
 * Existing sheets are never touched; a clashing name gets " (2)", " (3)"…
 */
import type { InputValidation, Settings, SheetPlan, Text } from "../core/model";
import { TEMPLATES, UnknownTemplateError, templateSheet, type TemplateInfo } from "../core/templates";
import { ChitieuError, guarded } from "./errors";
import { addConditionalRules, applyStyles, progress, writeBlocks, writeNumberFormats } from "./io";
import { supportsFeature } from "./requirements";
import { TEMPLATE_PROPERTY } from "./store";
import type { OnProgress } from "./types";

export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map((t) => ({ ...t, name: { ...t.name }, description: { ...t.description } }));
}

/** Sheet names are fewer than 32 characters and exclude : \ / ? * [ ] (OFFICE-NOTES §4). */
const MAX_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned === "" || cleaned.toLowerCase() === "history" ? "Chỉ tiêu" : cleaned).slice(0, MAX_NAME);
}

/** The first of "name", "name (2)", "name (3)"… not taken, case-insensitively. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = cleanSheetName(wanted);
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Column width: characters to points (Calibri 11: about 7 px a character, 0.75 pt a px, plus padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Queues a whole SheetPlan onto a fresh sheet: values, then formats, then looks. */
export function writeSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  writeBlocks(sheet, plan.blocks);
  writeNumberFormats(sheet, plan.blocks);
  applyStyles(sheet, plan.styles);
  for (const address of plan.merges) sheet.getRange(address).merge(false);
  plan.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
  });
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  addConditionalRules(sheet, plan.conditionalRules);
  addInputValidations(sheet, plan.validations ?? []);
}

/** Any number at all: Excel's decimal rule needs bounds, so take ones no figure reaches. */
const ANY_NUMBER: Excel.BasicDataValidation = { formula1: -1e15, formula2: 1e15, operator: "Between" };

/** A hint at typing time (ExcelApi 1.8); paste skips it, which is why Kiểm tra re-checks. */
function addInputValidations(sheet: Excel.Worksheet, validations: readonly InputValidation[]): void {
  for (const v of validations) {
    const dv = sheet.getRange(v.address).dataValidation;
    dv.rule =
      v.rule.kind === "decimal"
        ? { decimal: ANY_NUMBER }
        : { list: { source: v.rule.values.join(","), inCellDropDown: true } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "Chỉ tiêu Nghị quyết", message: v.message.vi };
  }
}

export async function insertTemplate(
  id: string,
  options: { settings: Settings; year?: number; unitName?: string },
  onProgress?: OnProgress,
): Promise<{ sheetName: string }> {
  return guarded(async () => {
    let plan: SheetPlan;
    try {
      plan = templateSheet(id, options);
    } catch (e) {
      if (e instanceof UnknownTemplateError)
        throw new ChitieuError(
          { vi: `Không có mẫu "${id}".`, en: `There is no template "${id}".` },
          "unknown_template",
        );
      throw e;
    }
    const sheetName = await addPlannedSheet(
      plan,
      { vi: "Đang ghi mẫu…", en: "Writing the template…" },
      onProgress,
      { template: true },
    );
    return { sheetName };
  });
}

/**
 * A SheetPlan on a NEW sheet (templates, extracted rows, merged units): a free name, the whole
 * plan, A4 landscape with the header repeated on each page, activated. Two syncs: the names
 * taken, then Excel.run's closing sync carrying the sheet.
 */
export async function addPlannedSheet(
  plan: SheetPlan,
  writing: Text,
  onProgress?: OnProgress,
  options: { template?: boolean } = {},
): Promise<string> {
  return Excel.run((context) => addPlannedSheetIn(context, plan, writing, onProgress, options));
}

/** addPlannedSheet inside a caller's Excel.run (one sync of its own), so a read before it shares the run. */
export async function addPlannedSheetIn(
  context: Excel.RequestContext,
  plan: SheetPlan,
  writing: Text,
  onProgress?: OnProgress,
  /** template: made from our catalogue; taken: the sheet names, when the caller's read loaded them (saves sync 1). */
  options: { template?: boolean; taken?: readonly string[] } = {},
): Promise<string> {
  progress(onProgress, { vi: "Đang tạo trang tính mới…", en: "Creating a new sheet…" }, 0);
  const sheets = context.workbook.worksheets;
  const taken = options.taken;
  if (taken === undefined) {
    sheets.load("items/name");
    await context.sync(); // sync 1: which names are taken
  }

  const name = freeSheetName(plan.name, taken ?? sheets.items.map((s) => s.name));
  progress(onProgress, writing, 0.3);
  const sheet = sheets.add(name);
  writeSheetPlan(sheet, plan);
  sheet.showGridlines = true;
  const { headerTop, headerBottom } = plan.layout;
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.setPrintTitleRows(`$${headerTop + 1}:$${headerBottom + 1}`);
  // The pane's "Mẫu: Xong" is about this sheet, in this workbook, after it is closed and opened again.
  if (options.template === true && supportsFeature("customProperties"))
    sheet.customProperties.add(TEMPLATE_PROPERTY, "1");
  sheet.activate();
  sheet.getRangeByIndexes(plan.layout.firstDataRow, plan.layout.columns.name ?? 0, 1, 1).select();
  // sync 2 is Excel.run's own closing sync: it carries the whole new sheet.
  progress(onProgress, { vi: "Xong", en: "Done" }, 1);
  return name;
}
