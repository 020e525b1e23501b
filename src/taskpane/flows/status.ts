/**
 * The state of the active sheet behind the steps (Mẫu → … → Biểu đồ), with the outcome of the
 * last ribbon command. Read from Excel when the pane opens and on "Làm mới" (one Excel.run); after
 * a command of the pane it is worked out from the command's report (`statusAfter`), so a click
 * costs only the command's own syncs.
 */
import { useCallback, useEffect, useReducer } from "react";
import type { Period, Severity } from "../../core/model";
import { loadExcel } from "./adapter";
import type { LastCommand } from "../lastCommand";
import {
  attempt,
  IDLE,
  isRunEvent,
  runReducer,
  type Dispatch,
  type RunEvent,
  type RunState,
  type ChartReport,
  type ComputeReport,
  type SheetStatus,
  type ValidateReport,
} from "./run";

/** A pane command that succeeded, with what it reported: enough to know the sheet's new status. */
export type StatusChange =
  | { command: "template"; sheetName: string }
  | { command: "validate"; report: ValidateReport }
  | { command: "compute"; report: ComputeReport }
  | { command: "charts"; report: ChartReport }
  /** Báo cáo / Trích xuất / Tổng hợp wrote a new sheet (now active); whether it holds a table. */
  | { command: "newSheet"; sheetName: string; hasTable: boolean; tablePeriod?: Period }
  /** A command found no table on this sheet (its error is shown once, by the sheet bar). */
  | { command: "noTable"; sheetName: string }
  /** Chỉ định cột saved or cleared: the table reads anew (or not), nothing done with it yet. */
  | { command: "mapping"; sheetName: string; hasTable: boolean; mapped: boolean };

const NOTHING_DONE = { validated: false, computed: false, charted: false, errors: 0, warnings: 0 };

/** The sheet whose table a status describes: the source of a derived sheet, else the sheet. */
function tableSheet(s: SheetStatus): string {
  return s.sourceSheet ?? s.sheetName;
}

/** What `prev` knew about `sheet`'s table, or nothing done when it described another sheet. */
function knownOf(prev: SheetStatus | null, sheet: string): Omit<SheetStatus, "sheetName" | "sourceSheet"> {
  if (prev === null || tableSheet(prev) !== sheet) return { hasTable: true, ...NOTHING_DONE };
  const { hasTable, validated, computed, charted, errors, warnings, mapped, template, tablePeriod } = prev;
  return {
    hasTable,
    validated,
    computed,
    charted,
    errors,
    warnings,
    ...(mapped ? { mapped } : {}),
    ...(template ? { template } : {}),
    ...(tablePeriod === undefined ? {} : { tablePeriod }),
  };
}

/**
 * The status after a pane command, from its report alone (no Excel call). What the report does not
 * say is kept from `prev` when `prev` described the same table, else taken as not done yet.
 */
export function statusAfter(prev: SheetStatus | null, change: StatusChange): SheetStatus {
  switch (change.command) {
    case "template":
      return { sheetName: change.sheetName, hasTable: true, ...NOTHING_DONE, template: true };
    case "validate": {
      const r = change.report;
      const count = (severity: Severity) => r.findings.filter((f) => f.severity === severity).length;
      return {
        ...knownOf(prev, r.sheetName),
        sheetName: r.sheetName,
        hasTable: r.tableFound,
        validated: true,
        errors: count("error"),
        warnings: count("warning"),
        ...(r.summary?.period === undefined ? {} : { tablePeriod: r.summary.period }),
      };
    }
    case "compute": {
      const r = change.report;
      const known = knownOf(prev, r.sheetName);
      if (!r.written && prev !== null && tableSheet(prev) === r.sheetName) return prev;
      return {
        ...known,
        sheetName: r.sheetName,
        hasTable: true,
        computed: known.computed || r.written,
        ...(r.summary.period === undefined ? {} : { tablePeriod: r.summary.period }),
      };
    }
    case "charts": {
      const r = change.report;
      return {
        ...knownOf(prev, r.sourceSheet),
        sheetName: r.sheetName,
        sourceSheet: r.sourceSheet,
        hasTable: true,
        charted: true,
      };
    }
    case "newSheet":
      return {
        sheetName: change.sheetName,
        hasTable: change.hasTable,
        ...NOTHING_DONE,
        ...(change.tablePeriod === undefined ? {} : { tablePeriod: change.tablePeriod }),
      };
    case "noTable":
      return { sheetName: change.sheetName, hasTable: false, ...NOTHING_DONE };
    case "mapping":
      return {
        sheetName: change.sheetName,
        hasTable: change.hasTable,
        ...NOTHING_DONE,
        mapped: change.mapped,
      };
  }
}

export interface StatusState extends RunState {
  status: SheetStatus | null;
  lastCommand: LastCommand | null;
  /** `at` of the ribbon result the user closed, so it stays closed across refreshes. */
  dismissedAt: string | null;
  /** A person changed cells since the results were worked out: they are for the old figures. */
  stale: boolean;
  /**
   * Sheets made from a template in this session (Mẫu is "Xong" only on them); the adapter also says
   * so from the sheet's property where the host keeps one (1.12), across sessions.
   */
  templateSheets: string[];
  /** Counts commands that made a new sheet active: the sheet bar takes the focus on each. */
  focusSheet: number;
}

