import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { useTemplate } from "../flows/template";
import { isForSheet } from "../format";
import { useLang, useT } from "../i18n";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { shownError } from "../flows/run";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropdown: { minWidth: "0", width: "100%" },
  option: { display: "flex", flexDirection: "column" },
  optionDescription: { color: tokens.colorNeutralForeground3 },
  description: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Flow = ReturnType<typeof useTemplate>;

/** Step 1, Mẫu: "Chèn mẫu" opens the picker (template, year, unit), "Chèn" inserts a new sheet. */
export function TemplateStep(props: {
  flow: Flow;
  disabled: boolean;
  primary: boolean;
  activeSheet: string | null;
}) {
  const styles = useStyles();
  const t = useT();
  const { lang } = useLang();
  const { state, templates } = props.flow;
  const chosen = templates.find((x) => x.id === state.templateId) ?? null;

  return (
    <>
      {!state.open && (
        <div className={styles.buttons}>
          <Button
            appearance={props.primary ? "primary" : "secondary"}
            disabled={props.disabled}
            onClick={props.flow.open}
          >
            {t.insertTemplate}
          </Button>
          <Button
            appearance="secondary"
            disabled={props.disabled || props.activeSheet === null}
            title={t.rolloverHint}
            onClick={() => void props.flow.rollover()}
          >
            {t.rollover}
          </Button>
        </div>
      )}
      {state.open && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void props.flow.insert();
          }}
        >
          <Field label={t.templateLabel} required>
            <Dropdown
              className={styles.dropdown}
              placeholder={t.templatePlaceholder}
              value={chosen ? chosen.name[lang] : ""}
              selectedOptions={chosen ? [chosen.id] : []}
              onOptionSelect={(_, d) => {
                if (d.optionValue) props.flow.choose(d.optionValue);
              }}
            >
              {templates.map((x) => (
                <Option key={x.id} value={x.id} text={x.name[lang]}>
                  <div className={styles.option}>
                    <Body1>{x.name[lang]}</Body1>
                    <Caption1 className={styles.optionDescription}>{x.description[lang]}</Caption1>
                  </div>
                </Option>
              ))}
            </Dropdown>
          </Field>
          {chosen && <Caption1 className={styles.description}>{chosen.description[lang]}</Caption1>}
          <Field
            label={t.yearLabel}
            validationState={state.yearInvalid ? "error" : "none"}
            validationMessage={state.yearInvalid ? t.yearInvalid : undefined}
          >
            <Input inputMode="numeric" value={state.year} onChange={(_, d) => props.flow.setYear(d.value)} />
          </Field>
          <Field label={t.unitLabel}>
            <Input
              value={state.unitName}
              placeholder={t.unitPlaceholder}
              onChange={(_, d) => props.flow.setUnitName(d.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={props.disabled || !chosen}>
              {t.insert}
            </Button>
            <Button onClick={props.flow.close} disabled={state.busy}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
      <Busy busy={state.busy} progress={state.progress} />
      <div aria-live="polite">
        <ErrorBar error={shownError(state, props.activeSheet)} onDismiss={props.flow.dismissError} />
        {state.inserted && isForSheet(state.inserted, props.activeSheet) && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {state.rolled
                ? t.rolled(
                    state.rolled.sheetName,
                    state.rolled.moved,
                    state.rolled.planned,
                    state.rolled.toYear,
                    state.rolled.addedYear,
                  )
                : t.inserted(state.inserted)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
