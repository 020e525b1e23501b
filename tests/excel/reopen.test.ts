/**
 * What the add-in remembers survives closing and reopening the workbook (Worksheet.id changes,
 * OFFICE-NOTES §15), and a Kiểm tra batch that fails halfway leaves no marks the next run takes
 * for the user's own fill.
 */
import { computeActiveSheet, createCharts, getSheetStatus, validateActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import { marksFrom, type Mark } from "../../src/excel/store";
import { SHEET, TEN_ROWS, rowOf, workbookPerTest } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const CHART_SHEET = `Biểu đồ ${SHEET}`;
const book = workbookPerTest(TEN_ROWS);
afterEach(() => jest.restoreAllMocks());

/** Every mark the store holds, whatever the key. */
function storedMarks(state: ReturnType<typeof book>["state"]): Mark[] {
  return Object.values(marksFrom(state.settings.get("chitieu.marks"))).flat();
}

describe.each([
  ["ExcelApi 1.18 (custom properties)", "1.18"],
  ["ExcelApi 1.9 (no custom properties)", "1.9"],
])("after the workbook is closed and reopened, %s", (_label, version) => {
  test("Kiểm tra removes the marks of the last session once their finding is gone", async () => {
    const { state } = book(TEN_ROWS, { requirementSets: { ExcelApi: version } });
    const first = await validateActiveSheet(S);
    expect(first.marked).toBeGreaterThan(0);
    const marked = storedMarks(state).map((m) => m.address);
    state.reopen();
    const id = state.requireSheet(SHEET).id;
    // The user fills in every missing figure: the findings of the first run go away.
    for (const address of marked) {
      const row = Number(/\d+$/.exec(address)?.[0]) - 1;
      const col = address.charCodeAt(0) - 65;
      state.setInput(id, row, col, col === 3 ? 10 : 12);
    }
    const second = await validateActiveSheet(S);
    const stillWanted = new Set(storedMarks(state).map((m) => m.address));
    const removed = marked.filter((a) => !stillWanted.has(a));
    expect(removed.length).toBeGreaterThan(0);
    for (const address of removed) {
      const row = Number(/\d+$/.exec(address)?.[0]) - 1;
      const col = address.charCodeAt(0) - 65;
      expect([address, state.record(id, row, col)?.format.fill ?? null]).toEqual([address, null]);
      expect([address, state.record(id, row, col)?.note ?? null]).toEqual([address, null]);
    }
    expect(second.marked).toBe(stillWanted.size);
  });

  test("the status still says validated, computed and charted, also on the chart sheet", async () => {
    const { state } = book(TEN_ROWS, { requirementSets: { ExcelApi: version } });
    await validateActiveSheet(S);
    await computeActiveSheet(S);
    await createCharts(S);
    state.reopen();
    state.activate(SHEET);
    expect(await getSheetStatus()).toMatchObject({ validated: true, computed: true, charted: true });
    state.activate(CHART_SHEET);
    expect(await getSheetStatus()).toMatchObject({
      sourceSheet: SHEET,
      validated: true,
      computed: true,
      charted: true,
    });
    // Tạo biểu đồ from the chart sheet replaces it (no "Biểu đồ … (2)").
    await createCharts(S);
    expect(state.sheets.map((s) => s.name)).toEqual([SHEET, CHART_SHEET, "Khác"]);
  });
});

test("a Kiểm tra batch that fails while painting: the next run treats the marks as ours", async () => {
  const clean = book();
  await validateActiveSheet(S);
  const expected = storedMarks(clean.state);
  expect(expected.length).toBeGreaterThan(1);
  clean.uninstall();

  const { state } = book();
  // The second fill fails: the first cell is painted, the rest not, and nothing after.
  const setFormat = state.setFormat.bind(state);
  let fills = 0;
  jest.spyOn(state, "setFormat").mockImplementation((...args) => {
    if ("fill" in args[3] && ++fills === 2) throw new Error("the host failed halfway");
    setFormat(...args);
  });
  await expect(validateActiveSheet(S)).rejects.toMatchObject({ code: "GeneralException" });
  jest.restoreAllMocks();
  await validateActiveSheet(S);
  // Same marks as a run that never failed: every previous fill is the cell's own (none), every
  // note is ours.
  expect(storedMarks(state)).toEqual(expected);
  const id = state.requireSheet(SHEET).id;
  const firstRow = rowOf(0);
  expect(state.record(id, firstRow, 0)?.format.fill ?? null).toBeNull(); // unmarked cells untouched
});
