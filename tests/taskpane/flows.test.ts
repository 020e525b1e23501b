/** The pane's flows with a mocked adapter: which adapter calls, in which order, and what the user sees. */
import { DEFAULT_SETTINGS, type CellRef, type Finding, type Fix, type Summary } from "../../src/core/model";
import * as excel from "../../src/excel";
import { runCharts, chartsReducer, CHARTS_INITIAL } from "../../src/taskpane/flows/charts";
import { COMPUTE_INITIAL, computeReducer, runCompute } from "../../src/taskpane/flows/compute";
import type { ComputeReport, ValidateReport } from "../../src/taskpane/flows/run";
import {
  draftOf,
  runLoadSettings,
  runSaveSettings,
  SETTINGS_INITIAL,
  settingsOf,
  settingsReducer,
} from "../../src/taskpane/flows/settings";
import {
  runRefresh,
  statusAfter,
  STATUS_INITIAL,
  statusReducer,
  templateDone,
  visibleLastCommand,
} from "../../src/taskpane/flows/status";
import { runInsert, templateInitial, templateReducer } from "../../src/taskpane/flows/template";
import {
  goToCell,
  runApplyFixes,
  runValidate,
  selectedFixes,
  VALIDATE_INITIAL,
  validateReducer,
} from "../../src/taskpane/flows/validate";

jest.mock(
  "../../src/excel",
  () => ({
    listTemplates: jest.fn(() => []),
    insertTemplate: jest.fn(),
    validateActiveSheet: jest.fn(),
    applyFixesAndValidate: jest.fn(),
    computeActiveSheet: jest.fn(),
    createCharts: jest.fn(),
    selectCell: jest.fn(),
    loadSettings: jest.fn(),
    saveSettings: jest.fn(),
    getSheetStatus: jest.fn(),
    getPaneState: jest.fn(),
    supportsFeature: jest.fn(() => true),
  }),
  { virtual: true },
);
const api = jest.mocked(excel);

/** A dispatch that runs the reducer and remembers the event types, like useReducer would. */
function harness<S, E extends { type: string }>(reducer: (s: S, e: E) => S, initial: S) {
  const h = {
    state: initial,
    events: [] as string[],
    dispatch: (e: E) => {
      h.events.push(e.type);
      h.state = reducer(h.state, e);
    },
  };
  return h;
}

class FakeChitieuError extends Error {
  code = "ItemNotFound";
  text = { vi: "Không tìm thấy trang tính.", en: "The sheet was not found." };
}

const ref = (address: string, row: number, col: number): CellRef => ({ address, row, col });
const fix = (address: string, value: number): Fix => ({
  cell: ref(address, 11, 5),
  value,
  description: { vi: `Đổi thành ${value}`, en: `Change to ${value}` },
});
const finding = (severity: Finding["severity"], address: string, withFix: Fix | null): Finding => ({
  code: withFix ? "thousands_slip" : "missing_unit",
  severity,
  cell: ref(address, 11, 5),
  column: "actual",
  message: { vi: "vi", en: "en" },
  fix: withFix,
});

const emptyVerdicts = {
  vuot: 0,
  dat: 0,
  co_ban_dat: 0,
  khong_dat: 0,
  chua_co_so_lieu: 0,
  khong_giao_ke_hoach: 0,
  dung_tien_do: 0,
  cham_tien_do: 0,
};
const summary: Summary = {
  reached: 6,
  total: 14,
  noData: 1,
  noTarget: 0,
  byVerdict: { ...emptyVerdicts, vuot: 4, dat: 2 },
  groups: [],
};

function validateReport(findings: Finding[]): ValidateReport {
  return {
    sheetName: "Chỉ tiêu 2021",
    tableFound: true,
    findings,
    summary,
    marked: findings.length,
    rows: 45,
  };
}

beforeEach(() => jest.resetAllMocks());

