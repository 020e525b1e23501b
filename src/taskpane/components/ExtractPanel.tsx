import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { NumberConvention } from "../../core/model";
import { formatNumber, formatPercent } from "../../core/numbers";
import { tickedProposals, type Proposal, type useExtract } from "../flows/extract";
import { useT, type Catalogue } from "../i18n";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { useReveal } from "./useReveal";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingTop: "6px" },
  name: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Flow = ReturnType<typeof useExtract>;

const DASH = "—";

function pct(v: number | null, c: NumberConvention): string {
  return v === null ? DASH : formatPercent(v, c, 2);
}

function change(v: number | null, c: NumberConvention): string {
  return v === null ? DASH : `${v > 0 ? "+" : ""}${formatPercent(v, c, 2)}`;
}

/** One proposal: its tick, its name, and the figures found (figure + unit, % KH, % CK, tăng/giảm). */
function ProposalItem(props: {
  p: Proposal;
  ticked: boolean;
  convention: NumberConvention;
  t: Catalogue;
  onToggle: () => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const { p, convention: c, t } = props;
  // "9/14 xã": a figure counted out of a whole shows both.
  const counted =
    p.actual === null
      ? DASH
      : p.total === null
        ? formatNumber(p.actual, c, 3)
        : `${formatNumber(p.actual, c, 3)}/${formatNumber(p.total, c, 3)}`;
  const figure = p.actual === null ? DASH : `${counted} ${p.unit}`.trim();
  return (
    <li className={styles.item}>
      <Checkbox
        checked={props.ticked}
        disabled={props.disabled}
        onChange={props.onToggle}
        aria-label={t.tickRow(p.name)}
      />
      <div className={styles.body}>
        <Body1 className={styles.name}>{p.name}</Body1>
        <Caption1 className={styles.facts}>
          <span>
            {t.colFigure}: {figure}
            {p.estimate ? ` ${t.estimateMark}` : ""}
          </span>
          <span>
            {t.colPctPlan}: {pct(p.pctPlan, c)}
          </span>
          <span>
            {t.colPctPrior}: {pct(p.pctPrior, c)}
          </span>
          <span>
            {t.colChange}: {change(p.changePct, c)}
          </span>
        </Caption1>
        {p.ambiguous && (
          <Caption1 className={styles.warn}>
            {t.ambiguousFigure(formatNumber(p.ambiguous.alternative, c, 3))}
          </Caption1>
        )}
        {p.confidence.level === "khong_chac" && p.ambiguous === null && (
          <Caption1 className={styles.warn}>{t.unsureProposal}</Caption1>
        )}
      </div>
    </li>
  );
}

/** Trích xuất: a pasted paragraph → proposed rows, each confirmed by a tick, then a new sheet. */
export function ExtractPanel(props: { flow: Flow; disabled: boolean; convention: NumberConvention }) {
  const styles = useStyles();
  const t = useT();
  const { state } = props.flow;
  const resultRef = useReveal<HTMLDivElement>(state.proposals);
  const proposals = state.proposals ?? [];
  const chosen = tickedProposals(state).length;
  const allTicked = proposals.length > 0 && chosen === proposals.length;
  return (
    <>
      <Body1 className={styles.hint}>{t.extractHint}</Body1>
      <Field
        label={t.extractTextLabel}
        validationState={state.emptyText ? "error" : "none"}
        validationMessage={state.emptyText ? t.extractEmpty : undefined}
      >
        <Textarea
          value={state.text}
          placeholder={t.extractPlaceholder}
          resize="vertical"
          rows={5}
          onChange={(_, d) => props.flow.setText(d.value)}
        />
      </Field>
      <div>
        <Button disabled={props.disabled || state.busy} onClick={props.flow.extract}>
          {t.extract}
        </Button>
      </div>
      <div className={styles.results} aria-live="polite" ref={resultRef}>
        <ErrorBar error={state.error} onDismiss={props.flow.dismissError} />
        {state.proposals !== null && proposals.length === 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.noProposals}</MessageBarBody>
          </MessageBar>
        )}
        {proposals.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.proposalsFound(proposals.length)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {proposals.length > 0 && (
        <>
          <Checkbox
            label={t.tickAll}
            checked={allTicked ? true : chosen === 0 ? false : "mixed"}
            disabled={props.disabled || state.busy}
            onChange={() => props.flow.toggleAll(!allTicked)}
          />
          <ul className={styles.list} aria-label={t.proposalsTable}>
            {proposals.map((p, i) => (
              <ProposalItem
                key={`${p.source.start}-${i}`}
                p={p}
                ticked={state.ticked[i] === true}
                convention={props.convention}
                t={t}
                onToggle={() => props.flow.toggle(i)}
                disabled={props.disabled || state.busy}
              />
            ))}
          </ul>
          <div>
            <Button
              appearance="primary"
              disabled={props.disabled || state.busy || chosen === 0}
              onClick={() => void props.flow.insert()}
            >
              {t.insertExtracted}
            </Button>
          </div>
          {chosen === 0 && <Body1 className={styles.hint}>{t.nothingTicked}</Body1>}
        </>
      )}
      <Busy busy={state.busy} progress={state.progress} />
      <div aria-live="polite">
        {state.inserted && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t.extractedInserted(state.inserted.rows, state.inserted.sheetName)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
