/** Pure helpers behind the pane: no React, no Office. Tested in tests/taskpane. */
import type { Finding, Lang, Severity, Summary, Text } from "../core/model";
import { summaryText } from "../core/summary-text";
import { CATALOGUES } from "./i18n";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

/**
 * Findings grouped Lỗi → Cảnh báo → Thông tin; empty groups dropped. Inside a group the ones with
 * a fix come first (they are what the user can act on at once), then sheet order.
 */
export function groupBySeverity(findings: readonly Finding[]): FindingGroup[] {
  const order = (a: Finding, b: Finding) =>
    Number(b.fix !== null) - Number(a.fix !== null) || bySheetPosition(a, b);
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity).sort(order),
  })).filter((g) => g.findings.length > 0);
}

function bySheetPosition(a: Finding, b: Finding): number {
  if (!a.cell || !b.cell) return a.cell ? -1 : b.cell ? 1 : 0;
  return a.cell.row - b.cell.row || a.cell.col - b.cell.col;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function severityLabel(severity: Severity, lang: Lang): string {
  const t = CATALOGUES[lang];
  return severity === "error" ? t.severityError : severity === "warning" ? t.severityWarning : t.severityInfo;
}

/**
 * The headline of a computation: "Đạt và vượt 6/14 chỉ tiêu" (+ "; 2 chỉ tiêu không giao kế hoạch"
 * + "; 1 chỉ tiêu chưa có số liệu"); in a partial period, the rows on track count with the reached.
 * The very sentence of the report and the CLI (core summaryText), ended with a full stop.
 */
export function summarySentence(
  s: Pick<Summary, "reached" | "total" | "noData"> & { noTarget?: number } & Partial<
      Pick<Summary, "byVerdict" | "term">
    >,
  lang: Lang,
): string {
  return `${summaryText(s, lang)}.`;
}

export type StepId = "template" | "input" | "validate" | "compute" | "charts";
/** "stale": done, but a person changed figures since (the results shown are for the old ones). */
/** "optional": nothing to do unless the user wants it (a template over a table of their own). */
export type StepState = "done" | "todo" | "errors" | "stale" | "optional";

export const STEP_ORDER: readonly StepId[] = ["template", "input", "validate", "compute", "charts"];

/** What getSheetStatus says about the active sheet (the fields the steps need). */
export interface StatusFacts {
  hasTable: boolean;
  validated: boolean;
  computed: boolean;
  charted: boolean;
  errors: number;
}

/**
 * The state each step shows for the active sheet; everything is "to do" before the status is
 * known. With `stale` (figures changed since), what was done from the figures is "stale". Mẫu is
 * "done" only on a sheet made from one of our templates; a table of the user's own makes it
 * optional.
 */
export function stepStates(
  status: StatusFacts | null,
  stale = false,
  templateInserted = false,
): Record<StepId, StepState> {
  if (!status || !status.hasTable) {
    return { template: "todo", input: "todo", validate: "todo", compute: "todo", charts: "todo" };
  }
  const hasErrors = status.errors > 0;
  const done: StepState = stale ? "stale" : "done";
  return {
    template: templateInserted ? "done" : "optional",
    input: hasErrors ? "errors" : status.validated || status.computed ? "done" : "todo",
    validate: !status.validated ? "todo" : hasErrors ? "errors" : done,
    compute: status.computed ? done : "todo",
    charts: status.charted ? done : "todo",
  };
}

/** Whether a result of `sheet` is shown while `active` is the active sheet (unknown: yes). */
export function isForSheet(sheet: string, active: string | null): boolean {
  return active === null || sheet === active;
}

/** The step whose button should stand out: the first one with an action that is not done. */
export function nextStep(states: Record<StepId, StepState>): StepId | null {
  const actionable: StepId[] = ["template", "validate", "compute", "charts"];
  return actionable.find((id) => states[id] !== "done" && states[id] !== "optional") ?? null;
}

function isText(v: unknown): v is Text {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as Text).vi === "string" &&
    typeof (v as Text).en === "string"
  );
}

/**
 * The sentence to show for a failure. A ChitieuError carries its own vi/en sentence; anything
 * else gets the generic sentence plus its message, so nothing is swallowed.
 */
export function errorText(error: unknown): Text {
  if (error instanceof Error && "text" in error && isText(error.text)) return error.text;
  const message = error instanceof Error ? error.message : String(error);
  return { vi: CATALOGUES.vi.unknownError(message), en: CATALOGUES.en.unknownError(message) };
}

/** Parses a number typed in a settings field, accepting "," or "." as the decimal mark. */
export function parseSettingNumber(input: string): number | null {
  const s = input.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** "E, F, G" from the column letters the computation wrote to. */
export function columnList(columns: Partial<Record<string, string>>): string {
  return [...new Set(Object.values(columns).filter((c): c is string => typeof c === "string"))]
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .join(", ");
}

/** A year typed in the picker: 4 digits between 1900 and 2200, else null. */
export function parseYear(input: string): number | null {
  const s = input.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1900 && y <= 2200 ? y : null;
}
