import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { columnList } from "../format";
import type { useCompute } from "../flows/compute";
import { useT } from "../i18n";
import { isForSheet } from "../format";
import { Busy } from "./Busy";
import { useReveal } from "./useReveal";
import { ErrorBar } from "./ErrorBar";
import { shownError } from "../flows/run";
import { Suspense, lazy } from "react";

// Shown only after a computation (the summary, with core's verdict labels) or when computed
// columns would overwrite cells: their chunks load then.
const SummaryView = lazy(() => import("./SummaryView").then((m) => ({ default: m.SummaryView })));
const ConflictDialog = lazy(() => import("./ConflictDialog").then((m) => ({ default: m.ConflictDialog })));

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

type Flow = ReturnType<typeof useCompute>;

/** Step 4, Tính toán: live formulas in the computed columns, then "đạt và vượt x/y". */
export function ComputeStep(props: {
  flow: Flow;
  disabled: boolean;
  primary: boolean;
  activeSheet: string | null;
}) {
  const styles = useStyles();
  const t = useT();
  const { state } = props.flow;
  const resultRef = useReveal<HTMLDivElement>(state.report, { focus: true });
  // A result belongs to its sheet: on another sheet it would describe the wrong table.
  const report = state.report && isForSheet(state.report.sheetName, props.activeSheet) ? state.report : null;
  const columns = report ? columnList(report.columns) : "";
  const restoreFocus = useRestoreFocusTarget();
  return (
    <>
      <div>
        <Button
          {...restoreFocus}
          appearance={props.primary ? "primary" : "secondary"}
          disabled={props.disabled}
          onClick={() => void props.flow.compute()}
        >
          {t.compute}
        </Button>
      </div>
      <Busy busy={state.busy} progress={state.progress} />
      <div
        className={styles.results}
        aria-live="polite"
        ref={resultRef}
        tabIndex={-1}
        data-focus="compute-results"
      >
        <ErrorBar error={shownError(state, props.activeSheet)} onDismiss={props.flow.dismissError} />
        {report && !report.written && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.notWritten}</MessageBarBody>
          </MessageBar>
        )}
        {report && (
          <Suspense fallback={null}>
            <SummaryView summary={report.summary} />
          </Suspense>
        )}
        {report && report.written && columns && (
          <Body1 className={styles.note}>{t.writtenColumns(columns)}</Body1>
        )}
      </div>
      {state.pending && (
        <Suspense fallback={null}>
          <ConflictDialog
            conflicts={state.pending.conflicts}
            onOverwrite={() => void props.flow.overwrite()}
            onKeep={props.flow.keep}
          />
        </Suspense>
      )}
    </>
  );
}
