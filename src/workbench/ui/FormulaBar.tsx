/** Name box and formula bar: the active cell's address and its formula or value; Enter commits. */
import * as React from "react";
import type { WorkbookState } from "../state";
import { addressOf, editText } from "./edit-text";
import type { EditingApi } from "./useEditing";

export function FormulaBar(props: { state: WorkbookState; edit: EditingApi }): React.ReactElement {
  const { state, edit } = props;
  const { sheetId, rect } = state.selection;
  const active = state.mergeAt(sheetId, rect.top, rect.left) ?? rect;
  const editing = edit.editing;
  const text = editing ? editing.text : editText(state.cell(sheetId, active.top, active.left), state.locale);
  const start = (value: string) =>
    edit.begin({ sheetId, row: active.top, col: active.left, text: value, mode: "edit", source: "bar" });
  return (
    <div className="wb-fbar">
      <output className="wb-namebox" aria-label="Hộp tên">
        {addressOf(active.top, active.left)}
      </output>
      <span className="wb-fx" aria-hidden>
        fx
      </span>
      <input
        aria-label="Thanh công thức"
        value={text}
        onChange={(e) => (editing ? edit.change(e.target.value) : start(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            if (editing) edit.commit("down");
          } else if (e.key === "Escape") edit.cancel();
        }}
      />
    </div>
  );
}
