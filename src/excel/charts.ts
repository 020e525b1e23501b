/**
 * createCharts: the charts of the active table on a sheet of their own ("Biểu đồ …"), bound to a
 * data block of formulas that point at the table. A re-run replaces our chart sheet.
 */
import { chartSpecs, type ChartSheetSpec } from "../core/charts";
import type { Settings } from "../core/model";
import { ChitieuError, guarded } from "./errors";
import { applyStyles, progress, writeBlocks, writeNumberFormats } from "./io";
import { loadUsed, mappingOf, checkSheetTable, readSheetTable, tableNotFoundError, usedGrid } from "./read";
import {
  SHEETS_KEY,
  claimSheetKey,
  loadSetting,
  loadSheetKey,
  settingValue,
  sheetKeyOf,
  sheetOfRecord,
  sheetsFrom,
} from "./store";
import { charsToPoints, freeSheetName } from "./template";
import type { ChartReport, OnProgress } from "./types";

/** Queues the chart sheet's contents and charts (values first, then formats, then charts). */
export function writeChartSheet(sheet: Excel.Worksheet, spec: ChartSheetSpec): void {
  sheet.showGridlines = false;
  writeBlocks(sheet, spec.blocks);
  writeNumberFormats(sheet, spec.blocks);
  applyStyles(sheet, spec.styles);
  spec.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
  });
  for (const c of spec.charts) {
    const first = c.series[0];
    if (!first) continue;
    // seriesBy is always explicit: "Auto" guesses on desktop and means Columns on the web.
    const chart = sheet.charts.add(c.type, sheet.getRange(first.values), "Columns");
    chart.name = c.name;
    chart.title.text = c.title;
    chart.title.visible = true;
    chart.setPosition(c.anchor.start, c.anchor.end);
    chart.legend.position = "Bottom";
    chart.legend.visible = true;
    chart.axes.valueAxis.title.text = c.valueAxisTitle;
    chart.axes.valueAxis.title.visible = true;
    if (c.valueAxisFormat !== null) chart.axes.valueAxis.numberFormat = c.valueAxisFormat;
    const categories = sheet.getRange(c.categories);
    c.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(sheet.getRange(s.values));
      series.setXAxisValues(categories);
      if (s.chartType !== null) {
        series.chartType = s.chartType;
        // A reference line, not data: no markers on its 45 points.
        series.markerStyle = "None";
      } else {
        // Excel keeps gap and overlap per chart group; setting them on each column series is
        // harmless and does not depend on which series Excel reads them from.
        if (c.gapWidth !== null) series.gapWidth = c.gapWidth;
        if (c.overlap !== null) series.overlap = c.overlap;
      }
      if (s.fill === null) series.format.fill.clear();
      else series.format.fill.setSolidColor(s.fill);
      if (s.line !== null) series.format.line.color = s.line;
      if (s.lineWeight !== null) series.format.line.weight = s.lineWeight;
      if (s.labelFormat !== null) {
        series.hasDataLabels = true;
        series.dataLabels.showValue = true;
        // Data-label number formats are ExcelApi 1.8, under the manifest's 1.9 baseline.
        series.dataLabels.numberFormat = s.labelFormat;
      }
    });
  }
}

export async function createCharts(
  settings: Settings,
  options: { scope?: "all" | "selection" } = {},
  onProgress?: OnProgress,
): Promise<ChartReport> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc sổ tính…", en: "Reading the workbook…" }, 0);
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name,items/position");
      const active = sheets.getActiveWorksheet();
      active.load(["id", "name"]);
      const activeKey = loadSheetKey(active);
      const sheetsSetting = loadSetting(context, SHEETS_KEY);
      await context.sync(); // sync 1: sheets and what we made before

      const records = sheetsFrom(settingValue(sheetsSetting));
      const activeName = active.name.toLowerCase();
      // Run from our own chart sheet: chart its source table again.
      const fromChartSheet = Object.entries(records)
        .filter(([, r]) => r.chartSheetName?.toLowerCase() === activeName)
        .map(([key, r]) => ({ key, sheet: sheetOfRecord(key, r, sheets.items) }))
        .find((x) => x.sheet !== undefined && x.sheet.id !== active.id);
      const source = sheets.items.find((s) => s.id === (fromChartSheet?.sheet?.id ?? active.id));
      if (!source) throw tableNotFoundError(active.name);
      const sourceSheet = sheets.getItem(source.id);
      const used = loadUsed(sourceSheet);
      // Only "selection" asks for it: getSelectedRange() fails while a chart or several areas are
      // selected (InvalidSelection, OFFICE-NOTES §15), and the whole table needs no selection.
      const selection = options.scope === "selection" ? context.workbook.getSelectedRange() : null;
      selection?.load(["rowIndex", "rowCount"]);
      await context.sync(); // sync 2: the table (and the selection)

      progress(onProgress, { vi: "Đang chuẩn bị số liệu biểu đồ…", en: "Preparing chart data…" }, 0.4);
      const grid = usedGrid(used);
      const read = readSheetTable(
        grid,
        settings,
        mappingOf(records[fromChartSheet?.key ?? sheetKeyOf(activeKey)]),
      );
      if (read === null) throw tableNotFoundError(source.name);
      const check = checkSheetTable(read, grid, settings);
      let rows: number[] | undefined;
      if (selection !== null) {
        const from = selection.rowIndex;
        const to = from + selection.rowCount - 1;
        rows = read.table.groups
          .flatMap((g) => g.rows.map((r) => r.sheetRow))
          .filter((r) => r >= from && r <= to);
        if (rows.length === 0 || source.id !== active.id)
          throw new ChitieuError(
            {
              vi: "Vùng đang chọn không có dòng chỉ tiêu nào. Hãy chọn các dòng chỉ tiêu cần vẽ trong bảng.",
              en: "The selection holds no indicator rows. Select the indicator rows to chart in the table.",
            },
            "empty_selection",
          );
      }
      const spec = chartSpecs(check, read.layout, source.name, {
        basicBand: settings.basicBandPct !== null,
        ...(rows ? { rows } : {}),
        // Titles and the data block's headers in the workbook's language, as the table's verdicts.
        lang: settings.language,
      });

      progress(onProgress, { vi: "Đang vẽ biểu đồ…", en: "Drawing charts…" }, 0.6);
      // The key is claimed only now: a sheet without a table gets no property of ours.
      const sourceKey = fromChartSheet?.key ?? claimSheetKey(activeKey);
      const oldName = records[sourceKey]?.chartSheetName?.toLowerCase();
      const old = sheets.items.find((s) => s.name.toLowerCase() === oldName && s.id !== source.id);
      if (old) sheets.getItem(old.id).delete();
      const name = freeSheetName(
        spec.name,
        sheets.items.filter((s) => s.id !== old?.id).map((s) => s.name),
      );
      const chartSheet = sheets.add(name);
      // Positions were read before the old chart sheet's delete: one in front of the table moves it up.
      chartSheet.position =
        source.position + 1 - (old !== undefined && old.position < source.position ? 1 : 0);
      writeChartSheet(chartSheet, spec);
      chartSheet.activate();
      records[sourceKey] = { ...records[sourceKey], sheetName: source.name, chartSheetName: name };
      context.workbook.settings.add(SHEETS_KEY, records);
      // sync 3 is Excel.run's own closing sync: it carries the new sheet and its charts.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return {
        sheetName: name,
        sourceSheet: source.name,
        charts: spec.charts.map((c) => ({ name: c.name, title: c.title, type: c.type })),
      };
    }),
  );
}
