import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../core/model";
import { LangProvider } from "./i18n";
import { Pane } from "./components/Pane";

/** The Office theme, the active language, and the pane. */
export function App(props: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(props.initialLang);
  useEffect(() => {
    // Screen readers pick their voice from the page language.
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang} setLang={setLang}>
        <Pane />
      </LangProvider>
    </FluentProvider>
  );
}
