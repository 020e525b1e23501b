import { Badge, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { StepState } from "../format";
import { useT } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "24px",
    height: "24px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  title: { margin: 0, flexGrow: 1 },
});

const BADGE = {
  done: "success",
  todo: "informative",
  errors: "danger",
  stale: "warning",
  optional: "subtle",
} as const;

/** One step of Mẫu → Nhập → Kiểm tra → Tính toán → Biểu đồ, with the active sheet's state. */
export function StepSection(props: { index: number; title: string; state: StepState; children: ReactNode }) {
  const styles = useStyles();
  const t = useT();
  const headingId = useId("step");
  const LABEL = {
    done: t.stateDone,
    errors: t.stateErrors,
    stale: t.stateStale,
    optional: t.stateOptional,
    todo: t.stateTodo,
  };
  const label = LABEL[props.state];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <span className={styles.number} aria-hidden="true">
          {props.index}
        </span>
        <Subtitle2 as="h2" id={headingId} className={styles.title}>
          {props.title}
        </Subtitle2>
        <Badge appearance="tint" color={BADGE[props.state]} aria-label={t.stepState(props.title, label)}>
          {label}
        </Badge>
      </div>
      {props.children}
    </section>
  );
}
