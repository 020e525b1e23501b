/**
 * "Chỉ định cột": when the reader does not recognize the active sheet's table, the person says
 * which column is which; the mapping is kept in the workbook and every command reads with it.
 */
import { useCallback, useReducer } from "react";
import type { InputColumn, Settings } from "../../core/model";
import type { MappingChoices } from "../../excel";
import { loadExcel } from "./adapter";
import { attempt, IDLE, isRunEvent, runReducer, type Dispatch, type RunEvent, type RunState } from "./run";
import type { StatusChange } from "./status";

export interface MappingState extends RunState {
  open: boolean;
  choices: MappingChoices | null;
  /** 0-based header row chosen. */
  headerRow: number | null;
  chosen: Partial<Record<InputColumn, number>>;
}

export const MAPPING_INITIAL: MappingState = {
  ...IDLE,
  open: false,
  choices: null,
  headerRow: null,
  chosen: {},
};

export type MappingEvent =
  | { type: "choices"; choices: MappingChoices }
  | { type: "choose"; key: InputColumn; col: number | null }
  | { type: "close" };

export function mappingReducer(s: MappingState, e: MappingEvent | RunEvent): MappingState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "choices":
      return {
        ...s,
        busy: false,
        progress: null,
        open: true,
        choices: e.choices,
        headerRow: e.choices.proposal?.headerRow ?? null,
        chosen: { ...(e.choices.proposal?.guess ?? {}) },
      };
    case "choose": {
      const chosen = { ...s.chosen };
      if (e.col === null) delete chosen[e.key];
      else chosen[e.key] = e.col;
      return { ...s, chosen };
    }
    case "close":
      // After a save too: the run is over.
      return { ...s, open: false, busy: false, progress: null };
  }
}

/** Reads the header row (the likeliest, or `headerRow`) and what is mapped now; opens the panel. */
export async function runOpenMapping(
  dispatch: Dispatch<MappingEvent>,
  settings: Settings,
  headerRow?: number,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const choices = await (await loadExcel()).readMappingChoices(settings, headerRow, onProgress);
    dispatch({ type: "choices", choices });
  });
}

/** Keeps the chosen columns (or clears the mapping: `clear`); the status follows from the answer. */
export async function runSaveMapping(
  dispatch: Dispatch<MappingEvent>,
  s: MappingState,
  settings: Settings,
  clear: boolean,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  if (!clear && s.headerRow === null) return false;
  const chosen = clear || s.headerRow === null ? null : { headerRow: s.headerRow, columns: s.chosen };
  return attempt(dispatch, async (onProgress) => {
    const saved = await (await loadExcel()).saveColumnMapping(settings, chosen, onProgress);
    dispatch({ type: "close" });
    dispatch({ type: "dismissError" });
    onChanged?.({ command: "mapping", sheetName: saved.sheetName, hasTable: saved.hasTable, mapped: !clear });
  });
}

export function useMapping(settings: Settings, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(mappingReducer, MAPPING_INITIAL);
  const open = useCallback((headerRow?: number) => runOpenMapping(dispatch, settings, headerRow), [settings]);
  const choose = useCallback(
    (key: InputColumn, col: number | null) => dispatch({ type: "choose", key, col }),
    [],
  );
  const save = useCallback(
    () => runSaveMapping(dispatch, state, settings, false, onChanged),
    [state, settings, onChanged],
  );
  const clear = useCallback(
    () => runSaveMapping(dispatch, state, settings, true, onChanged),
    [state, settings, onChanged],
  );
  const close = useCallback(() => dispatch({ type: "close" }), []);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, open, choose, save, clear, close, dismissError };
}