describe("Kiểm tra", () => {
  it("shows the report, with progress while it runs", async () => {
    const report = validateReport([finding("error", "F12", null)]);
    api.validateActiveSheet.mockImplementation(async (_s, onProgress) => {
      onProgress?.({ step: { vi: "Đọc bảng", en: "Reading" }, fraction: 1.7 });
      return report;
    });
    const h = harness(validateReducer, VALIDATE_INITIAL);
    await expect(runValidate(h.dispatch, DEFAULT_SETTINGS)).resolves.toBe(true);
    expect(h.events).toEqual(["start", "progress", "report"]);
    expect(api.validateActiveSheet).toHaveBeenCalledWith(DEFAULT_SETTINGS, expect.any(Function));
    expect(h.state).toMatchObject({ busy: false, progress: null, error: null, report });
  });

  it("keeps a progress fraction inside 0–1", () => {
    const busy = validateReducer(VALIDATE_INITIAL, { type: "start" });
    const s = validateReducer(busy, {
      type: "progress",
      progress: { step: { vi: "a", en: "a" }, fraction: 1.7 },
    });
    expect(s.progress?.fraction).toBe(1);
  });

  it("shows a ChitieuError's own sentence and stops being busy", async () => {
    api.validateActiveSheet.mockRejectedValue(new FakeChitieuError("x"));
    const h = harness(validateReducer, VALIDATE_INITIAL);
    await expect(runValidate(h.dispatch, DEFAULT_SETTINGS)).resolves.toBe(false);
    expect(h.state.busy).toBe(false);
    expect(h.state.error).toEqual({ vi: "Không tìm thấy trang tính.", en: "The sheet was not found." });
  });

  it("applies only the ticked fixes, after the preview, then validates again", async () => {
    const slip = fix("F12", 37067);
    const text = fix("G14", 6794.12);
    const h = harness(validateReducer, VALIDATE_INITIAL);
    h.dispatch({
      type: "report",
      report: validateReport([
        finding("warning", "F12", slip),
        finding("warning", "G14", text),
        finding("error", "C3", null),
      ]),
    });
    h.dispatch({ type: "toggle", address: "C3" }); // no fix offered there: ignored
    h.dispatch({ type: "toggle", address: "F12" });
    expect(h.state.selected).toEqual(["F12"]);
    expect(selectedFixes(h.state)).toEqual([slip]);
    expect(api.applyFixesAndValidate).not.toHaveBeenCalled();

    h.dispatch({ type: "openPreview" });
    expect(h.state.preview).toEqual([slip]);

    const after = validateReport([finding("warning", "G14", text)]);
    api.applyFixesAndValidate.mockResolvedValue({ applied: 1, report: after });
    await runApplyFixes(h.dispatch, h.state.preview ?? [], DEFAULT_SETTINGS, "Chỉ tiêu 2021");
    // One adapter call (one Excel.run) fixes and validates again.
    expect(api.applyFixesAndValidate).toHaveBeenCalledWith(
      [slip],
      DEFAULT_SETTINGS,
      "Chỉ tiêu 2021",
      expect.any(Function),
    );
    expect(api.validateActiveSheet).not.toHaveBeenCalled();
    expect(h.state).toMatchObject({ applied: 1, report: after, selected: [], preview: null, busy: false });
  });

  it("does not open an empty preview nor apply nothing", async () => {
    const h = harness(validateReducer, VALIDATE_INITIAL);
    h.dispatch({ type: "report", report: validateReport([finding("warning", "F12", fix("F12", 1000))]) });
    h.dispatch({ type: "openPreview" });
    expect(h.state.preview).toBeNull();
    await runApplyFixes(h.dispatch, [], DEFAULT_SETTINGS, "Chỉ tiêu 2021");
    expect(api.applyFixesAndValidate).not.toHaveBeenCalled();
  });

  it("toggles a fix off again", () => {
    const h = harness(validateReducer, VALIDATE_INITIAL);
    h.dispatch({ type: "report", report: validateReport([finding("warning", "F12", fix("F12", 1000))]) });
    h.dispatch({ type: "toggle", address: "F12" });
    h.dispatch({ type: "toggle", address: "F12" });
    expect(h.state.selected).toEqual([]);
  });

  it("selects a finding's cell, and shows why when it cannot", async () => {
    const h = harness(validateReducer, VALIDATE_INITIAL);
    api.selectCell.mockResolvedValue();
    await goToCell(h.dispatch, "Chỉ tiêu 2021", "F12");
    expect(api.selectCell).toHaveBeenCalledWith("Chỉ tiêu 2021", "F12");
    expect(h.state.error).toBeNull();
    api.selectCell.mockRejectedValue(new Error("gone"));
    await goToCell(h.dispatch, "Chỉ tiêu 2021", "F12");
    expect(h.state.error?.en).toContain("gone");
  });
});

