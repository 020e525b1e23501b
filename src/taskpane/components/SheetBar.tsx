import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Period } from "../../core/model";
import { NOT_A_TERM_TABLE } from "../../core/period";
import { visibleLastCommand, type useSheetStatus } from "../flows/status";
import { useLang, useT } from "../i18n";
import { formatTime } from "../lastCommand";
import { ErrorBar } from "./ErrorBar";
import { periodLabel } from "./PeriodSetting";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  counts: { color: tokens.colorNeutralForeground2 },
});

/**
 * Which sheet the steps describe, the period its table is judged for, and "Làm mới" to read its
 * state again. `period` is the pane's setting (absent: each table's own).
 */
export function SheetBar(props: { flow: ReturnType<typeof useSheetStatus>; period?: Period | undefined }) {
  const styles = useStyles();
  const t = useT();
  const { state } = props.flow;
  const { lang } = useLang();
  const status = state.status;
  const last = visibleLastCommand(state);
  const tablePeriod = status?.hasTable === true ? status.tablePeriod : undefined;
  // A term table is judged on its path whatever the setting; the term asked of another is an error.
  const fromSetting = props.period !== undefined && tablePeriod !== "nhiem_ky";
  const period = fromSetting ? props.period : tablePeriod;
  const notTerm = props.period === "nhiem_ky" && tablePeriod !== undefined && tablePeriod !== "nhiem_ky";
  return (
    <div className={styles.root} aria-live="polite">
      <div className={styles.row}>
        <Body1 className={styles.name}>
          {status
            ? status.sourceSheet
              ? t.derivedSheet(status.sheetName, status.sourceSheet)
              : t.activeSheet(status.sheetName)
            : "\u00a0"}
        </Body1>
        <Button
          size="small"
          onClick={props.flow.refresh}
          disabled={state.busy}
          icon={state.busy ? <Spinner size="extra-tiny" /> : undefined}
        >
          {t.refresh}
        </Button>
      </div>
      {period !== undefined && !notTerm && (
        <Caption1 className={styles.counts}>
          {t.periodLine(periodLabel(period, t, lang), fromSetting)}
        </Caption1>
      )}
      {notTerm && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{NOT_A_TERM_TABLE[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {status && status.hasTable && (status.errors > 0 || status.warnings > 0) && (
        <Caption1 className={styles.counts}>{t.statusCounts(status.errors, status.warnings)}</Caption1>
      )}
      {status && !status.hasTable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.noTable}</MessageBarBody>
        </MessageBar>
      )}
      {state.stale && status && (status.validated || status.computed || status.charted) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.staleResults}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={state.error} onDismiss={props.flow.dismissError} />
      {last && (
        <MessageBar intent={last.ok ? "info" : "error"} layout="multiline">
          <MessageBarBody>
            {(last.ok ? t.lastCommand : t.lastCommandFailed)(formatTime(last.at, lang), last.text[lang])}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t.dismiss}
                onClick={props.flow.dismissLastCommand}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
