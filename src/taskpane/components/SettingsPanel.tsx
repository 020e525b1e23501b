import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { useSettings } from "../flows/settings";
import { useT } from "../i18n";
import { ErrorBar } from "./ErrorBar";
import { PeriodSetting } from "./PeriodSetting";

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  number: { maxWidth: "120px" },
  heading: { margin: 0 },
});

type Flow = ReturnType<typeof useSettings>;

/** Settings saved in the workbook; commands use the saved ones, not the draft. */
export function SettingsPanel(props: { flow: Flow; disabled: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { state, edit } = props.flow;
  const { draft } = state;
  return (
    <Accordion collapsible className={styles.root}>
      <AccordionItem value="settings">
        <AccordionHeader as="h2" className={styles.heading}>
          {t.settings}
        </AccordionHeader>
        <AccordionPanel>
          <form
            className={styles.panel}
            onSubmit={(e) => {
              e.preventDefault();
              props.flow.save();
            }}
          >
            <Field label={t.convention}>
              <RadioGroup
                value={draft.convention}
                onChange={(_, d) => edit({ convention: d.value === "en" ? "en" : "vi" })}
              >
                <Radio value="vi" label={t.conventionVi} />
                <Radio value="en" label={t.conventionEn} />
              </RadioGroup>
            </Field>
            <Field label={t.sheetLanguage} hint={t.sheetLanguageHint}>
              <RadioGroup
                value={draft.language}
                onChange={(_, d) => edit({ language: d.value === "en" ? "en" : "vi" })}
              >
                <Radio value="vi" label={t.sheetLanguageVi} />
                <Radio value="en" label={t.sheetLanguageEn} />
              </RadioGroup>
            </Field>
            <PeriodSetting value={draft.period} onChange={(period) => edit({ period })} />
            <DecimalField
              label={t.tolerance}
              hint={t.toleranceHint}
              invalidMessage={state.invalid.tolerance ? t.toleranceInvalid : undefined}
              value={draft.tolerance}
              onChange={(tolerance) => edit({ tolerance })}
            />
            <DecimalField
              label={t.approxPoints}
              hint={t.approxPointsHint}
              invalidMessage={state.invalid.approxPoints ? t.approxPointsInvalid : undefined}
              value={draft.approxPoints}
              onChange={(approxPoints) => edit({ approxPoints })}
            />
            <Switch
              checked={draft.bandOn}
              label={t.basicBand}
              onChange={(_, d) => edit({ bandOn: d.checked })}
            />
            <DecimalField
              label={t.basicBandThreshold}
              invalidMessage={state.invalid.threshold ? t.basicBandInvalid : undefined}
              disabled={!draft.bandOn}
              value={draft.threshold}
              onChange={(threshold) => edit({ threshold })}
            />
            <div>
              <Button type="submit" disabled={props.disabled}>
                {t.saveSettings}
              </Button>
            </div>
            <div aria-live="polite">
              <ErrorBar error={state.error} onDismiss={props.flow.dismissError} />
              {state.justSaved && (
                <MessageBar intent="success">
                  <MessageBarBody>{t.settingsSaved}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** A typed decimal setting; `invalidMessage` set when the draft's value is out of range. */
function DecimalField(props: {
  label: string;
  hint?: string;
  invalidMessage: string | undefined;
  disabled?: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={props.invalidMessage === undefined ? "none" : "error"}
      validationMessage={props.invalidMessage}
    >
      <Input
        className={styles.number}
        inputMode="decimal"
        disabled={props.disabled}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}