describe("Tính toán", () => {
  const report = (conflicts: CellRef[], written: boolean): ComputeReport => ({
    sheetName: "Chỉ tiêu 2021",
    written,
    conflicts,
    summary,
    columns: { pctPlan: "H", verdict: "L" },
  });

  it("shows the summary when nothing was in the way", async () => {
    api.computeActiveSheet.mockResolvedValue(report([], true));
    const h = harness(computeReducer, COMPUTE_INITIAL);
    await runCompute(h.dispatch, DEFAULT_SETTINGS, false);
    expect(api.computeActiveSheet).toHaveBeenCalledWith(
      DEFAULT_SETTINGS,
      { overwrite: false },
      expect.any(Function),
    );
    expect(h.state).toMatchObject({ busy: false, pending: null, report: report([], true) });
  });

  it("asks before overwriting user values, and overwrites only on 'Ghi đè'", async () => {
    const first = report([ref("H7", 6, 7), ref("L9", 8, 11)], false);
    api.computeActiveSheet.mockResolvedValueOnce(first).mockResolvedValueOnce(report([], true));
    const h = harness(computeReducer, COMPUTE_INITIAL);
    await runCompute(h.dispatch, DEFAULT_SETTINGS, false);
    expect(h.state.pending).toBe(first);
    expect(h.state.report).toBeNull();

    await runCompute(h.dispatch, DEFAULT_SETTINGS, true);
    expect(api.computeActiveSheet).toHaveBeenLastCalledWith(
      DEFAULT_SETTINGS,
      { overwrite: true },
      expect.any(Function),
    );
    expect(h.state).toMatchObject({ pending: null, report: report([], true) });
  });

  it("keeps the user's values on 'Giữ nguyên' and still shows the summary", async () => {
    const first = report([ref("H7", 6, 7)], false);
    api.computeActiveSheet.mockResolvedValue(first);
    const h = harness(computeReducer, COMPUTE_INITIAL);
    await runCompute(h.dispatch, DEFAULT_SETTINGS, false);
    h.dispatch({ type: "keep" });
    expect(api.computeActiveSheet).toHaveBeenCalledTimes(1);
    expect(h.state).toMatchObject({ pending: null, report: first });
  });
});

describe("Tạo biểu đồ", () => {
  it("passes the chosen scope; the language is the workbook's, in the settings", async () => {
    const charts = {
      sheetName: "Biểu đồ Chỉ tiêu 2021",
      sourceSheet: "Chỉ tiêu 2021",
      charts: [{ name: "c1", title: "% KH", type: "barClustered" }],
    };
    api.createCharts.mockResolvedValue(charts);
    const h = harness(chartsReducer, CHARTS_INITIAL);
    h.dispatch({ type: "scope", scope: "selection" });
    const en = { ...DEFAULT_SETTINGS, language: "en" as const };
    await runCharts(h.dispatch, en, h.state.scope);
    expect(api.createCharts).toHaveBeenCalledWith(en, { scope: "selection" }, expect.any(Function));
    expect(h.state.report).toEqual(charts);
  });
});

