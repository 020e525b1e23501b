/**
 * Requirement sets: which ExcelApi version each emulated member needs (DTS tags in
 * OFFICE-NOTES §5–§12), so a workbench set up as an older Excel fails like one (ApiNotFound).
 */

/** "1.10" > "1.9": compares dotted versions as numbers, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((p) => Number(p) || 0);
  const pb = b.split(".").map((p) => Number(p) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Most specific first: "Type.member", then "Type." for the whole type. */
const MIN_VERSION: ReadonlyArray<readonly [string, string]> = [
  ["ChartFill.getSolidColor", "1.16"],
  ["ChartSeries.getDimensionDataSourceString", "1.15"],
  ["ChartSeries.getDimensionValues", "1.12"],
  ["ChartSeries.overlap", "1.8"],
  ["ChartSeries.axisGroup", "1.8"],
  ["ChartAxis.numberFormat", "1.8"],
  ["Application.decimalSeparator", "1.11"],
  ["Application.thousandsSeparator", "1.11"],
  ["Application.useSystemSeparators", "1.11"],
  ["Application.suspendScreenUpdatingUntilNextSync", "1.9"],
  ["Application.suspendApiCalculationUntilNextSync", "1.6"],
  ["DataValidation.getInvalidCells", "1.9"],
  ["Worksheet.showGridlines", "1.8"],
  ["Worksheet.tabColor", "1.7"],
  ["NoteCollection.", "1.18"],
  ["Note.", "1.18"],
  ["WorksheetCustomPropertyCollection.", "1.12"],
  ["WorksheetCustomProperty.", "1.12"],
  ["CultureInfo.", "1.11"],
  ["NumberFormatInfo.", "1.11"],
  ["PageLayout.", "1.9"],
  ["ChartDataLabels.", "1.8"],
  ["DataValidation.", "1.8"],
  ["RangeAreas.", "1.9"],
  ["WorksheetFreezePanes.", "1.7"],
  ["ChartSeries.", "1.7"],
  ["ChartSeriesCollection.", "1.7"],
  ["ChartLineFormat.", "1.7"],
  ["ConditionalFormatCollection.", "1.6"],
  ["ConditionalFormat.", "1.6"],
  ["CustomConditionalFormat.", "1.6"],
  ["ConditionalFormatRule.", "1.6"],
  ["ConditionalRangeFormat.", "1.6"],
  ["ConditionalRangeFill.", "1.6"],
  ["ConditionalRangeFont.", "1.6"],
  ["SettingCollection.", "1.4"],
  ["Setting.", "1.4"],
];

/** The ExcelApi version a command location ("Range.values") needs, or "1.1". */
export function requiredVersion(location: string): string {
  for (const [prefix, version] of MIN_VERSION) {
    if (location.startsWith(prefix)) return version;
  }
  return "1.1";
}

export const API_NOT_FOUND_MESSAGE =
  'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel-api-requirement-sets" for more information.';
