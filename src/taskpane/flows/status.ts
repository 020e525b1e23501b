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
  | { command: "newSheet"; sheetName: string; hasTable: boolean; tablePeriod?: Period };

const NOTHING_DONE = { validated: false, computed: false, charted: false, errors: 0, warnings: 0 };

/** The sheet whose table a status describes: the source of a derived sheet, else the sheet. */
function tableSheet(s: SheetStatus): string {
  return s.sourceSheet ?? s.sheetName;
}

/** What `prev` knew about `sheet`'s table, or nothing done when it described another sheet. */
function knownOf(prev: SheetStatus | null, sheet: string): Omit<SheetStatus, "sheetName" | "sourceSheet"> {
  if (prev === null || tableSheet(prev) !== sheet) return { hasTable: true, ...NOTHING_DONE };
  const { hasTable, validated, computed, charted, errors, warnings, tablePeriod } = prev;
  return {
    hasTable,
    validated,
    computed,
    charted,
    errors,
    warnings,
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
      return { sheetName: change.sheetName, hasTable: true, ...NOTHING_DONE };
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
  }
}

export interface StatusState extends RunState {
  status: SheetStatus | null;
  lastCommand: LastCommand | null;
  /** `at` of the ribbon result the user closed, so it stays closed across refreshes. */
  dismissedAt: string | null;
  /** A person changed cells since the results were worked out: they are for the old figures. */
  stale: boolean;
  /** A template was inserted from this pane (Mẫu is "Xong" only then). */
  templateInserted: boolean;
}

export const STATUS_INITIAL: StatusState = {
  ...IDLE,
  status: null,
  lastCommand: null,
  dismissedAt: null,
  stale: false,
  templateInserted: false,
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
]);

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
        templateInserted: s.templateInserted || e.change.command === "template",
      };
    case "sheetEdited":
      return { ...s, stale: true };
    case "dismissLastCommand":
      return { ...s, dismissedAt: s.lastCommand?.at ?? s.dismissedAt };
  }
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

export function useSheetStatus() {
  const [state, dispatch] = useReducer(statusReducer, STATUS_INITIAL);
  const refresh = useCallback(() => void runRefresh(dispatch), []);
  useEffect(refresh, [refresh]);
  useEffect(() => watchEdits(dispatch), []);
  /** After a pane command succeeded: the new status from its report, without asking Excel. */
  const changed = useCallback((change: StatusChange) => dispatch({ type: "changed", change }), []);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const dismissLastCommand = useCallback(() => dispatch({ type: "dismissLastCommand" }), []);
  return { state, refresh, changed, dismissError, dismissLastCommand };
}
