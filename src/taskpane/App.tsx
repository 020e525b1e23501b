import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import type { Lang } from "../core/model";
import { LangProvider } from "./i18n";
import { Pane } from "./components/Pane";

// Below the first five steps: its chunk (flows, panels, core's report and extraction) loads after
// the first screen has painted.
const AfterTable = lazy(() => import("./components/AfterTable").then((m) => ({ default: m.AfterTable })));

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
        <Pane
          afterTable={(ctx) => (
            <Suspense fallback={null}>
              <AfterTable {...ctx} lang={lang} />
            </Suspense>
          )}
        />
      </LangProvider>
    </FluentProvider>
  );
}
