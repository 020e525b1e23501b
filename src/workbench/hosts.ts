/**
 * The Excel hosts the workbench can stand in for, by their requirement sets (OFFICE-NOTES §12,
 * RS excel/excel-api-requirement-sets.md): Excel on the web has every set (1.21 and
 * ExcelApiOnline); the perpetual volume-licensed Office 2024 LTSC stops at ExcelApi 1.17 and
 * Office 2021 LTSC at 1.14. Neither LTSC has notes (1.18), so the add-in takes its fallbacks.
 */
export const HOSTS = {
  web: { label: "Excel on the web", requirementSets: { ExcelApi: "1.21", ExcelApiOnline: "1.1" } },
  ltsc2024: { label: "Office 2024 LTSC", requirementSets: { ExcelApi: "1.17" } },
  ltsc2021: { label: "Office 2021 LTSC", requirementSets: { ExcelApi: "1.14" } },
} as const;

export type HostKind = keyof typeof HOSTS;

export const HOST_KINDS = Object.keys(HOSTS) as HostKind[];

export function isHostKind(value: unknown): value is HostKind {
  return typeof value === "string" && value in HOSTS;
}
