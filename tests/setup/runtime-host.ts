/**
 * The one way tests talk to a workbench workbook: Microsoft's Excel client runtime
 * (`@microsoft/office-js` dist/excel-web-16.00.js, loaded unmodified by ./excel-runtime) with its
 * requests answered by the workbench host (src/workbench/process-query.ts).
 */
import {
  createExcelHost,
  installRuntimeHost,
  type ExcelHost,
  type ExcelHostOptions,
} from "../../src/workbench/index-host";
import type { WorkbookState } from "../../src/workbench/state";
import { loadExcelRuntime } from "./excel-runtime";

export interface RuntimeExcel {
  /** The runtime's `Excel` namespace (generated proxy classes, `Excel.run`, enums). */
  Excel: typeof Excel;
  /** The runtime's `OfficeExtension` (its `Error`, `ErrorCodes`, `ClientResult`, …). */
  OfficeExtension: typeof OfficeExtension;
  /** The host's `Office` global. */
  Office: typeof Office;
  host: ExcelHost;
  uninstall: () => void;
}

let installed: (() => void) | null = null;

/**
 * Routes the runtime's batches to a new host over `state` (replacing the previous one: the
 * runtime's transport is global, one workbook at a time).
 */
export function runtimeExcel(state: WorkbookState, options: ExcelHostOptions = {}): RuntimeExcel {
  loadExcelRuntime();
  installed?.();
  const host = createExcelHost(state, options);
  const remove = installRuntimeHost(host);
  const uninstall = (): void => {
    remove();
    if (installed === uninstall) installed = null;
  };
  installed = uninstall;
  const g = globalThis as unknown as {
    Excel: typeof Excel;
    OfficeExtension: typeof OfficeExtension;
    Office: typeof Office;
  };
  return { Excel: g.Excel, OfficeExtension: g.OfficeExtension, Office: g.Office, host, uninstall };
}
