import { ProgressBar, Field } from "@fluentui/react-components";
import type { Progress } from "../flows/run";
import { useLang, useT } from "../i18n";

/** Progress of the running step, with its text; indeterminate until the adapter reports. */
export function Busy(props: { busy: boolean; progress: Progress | null }) {
  const t = useT();
  const { lang } = useLang();
  if (!props.busy) return null;
  const text = props.progress ? props.progress.step[lang] : t.working;
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar
        value={props.progress ? props.progress.fraction : undefined}
        thickness="large"
        aria-label={text}
      />
    </Field>
  );
}
