/** The sheet tabs along the bottom: click to activate; the active one highlighted. */
import * as React from "react";
import type { WorkbookState } from "../state";

export function SheetTabs(props: { state: WorkbookState; onActivate: () => void }): React.ReactElement {
  const { state } = props;
  return (
    <div className="wb-tabs" role="tablist" aria-label="Trang tính">
      {state.sheets
        .filter((s) => s.visibility === "Visible")
        .map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            className="wb-tab"
            aria-selected={s.id === state.activeSheetId}
            style={s.tabColor ? { boxShadow: `inset 0 -3px 0 ${s.tabColor}` } : undefined}
            onClick={() => {
              props.onActivate();
              state.activate(s.id);
            }}
          >
            {s.name}
          </button>
        ))}
    </div>
  );
}
