/**
 * "Tổng hợp": the units' .xlsx files → one table (core mergeUnits), what did not match between
 * units listed, then on the user's word the merged table on a new sheet "Tổng hợp …".
 */
import { useCallback, useReducer } from "react";
import type { Lang, Settings } from "../../core/model";
import type { MergeIssue, MergeResult } from "../../core/merge";
import { loadExcel } from "./adapter";
import { CATALOGUES } from "../i18n";
import type { UnitFile } from "../../excel";
import type { StatusChange } from "./status";
import { attempt, IDLE, isRunEvent, runReducer, type Dispatch, type RunEvent, type RunState } from "./run";

export type { MergeIssue, MergeResult };

/** Fewer files than this is not a consolidation. */
export const MIN_FILES = 2;

export interface MergeState extends RunState {
  /** Names of the files picked last. */
  files: string[];
  result: MergeResult | null;
  /** Files were picked, but fewer than MIN_FILES. */
  tooFew: boolean;
  /** The sheet the last write created. */
  written: string | null;
}

export const MERGE_INITIAL: MergeState = { ...IDLE, files: [], result: null, tooFew: false, written: null };

export type MergeEvent =
  | { type: "picked"; files: string[] }
  | { type: "tooFew"; files: string[] }
  | { type: "merged"; result: MergeResult }
  | { type: "written"; sheetName: string };

export function mergeReducer(s: MergeState, e: MergeEvent | RunEvent): MergeState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "picked":
      return { ...s, files: e.files, result: null, tooFew: false, written: null };
    case "tooFew":
      return { ...s, files: e.files, result: null, tooFew: true, written: null };
    case "merged":
      return { ...s, busy: false, progress: null, result: e.result };
    case "written":
      return { ...s, busy: false, progress: null, written: e.sheetName };
  }
}

/** Indicator rows in the merged table. */
export function mergedRows(result: MergeResult): number {
  return result.groups.reduce((n, g) => n + g.indicators.length, 0);
}

/** Reads and merges; nothing is written to the workbook. */
export async function runMerge(
  dispatch: Dispatch<MergeEvent>,
  files: readonly UnitFile[],
  settings: Settings,
): Promise<boolean> {
  const names = files.map((f) => f.name);
  if (files.length < MIN_FILES) {
    dispatch({ type: "tooFew", files: names });
    return false;
  }
  dispatch({ type: "picked", files: names });
  return attempt(dispatch, async (onProgress) => {
    const result = await (await loadExcel()).mergeUnitFiles(files, settings, onProgress);
    dispatch({ type: "merged", result });
  });
}

export async function runWriteMerged(
  dispatch: Dispatch<MergeEvent>,
  result: MergeResult,
  settings: Settings,
  lang: Lang,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const { sheetName } = await (await loadExcel()).writeMergedSheet(result, settings, lang, onProgress);
    dispatch({ type: "written", sheetName });
    onChanged?.({ command: "newSheet", sheetName, hasTable: true });
  });
}

/** The picked files' bytes; a file the browser cannot read fails like any other. */
async function unitFiles(list: readonly File[]): Promise<UnitFile[]> {
  return Promise.all(list.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
}

export function useMerge(settings: Settings, lang: Lang, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(mergeReducer, MERGE_INITIAL);
  const pick = useCallback(
    async (list: readonly File[]) => {
      if (list.length < MIN_FILES) {
        dispatch({ type: "tooFew", files: list.map((f) => f.name) });
        return;
      }
      let files: UnitFile[];
      try {
        files = await unitFiles(list);
      } catch {
        dispatch({
          type: "failed",
          error: { vi: CATALOGUES.vi.filesUnreadable, en: CATALOGUES.en.filesUnreadable },
        });
        return;
      }
      await runMerge(dispatch, files, settings);
    },
    [settings],
  );
  const write = useCallback(async () => {
    if (state.result) await runWriteMerged(dispatch, state.result, settings, lang, onChanged);
  }, [state.result, settings, lang, onChanged]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, pick, write, dismissError };
}
