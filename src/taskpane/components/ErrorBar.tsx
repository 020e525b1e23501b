import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Text } from "../../core/model";
import { useLang, useT } from "../i18n";

/** A failure as a sentence in the active language, dismissable. */
export function ErrorBar(props: { error: Text | null; onDismiss: () => void }) {
  const t = useT();
  const { lang } = useLang();
  if (!props.error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{props.error[lang]}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={props.onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
