/** createCharts and getSheetStatus on chart sheets, run against the workbench's Excel emulation. */
import { computeActiveSheet, createCharts, getSheetStatus } from "../../src/excel";
import { MAX_INDICATORS_PER_CHART } from "../../src/core/charts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import { CHART_SERIES_COLOURS, CHART_VERDICT_COLOURS } from "../../src/core/palette";
import { sourceOfDerived } from "../../src/excel/status";
import type { ChartState, WorkbookState } from "../../src/workbench/state";
import { SHEET, TEN_ROWS, bigRows, rowOf, syncsOf, workbookPerTest } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const CHART_SHEET = `Biểu đồ ${SHEET}`;
const book = workbookPerTest(TEN_ROWS);
function chartsOf(state: WorkbookState, sheet = CHART_SHEET): ChartState[] {
  return state.requireSheet(sheet).charts;
}
function chart(state: WorkbookState, name: string): ChartState {
  const c = chartsOf(state).find((x) => x.name === name);
  if (!c) throw new Error(`no chart ${name}`);
  return c;
}
/** The values a series plots now, numbers or null. */
function plotted(state: WorkbookState, ref: string | null): (number | null)[] {
  return state.resolveRef(ref ?? "").map((v) => (typeof v === "number" ? v : null));
}

describe("createCharts", () => {
  test("every series and every category axis is bound to a range of the chart sheet", async () => {
    const { state } = book();
    await computeActiveSheet(S);
    const report = await createCharts(S);
    expect(report.sheetName).toBe(CHART_SHEET);
    const charts = chartsOf(state);
    expect(charts.map((c) => c.name)).toEqual(report.charts.map((c) => c.name));
    const ref = /^'Biểu đồ Chỉ tiêu 2021'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/;
    for (const c of charts) {
      expect(c.title.text).not.toBe("");
      expect(c.valueAxis.title).toMatchObject({ visible: true });
      expect(c.valueAxis.title.text).not.toBe("");
      expect(c.anchor).not.toBeNull();
      for (const s of c.series) {
        expect(s.valuesRef).toMatch(ref);
        expect(s.xValuesRef).toMatch(ref);
      }
    }
  });

  test("% of plan: columns, a 100 % line over cells of 1, axis 0%, indicator names as categories", async () => {
    const { state } = book();
    await computeActiveSheet(S);
    await createCharts(S);
    const pct = chart(state, "chitieu-pct-kh");
    expect(pct.type).toBe("ColumnClustered");
    expect(pct.valueAxis.numberFormat).toBe("0%");
    const line = pct.series.find((s) => s.chartType === "Line");
    expect(line?.lineColor).toBe(CHART_SERIES_COLOURS.hundredLine);
    expect(line?.markerStyle).toBe("None");
    // rows with a plan and an actual: "Trường đạt chuẩn" has no actual yet and is left out
    const rows = TEN_ROWS.filter((r) => typeof r.plan === "number" && typeof r.actual === "number");
    expect(rows).toHaveLength(9);
    expect(plotted(state, line?.valuesRef ?? null)).toEqual(rows.map(() => 1));
    const names = state.resolveRef(line?.xValuesRef ?? "");
    expect(names[0]).toBe("Doanh nghiệp thành lập mới");
    const vuot = pct.series.find((s) => s.name === "Vượt");
    expect(vuot?.fillColor).toBe(CHART_VERDICT_COLOURS.vuot);
    expect(plotted(state, vuot?.valuesRef ?? null)[0]).toBeCloseTo(176 / 150, 9);
    expect(vuot?.hasDataLabels).toBe(true);
    expect(vuot?.dataLabelsNumberFormat).toBe("0%;-0%;;");
    // every column series shares one slot per indicator
    for (const s of pct.series.filter((x) => x.chartType === null)) expect(s.overlap).toBe(100);
  });

  test("plan as an outline, actual solid, prior grey; the unit on the value axis", async () => {
    const { state } = book();
    await createCharts(S);
    const perUnit = chartsOf(state).filter((c) => c.name.startsWith("chitieu-kh-th-ck"));
    // "trường" has no actual yet: no chart; tỷ đồng in two sizes (hundreds, tens of thousands)
    expect(perUnit.map((c) => c.valueAxis.title.text)).toEqual([
      "doanh nghiệp",
      "hộ",
      "tỷ đồng",
      "tỷ đồng",
      "xã",
    ]);
    expect(perUnit[2]?.title.text).toBe("Kế hoạch, thực hiện và cùng kỳ — tỷ đồng (1/2)");
    const [plan, actual, prior] = perUnit[0]?.series ?? [];
    expect(plan).toMatchObject({ fillColor: null, lineColor: CHART_SERIES_COLOURS.plan, lineWeight: 1.5 });
    expect(actual?.fillColor).toBe(CHART_SERIES_COLOURS.actual);
    expect(prior?.fillColor).toBe(CHART_SERIES_COLOURS.prior);
  });

  test("charts follow cell edits: a figure, a name, and the verdict counts", async () => {
    const { state } = book();
    await computeActiveSheet(S);
    await createCharts(S);
    const pct = chart(state, "chitieu-pct-kh");
    const pctOf = (name: string) => pct.series.find((s) => s.name === name)?.valuesRef ?? null;
    const verdicts = chart(state, "chitieu-danh-gia");
    const vuot = verdicts.series.find((s) => s.name === "Vượt");
    const khongDat = verdicts.series.find((s) => s.name === "Không đạt");
    const before = {
      vuot: plotted(state, vuot?.valuesRef ?? null)[0],
      khong: plotted(state, khongDat?.valuesRef ?? null)[0],
    };

    // "Doanh nghiệp thành lập mới" 176 / 150 → 120 / 150: from Vượt to Không đạt
    state.typeInto(SHEET, `E${rowOf(0) + 1}`, "120");
    // the column moves to the Không đạt series (red), with the new %
    expect(plotted(state, pctOf("Không đạt"))[0]).toBeCloseTo(120 / 150, 9);
    expect(plotted(state, pctOf("Vượt"))[0]).toBe(0);
    expect(plotted(state, vuot?.valuesRef ?? null)[0]).toBe((before.vuot ?? 0) - 1);
    expect(plotted(state, khongDat?.valuesRef ?? null)[0]).toBe((before.khong ?? 0) + 1);
    const perUnit = chartsOf(state).find((c) => c.name === "chitieu-kh-th-ck-1");
    expect(plotted(state, perUnit?.series[1]?.valuesRef ?? null)[0]).toBe(120);

    state.typeInto(SHEET, `B${rowOf(0) + 1}`, "Doanh nghiệp mới");
    expect(state.resolveRef(pct.series[0]?.xValuesRef ?? "")[0]).toBe("Doanh nghiệp mới");
    const long = "Số doanh nghiệp thành lập mới trên địa bàn thành phố trong năm";
    state.typeInto(SHEET, `B${rowOf(0) + 1}`, long);
    expect(state.resolveRef(pct.series[0]?.xValuesRef ?? "")[0]).toBe(`${long.slice(0, 39)}…`);
  });

  test("figures in the data block show without a dangling decimal mark", async () => {
    const { state } = book();
    await createCharts(S);
    const perUnit = chartsOf(state).filter((c) => c.name.startsWith("chitieu-kh-th-ck"));
    const money = perUnit.filter((c) => c.valueAxis.title.text === "tỷ đồng");
    const texts = money.flatMap((c) => {
      const ref = c.series[1]?.valuesRef ?? "";
      const m = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref);
      if (!m) throw new Error(`unexpected ref ${ref}`);
      return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => {
        const sheet = state.requireSheet(CHART_SHEET);
        return state.cell(sheet.id, Number(m[2]) - 1 + i, (m[1] ?? "A").charCodeAt(0) - 65).text;
      });
    });
    // vi workbench: 37.067 and 6.794,12
    expect(texts).toContain("37.067");
    expect(texts).toContain("6.794,12");
    for (const t of texts) expect(t).not.toMatch(/[.,]$/);
  });

  test("a re-run replaces the chart sheet and its charts, from the table or from the chart sheet", async () => {
    const { state, id } = book();
    await createCharts(S);
    const sheetCount = state.sheets.length;
    const chartCount = chartsOf(state).length;
    state.activate(SHEET);
    const again = await createCharts(S);
    expect(again.sheetName).toBe(CHART_SHEET);
    expect(state.sheets.length).toBe(sheetCount);
    expect(chartsOf(state)).toHaveLength(chartCount);
    // from the chart sheet itself (it is active after a run)
    expect(state.activeSheet.name).toBe(CHART_SHEET);
    await createCharts(S);
    expect(state.sheets.length).toBe(sheetCount);
    expect(chartsOf(state)).toHaveLength(chartCount);
    expect(state.sheets.map((s) => s.id)).toContain(id);
    expect(state.sheets.map((s) => s.name)).toEqual([SHEET, CHART_SHEET, "Khác"]);
  });

  test("at most 3 syncs, at 10 and 1 000 rows; large units split over several charts", async () => {
    for (const n of [10, 1000]) {
      const { state, uninstall } = book(n === 10 ? TEN_ROWS : bigRows(n));
      await computeActiveSheet(S);
      const first = await syncsOf(state, () => createCharts(S));
      const again = await syncsOf(state, () => createCharts(S));
      const status = await syncsOf(state, () => getSheetStatus());
      const syncs = { charts: first.syncs, again: again.syncs, statusOnChartSheet: status.syncs };
      expect([n, Object.values(syncs).every((x) => x <= 3)]).toEqual([n, true]);
      if (n === 1000) {
        const money = chartsOf(state).filter((c) => c.valueAxis.title.text === "tỷ đồng");
        for (const c of money)
          expect(state.resolveRef(c.series[0]?.valuesRef ?? "").length).toBeLessThanOrEqual(
            MAX_INDICATORS_PER_CHART,
          );
        expect(money.length).toBe(Math.ceil(500 / MAX_INDICATORS_PER_CHART));
      }
      uninstall();
    }
  }, 120_000);
});

