import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { countBySeverity } from "../format";
import { availableFixes, type useValidate } from "../flows/validate";
import { useT } from "../i18n";
import { isForSheet } from "../format";
import { Busy } from "./Busy";
import { useReveal } from "./useReveal";
import { ErrorBar } from "./ErrorBar";
import { shownError } from "../flows/run";
import { Suspense, lazy } from "react";

// Shown only once a check has findings: their chunk loads then.
const FindingList = lazy(() => import("./FindingList").then((m) => ({ default: m.FindingList })));
const FixDialog = lazy(() => import("./FixDialog").then((m) => ({ default: m.FixDialog })));

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Flow = ReturnType<typeof useValidate>;

/** Step 3, Kiểm tra: findings by severity, each opening its cell; safe fixes after a preview. */
export function ValidateStep(props: {
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
  const counts = countBySeverity(report?.findings ?? []);
  const hasFixes = availableFixes(report).length > 0;
  // Without a table the sheet bar says so (once, with Chỉ định cột); no list is needed here.
  // Focus returns to the button that opened the preview when the dialog closes.
  const restoreFocus = useRestoreFocusTarget();

  return (
    <>
      <div className={styles.buttons}>
        <Button
          appearance={props.primary ? "primary" : "secondary"}
          disabled={props.disabled}
          onClick={() => void props.flow.validate()}
        >
          {t.validate}
        </Button>
        {hasFixes && (
          <Button
            {...restoreFocus}
            disabled={props.disabled || state.selected.length === 0}
            onClick={props.flow.openPreview}
          >
            {t.fixSelected}
          </Button>
        )}
      </div>
      <Busy busy={state.busy} progress={state.progress} />
      <div
        className={styles.results}
        aria-live="polite"
        ref={resultRef}
        tabIndex={-1}
        data-focus="validate-results"
      >
        <ErrorBar error={shownError(state, props.activeSheet)} onDismiss={props.flow.dismissError} />
        {report && state.applied !== null && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.fixesApplied(state.applied)}</MessageBarBody>
          </MessageBar>
        )}
        {report && report.tableFound && report.findings.length === 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.noFindings(report.rows)}</MessageBarBody>
          </MessageBar>
        )}
        {report && report.tableFound && report.findings.length > 0 && (
          <Body1>
            {t.findingsSummary(counts.error, counts.warning, counts.info, report.rows)}
            {report.marked > 0 ? ` ${t.marked(report.marked)}` : ""}
          </Body1>
        )}
      </div>
      {report && report.tableFound && report.findings.length > 0 && (
        <Suspense fallback={null}>
          <FindingList
            findings={report.findings}
            selected={state.selected}
            disabled={props.disabled}
            onSelectCell={props.flow.select}
            onToggleFix={props.flow.toggle}
          />
        </Suspense>
      )}
      {state.preview && (
        <Suspense fallback={null}>
          <FixDialog
            fixes={state.preview}
            onConfirm={() => void props.flow.confirmFixes()}
            onCancel={props.flow.closePreview}
          />
        </Suspense>
      )}
    </>
  );
}
