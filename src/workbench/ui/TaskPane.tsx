/** The add-in's task pane, as Excel shows it: a titled column with the pane page in an iframe. */
import * as React from "react";
import { useEffect, useState } from "react";

export const PANE_TITLE = "Chỉ tiêu Nghị quyết";
const PANE_URL = "workbench-pane.html";

/** `gate`: the pane page starts loading once it resolves (after the grid's first paint). */
export function TaskPane(props: { gate?: Promise<void> }): React.ReactElement {
  const [src, setSrc] = useState(props.gate ? "about:blank" : PANE_URL);
  useEffect(() => {
    let live = true;
    void props.gate?.then(() => live && setSrc(PANE_URL));
    return () => {
      live = false;
    };
  }, [props.gate]);
  return (
    <aside className="wb-pane" aria-label="Ngăn tác vụ">
      <header>{PANE_TITLE}</header>
      <iframe src={src} title={PANE_TITLE} />
    </aside>
  );
}
