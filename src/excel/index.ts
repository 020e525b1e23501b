/**
 * The Excel adapter's public API. The pane and the ribbon commands call only this; every function
 * runs its own Excel.run, syncs at most 3 times, returns plain objects and throws only ChitieuError.
 */
export type {
  ChartInfo,
  ChartReport,
  ComputeReport,
  Feature,
  OnProgress,
  Progress,
  SheetStatus,
  TemplateInfo,
  ValidateReport,
} from "./types";
export { ChitieuError } from "./errors";
export { supportsFeature, REQUIREMENTS } from "./requirements";
export { listTemplates, insertTemplate } from "./template";
export { validateActiveSheet } from "./validate";
export { applyFixes, applyFixesAndValidate } from "./fixes";
export { computeActiveSheet } from "./compute";
export { createCharts } from "./charts";
export { selectCell, getSheetStatus } from "./sheet";
export { getPaneState, type PaneState } from "./status";
export { loadSettings, saveDocumentFields, saveSettings } from "./settings";
export { buildReport, writeReportSheet, reportLines, type BuiltReport, type ReportLine } from "./report";
export { insertExtracted, extractedSheetPlan } from "./extract";
export { rolloverActiveSheet, type RolloverReport } from "./rollover";
export { mergeUnitFiles, writeMergedSheet, worksheetGrid, type UnitFile } from "./merge";
export {
  LAST_COMMAND_KEY,
  clearLastCommand,
  loadLastCommand,
  parseLastCommand,
  saveLastCommand,
  type LastCommand,
  type RibbonCommand,
} from "./lastCommand";
export { watchSheetActivation, watchSheetChanges } from "./events";
export {
  readMappingChoices,
  saveColumnMapping,
  MappingError,
  type MappingChoices,
  type MappingSaved,
} from "./mapping";
