/** "Chèn mẫu": pick a template, the year and the unit's name, then insert it as a new sheet. */
import { useCallback, useEffect, useReducer, useState } from "react";
import type { Settings } from "../../core/model";
import type { TemplateInfo } from "../../core/templates";
import type { RolloverReport } from "../../excel/rollover";
import { loadExcel } from "./adapter";
import { parseYear } from "../format";
import type { StatusChange } from "./status";
import { attempt, IDLE, isRunEvent, runReducer, type Dispatch, type RunEvent, type RunState } from "./run";

export interface TemplateState extends RunState {
  open: boolean;
  templateId: string | null;
  year: string;
  unitName: string;
  /** Shown under the year field after a try with an unreadable year. */
  yearInvalid: boolean;
  /** The sheet the last insert created. */
  inserted: string | null;
  /** What the last "Sang kỳ mới" did, when the last new sheet came from it. */
  rolled: RolloverReport | null;
}

export function templateInitial(year: number): TemplateState {
  return {
    ...IDLE,
    open: false,
    templateId: null,
    year: String(year),
    unitName: "",
    yearInvalid: false,
    inserted: null,
    rolled: null,
  };
}

export type TemplateEvent =
  | { type: "open" }
  | { type: "close" }
  | { type: "choose"; templateId: string }
  | { type: "year"; year: string }
  | { type: "unitName"; unitName: string }
  | { type: "yearInvalid" }
  | { type: "inserted"; sheetName: string; rolled?: RolloverReport };

export function templateReducer(s: TemplateState, e: TemplateEvent | RunEvent): TemplateState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "open":
      return { ...s, open: true, inserted: null, rolled: null };
    case "close":
      return { ...s, open: false, yearInvalid: false };
    case "choose":
      return { ...s, templateId: e.templateId };
    case "year":
      return { ...s, year: e.year, yearInvalid: false };
    case "unitName":
      return { ...s, unitName: e.unitName };
    case "yearInvalid":
      return { ...s, yearInvalid: true };
    case "inserted":
      return {
        ...s,
        busy: false,
        progress: null,
        open: false,
        inserted: e.sheetName,
        rolled: e.rolled ?? null,
      };
  }
}

/** Inserts the chosen template; an empty year is allowed (the template's own), a bad one is not. */
export async function runInsert(
  dispatch: Dispatch<TemplateEvent>,
  s: TemplateState,
  settings: Settings,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  if (!s.templateId) return false;
  const year = s.year.trim() === "" ? undefined : parseYear(s.year);
  if (year === null) {
    dispatch({ type: "yearInvalid" });
    return false;
  }
  const id = s.templateId;
  const unitName = s.unitName.trim() || undefined;
  return attempt(dispatch, async (onProgress) => {
    const { sheetName } = await (
      await loadExcel()
    ).insertTemplate(id, { settings, year, unitName }, onProgress);
    dispatch({ type: "inserted", sheetName });
    onChanged?.({ command: "template", sheetName });
  });
}

/** "Sang kỳ mới": next year's table from the active sheet's, on a new sheet. */
export async function runRollover(
  dispatch: Dispatch<TemplateEvent>,
  settings: Settings,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const rolled = await (await loadExcel()).rolloverActiveSheet(settings, onProgress);
    const { sheetName } = rolled;
    dispatch({ type: "inserted", sheetName, rolled });
    onChanged?.({ command: "newSheet", sheetName, hasTable: true, tablePeriod: rolled.period });
  });
}

export function useTemplate(settings: Settings, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(templateReducer, new Date().getFullYear(), templateInitial);
  // The catalogue comes with the adapter chunk, loaded right after the first screen.
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  useEffect(() => {
    let live = true;
    void loadExcel().then((excel) => live && setTemplates(excel.listTemplates()));
    return () => {
      live = false;
    };
  }, []);
  const open = useCallback(() => dispatch({ type: "open" }), []);
  const close = useCallback(() => dispatch({ type: "close" }), []);
  const choose = useCallback((templateId: string) => dispatch({ type: "choose", templateId }), []);
  const setYear = useCallback((year: string) => dispatch({ type: "year", year }), []);
  const setUnitName = useCallback((unitName: string) => dispatch({ type: "unitName", unitName }), []);
  const insert = useCallback(async () => {
    await runInsert(dispatch, state, settings, onChanged);
  }, [state, settings, onChanged]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const rollover = useCallback(async () => {
    await runRollover(dispatch, settings, onChanged);
  }, [settings, onChanged]);
  return { state, templates, open, close, choose, setYear, setUnitName, insert, rollover, dismissError };
}
