/** Chỉ định cột in the pane, with a mocked adapter: what is read, what is saved, what the status becomes. */
import { DEFAULT_SETTINGS } from "../../src/core/model";
import * as excel from "../../src/excel";
import type { MappingChoices } from "../../src/excel";
import {
  MAPPING_INITIAL,
  mappingReducer,
  runOpenMapping,
  runSaveMapping,
  type MappingEvent,
  type MappingState,
} from "../../src/taskpane/flows/mapping";
import type { RunEvent } from "../../src/taskpane/flows/run";
import { STATUS_INITIAL, statusReducer, type StatusChange } from "../../src/taskpane/flows/status";
import { stepStates } from "../../src/taskpane/format";

jest.mock("../../src/excel", () => ({ readMappingChoices: jest.fn(), saveColumnMapping: jest.fn() }), {
  virtual: true,
});
const api = jest.mocked(excel);

const CHOICES: MappingChoices = {
  sheetName: "Báo cáo",
  proposal: {
    headerRow: 2,
    headers: [
      { col: 1, text: "Nội dung" },
      { col: 3, text: "Năm 2023" },
      { col: 4, text: "Giao năm 2024" },
      { col: 5, text: "Năm 2024" },
    ],
    guess: { name: 1, actual: 5, prior: 3 },
    letters: { 1: "B", 3: "D", 4: "E", 5: "F" },
  },
  current: null,
  recognized: false,
};

function harness() {
  const h = {
    state: MAPPING_INITIAL as MappingState,
    dispatch: (e: MappingEvent | RunEvent) => {
      h.state = mappingReducer(h.state, e);
    },
  };
  return h;
}

describe("Chỉ định cột flow", () => {
  it("opens on the proposed header row with the guesses chosen; a choice is changed or removed", async () => {
    api.readMappingChoices.mockResolvedValueOnce(CHOICES);
    const h = harness();
    await expect(runOpenMapping(h.dispatch, DEFAULT_SETTINGS)).resolves.toBe(true);
    expect(h.state).toMatchObject({
      open: true,
      busy: false,
      headerRow: 2,
      chosen: { name: 1, actual: 5, prior: 3 },
    });
    h.dispatch({ type: "choose", key: "plan", col: 4 });
    h.dispatch({ type: "choose", key: "prior", col: null });
    expect(h.state.chosen).toEqual({ name: 1, actual: 5, plan: 4 });
  });

  it("saves the chosen columns; the status then has a table, read through the mapping, nothing done yet", async () => {
    api.readMappingChoices.mockResolvedValueOnce(CHOICES);
    api.saveColumnMapping.mockResolvedValueOnce({ sheetName: "Báo cáo", hasTable: true });
    const h = harness();
    await runOpenMapping(h.dispatch, DEFAULT_SETTINGS);
    h.dispatch({ type: "choose", key: "plan", col: 4 });
    const changes: StatusChange[] = [];
    await expect(
      runSaveMapping(h.dispatch, h.state, DEFAULT_SETTINGS, false, (c) => changes.push(c)),
    ).resolves.toBe(true);
    expect(api.saveColumnMapping).toHaveBeenLastCalledWith(
      DEFAULT_SETTINGS,
      { headerRow: 2, columns: { name: 1, actual: 5, prior: 3, plan: 4 } },
      expect.any(Function),
    );
    expect(h.state).toMatchObject({ open: false, busy: false });
    expect(changes).toEqual([{ command: "mapping", sheetName: "Báo cáo", hasTable: true, mapped: true }]);

    let status = statusReducer(
      {
        ...STATUS_INITIAL,
        stale: true,
        status: {
          sheetName: "Báo cáo",
          hasTable: false,
          validated: true,
          computed: false,
          charted: false,
          errors: 1,
          warnings: 0,
        },
      },
      { type: "changed", change: changes[0]! },
    );
    expect(status.status).toMatchObject({ hasTable: true, mapped: true, validated: false, errors: 0 });
    expect(status.stale).toBe(false);
    expect(stepStates(status.status, status.stale, false)).toMatchObject({
      validate: "todo",
      compute: "todo",
    });

    api.saveColumnMapping.mockResolvedValueOnce({ sheetName: "Báo cáo", hasTable: false });
    await runSaveMapping(h.dispatch, h.state, DEFAULT_SETTINGS, true, (c) => changes.push(c));
    expect(api.saveColumnMapping).toHaveBeenLastCalledWith(DEFAULT_SETTINGS, null, expect.any(Function));
    status = statusReducer(status, { type: "changed", change: changes[1]! });
    expect(status.status).toMatchObject({ hasTable: false, mapped: false });
  });

  it("a refused mapping keeps the panel open with the adapter's sentence", async () => {
    api.readMappingChoices.mockResolvedValueOnce(CHOICES);
    api.saveColumnMapping.mockRejectedValueOnce(
      Object.assign(new Error("x"), {
        text: { vi: "Cần chỉ định cột tên chỉ tiêu", en: "Name the indicator column" },
      }),
    );
    const h = harness();
    await runOpenMapping(h.dispatch, DEFAULT_SETTINGS);
    await expect(runSaveMapping(h.dispatch, h.state, DEFAULT_SETTINGS, false)).resolves.toBe(false);
    expect(h.state.open).toBe(true);
    expect(h.state.error?.vi).toBe("Cần chỉ định cột tên chỉ tiêu");
  });
});