describe("Chèn mẫu", () => {
  it("refuses a bad year without calling Excel", async () => {
    const h = harness(templateReducer, templateInitial(2021));
    h.dispatch({ type: "open" });
    h.dispatch({ type: "choose", templateId: "thanh-pho-nam" });
    h.dispatch({ type: "year", year: "21" });
    await expect(runInsert(h.dispatch, h.state, DEFAULT_SETTINGS)).resolves.toBe(false);
    expect(h.state.yearInvalid).toBe(true);
    expect(api.insertTemplate).not.toHaveBeenCalled();
  });

  it("inserts with the year and the trimmed unit name, then closes the picker", async () => {
    api.insertTemplate.mockResolvedValue({ sheetName: "Chỉ tiêu 2021" });
    const h = harness(templateReducer, templateInitial(2021));
    h.dispatch({ type: "open" });
    h.dispatch({ type: "choose", templateId: "thanh-pho-nam" });
    h.dispatch({ type: "unitName", unitName: "  Thành ủy Bến Tre " });
    await runInsert(h.dispatch, h.state, DEFAULT_SETTINGS);
    expect(api.insertTemplate).toHaveBeenCalledWith(
      "thanh-pho-nam",
      { settings: DEFAULT_SETTINGS, year: 2021, unitName: "Thành ủy Bến Tre" },
      expect.any(Function),
    );
    expect(h.state).toMatchObject({ open: false, inserted: "Chỉ tiêu 2021", busy: false });
  });

  it("does nothing before a template is chosen", async () => {
    const h = harness(templateReducer, templateInitial(2021));
    await expect(runInsert(h.dispatch, h.state, DEFAULT_SETTINGS)).resolves.toBe(false);
    expect(api.insertTemplate).not.toHaveBeenCalled();
  });
});

describe("Cài đặt", () => {
  it("shows saved numbers the way the convention writes them", () => {
    expect(draftOf({ ...DEFAULT_SETTINGS, tolerancePct: 0.5, basicBandPct: 97.5 })).toEqual({
      convention: "vi",
      tolerance: "0,5",
      approxPoints: "0,5",
      bandOn: true,
      threshold: "97,5",
      language: "vi",
      period: null,
    });
    expect(draftOf(DEFAULT_SETTINGS).threshold).toBe("95");
  });

  it("the period set in the pane overrides each table's; 'Theo bảng' takes it away again", () => {
    const d = draftOf({ ...DEFAULT_SETTINGS, period: "9_thang" });
    expect(d.period).toBe("9_thang");
    expect(settingsOf({ ...d, period: "nhiem_ky" }, DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, period: "nhiem_ky" },
    });
    const auto = settingsOf({ ...d, period: null }, { ...DEFAULT_SETTINGS, period: "9_thang" });
    expect(auto).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(auto.ok && "period" in auto.settings).toBe(false);
  });

  it("checks the ranges", () => {
    const d = draftOf(DEFAULT_SETTINGS);
    expect(settingsOf({ ...d, tolerance: "-1" }, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      tolerance: true,
      approxPoints: false,
      threshold: false,
    });
    expect(settingsOf({ ...d, bandOn: true, threshold: "100" }, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      tolerance: false,
      approxPoints: false,
      threshold: true,
    });
    // A bad threshold does not matter while the band is off.
    expect(settingsOf({ ...d, threshold: "abc" }, DEFAULT_SETTINGS)).toMatchObject({ ok: true });
  });

  it("loads, then saves the band at 95 % in the workbook", async () => {
    api.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, convention: "en" });
    const h = harness(settingsReducer, SETTINGS_INITIAL);
    await runLoadSettings(h.dispatch);
    expect(h.state.saved.convention).toBe("en");
    h.dispatch({ type: "edit", draft: { bandOn: true, tolerance: "1" } });
    api.saveSettings.mockResolvedValue();
    await runSaveSettings(h.dispatch, h.state);
    const expected = { ...DEFAULT_SETTINGS, convention: "en", tolerancePct: 1, basicBandPct: 95 };
    expect(api.saveSettings).toHaveBeenCalledWith(expected);
    expect(h.state).toMatchObject({ saved: expected, justSaved: true });
  });

  it("saves the sheet's language in the workbook, with the other settings", async () => {
    api.loadSettings.mockResolvedValue(DEFAULT_SETTINGS);
    const h = harness(settingsReducer, SETTINGS_INITIAL);
    await runLoadSettings(h.dispatch);
    expect(h.state.draft.language).toBe("vi");
    h.dispatch({ type: "edit", draft: { language: "en" } });
    api.saveSettings.mockResolvedValue();
    await runSaveSettings(h.dispatch, h.state);
    expect(api.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, language: "en" });
    expect(h.state.saved.language).toBe("en");
  });

  it("the khoảng tolerance in điểm % takes 0 to 10, typed the convention's way", () => {
    const d = draftOf(DEFAULT_SETTINGS);
    expect(d.approxPoints).toBe("0,5");
    expect(draftOf({ ...DEFAULT_SETTINGS, convention: "en", approxTolerancePoints: 0.25 }).approxPoints).toBe(
      "0.25",
    );
    for (const [typed, value] of [
      ["0,2", 0.2],
      ["0", 0],
      ["10", 10],
    ] as const)
      expect(settingsOf({ ...d, approxPoints: typed }, DEFAULT_SETTINGS)).toEqual({
        ok: true,
        settings: { ...DEFAULT_SETTINGS, approxTolerancePoints: value },
      });
    for (const typed of ["-0,1", "10,5", "khoảng", ""])
      expect(settingsOf({ ...d, approxPoints: typed }, DEFAULT_SETTINGS)).toEqual({
        ok: false,
        tolerance: false,
        approxPoints: true,
        threshold: false,
      });
  });

  it("loads the workbook's khoảng tolerance, saves 0,2 điểm %, and shows it again", async () => {
    api.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, approxTolerancePoints: 1 });
    const h = harness(settingsReducer, SETTINGS_INITIAL);
    await runLoadSettings(h.dispatch);
    expect(h.state.draft.approxPoints).toBe("1");
    h.dispatch({ type: "edit", draft: { approxPoints: "0,2" } });
    api.saveSettings.mockResolvedValue();
    await runSaveSettings(h.dispatch, h.state);
    const expected = { ...DEFAULT_SETTINGS, approxTolerancePoints: 0.2 };
    expect(api.saveSettings).toHaveBeenCalledWith(expected);
    expect(h.state).toMatchObject({ saved: expected, justSaved: true });
    expect(h.state.draft.approxPoints).toBe("0,2");
  });

  it("does not save a khoảng tolerance out of range, and says which field", async () => {
    const h = harness(settingsReducer, SETTINGS_INITIAL);
    h.dispatch({ type: "edit", draft: { approxPoints: "15" } });
    await runSaveSettings(h.dispatch, h.state);
    expect(api.saveSettings).not.toHaveBeenCalled();
    expect(h.state.invalid).toEqual({ tolerance: false, approxPoints: true, threshold: false });
    // The next edit clears the message.
    h.dispatch({ type: "edit", draft: { approxPoints: "1" } });
    expect(h.state.invalid.approxPoints).toBe(false);
  });

  it("does not save an invalid form", async () => {
    const h = harness(settingsReducer, SETTINGS_INITIAL);
    h.dispatch({ type: "edit", draft: { tolerance: "nhiều" } });
    await runSaveSettings(h.dispatch, h.state);
    expect(api.saveSettings).not.toHaveBeenCalled();
    expect(h.state.invalid.tolerance).toBe(true);
  });
});

