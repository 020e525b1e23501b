import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState, type ReactNode } from "react";
import type { Failure } from "../flows/run";
import type { Settings } from "../../core/model";
import { nextStep, stepStates } from "../format";
import { useCharts } from "../flows/charts";
import { useMapping } from "../flows/mapping";
import { useCompute } from "../flows/compute";
import { useSettings } from "../flows/settings";
import { templateDone, useSheetStatus, type StatusChange } from "../flows/status";
import { useTemplate } from "../flows/template";
import { useValidate } from "../flows/validate";
import { useT } from "../i18n";
import { ChartsStep } from "./ChartsStep";
import { ComputeStep } from "./ComputeStep";
import { Header } from "./Header";
import { SheetBar } from "./SheetBar";
import { StepSection } from "./StepSection";
import { TemplateStep } from "./TemplateStep";
import { ValidateStep } from "./ValidateStep";

// Folded at the bottom of the pane: its chunk (accordion, radios, switch) loads after the first screen.
const SettingsPanel = lazy(() => import("./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** What the sections after the table (report, extraction, consolidation) share with the steps. */
export interface AfterTableContext {
  settings: Settings;
  busy: boolean;
  /** A command here succeeded: the pane's status follows from its report. */
  onChanged: (change: StatusChange) => void;
  /** A command here is running (or stopped): the steps above wait for it. */
  onBusyChange: (busy: boolean) => void;
}

/** The whole pane: header, the active sheet, the five steps, what comes after the table, settings. */
export function Pane(props: { afterTable?: (ctx: AfterTableContext) => ReactNode }) {
  const styles = useStyles();
  const t = useT();
  const status = useSheetStatus();
  const settingsFlow = useSettings();
  const settings = settingsFlow.state.saved;
  // After a command the status comes from its report: no second trip to Excel per click.
  const changed = status.changed;
  const template = useTemplate(settings, changed);
  const validate = useValidate(settings, changed);
  const compute = useCompute(settings, changed);
  const charts = useCharts(settings, changed);
  const mapping = useMapping(settings, changed);

  const [afterTableBusy, setAfterTableBusy] = useState(false);
  // Results are kept per sheet: on the active one, its own are shown (others' stay hidden).
  const showValidate = validate.showSheet;
  const showCompute = compute.showSheet;
  useEffect(() => {
    const active = status.state.status?.sourceSheet ?? status.state.status?.sheetName;
    if (active === undefined) return;
    showValidate(active);
    showCompute(active);
  }, [status.state.status, showValidate, showCompute]);
  useNoTableFrom([template.state.failure, compute.state.failure, charts.state.failure], changed);

  // One command at a time: Excel runs our batches in order anyway, and a second click is a mistake.
  const busy =
    afterTableBusy ||
    template.state.busy ||
    validate.state.busy ||
    compute.state.busy ||
    charts.state.busy ||
    mapping.state.busy ||
    settingsFlow.state.busy;
  const steps = stepStates(status.state.status, status.state.stale, templateDone(status.state));
  const next = nextStep(steps);
  const activeSheet = status.state.status?.sheetName ?? null;

  return (
    <div className={styles.root}>
      <Header />
      <main>
        <SheetBar flow={status} mapping={mapping} disabled={busy} period={settings.period} />
        <StepSection index={1} title={t.stepTemplate} state={steps.template}>
          <TemplateStep
            flow={template}
            disabled={busy}
            primary={next === "template"}
            activeSheet={activeSheet}
          />
        </StepSection>
        <StepSection index={2} title={t.stepInput} state={steps.input}>
          <Body1 className={styles.hint}>{t.inputHint}</Body1>
        </StepSection>
        <StepSection index={3} title={t.stepValidate} state={steps.validate}>
          <ValidateStep
            flow={validate}
            disabled={busy}
            primary={next === "validate"}
            activeSheet={activeSheet}
          />
        </StepSection>
        <StepSection index={4} title={t.stepCompute} state={steps.compute}>
          <ComputeStep
            flow={compute}
            disabled={busy}
            primary={next === "compute"}
            activeSheet={activeSheet}
          />
        </StepSection>
        <StepSection index={5} title={t.stepCharts} state={steps.charts}>
          <ChartsStep flow={charts} disabled={busy} primary={next === "charts"} />
        </StepSection>
        {props.afterTable?.({ settings, busy, onChanged: changed, onBusyChange: setAfterTableBusy })}
        <Suspense fallback={null}>
          <SettingsPanel flow={settingsFlow} disabled={busy} />
        </Suspense>
      </main>
    </div>
  );
}

/** A step that found no table tells the status, so the sheet bar says it (once, for every step). */
function useNoTableFrom(failures: (Failure | null | undefined)[], changed: (change: StatusChange) => void) {
  const [a, b, c] = failures;
  useEffect(() => {
    for (const f of [a, b, c])
      if (f?.code === "table_not_found" && f.sheetName !== null)
        changed({ command: "noTable", sheetName: f.sheetName });
  }, [a, b, c, changed]);
}
