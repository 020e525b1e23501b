/**
 * The `Excel` namespace object the add-in sees: `Excel.run`, `Excel.RequestContext` and the
 * enums, all bound to one WorkbookState.
 */
import type { WorkbookState } from "../state";
import { RequestContext, makeRun } from "./context";
import * as enums from "./enums";
import { NoteCollection } from "./worksheet";

export { RequestContext } from "./context";
export { RichApiError } from "./errors";
export { ClientObject, ClientResult, TrackedObjects, REQUEST_PAYLOAD_LIMIT } from "./client";

/** Builds the Excel namespace for a state; `excelApi` is the highest ExcelApi set supported. */
export function createExcelNamespace(state: WorkbookState, excelApi = "1.18") {
  /** `new Excel.RequestContext()` works too, bound to this workbook. */
  class BoundRequestContext extends RequestContext {
    constructor() {
      super(state, excelApi);
    }
  }
  return {
    run: makeRun(state, excelApi),
    RequestContext: BoundRequestContext,
    /** Present as in Excel libraries that have notes (the adapter detects it). */
    NoteCollection,
    ...enums,
  };
}

export type ExcelNamespace = ReturnType<typeof createExcelNamespace>;
