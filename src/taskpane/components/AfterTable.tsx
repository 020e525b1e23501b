/** Loaded after the first screen (App.tsx): report, extraction and consolidation with their flows. */
import type { Lang } from "../../core/model";
import { useExtract } from "../flows/extract";
import { useMerge } from "../flows/merge";
import { useReport } from "../flows/report";
import { useT } from "../i18n";
import { ExtractPanel } from "./ExtractPanel";
import { MergePanel } from "./MergePanel";
import type { AfterTableContext } from "./Pane";
import { ReportPanel } from "./ReportPanel";
import { StepSection } from "./StepSection";
import { useEffect } from "react";

/** After the table: Báo cáo, Trích xuất, Tổng hợp, each with its own flow. */
export function AfterTable(props: AfterTableContext & { lang: Lang }) {
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
