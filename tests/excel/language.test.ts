/**
 * The workbook's language on the runtime workbench: Tính toán with language en writes English
 * verdicts, headers, summary and colour rules; switching back rewrites the same cells in
 * Vietnamese; the setting is kept in the workbook; charts take titles and labels from it.
 */
import { computeActiveSheet, createCharts, loadSettings, saveSettings } from "../../src/excel";
import { verdictLabel } from "../../src/core/compute";
import { COMPUTED_HEADERS } from "../../src/core/formulas";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import { VERDICT_COLOURS } from "../../src/core/plan";
import { HEADER_ROW, SHEET, colIndex, rowOf, stable, verdictRows, workbookPerTest } from "./helpers";

const VI: Settings = DEFAULT_SETTINGS;
const EN: Settings = { ...DEFAULT_SETTINGS, language: "en" };

const ROWS = verdictRows(["vuot", "dat", "khong_dat", "chua_co_so_lieu"]);
const book = workbookPerTest(ROWS);

/** The summary line's cell: two rows under the last indicator, in the name column. */
const SUMMARY_ROW = rowOf(ROWS.length - 1) + 2;

test("the language is saved in the workbook's settings and read back", async () => {
  book();
  expect((await loadSettings()).language).toBe("vi");
  await saveSettings(EN);
  expect((await loadSettings()).language).toBe("en");
});

test("computed with language en: English verdicts, headers, summary and matching colours", async () => {
  const { state, id } = book();
  const report = await computeActiveSheet(EN);
  const verdictCol = colIndex(report.columns.verdict);
  ROWS.forEach((want, i) => {
    expect([want.name, state.value(id, rowOf(i), verdictCol)]).toEqual([
      want.name,
      verdictLabel(want.verdict, "en"),
    ]);
    if (want.verdict !== "chua_co_so_lieu")
      expect(state.cell(id, rowOf(i), verdictCol).displayFormat.fill).toBe(
        VERDICT_COLOURS[want.verdict].fill,
      );
  });
  expect(state.value(id, HEADER_ROW, verdictCol)).toBe(COMPUTED_HEADERS.verdict.en);
  expect(state.value(id, HEADER_ROW, colIndex(report.columns.pctPlan))).toBe(COMPUTED_HEADERS.pctPlan.en);
  expect(state.value(id, SUMMARY_ROW, 1)).toBe("2 of 3 targets reached or exceeded");
  // The group heading counts its rows in English too.
  expect(state.value(id, rowOf(0) - 1, verdictCol)).toBe("2 of 3 targets reached or exceeded");
});

test("switching language and computing again rewrites the owned cells, then changes nothing", async () => {
  const { state, id } = book();
  const en = await computeActiveSheet(EN);
  const vi = await computeActiveSheet(VI);
  // No question asked: every cell written in English was ours.
  expect(vi.written).toBe(true);
  expect(vi.conflicts).toEqual([]);
  expect(vi.columns).toEqual(en.columns);
  const verdictCol = colIndex(vi.columns.verdict);
  ROWS.forEach((want, i) =>
    expect(state.value(id, rowOf(i), verdictCol)).toBe(verdictLabel(want.verdict, "vi")),
  );
  expect(state.value(id, HEADER_ROW, verdictCol)).toBe("Đánh giá");
  expect(state.value(id, SUMMARY_ROW, 1)).toBe("Đạt và vượt 2/3 chỉ tiêu");
  // Colours follow the Vietnamese labels now, and no rule of the English run is left behind.
  ROWS.forEach((want, i) => {
    if (want.verdict !== "chua_co_so_lieu")
      expect(state.cell(id, rowOf(i), verdictCol).displayFormat.fill).toBe(
        VERDICT_COLOURS[want.verdict].fill,
      );
  });
  const rules = state.requireSheet(SHEET).conditionalFormats;
  expect(JSON.stringify(rules)).not.toContain("Exceeded");
  // Back to English: the same cells, the same sheet as the first English run.
  const once = await computeActiveSheet(EN);
  expect(once.columns).toEqual(en.columns);
  const snap = stable(state.snapshot());
  await computeActiveSheet(EN);
  expect(stable(state.snapshot())).toEqual(snap);
  expect(state.value(id, SUMMARY_ROW, 1)).toBe("2 of 3 targets reached or exceeded");
});

test("charts in English count English verdicts (and a table still in Vietnamese)", async () => {
  const { state } = book();
  await computeActiveSheet(VI);
  await createCharts(EN);
  const charts = state.requireSheet(`Biểu đồ ${SHEET}`).charts;
  const verdicts = charts.find((c) => c.name === "chitieu-danh-gia");
  expect(verdicts?.series.map((s) => s.name)).toEqual(["Exceeded", "Reached", "Not reached"]);
  const counts = (verdicts?.series ?? []).map((s) => state.resolveRef(s.valuesRef ?? "")[0]);
  expect(counts).toEqual([1, 1, 1]);
  await computeActiveSheet(EN);
  expect((verdicts?.series ?? []).map((s) => state.resolveRef(s.valuesRef ?? "")[0])).toEqual([1, 1, 1]);
  expect(verdicts?.title.text).not.toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđĐ]/);
});
