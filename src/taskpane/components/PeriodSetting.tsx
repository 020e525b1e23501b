import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Period } from "../../core/model";
import { periodLabel } from "../period-label";
import { useLang, useT } from "../i18n";

/** The choices, in the order an office reports: the year, 6 and 9 months, the quarter, the term. */
const CHOICES: readonly Period[] = ["nam", "6_thang", "9_thang", "3_thang", "nhiem_ky"];
const AUTO = "auto";

/** "Kỳ báo cáo": follow each table, or judge every table for one period (saved with the settings). */
export function PeriodSetting(props: { value: Period | null; onChange: (period: Period | null) => void }) {
  const t = useT();
  const { lang } = useLang();
  const selected = props.value ?? AUTO;
  const label = props.value === null ? t.periodAuto : periodLabel(props.value, t, lang);
  return (
    <Field label={t.period} hint={t.periodHint}>
      <Dropdown
        value={label}
        selectedOptions={[selected]}
        onOptionSelect={(_, d) => {
          const v = d.optionValue;
          props.onChange(v === undefined || v === AUTO ? null : (CHOICES.find((p) => p === v) ?? null));
        }}
      >
        <Option value={AUTO}>{t.periodAuto}</Option>
        {CHOICES.map((p) => (
          <Option key={p} value={p}>
            {periodLabel(p, t, lang)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
