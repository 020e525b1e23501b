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
import { Suspense, lazy, useEffect, useRef } from "react";
import type { useMapping } from "../flows/mapping";
import type { Period } from "../../core/model";
import { NOT_A_TERM_TABLE } from "../../core/period-names";
import { visibleLastCommand, type useSheetStatus } from "../flows/status";
import { useLang, useT } from "../i18n";
import { formatTime } from "../lastCommand";
import { ErrorBar } from "./ErrorBar";
import { periodLabel } from "../period-label";

// Only for a table the reader does not recognize: its chunk (selects, core's mapping) loads on demand.
const MappingPanel = lazy(() => import("./MappingPanel").then((m) => ({ default: m.MappingPanel })));

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
export function SheetBar(props: {
  flow: ReturnType<typeof useSheetStatus>;
  mapping: ReturnType<typeof useMapping>;
  disabled: boolean;
  period?: Period | undefined;
}) {
  const styles = useStyles();
  const mapping = props.mapping;
  const nameRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // The panel closed after a save or a cancel: focus goes back to the sheet it is about.
    if (wasOpen.current && !mapping.state.open) nameRef.current?.focus();
    wasOpen.current = mapping.state.open;
  }, [mapping.state.open]);
  const focusSheet = props.flow.state.focusSheet;
  useEffect(() => {
    // Chèn mẫu, Sang kỳ mới, …: a new sheet is active; its name says where the person now is.
    if (focusSheet > 0) nameRef.current?.focus();
  }, [focusSheet]);
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
        <div className={styles.name} tabIndex={-1} ref={nameRef} data-focus="sheet-name">
          <Body1>
            {status
              ? status.sourceSheet
                ? t.derivedSheet(status.sheetName, status.sourceSheet)
                : t.activeSheet(status.sheetName)
              : "\u00a0"}
          </Body1>
        </div>
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
          <MessageBarBody>
            {t.noTable} {t.mapColumnsHint}
          </MessageBarBody>
          {!mapping.state.open && (
            <MessageBarActions>
              <Button size="small" disabled={props.disabled} onClick={() => void mapping.open()}>
                {t.mapColumns}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {status && status.hasTable && status.mapped && (
        <div className={styles.row}>
          <Caption1 className={styles.counts}>{t.mappedNote}</Caption1>
          {!mapping.state.open && (
            <span>
              <Button
                size="small"
                appearance="subtle"
                disabled={props.disabled}
                onClick={() => void mapping.open()}
              >
                {t.mapColumns}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                disabled={props.disabled}
                onClick={() => void mapping.clear()}
              >
                {t.mappingClear}
              </Button>
            </span>
          )}
        </div>
      )}
      {!mapping.state.open && <ErrorBar error={mapping.state.error} onDismiss={mapping.dismissError} />}
      {mapping.state.open && (
        <Suspense fallback={null}>
          <MappingPanel flow={mapping} disabled={props.disabled} />
        </Suspense>
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
