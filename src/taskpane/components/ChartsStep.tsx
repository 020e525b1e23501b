import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ChartScope, useCharts } from "../flows/charts";
import { useT } from "../i18n";
import { Busy } from "./Busy";
import { useReveal } from "./useReveal";
import { ErrorBar } from "./ErrorBar";
import { shownError } from "../flows/run";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

type Flow = ReturnType<typeof useCharts>;

/** Titles listed after "Tạo biểu đồ"; the rest are counted, the sheet shows them all. */
const CHARTS_LISTED = 5;

/** Step 5, Biểu đồ: charts of all indicators or only the selected rows, on a "Biểu đồ …" sheet. */
export function ChartsStep(props: { flow: Flow; disabled: boolean; primary: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { state } = props.flow;
  const resultRef = useReveal<HTMLDivElement>(state.report, { focus: true });
  return (
    <>
      <Field label={t.chartScope}>
        <RadioGroup
          value={state.scope}
          disabled={props.disabled}
          onChange={(_, d) =>
            props.flow.setScope(d.value === "selection" ? "selection" : ("all" satisfies ChartScope))
          }
        >
          <Radio value="all" label={t.scopeAll} />
          <Radio value="selection" label={t.scopeSelection} />
        </RadioGroup>
      </Field>
      <div>
        <Button
          appearance={props.primary ? "primary" : "secondary"}
          disabled={props.disabled}
          onClick={() => void props.flow.create()}
        >
          {t.createCharts}
        </Button>
      </div>
      <Busy busy={state.busy} progress={state.progress} />
      <div
        className={styles.results}
        aria-live="polite"
        ref={resultRef}
        tabIndex={-1}
        data-focus="charts-results"
      >
        <ErrorBar error={shownError(state)} onDismiss={props.flow.dismissError} />
        {state.report && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t.chartsCreated(state.report.charts.length, state.report.sheetName)}
              <ul className={styles.list}>
                {state.report.charts.slice(0, CHARTS_LISTED).map((c) => (
                  <li key={c.name}>{c.title}</li>
                ))}
                {state.report.charts.length > CHARTS_LISTED && (
                  <li>{t.moreCharts(state.report.charts.length - CHARTS_LISTED)}</li>
                )}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
