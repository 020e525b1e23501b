/** "Tính toán": write the computed columns; ask before overwriting values a person typed there. */
import { useCallback, useReducer } from "react";
import type { Settings } from "../../core/model";
import { loadExcel } from "./adapter";
import {
  attempt,
  IDLE,
  isRunEvent,
  runReducer,
  type ComputeReport,
  type Dispatch,
  type RunEvent,
  type RunState,
} from "./run";
import type { StatusChange } from "./status";

export interface ComputeState extends RunState {
  report: ComputeReport | null;
  /** A first run that found user values in our columns: waiting for "Ghi đè" or "Giữ nguyên". */
  pending: ComputeReport | null;
  /** The last result of each sheet computed: back on a sheet, its summary shows again. */
  bySheet: Record<string, ComputeReport>;
}

export const COMPUTE_INITIAL: ComputeState = { ...IDLE, report: null, pending: null, bySheet: {} };

export type ComputeEvent =
  | { type: "computed"; report: ComputeReport }
  | { type: "conflicts"; report: ComputeReport }
  | { type: "keep" }
  /** The active sheet is now `sheetName`: its own last result, if any, is the one shown. */
  | { type: "showSheet"; sheetName: string };

export function computeReducer(s: ComputeState, e: ComputeEvent | RunEvent): ComputeState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "computed":
      return {
        ...s,
        busy: false,
        progress: null,
        report: e.report,
        pending: null,
        bySheet: { ...s.bySheet, [e.report.sheetName]: e.report },
      };
    case "conflicts":
      return { ...s, busy: false, progress: null, pending: e.report };
    case "keep":
      // The user keeps their values: show what the first run found, nothing more is written.
      return s.pending
        ? {
            ...s,
            report: s.pending,
            pending: null,
            bySheet: { ...s.bySheet, [s.pending.sheetName]: s.pending },
          }
        : s;
    case "showSheet": {
      const report = s.bySheet[e.sheetName];
      return report === undefined || report === s.report ? s : { ...s, report };
    }
  }
}

/** Computes; without `overwrite`, conflicts stop at the question instead of a result. */
export async function runCompute(
  dispatch: Dispatch<ComputeEvent>,
  settings: Settings,
  overwrite: boolean,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const report = await (await loadExcel()).computeActiveSheet(settings, { overwrite }, onProgress);
    const ask = !overwrite && report.conflicts.length > 0;
    dispatch(ask ? { type: "conflicts", report } : { type: "computed", report });
    onChanged?.({ command: "compute", report });
  });
}

export function useCompute(settings: Settings, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(computeReducer, COMPUTE_INITIAL);
  const compute = useCallback(async () => {
    await runCompute(dispatch, settings, false, onChanged);
  }, [settings, onChanged]);
  const overwrite = useCallback(async () => {
    await runCompute(dispatch, settings, true, onChanged);
  }, [settings, onChanged]);
  const keep = useCallback(() => dispatch({ type: "keep" }), []);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const showSheet = useCallback((sheetName: string) => dispatch({ type: "showSheet", sheetName }), []);
  return { state, compute, overwrite, keep, dismissError, showSheet };
}
