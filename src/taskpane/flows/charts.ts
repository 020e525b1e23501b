/** "Tạo biểu đồ": charts of all indicators or only the selected rows, on a "Biểu đồ …" sheet. */
import { useCallback, useReducer } from "react";
import type { Settings } from "../../core/model";
import { loadExcel } from "./adapter";
import {
  attempt,
  IDLE,
  isRunEvent,
  runReducer,
  type ChartReport,
  type Dispatch,
  type RunEvent,
  type RunState,
} from "./run";
import type { StatusChange } from "./status";

export type ChartScope = "all" | "selection";

export interface ChartsState extends RunState {
  scope: ChartScope;
  report: ChartReport | null;
}

export const CHARTS_INITIAL: ChartsState = { ...IDLE, scope: "all", report: null };

export type ChartsEvent = { type: "scope"; scope: ChartScope } | { type: "created"; report: ChartReport };

export function chartsReducer(s: ChartsState, e: ChartsEvent | RunEvent): ChartsState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "scope":
      return { ...s, scope: e.scope };
    case "created":
      return { ...s, busy: false, progress: null, report: e.report };
  }
}

export async function runCharts(
  dispatch: Dispatch<ChartsEvent>,
  settings: Settings,
  scope: ChartScope,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    // Titles and the data block's headers follow the workbook's language (settings.language).
    const report = await (await loadExcel()).createCharts(settings, { scope }, onProgress);
    dispatch({ type: "created", report });
    onChanged?.({ command: "charts", report });
  });
}

export function useCharts(settings: Settings, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(chartsReducer, CHARTS_INITIAL);
  const setScope = useCallback((scope: ChartScope) => dispatch({ type: "scope", scope }), []);
  const create = useCallback(async () => {
    await runCharts(dispatch, settings, state.scope, onChanged);
  }, [settings, state.scope, onChanged]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, setScope, create, dismissError };
}
