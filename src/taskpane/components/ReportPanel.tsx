import {
  Body1,
  Button,
  Caption1,
  Subtitle2,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { useReport } from "../flows/report";
import { summarySentence } from "../format";
import { useLang, useT, type Catalogue } from "../i18n";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { useReveal } from "./useReveal";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { minHeight: "220px" },
  word: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
  },
  wordTitle: { margin: 0 },
});

const WORD_FIELDS = ["unit", "number", "signer", "position", "place"] as const;

type Flow = ReturnType<typeof useReport>;

/**
 * Báo cáo: the report paragraphs of the active table, to copy, to write on a sheet of their own,
 * or to download as a Word document with who issues and signs it.
 */
export function ReportPanel(props: { flow: Flow; disabled: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { lang } = useLang();
  const { state } = props.flow;
  const area = useRef<HTMLTextAreaElement>(null);
  const resultRef = useReveal<HTMLDivElement>(state.built);
  const built = state.built;
  return (
    <>
      <Body1 className={styles.hint}>{t.reportHint}</Body1>
      <div>
        <Button disabled={props.disabled || state.busy} onClick={() => void props.flow.build()}>
          {t.buildReport}
        </Button>
      </div>
      <Busy busy={state.busy} progress={state.progress} />
      <div className={styles.results} aria-live="polite" ref={resultRef}>
        <ErrorBar error={state.error} onDismiss={props.flow.dismissError} />
        {built && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t.reportFor(built.sheetName)}: {summarySentence(built.summary, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {built && (
        <>
          <Field label={t.reportTextLabel}>
            <Textarea
              ref={area}
              className={styles.text}
              value={state.text}
              readOnly
              resize="vertical"
              rows={12}
            />
          </Field>
          <div className={styles.actions}>
            <Button disabled={state.busy} onClick={() => void props.flow.copy(area.current)}>
              {t.copyReport}
            </Button>
            <Button
              appearance="primary"
              disabled={props.disabled || state.busy}
              onClick={() => void props.flow.write()}
            >
              {t.writeReport}
            </Button>
          </div>
          <div className={styles.results} aria-live="polite">
            {state.copied === "ok" && (
              <MessageBar intent="success">
                <MessageBarBody>{t.copied}</MessageBarBody>
              </MessageBar>
            )}
            {state.copied === "failed" && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.copyFailed}</MessageBarBody>
              </MessageBar>
            )}
            {state.written && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t.reportWritten(state.written)}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <form
            className={styles.word}
            aria-labelledby="chitieu-word-title"
            onSubmit={(e) => {
              e.preventDefault();
              void props.flow.download();
            }}
          >
            <Subtitle2 as="h3" id="chitieu-word-title" className={styles.wordTitle}>
              {t.wordDocument}
            </Subtitle2>
            <Caption1 className={styles.hint}>{t.wordFieldsHint}</Caption1>
            {WORD_FIELDS.map((f) => (
              <Field key={f} label={wordLabel(t, f)}>
                <Input value={state.fields[f] ?? ""} onChange={(_, d) => props.flow.setField(f, d.value)} />
              </Field>
            ))}
            <div>
              <Button type="submit" disabled={state.busy}>
                {t.downloadWord}
              </Button>
            </div>
            <div aria-live="polite">
              {state.downloaded !== null && state.downloaded !== "refused" && (
                <MessageBar intent="success" layout="multiline">
                  <MessageBarBody>{t.wordDownloaded(state.downloaded)}</MessageBarBody>
                </MessageBar>
              )}
              {state.downloaded === "refused" && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t.wordRefused}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </form>
        </>
      )}
    </>
  );
}

function wordLabel(t: Catalogue, field: (typeof WORD_FIELDS)[number]): string {
  switch (field) {
    case "unit":
      return t.wordUnit;
    case "number":
      return t.wordNumber;
    case "signer":
      return t.wordSigner;
    case "position":
      return t.wordPosition;
    case "place":
      return t.wordPlace;
  }
}