describe("the active sheet's state", () => {
  it("reads the status and the last ribbon result; a closed result stays closed", async () => {
    const status = {
      sheetName: "Chỉ tiêu 2021",
      hasTable: true,
      validated: true,
      computed: false,
      charted: false,
      errors: 1,
      warnings: 2,
    };
    const record = {
      command: "validate" as const,
      at: "2021-12-20T08:30:00.000Z",
      ok: true,
      text: { vi: "a", en: "b" },
    };
    api.getPaneState.mockResolvedValue({ status, lastCommand: record });
    const h = harness(statusReducer, STATUS_INITIAL);
    await runRefresh(h.dispatch);
    // One adapter call (one Excel.run) for the status and the ribbon result.
    expect(api.getPaneState).toHaveBeenCalledTimes(1);
    expect(api.getSheetStatus).not.toHaveBeenCalled();
    expect(h.state.status).toEqual(status);
    expect(visibleLastCommand(h.state)).toEqual(record);
    h.dispatch({ type: "dismissLastCommand" });
    await runRefresh(h.dispatch);
    expect(visibleLastCommand(h.state)).toBeNull();
    api.getPaneState.mockResolvedValue({
      status,
      lastCommand: { ...record, at: "2021-12-20T09:00:00.000Z" },
    });
    await runRefresh(h.dispatch);
    expect(visibleLastCommand(h.state)?.at).toBe("2021-12-20T09:00:00.000Z");
  });
});

