import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../core/model";
import { useExtract } from "./flows/extract";
import { useMerge } from "./flows/merge";
import { useReport } from "./flows/report";
import { LangProvider, useT } from "./i18n";
import { ExtractPanel } from "./components/ExtractPanel";
import { MergePanel } from "./components/MergePanel";
import { Pane, type AfterTableContext } from "./components/Pane";
import { ReportPanel } from "./components/ReportPanel";
import { StepSection } from "./components/StepSection";

/** After the table: Báo cáo, Trích xuất, Tổng hợp, each with its own flow. */
function AfterTable(props: AfterTableContext & { lang: Lang }) {
  const t = useT();
  const { settings, busy, onChanged, onBusyChange, lang } = props;
  const report = useReport(settings, lang, onChanged);
  const extract = useExtract(settings, onChanged);
  const merge = useMerge(settings, lang, onChanged);
  // One command at a time here too; the steps above disable these while they run.
  const ownBusy = report.state.busy || extract.state.busy || merge.state.busy;
  useEffect(() => onBusyChange(ownBusy), [ownBusy, onBusyChange]);
  const anyBusy = busy || ownBusy;
  return (
    <>
      <StepSection index={6} title={t.stepReport} state={report.state.built ? "done" : "optional"}>
        <ReportPanel flow={report} disabled={anyBusy} />
      </StepSection>
      <StepSection index={7} title={t.stepExtract} state={extract.state.inserted ? "done" : "optional"}>
        <ExtractPanel flow={extract} disabled={anyBusy} convention={settings.convention} />
      </StepSection>
      <StepSection index={8} title={t.stepMerge} state={merge.state.written ? "done" : "optional"}>
        <MergePanel flow={merge} disabled={anyBusy} />
      </StepSection>
    </>
  );
}

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
        <Pane afterTable={(ctx) => <AfterTable {...ctx} lang={lang} />} />
      </LangProvider>
    </FluentProvider>
  );
}
