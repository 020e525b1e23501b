/**
 * Ribbon function commands: "validate", "compute", "charts" (FunctionName in manifest.xml).
 * Each runs the same adapter function as the pane with the workbook's saved settings. A function
 * command has no UI, so its outcome (or failure, as the user's sentence) is stored in the
 * workbook settings for the pane to show; `event.completed()` is always called.
 */
import type { Text } from "../core/model";
import { computeActiveSheet, createCharts, loadSettings, validateActiveSheet } from "../excel";
import { countBySeverity, errorText, summarySentence } from "../taskpane/format";
import { CATALOGUES } from "../taskpane/i18n";
import { saveLastCommand, type RibbonCommand } from "../taskpane/lastCommand";

function both(make: (lang: "vi" | "en") => string): Text {
  return { vi: make("vi"), en: make("en") };
}

async function validate(): Promise<Text> {
  const report = await validateActiveSheet(await loadSettings());
  // No table: core's refusal (the one finding it gives), the sentence the pane's steps show.
  const refusal = report.tableFound ? undefined : report.findings.find((f) => f.code === "table_not_found");
  if (refusal) return both((l) => refusal.message[l]);
  const c = countBySeverity(report.findings);
  return both((l) => CATALOGUES[l].findingsSummary(c.error, c.warning, c.info, report.rows));
}

async function compute(): Promise<Text> {
  // Never overwrite from the ribbon: only the pane can ask the user first.
  const report = await computeActiveSheet(await loadSettings(), { overwrite: false });
  if (report.conflicts.length > 0 && !report.written) {
    return both((l) => CATALOGUES[l].commandConflicts(report.conflicts.length));
  }
  return both((l) => summarySentence(report.summary, l));
}

async function charts(): Promise<Text> {
  const report = await createCharts(await loadSettings(), { scope: "all" });
  return both((l) => CATALOGUES[l].chartsCreated(report.charts.length, report.sheetName));
}

/** Runs one command and records its outcome; never throws into Office. */
export async function runCommand(command: RibbonCommand, work: () => Promise<Text>): Promise<void> {
  let ok = true;
  let text: Text;
  try {
    text = await work();
  } catch (error) {
    ok = false;
    text = errorText(error);
  }
  try {
    await saveLastCommand({ command, at: new Date().toISOString(), ok, text });
  } catch {
    // Nowhere left to report to: the workbook refused the record itself (e.g. it is read-only).
  }
}

function handler(command: RibbonCommand, work: () => Promise<Text>) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await runCommand(command, work);
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate("validate", handler("validate", validate));
  Office.actions.associate("compute", handler("compute", compute));
  Office.actions.associate("charts", handler("charts", charts));
});
