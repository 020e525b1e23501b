/**
 * "Trích xuất": a pasted paragraph → proposed indicator rows (core extractIndicators), ticked when
 * the extractor is sure of (confidence "chac"); the user unticks what is wrong, and only then "Chèn vào trang mới" writes the ticked rows to a
 * new sheet. Nothing touches the workbook before that.
 */
import { useCallback, useReducer } from "react";
import { extractIndicators, isSure, type Proposal } from "../../core/extract";
import type { NumberConvention, Settings } from "../../core/model";
import { loadExcel } from "./adapter";
import { errorText } from "../format";
import type { StatusChange } from "./status";
import { attempt, IDLE, isRunEvent, runReducer, type Dispatch, type RunEvent, type RunState } from "./run";

export type { Proposal };

export interface ExtractState extends RunState {
  text: string;
  /** null before the first "Trích xuất"; [] when nothing was found. */
  proposals: Proposal[] | null;
  /** One flag per proposal: ticked rows are inserted. */
  ticked: boolean[];
  /** "Trích xuất" pressed with an empty text area. */
  emptyText: boolean;
  /** The sheet the last insert created. */
  inserted: { sheetName: string; rows: number } | null;
}

export const EXTRACT_INITIAL: ExtractState = {
  ...IDLE,
  text: "",
  proposals: null,
  ticked: [],
  emptyText: false,
  inserted: null,
};

export type ExtractEvent =
  | { type: "text"; text: string }
  | { type: "extracted"; proposals: Proposal[] }
  | { type: "emptyText" }
  | { type: "toggle"; index: number }
  | { type: "toggleAll"; ticked: boolean }
  | { type: "inserted"; sheetName: string; rows: number };

export function extractReducer(s: ExtractState, e: ExtractEvent | RunEvent): ExtractState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "text":
      return { ...s, text: e.text, emptyText: false };
    case "extracted":
      return {
        ...s,
        proposals: e.proposals,
        // What the extractor doubts starts unticked: the user ticks it after a look.
        ticked: e.proposals.map(isSure),
        emptyText: false,
        inserted: null,
        error: null,
      };
    case "emptyText":
      return { ...s, emptyText: true, proposals: null, ticked: [] };
    case "toggle":
      if (e.index < 0 || e.index >= s.ticked.length) return s;
      return { ...s, ticked: s.ticked.map((t, i) => (i === e.index ? !t : t)) };
    case "toggleAll":
      return { ...s, ticked: s.ticked.map(() => e.ticked) };
    case "inserted":
      return { ...s, busy: false, progress: null, inserted: { sheetName: e.sheetName, rows: e.rows } };
  }
}

/** The proposals the user kept, in text order. */
export function tickedProposals(s: ExtractState): Proposal[] {
  return (s.proposals ?? []).filter((_, i) => s.ticked[i] === true);
}

/** Pure and instant (core only): no Excel call, nothing written. */
export function runExtract(
  dispatch: Dispatch<ExtractEvent>,
  text: string,
  convention: NumberConvention,
): void {
  if (text.trim() === "") {
    dispatch({ type: "emptyText" });
    return;
  }
  try {
    dispatch({ type: "extracted", proposals: extractIndicators(text, convention) });
  } catch (error) {
    dispatch({ type: "failed", error: errorText(error) });
  }
}

export async function runInsertExtracted(
  dispatch: Dispatch<ExtractEvent>,
  s: ExtractState,
  settings: Settings,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  const chosen = tickedProposals(s);
  if (chosen.length === 0) return false;
  return attempt(dispatch, async (onProgress) => {
    const { sheetName, rows } = await (await loadExcel()).insertExtracted(chosen, settings, onProgress);
    dispatch({ type: "inserted", sheetName, rows });
    onChanged?.({ command: "newSheet", sheetName, hasTable: true });
  });
}

export function useExtract(settings: Settings, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(extractReducer, EXTRACT_INITIAL);
  const setText = useCallback((text: string) => dispatch({ type: "text", text }), []);
  const extract = useCallback(
    () => runExtract(dispatch, state.text, settings.convention),
    [state.text, settings.convention],
  );
  const toggle = useCallback((index: number) => dispatch({ type: "toggle", index }), []);
  const toggleAll = useCallback((ticked: boolean) => dispatch({ type: "toggleAll", ticked }), []);
  const insert = useCallback(async () => {
    await runInsertExtracted(dispatch, state, settings, onChanged);
  }, [state, settings, onChanged]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, setText, extract, toggle, toggleAll, insert, dismissError };
}
