/** The ribbon commands: same adapter calls as the pane, always event.completed(), failures recorded. */
import { msg } from "../../src/core/messages/index";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { HEADER_SEARCH_ROWS } from "../../src/core/table";
import * as excel from "../../src/excel";
import * as lastCommand from "../../src/taskpane/lastCommand";

jest.mock(
  "../../src/excel",
  () => ({
    validateActiveSheet: jest.fn(),
    computeActiveSheet: jest.fn(),
    createCharts: jest.fn(),
    loadSettings: jest.fn(),
  }),
  { virtual: true },
);
jest.mock("../../src/taskpane/lastCommand", () => ({
  ...jest.requireActual("../../src/taskpane/lastCommand"),
  saveLastCommand: jest.fn(),
}));

type Handler = (event: { completed: () => void }) => Promise<void>;
const handlers = new Map<string, Handler>();

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (cb: () => void) => cb(),
    actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
  };
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
});

const api = jest.mocked(excel);
const save = jest.mocked(lastCommand.saveLastCommand);
const summary = {
  reached: 6,
  total: 14,
  noData: 0,
  noTarget: 0,
  byVerdict: {
    vuot: 4,
    dat: 2,
    co_ban_dat: 0,
    khong_dat: 8,
    chua_co_so_lieu: 0,
    khong_giao_ke_hoach: 0,
    dung_tien_do: 0,
    cham_tien_do: 0,
  },
  groups: [],
};

beforeEach(() => {
  jest.resetAllMocks();
  api.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, basicBandPct: 95 });
  save.mockResolvedValue();
});

async function click(name: string): Promise<jest.Mock> {
  const completed = jest.fn();
  const handler = handlers.get(name);
  if (!handler) throw new Error(`no handler ${name}`);
  await handler({ completed });
  return completed;
}

it("associates the three FunctionNames of manifest.xml", () => {
  expect([...handlers.keys()].sort()).toEqual(["charts", "compute", "validate"]);
});

it("computes with the saved settings, never overwriting, and records the summary", async () => {
  api.computeActiveSheet.mockResolvedValue({
    sheetName: "S",
    written: true,
    conflicts: [],
    summary,
    columns: {},
  });
  const completed = await click("compute");
  expect(api.computeActiveSheet).toHaveBeenCalledWith(
    { ...DEFAULT_SETTINGS, basicBandPct: 95 },
    { overwrite: false },
  );
  expect(save).toHaveBeenCalledWith(
    expect.objectContaining({
      command: "compute",
      ok: true,
      text: expect.objectContaining({ vi: "Đạt và vượt 6/14 chỉ tiêu." }),
    }),
  );
  expect(completed).toHaveBeenCalledTimes(1);
});

it("records a failure as the user's sentence and still completes", async () => {
  const text = { vi: "Trang tính đang được bảo vệ.", en: "The sheet is protected." };
  api.validateActiveSheet.mockRejectedValue(Object.assign(new Error("x"), { text, code: "AccessDenied" }));
  const completed = await click("validate");
  expect(save).toHaveBeenCalledWith(expect.objectContaining({ command: "validate", ok: false, text }));
  expect(completed).toHaveBeenCalledTimes(1);
});

it("completes even when the result cannot be recorded", async () => {
  api.createCharts.mockResolvedValue({ sheetName: "Biểu đồ S", sourceSheet: "S", charts: [] });
  save.mockRejectedValue(new Error("read-only"));
  const completed = await click("charts");
  expect(api.createCharts).toHaveBeenCalledWith(expect.anything(), { scope: "all" });
  expect(completed).toHaveBeenCalledTimes(1);
});

it("records no table as core's table_not_found sentence, in vi and en", async () => {
  const { tableNotFoundFinding } =
    jest.requireActual<typeof import("../../src/excel/read")>("../../src/excel/read");
  api.validateActiveSheet.mockResolvedValue({
    sheetName: "Trang 2",
    findings: [tableNotFoundFinding()],
    summary: null,
    rows: 0,
    tableFound: false,
  } as unknown as Awaited<ReturnType<typeof excel.validateActiveSheet>>);
  await click("validate");
  const expected = msg("table_not_found", { rows: HEADER_SEARCH_ROWS });
  expect(save).toHaveBeenCalledWith(
    expect.objectContaining({ command: "validate", ok: true, text: { vi: expected.vi, en: expected.en } }),
  );
  const { text } = save.mock.calls[0]![0];
  expect(text.vi).toContain(`${HEADER_SEARCH_ROWS} dòng đầu`);
  expect(text.en).toContain(`first ${HEADER_SEARCH_ROWS} rows`);
});
