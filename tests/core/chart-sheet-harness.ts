/**
 * The chart sheet as Excel would hold it: the chart data blocks of a `ChartSheetSpec` written beside
 * the source sheet and recalculated by HyperFormula (with the workbench's cell formats), for tests
 * that check what the charts plot after a person types into the source.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { chartSheetName, type ChartSheetSpec } from "../../src/core/charts";
import { cellFormatConfig } from "../../src/workbench/engine";

/** The chart data sheet's values over `source` (sheet 0, whose cells alone have `formats`). */
export function chartSheetValues(
  spec: ChartSheetSpec,
  sourceName: string,
  source: RawCellContent[][],
  formats: readonly (readonly (string | null)[])[],
  options: { accentSensitive?: boolean } = {},
): ReturnType<HyperFormula["getSheetValues"]> {
  const data: RawCellContent[][] = [];
  for (const b of spec.blocks)
    b.contents.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null) (data[b.row + i] ??= [])[b.col + j] = v;
      }),
    );
  for (let r = 0; r < data.length; r++) data[r] ??= [];
  const hf = HyperFormula.buildFromSheets(
    { [sourceName]: source, [chartSheetName(sourceName)]: data },
    {
      ...cellFormatConfig((sheet, r, c) => (sheet === 0 ? (formats[r]?.[c] ?? "General") : "General")),
      licenseKey: "gpl-v3",
      smartRounding: false,
      ...options,
    },
  );
  const values = hf.getSheetValues(1);
  hf.destroy();
  return values;
}
