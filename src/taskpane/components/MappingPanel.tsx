/** Chỉ định cột: the header row and, per role, the column that holds it. Loaded when first opened. */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { MAPPABLE_COLUMNS, mappingProblems, type ColumnMapping } from "../../core/mapping";
import type { InputColumn } from "../../core/model";
import type { useMapping } from "../flows/mapping";
import { useT, type Catalogue } from "../i18n";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0 },
});

/** The roles offered first: what a table needs, then the rest. */
const ORDER: readonly InputColumn[] = [
  "name",
  "unit",
  "plan",
  "actual",
  "prior",
  ...MAPPABLE_COLUMNS.filter((k) => !["name", "unit", "plan", "actual", "prior"].includes(k)),
];

function problemTexts(
  t: Catalogue,
  chosen: Partial<Record<InputColumn, number>>,
  letters: Record<number, string>,
) {
  const mapping: ColumnMapping = { headerRow: 0, columns: {} };
  for (const [key, col] of Object.entries(chosen) as [InputColumn, number][])
    mapping.columns[key] = { col, header: "" };
  return mappingProblems(mapping).map((p) =>
    p.code === "no_name"
      ? t.mappingNoName
      : p.code === "no_figure"
        ? t.mappingNoFigure
        : t.mappingSameColumn(
            letters[p.col] ?? String(p.col + 1),
            p.keys.map((k) => t.mappingKey(k)).join(", "),
          ),
  );
}

export function MappingPanel(props: { flow: ReturnType<typeof useMapping>; disabled: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { state } = props.flow;
  const proposal = state.choices?.proposal ?? null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [row, setRow] = useState(String((state.headerRow ?? 0) + 1));
  useEffect(() => setRow(String((state.headerRow ?? 0) + 1)), [state.headerRow]);
  // Focus moves to the panel it opened, so a keyboard or screen-reader user lands on it.
  useEffect(() => headingRef.current?.focus(), []);
  const letters = proposal?.letters ?? {};
  const problems = problemTexts(t, state.chosen, letters);
  const rowNumber = Number(row);
  return (
    <section className={styles.root} aria-label={t.mapColumns}>
      <h3 className={styles.heading} tabIndex={-1} ref={headingRef}>
        <Subtitle2>{t.mapColumns}</Subtitle2>
      </h3>
      <div className={styles.row}>
        <Field label={t.mappingHeaderRow}>
          <Input type="number" min={1} value={row} onChange={(_, d) => setRow(d.value)} />
        </Field>
        <Button
          disabled={props.disabled || !Number.isInteger(rowNumber) || rowNumber < 1}
          onClick={() => void props.flow.open(rowNumber - 1)}
        >
          {t.mappingReadRow}
        </Button>
      </div>
      <ErrorBar error={state.error} onDismiss={props.flow.dismissError} />
      {proposal === null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.mappingNoHeader}</MessageBarBody>
        </MessageBar>
      ) : (
        ORDER.map((key) => (
          <Field key={key} label={t.mappingKey(key)}>
            <Select
              value={state.chosen[key] === undefined ? "" : String(state.chosen[key])}
              disabled={props.disabled}
              onChange={(_, d) => props.flow.choose(key, d.value === "" ? null : Number(d.value))}
            >
              <option value="">{t.mappingNone}</option>
              {proposal.headers.map((h) => (
                <option key={h.col} value={String(h.col)}>
                  {t.mappingColumn(letters[h.col] ?? String(h.col + 1), h.text)}
                </option>
              ))}
            </Select>
          </Field>
        ))
      )}
      {proposal !== null && problems.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{problems.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={props.disabled || proposal === null || problems.length > 0}
          onClick={() => void props.flow.save()}
        >
          {t.mappingSave}
        </Button>
        <Button disabled={props.disabled} onClick={props.flow.close}>
          {t.mappingCancel}
        </Button>
      </div>
    </section>
  );
}
