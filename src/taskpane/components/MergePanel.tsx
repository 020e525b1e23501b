import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRef } from "react";
import { mergedRows, type useMerge } from "../flows/merge";
import { useLang, useT } from "../i18n";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { useReveal } from "./useReveal";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  // The native picker stays in the page (so labels and tests reach it) but out of sight: the button opens it.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

type Flow = ReturnType<typeof useMerge>;

/** Tổng hợp: the units' .xlsx files → one merged table, what did not match, then a new sheet. */
export function MergePanel(props: { flow: Flow; disabled: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { lang } = useLang();
  const { state } = props.flow;
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId("merge-files");
  const resultRef = useReveal<HTMLDivElement>(state.result);
  const result = state.result;
  return (
    <>
      <Body1 className={styles.hint}>{t.mergeHint}</Body1>
      <input
        ref={input}
        id={inputId}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        // The visible button is the control people and screen readers use; this is its mechanism.
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so that picking the same files again is still a change.
          e.currentTarget.value = "";
          void props.flow.pick(files);
        }}
      />
      <div>
        <Button disabled={props.disabled || state.busy} onClick={() => input.current?.click()}>
          {t.chooseFiles}
        </Button>
      </div>
      {state.files.length > 0 && <Body1>{t.filesChosen(state.files.join(", "))}</Body1>}
      <Busy busy={state.busy} progress={state.progress} />
      <div className={styles.results} aria-live="polite" ref={resultRef}>
        <ErrorBar error={state.error} onDismiss={props.flow.dismissError} />
        {state.tooFew && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.tooFewFiles}</MessageBarBody>
          </MessageBar>
        )}
        {result && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t.merged(mergedRows(result), result.unitNames.length, result.unitNames.join(", "))}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.conversions.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t.mergeConverted(result.conversions.length)}
              <ul className={styles.list}>
                {result.conversions.map((c, i) => (
                  <li key={`${c.name}-${i}`}>{c.message[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.issues.length === 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.mergeAllMatched}</MessageBarBody>
          </MessageBar>
        )}
        {result && result.issues.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t.mergeIssues(result.issues.length)}
              <ul className={styles.list}>
                {result.issues.map((issue, i) => (
                  <li key={`${issue.code}-${i}`}>{issue.message[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {result && (
        <div>
          <Button
            appearance="primary"
            disabled={props.disabled || state.busy}
            onClick={() => void props.flow.write()}
          >
            {t.writeMerged}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {state.written && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.mergedWritten(state.written)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