describe("getSheetStatus on a sheet the add-in made", () => {
  test("the chart sheet reports its source table's status and names it", async () => {
    const { state } = book();
    await computeActiveSheet(S);
    await createCharts(S);
    expect(state.activeSheet.name).toBe(CHART_SHEET);
    const status = await getSheetStatus();
    expect(status).toMatchObject({
      sheetName: CHART_SHEET,
      sourceSheet: SHEET,
      hasTable: true,
      computed: true,
      charted: true,
    });
  });

  test("the table itself and an unrelated sheet have no sourceSheet", async () => {
    const { state } = book();
    await createCharts(S);
    state.activate(SHEET);
    const own = await getSheetStatus();
    expect(own).toMatchObject({ sheetName: SHEET, hasTable: true, charted: true });
    expect(own.sourceSheet).toBeUndefined();
    state.activate("Khác");
    const other = await getSheetStatus();
    expect(other).toMatchObject({ sheetName: "Khác", hasTable: false, charted: false });
    expect(other.sourceSheet).toBeUndefined();
  });

  test("without the store's record, 'Biểu đồ X' beside a sheet X still points at X", async () => {
    const { state } = book();
    await createCharts(S);
    state.deleteSetting("chitieu.sheets");
    const status = await getSheetStatus();
    expect(status).toMatchObject({
      sheetName: CHART_SHEET,
      sourceSheet: SHEET,
      hasTable: true,
      charted: false,
    });
  });

  test("a renamed chart sheet is still known by the store; other recorded derived sheets too", () => {
    const sheets = [
      { id: "a", name: "Bảng 2021" },
      { id: "b", name: "Hình của tôi" },
      { id: "c", name: "Báo cáo" },
      { id: "d", name: "Biểu đồ Bảng 2021" },
    ];
    const records = { a: { chartSheetName: "hình của tôi", derivedSheetNames: ["Báo cáo"] } };
    expect(sourceOfDerived({ id: "b", name: "Hình của tôi" }, records, sheets)?.name).toBe("Bảng 2021");
    expect(sourceOfDerived({ id: "c", name: "Báo cáo" }, records, sheets)?.name).toBe("Bảng 2021");
    expect(sourceOfDerived({ id: "d", name: "Biểu đồ Bảng 2021" }, {}, sheets)?.name).toBe("Bảng 2021");
    expect(sourceOfDerived({ id: "a", name: "Bảng 2021" }, records, sheets)).toBeNull();
  });
});
