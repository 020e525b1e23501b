/**
 * One cell edit shared by the in-cell editor and the formula bar (Excel mirrors them).
 * "enter" mode (started by typing) lets arrows commit and move; "edit" mode (F2, double-click,
 * formula bar) keeps arrows in the text.
 */
import { useCallback, useState } from "react";
import type { WorkbookState } from "../state";
import { addressOf, rectAddress } from "./edit-text";
import { cellRect, step, type Direction } from "./navigation";

export interface Editing {
  sheetId: string;
  row: number;
  col: number;
  text: string;
  mode: "enter" | "edit";
  source: "cell" | "bar";
}

export interface EditAlert {
  title: string;
  message: string;
}

export interface EditingApi {
  editing: Editing | null;
  alert: EditAlert | null;
  begin: (e: Editing) => void;
  change: (text: string) => void;
  cancel: () => void;
  /** Writes the text through `typeInto` (parsed like typing) and moves the active cell. */
  commit: (move: Direction | null) => void;
  dismissAlert: () => void;
}

export function useEditing(state: WorkbookState): EditingApi {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [alert, setAlert] = useState<EditAlert | null>(null);

  const commit = useCallback(
    (move: Direction | null) => {
      if (!editing) return;
      setEditing(null);
      const result = state.typeInto(editing.sheetId, addressOf(editing.row, editing.col), editing.text);
      if (!result.ok) {
        setAlert({ title: result.title, message: result.message });
        return;
      }
      const from = cellRect(state, editing.sheetId, editing.row, editing.col);
      const to = move ? step(state, editing.sheetId, from, move) : from;
      state.select(editing.sheetId, rectAddress(to));
    },
    [editing, state],
  );

  return {
    editing,
    alert,
    begin: setEditing,
    change: (text) => setEditing((e) => (e ? { ...e, text } : e)),
    cancel: () => setEditing(null),
    commit,
    dismissAlert: () => setAlert(null),
  };
}
