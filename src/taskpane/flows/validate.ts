/** "Kiểm tra": validate the active sheet, pick safe fixes, preview them, apply on the user's word. */
import { useCallback, useReducer } from "react";
import type { Fix, Settings } from "../../core/model";
import { loadExcel } from "./adapter";
import { errorText } from "../format";
import {
  attempt,
  IDLE,
  isRunEvent,
  runReducer,
  type Dispatch,
  type RunEvent,
  type RunState,
  type ValidateReport,
} from "./run";
import type { StatusChange } from "./status";

export interface ValidateState extends RunState {
  report: ValidateReport | null;
  /** Addresses of the cells whose fix the user ticked. */
  selected: string[];
  /** The fixes shown in the confirmation dialog; null when it is closed. */
  preview: Fix[] | null;
  /** How many cells the last confirmed fix changed, until the next validation. */
  applied: number | null;
  /** The last report of each sheet checked: back on a sheet, its findings show again. */
  bySheet: Record<string, ValidateReport>;
}

export const VALIDATE_INITIAL: ValidateState = {
  ...IDLE,
  report: null,
  selected: [],
  preview: null,
  applied: null,
  bySheet: {},
};

export type ValidateEvent =
  | { type: "report"; report: ValidateReport }
  | { type: "fixed"; applied: number; report: ValidateReport }
  | { type: "toggle"; address: string }
  | { type: "openPreview" }
  | { type: "closePreview" }
  /** The active sheet is now `sheetName`: its own last report, if any, is the one shown. */
  | { type: "showSheet"; sheetName: string };

/** Every fix the report offers, one per cell. */
export function availableFixes(report: ValidateReport | null): Fix[] {
  const byCell = new Map<string, Fix>();
  for (const f of report?.findings ?? []) {
    if (f.fix && !byCell.has(f.fix.cell.address)) byCell.set(f.fix.cell.address, f.fix);
  }
  return [...byCell.values()];
}

export function selectedFixes(s: ValidateState): Fix[] {
  return availableFixes(s.report).filter((fix) => s.selected.includes(fix.cell.address));
}

export function validateReducer(s: ValidateState, e: ValidateEvent | RunEvent): ValidateState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "report":
      return {
        ...s,
        busy: false,
        progress: null,
        report: e.report,
        selected: [],
        preview: null,
        applied: null,
        bySheet: { ...s.bySheet, [e.report.sheetName]: e.report },
      };
    case "fixed":
      return {
        ...s,
        busy: false,
        progress: null,
        report: e.report,
        selected: [],
        preview: null,
        applied: e.applied,
        bySheet: { ...s.bySheet, [e.report.sheetName]: e.report },
      };
    case "toggle": {
      const offered = availableFixes(s.report).some((f) => f.cell.address === e.address);
      if (!offered) return s;
      const selected = s.selected.includes(e.address)
        ? s.selected.filter((a) => a !== e.address)
        : [...s.selected, e.address];
      return { ...s, selected };
    }
    case "openPreview": {
      const fixes = selectedFixes(s);
      return fixes.length > 0 ? { ...s, preview: fixes } : s;
    }
    case "closePreview":
      return { ...s, preview: null };
    case "showSheet": {
      const report = s.bySheet[e.sheetName];
      if (report === undefined || report === s.report) return s;
      return { ...s, report, selected: [], preview: null, applied: null };
    }
  }
}

export async function runValidate(
  dispatch: Dispatch<ValidateEvent>,
  settings: Settings,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const report = await (await loadExcel()).validateActiveSheet(settings, onProgress);
    dispatch({ type: "report", report });
    onChanged?.({ command: "validate", report });
  });
}

/**
 * Applies exactly the previewed fixes and validates again so the list shows what is left: one
 * Excel.run (3 syncs). `sheetName`: the sheet the fixes were found on; the adapter refuses another.
 */
export async function runApplyFixes(
  dispatch: Dispatch<ValidateEvent>,
  fixes: Fix[],
  settings: Settings,
  sheetName: string,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  dispatch({ type: "closePreview" });
  if (fixes.length === 0) return false;
  return attempt(dispatch, async (onProgress) => {
    const { applied, report } = await (
      await loadExcel()
    ).applyFixesAndValidate(fixes, settings, sheetName, onProgress);
    dispatch({ type: "fixed", applied, report });
    onChanged?.({ command: "validate", report });
  });
}

/** Moves Excel's selection to a finding's cell; a failure is shown like any other. */
export async function goToCell(
  dispatch: Dispatch<ValidateEvent>,
  sheetName: string,
  address: string,
): Promise<void> {
  try {
    await (await loadExcel()).selectCell(sheetName, address);
  } catch (error) {
    dispatch({ type: "failed", error: errorText(error) });
  }
}

export function useValidate(settings: Settings, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(validateReducer, VALIDATE_INITIAL);
  const validate = useCallback(async () => {
    await runValidate(dispatch, settings, onChanged);
  }, [settings, onChanged]);
  const toggle = useCallback((address: string) => dispatch({ type: "toggle", address }), []);
  const openPreview = useCallback(() => dispatch({ type: "openPreview" }), []);
  const closePreview = useCallback(() => dispatch({ type: "closePreview" }), []);
  const confirmFixes = useCallback(async () => {
    if (state.report)
      await runApplyFixes(dispatch, state.preview ?? [], settings, state.report.sheetName, onChanged);
  }, [state.preview, state.report, settings, onChanged]);
  const select = useCallback(
    (address: string) => {
      if (state.report) void goToCell(dispatch, state.report.sheetName, address);
    },
    [state.report],
  );
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const showSheet = useCallback((sheetName: string) => dispatch({ type: "showSheet", sheetName }), []);
  return {
    state,
    validate,
    toggle,
    openPreview,
    closePreview,
    confirmFixes,
    select,
    dismissError,
    showSheet,
  };
}