export const STATUS_INITIAL: StatusState = {
  ...IDLE,
  status: null,
  lastCommand: null,
  dismissedAt: null,
  stale: false,
  templateSheets: [],
  focusSheet: 0,
};

export type StatusEvent =
  | { type: "status"; status: SheetStatus; lastCommand: LastCommand | null }
  | { type: "changed"; change: StatusChange }
  | { type: "dismissLastCommand" }
  /** A person edited cells (worksheet.onChanged). */
  | { type: "sheetEdited" };

/** Commands that read the figures afresh, so their results are current again. */
const REFRESHING: ReadonlySet<StatusChange["command"]> = new Set([
  "template",
  "validate",
  "compute",
  "newSheet",
  "mapping",
  "noTable",
]);

/** Commands after which a new sheet is active: focus goes to its name. */
const NEW_SHEET: ReadonlySet<StatusChange["command"]> = new Set(["template", "newSheet"]);

export function statusReducer(s: StatusState, e: StatusEvent | RunEvent): StatusState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "status":
      return {
        ...s,
        busy: false,
        progress: null,
        status: e.status,
        lastCommand: e.lastCommand,
        stale: false,
      };
    case "changed":
      return {
        ...s,
        status: statusAfter(s.status, e.change),
        stale: s.stale && !REFRESHING.has(e.change.command),
        templateSheets:
          e.change.command === "template" ? [...s.templateSheets, e.change.sheetName] : s.templateSheets,
        focusSheet: NEW_SHEET.has(e.change.command) ? s.focusSheet + 1 : s.focusSheet,
      };
    case "sheetEdited":
      return { ...s, stale: true };
    case "dismissLastCommand":
      return { ...s, dismissedAt: s.lastCommand?.at ?? s.dismissedAt };
  }
}

/** Whether the sheet the steps describe was made from one of our templates (Mẫu: Xong). */
export function templateDone(s: StatusState): boolean {
  const status = s.status;
  if (status === null) return false;
  return status.template === true || s.templateSheets.includes(status.sourceSheet ?? status.sheetName);
}

/** The ribbon result to show, unless the user closed it. */
export function visibleLastCommand(s: StatusState): LastCommand | null {
  return s.lastCommand && s.lastCommand.at !== s.dismissedAt ? s.lastCommand : null;
}

export async function runRefresh(dispatch: Dispatch<StatusEvent>): Promise<boolean> {
  return attempt(dispatch, async () => {
    const { status, lastCommand } = await (await loadExcel()).getPaneState();
    dispatch({ type: "status", status, lastCommand });
  });
}

/**
 * Marks results stale when a person edits cells. Where the host cannot register the handler the
 * pane reads the status again when it regains focus instead. Returns the cleanup for useEffect.
 */
export function watchEdits(dispatch: Dispatch<StatusEvent>): () => void {
  let remove: (() => Promise<void>) | null = null;
  let stopped = false;
  const onFocus = () => void runRefresh(dispatch);
  loadExcel()
    .then((excel) => excel.watchSheetChanges(() => dispatch({ type: "sheetEdited" })))
    .then(
      (off: () => Promise<void>) => {
        if (stopped) void off().catch(() => undefined);
        else remove = off;
      },
      () => window.addEventListener("focus", onFocus),
    );
  return () => {
    stopped = true;
    window.removeEventListener("focus", onFocus);
    void remove?.().catch(() => undefined);
  };
}

/**
 * Reads the status again when a person moves to another sheet, so the steps speak of that sheet.
 * A host that cannot register it (the workbench) keeps "Làm mới". Returns the cleanup for useEffect.
 */
export function watchActivation(dispatch: Dispatch<StatusEvent>): () => void {
  let remove: (() => Promise<void>) | null = null;
  let stopped = false;
  loadExcel()
    // After the handler has returned: a sync started inside an event handler can hang on the web.
    .then((excel) => excel.watchSheetActivation(() => setTimeout(() => void runRefresh(dispatch), 0)))
    .then(
      (off: () => Promise<void>) => {
        if (stopped) void off().catch(() => undefined);
        else remove = off;
      },
      () => undefined,
    );
  return () => {
    stopped = true;
    void remove?.().catch(() => undefined);
  };
}

export function useSheetStatus() {
  const [state, dispatch] = useReducer(statusReducer, STATUS_INITIAL);
  const refresh = useCallback(() => void runRefresh(dispatch), []);
  useEffect(refresh, [refresh]);
  useEffect(() => watchEdits(dispatch), []);
  useEffect(() => watchActivation(dispatch), []);
  /** After a pane command succeeded: the new status from its report, without asking Excel. */
  const changed = useCallback((change: StatusChange) => dispatch({ type: "changed", change }), []);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const dismissLastCommand = useCallback(() => dispatch({ type: "dismissLastCommand" }), []);
  return { state, refresh, changed, dismissError, dismissLastCommand };
}
