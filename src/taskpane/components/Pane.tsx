import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState, type ReactNode } from "react";
import type { Settings } from "../../core/model";
import { nextStep, stepStates } from "../format";
import { useCharts } from "../flows/charts";
import { useCompute } from "../flows/compute";
import { useSettings } from "../flows/settings";
import { useSheetStatus, type StatusChange } from "../flows/status";
import { useTemplate } from "../flows/template";
import { useValidate } from "../flows/validate";
import { useLang, useT } from "../i18n";
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
  const { lang } = useLang();
  const charts = useCharts(settings, changed, lang);

  const [afterTableBusy, setAfterTableBusy] = useState(false);

  // One command at a time: Excel runs our batches in order anyway, and a second click is a mistake.
  const busy =
    afterTableBusy ||
    template.state.busy ||
    validate.state.busy ||
    compute.state.busy ||
    charts.state.busy ||
    settingsFlow.state.busy;
  const steps = stepStates(status.state.status, status.state.stale, status.state.templateInserted);
  const next = nextStep(steps);
  const activeSheet = status.state.status?.sheetName ?? null;

  return (
    <div className={styles.root}>
      <Header />
      <main>
        <SheetBar flow={status} period={settings.period} />
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
