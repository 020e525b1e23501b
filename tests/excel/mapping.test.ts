import {
  buildReport,
  computeActiveSheet,
  createCharts,
  getPaneState,
  readMappingChoices,
  rolloverActiveSheet,
  saveColumnMapping,
  validateActiveSheet,
} from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { HEADER_ROW, TEN_ROWS, rowOf, syncsOf, workbookPerTest } from "./helpers";

const S = DEFAULT_SETTINGS;
/** Headers the reader does not recognize: the years say nothing of plan or actual. */
const OWN = ["TT", "Nội dung", "ĐVT", "Giao năm 2021", "Năm 2021", "Năm 2020", "Ghi chú"];

const book = workbookPerTest();

function unrecognizedWorkbook() {
  const wb = book(TEN_ROWS);
  wb.state.batch("restore", () => OWN.forEach((h, c) => wb.state.setInput(wb.id, HEADER_ROW, c, h)));
  return wb;
}

describe("Chỉ định cột in the workbench", () => {
  test("an unrecognized table, mapped, is validated, computed, charted and rolled over", async () => {
    const wb = unrecognizedWorkbook();
    expect((await validateActiveSheet(S)).tableFound).toBe(false);

    const choices = await readMappingChoices(S);
    expect(choices.recognized).toBe(false);
    expect(choices.proposal?.headerRow).toBe(HEADER_ROW);
    expect(choices.proposal?.guess).toMatchObject({ name: 1, unit: 2, plan: 3, actual: 4, prior: 5 });
    expect(choices.proposal?.letters[3]).toBe("D");

    const { result: saved, syncs } = await syncsOf(wb.state, () =>
      saveColumnMapping(S, {
        headerRow: HEADER_ROW,
        columns: { name: 1, unit: 2, plan: 3, actual: 4, prior: 5 },
      }),
    );
    expect(syncs).toBeLessThanOrEqual(2);
    expect(saved).toEqual({ sheetName: wb.state.requireSheet(wb.id).name, hasTable: true });

    const validated = await validateActiveSheet(S);
    expect(validated.tableFound).toBe(true);
    expect(validated.rows).toBe(10);
    const computed = await computeActiveSheet(S);
    const pct = computed.columns.pctPlan!.charCodeAt(0) - 65;
    expect(pct).toBe(7);
    // 176 firms of 150 planned: 117,33 %.
    expect(wb.state.value(wb.id, rowOf(0), pct)).toBeCloseTo(176 / 150, 12);
    // As with the recognized headers: the row planned 0 is not counted among the judged.
    expect(computed.summary.total).toBe(9);

    const status = (await getPaneState()).status;
    expect(status).toMatchObject({ hasTable: true, mapped: true, validated: true, computed: true });

    // The report reads through the mapping too: the firms' sentence names 117,33 % of plan.
    const built = await buildReport(S, "vi");
    expect(built.summary.total).toBe(9);
    expect(JSON.stringify(built.report)).toContain("117,33");

    const charts = await createCharts(S);
    expect(charts.charts.length).toBeGreaterThan(0);
    wb.state.activate(wb.state.requireSheet(wb.id).name);

    const next = await rolloverActiveSheet(S);
    const nextId = wb.state.requireSheet(next.sheetName).id;
    // The new sheet reads without a mapping: our own headers over the person's columns.
    expect([1, 2, 3, 4, 5].map((c) => wb.state.value(nextId, HEADER_ROW, c))).toEqual([
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch",
      "Thực hiện",
      "Cùng kỳ",
    ]);
    expect(wb.state.value(nextId, rowOf(0), 5)).toBe(176);
    expect(next.moved).toBe(9);
  });

  test("clearing the mapping brings back 'table not found'; an invalid one is refused", async () => {
    const wb = unrecognizedWorkbook();
    await expect(saveColumnMapping(S, { headerRow: HEADER_ROW, columns: { name: 1 } })).rejects.toMatchObject(
      {
        code: "mapping_invalid",
      },
    );
    await saveColumnMapping(S, { headerRow: HEADER_ROW, columns: { name: 1, plan: 3, actual: 4 } });
    expect((await getPaneState()).status).toMatchObject({ hasTable: true, mapped: true });
    const cleared = await saveColumnMapping(S, null);
    expect(cleared.hasTable).toBe(false);
    expect((await getPaneState()).status).toMatchObject({ hasTable: false, mapped: false });
    expect(wb.state.value(wb.id, HEADER_ROW, 1)).toBe("Nội dung");
  });
});