describe("one 'table not found' message", () => {
  it("a step's table_not_found is handed to the status and not shown by the step", async () => {
    const { attempt, IDLE, runReducer, shownError } = await import("../../src/taskpane/flows/run");
    let s = IDLE;
    const ok = await attempt<never>(
      (e) => {
        s = runReducer(s, e as RunEvent);
      },
      () =>
        Promise.reject(
          Object.assign(new Error("no table"), {
            code: "table_not_found",
            sheetName: "Trang 2",
            text: { vi: "Không tìm thấy bảng", en: "No table" },
          }),
        ),
    );
    expect(ok).toBe(false);
    expect(s.failure).toEqual({ code: "table_not_found", sheetName: "Trang 2" });
    expect(shownError(s)).toBeNull();
    const other = runReducer(s, {
      type: "failed",
      error: { vi: "Lỗi khác", en: "Other" },
      failure: { code: "x", sheetName: null },
    });
    expect(shownError(other)?.vi).toBe("Lỗi khác");

    const status = statusReducer(
      {
        ...STATUS_INITIAL,
        status: {
          sheetName: "Trang 2",
          hasTable: true,
          validated: true,
          computed: true,
          charted: false,
          errors: 0,
          warnings: 0,
        },
      },
      { type: "changed", change: { command: "noTable", sheetName: "Trang 2" } },
    );
    expect(status.status).toMatchObject({ sheetName: "Trang 2", hasTable: false, computed: false });
    expect(stepStates(status.status, false, false)).toEqual({
      template: "todo",
      input: "todo",
      validate: "todo",
      compute: "todo",
      charts: "todo",
    });
  });
});

describe("an error from another sheet does not stay", () => {
  it("a step's error about sheet A is not shown while sheet B is active; wrong_sheet and errors about no sheet are", async () => {
    const { IDLE, runReducer, shownError } = await import("../../src/taskpane/flows/run");
    const failed = runReducer(IDLE, {
      type: "failed",
      error: { vi: "Không còn trang tính A", en: "No sheet A" },
      failure: { code: "ItemNotFound", sheetName: "A" },
    });
    expect(shownError(failed, "A")?.vi).toBe("Không còn trang tính A");
    expect(shownError(failed, "B")).toBeNull();
    expect(shownError(failed, null)?.vi).toBe("Không còn trang tính A");
    // Fixing cells of A while B is open: the person acted on A's result and is told so.
    const wrong = runReducer(IDLE, {
      type: "failed",
      error: { vi: "Các ô cần sửa thuộc trang tính A", en: "The cells are on sheet A" },
      failure: { code: "wrong_sheet", sheetName: "A" },
    });
    expect(shownError(wrong, "B")?.vi).toBe("Các ô cần sửa thuộc trang tính A");
    const general = runReducer(IDLE, { type: "failed", error: { vi: "Lỗi mạng", en: "Network" } });
    expect(shownError(general, "B")?.vi).toBe("Lỗi mạng");
    expect(runReducer(failed, { type: "start" }).failure).toBeNull();
  });

  it("Chèn mẫu and a new sheet move the focus to the sheet bar; Kiểm tra does not", () => {
    const inserted = statusReducer(STATUS_INITIAL, {
      type: "changed",
      change: { command: "template", sheetName: "Mẫu" },
    });
    expect(inserted.focusSheet).toBe(1);
    const validated = statusReducer(inserted, {
      type: "changed",
      change: {
        command: "validate",
        report: { sheetName: "Mẫu", tableFound: true, findings: [], summary: null, marked: 0, rows: 3 },
      },
    });
    expect(validated.focusSheet).toBe(1);
  });
});

describe("results are kept per sheet", () => {
  it("Kiểm tra's findings of sheet A come back when A is active again, not B's", async () => {
    const { VALIDATE_INITIAL, validateReducer } = await import("../../src/taskpane/flows/validate");
    const report = (sheetName: string, rows: number) => ({
      sheetName,
      tableFound: true,
      findings: [],
      summary: null,
      marked: 0,
      rows,
    });
    let s = validateReducer(VALIDATE_INITIAL, { type: "report", report: report("A", 5) });
    s = validateReducer(s, { type: "report", report: report("B", 7) });
    expect(s.report?.sheetName).toBe("B");
    s = validateReducer(s, { type: "showSheet", sheetName: "A" });
    expect([s.report?.sheetName, s.report?.rows]).toEqual(["A", 5]);
    // A sheet never checked keeps what is there (the step hides it: it is not that sheet's).
    expect(validateReducer(s, { type: "showSheet", sheetName: "C" })).toBe(s);
  });

  it("Tính toán's summary of sheet A comes back when A is active again", async () => {
    const { COMPUTE_INITIAL, computeReducer } = await import("../../src/taskpane/flows/compute");
    const report = (sheetName: string, reached: number) => ({
      sheetName,
      written: true,
      conflicts: [],
      summary: { reached, total: 9 } as never,
      columns: {},
    });
    let s = computeReducer(COMPUTE_INITIAL, { type: "computed", report: report("A", 6) });
    s = computeReducer(s, { type: "computed", report: report("B", 2) });
    s = computeReducer(s, { type: "showSheet", sheetName: "A" });
    expect(s.report?.sheetName).toBe("A");
    expect((s.report?.summary as { reached: number }).reached).toBe(6);
  });
});
