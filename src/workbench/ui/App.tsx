/** The workbench page: a small Excel on the left, the real task pane on the right. */
import * as React from "react";
import { useSyncExternalStore } from "react";
import type { HostSwitch } from "../hosts";
import type { WorkbookState } from "../state";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { TaskPane } from "./TaskPane";
import { Toolbar } from "./Toolbar";
import { useEditing } from "./useEditing";
import { useWorkbook } from "./useWorkbook";

export interface AppProps {
  state: WorkbookState;
  onFirstPaint?: () => void;
  /** Resolves when the task pane may start loading. */
  paneGate?: Promise<void>;
  /** Which Excel the workbench stands in for (requirement sets). */
  hostSwitch?: HostSwitch;
}

const noSwitch = { subscribe: () => () => undefined, get: () => "web" as const };

export function App(props: AppProps): React.ReactElement {
  const { state } = props;
  const version = useWorkbook(state);
  const edit = useEditing(state);
  const sheet = state.activeSheet;
  const hosts = props.hostSwitch ?? noSwitch;
  const hostKind = useSyncExternalStore(hosts.subscribe, hosts.get);
  return (
    <div className="wb">
      <main className="wb-book" aria-label="Sổ tính">
        <Toolbar
          locale={state.locale}
          onLocale={(l) => state.setLocale(l)}
          host={hostKind}
          onHost={props.hostSwitch ? (k) => props.hostSwitch?.set(k) : undefined}
        />
        <FormulaBar state={state} edit={edit} />
        <Grid
          key={sheet.id}
          state={state}
          sheet={sheet}
          version={version}
          edit={edit}
          onFirstPaint={props.onFirstPaint}
        />
        {edit.alert && (
          <div className="wb-alert" role="alertdialog" aria-label={edit.alert.title}>
            <h2>{edit.alert.title}</h2>
            <div>{edit.alert.message}</div>
            <button type="button" onClick={edit.dismissAlert} autoFocus>
              OK
            </button>
          </div>
        )}
        <SheetTabs state={state} onActivate={() => edit.editing && edit.commit(null)} />
      </main>
      {/* Another host is another Excel: the add-in starts again, as when it is opened there. */}
      <TaskPane key={hostKind} gate={props.paneGate} />
    </div>
  );
}