describe("the status after a pane command, from its report (no Excel call)", () => {
  const SHEET = "Chỉ tiêu 2021";
  const base = {
    sheetName: SHEET,
    hasTable: true,
    validated: false,
    computed: false,
    charted: false,
    errors: 0,
    warnings: 0,
  };
  const computeReport = (written: boolean, sheetName = SHEET): ComputeReport => ({
    sheetName,
    written,
    conflicts: written ? [] : [ref("N12", 11, 13)],
    summary,
    columns: {},
  });

  it("Chèn mẫu: the new sheet, a table, nothing done yet", () => {
    const prev = { ...base, validated: true, computed: true, charted: true, errors: 3 };
    expect(statusAfter(prev, { command: "template", sheetName: "Mẫu 2022" })).toEqual({
      ...base,
      sheetName: "Mẫu 2022",
      template: true,
    });
    expect(statusAfter(null, { command: "template", sheetName: "Mẫu 2022" })).toEqual({
      ...base,
      sheetName: "Mẫu 2022",
      template: true,
    });
  });

  it("Kiểm tra: validated, errors and warnings counted from the findings, the rest kept", () => {
    const report = validateReport([
      finding("error", "F12", null),
      finding("error", "F13", null),
      finding("warning", "F14", null),
      finding("info", "F15", null),
    ]);
    const prev = { ...base, computed: true };
    expect(statusAfter(prev, { command: "validate", report })).toEqual({
      ...base,
      validated: true,
      computed: true,
      errors: 2,
      warnings: 1,
    });
    // A clean table after fixes: the counts go back to 0.
    const clean = statusAfter(
      { ...base, validated: true, errors: 2 },
      { command: "validate", report: validateReport([]) },
    );
    expect(clean).toEqual({ ...base, validated: true });
  });

  it("Kiểm tra on a sheet without a table: no table, validated", () => {
    const report = {
      ...validateReport([finding("error", "A1", null)]),
      sheetName: "Ghi chú",
      tableFound: false,
    };
    expect(statusAfter(base, { command: "validate", report })).toEqual({
      ...base,
      sheetName: "Ghi chú",
      hasTable: false,
      validated: true,
      errors: 1,
    });
  });

  it("Kiểm tra on another sheet than the one shown: what was done there is not assumed", () => {
    const prev = { ...base, sheetName: "Khác", computed: true, charted: true };
    const s = statusAfter(prev, { command: "validate", report: validateReport([]) });
    expect(s).toEqual({ ...base, validated: true });
  });

  it("Tính toán: computed when written; a stop at the question changes nothing", () => {
    const prev = { ...base, validated: true, warnings: 2 };
    expect(statusAfter(prev, { command: "compute", report: computeReport(true) })).toEqual({
      ...prev,
      computed: true,
    });
    expect(statusAfter(prev, { command: "compute", report: computeReport(false) })).toBe(prev);
    expect(statusAfter(null, { command: "compute", report: computeReport(true) })).toEqual({
      ...base,
      computed: true,
    });
  });

  it("Tạo biểu đồ: the chart sheet is active and describes its table, charted", () => {
    const prev = { ...base, validated: true, computed: true, warnings: 1 };
    const report = { sheetName: `Biểu đồ ${SHEET}`, sourceSheet: SHEET, charts: [] };
    expect(statusAfter(prev, { command: "charts", report })).toEqual({
      ...prev,
      sheetName: `Biểu đồ ${SHEET}`,
      sourceSheet: SHEET,
      charted: true,
    });
    // Charted again from the chart sheet itself: still its table's status.
    const again = statusAfter(statusAfter(prev, { command: "charts", report }), {
      command: "charts",
      report,
    });
    expect(again).toEqual({ ...prev, sheetName: `Biểu đồ ${SHEET}`, sourceSheet: SHEET, charted: true });
  });

  it("Báo cáo / Trích xuất / Tổng hợp: the new sheet they wrote", () => {
    const prev = { ...base, validated: true, computed: true, charted: true, errors: 1 };
    expect(statusAfter(prev, { command: "newSheet", sheetName: "Báo cáo X", hasTable: false })).toEqual({
      ...base,
      sheetName: "Báo cáo X",
      hasTable: false,
    });
    expect(
      statusAfter(prev, { command: "newSheet", sheetName: "Tổng hợp 3 đơn vị", hasTable: true }),
    ).toEqual({
      ...base,
      sheetName: "Tổng hợp 3 đơn vị",
    });
  });

  it("the reducer applies it and keeps the ribbon result", () => {
    const record = {
      command: "compute" as const,
      at: "2021-12-20T08:30:00.000Z",
      ok: true,
      text: { vi: "a", en: "b" },
    };
    const s0 = { ...STATUS_INITIAL, status: base, lastCommand: record };
    const s1 = statusReducer(s0, {
      type: "changed",
      change: { command: "compute", report: computeReport(true) },
    });
    expect(s1.status).toEqual({ ...base, computed: true });
    expect(s1.lastCommand).toBe(record);
  });

  it("an edit makes the results stale until Kiểm tra, Tính toán or Làm mới; Biểu đồ does not", () => {
    const s0 = { ...STATUS_INITIAL, status: { ...base, computed: true } };
    const s1 = statusReducer(s0, { type: "sheetEdited" });
    expect(s1.stale).toBe(true);
    expect(s1.status).toBe(s0.status);
    const charted = statusReducer(s1, {
      type: "changed",
      change: {
        command: "charts",
        report: { sheetName: "Biểu đồ X", sourceSheet: base.sheetName, charts: [] },
      },
    });
    expect(charted.stale).toBe(true);
    const computed = statusReducer(s1, {
      type: "changed",
      change: { command: "compute", report: computeReport(true) },
    });
    expect(computed.stale).toBe(false);
    const refreshed = statusReducer(s1, { type: "status", status: base, lastCommand: null });
    expect(refreshed.stale).toBe(false);
    expect(templateDone(refreshed)).toBe(false);
    const inserted = statusReducer(refreshed, {
      type: "changed",
      change: { command: "template", sheetName: "Mẫu" },
    });
    expect(templateDone(inserted)).toBe(true);
    // Per sheet: back on the user's own table, Mẫu is optional again; the template sheet stays done.
    const back = statusReducer(inserted, { type: "status", status: base, lastCommand: null });
    expect(templateDone(back)).toBe(false);
    const again = statusReducer(back, {
      type: "status",
      status: { ...base, sheetName: "Mẫu" },
      lastCommand: null,
    });
    expect(templateDone(again)).toBe(true);
    // After the workbook is opened again, the adapter says so from the sheet itself.
    expect(templateDone({ ...STATUS_INITIAL, status: { ...base, template: true } })).toBe(true);
  });

  it("the flows report the change only when the command succeeded", async () => {
    const onChanged = jest.fn();
    const report = validateReport([]);
    api.validateActiveSheet.mockResolvedValue(report);
    await runValidate(harness(validateReducer, VALIDATE_INITIAL).dispatch, DEFAULT_SETTINGS, onChanged);
    expect(onChanged).toHaveBeenCalledWith({ command: "validate", report });

    onChanged.mockClear();
    api.computeActiveSheet.mockRejectedValue(new FakeChitieuError("x"));
    await runCompute(harness(computeReducer, COMPUTE_INITIAL).dispatch, DEFAULT_SETTINGS, false, onChanged);
    expect(onChanged).not.toHaveBeenCalled();

    const charts = { sheetName: `Biểu đồ ${SHEET}`, sourceSheet: SHEET, charts: [] };
    api.createCharts.mockResolvedValue(charts);
    await runCharts(harness(chartsReducer, CHARTS_INITIAL).dispatch, DEFAULT_SETTINGS, "all", onChanged);
    expect(onChanged).toHaveBeenCalledWith({ command: "charts", report: charts });

    api.insertTemplate.mockResolvedValue({ sheetName: "Mẫu 2022" });
    const t = { ...templateInitial(2022), templateId: "city" };
    await runInsert(harness(templateReducer, t).dispatch, t, DEFAULT_SETTINGS, onChanged);
    expect(onChanged).toHaveBeenLastCalledWith({ command: "template", sheetName: "Mẫu 2022" });
  });
});
