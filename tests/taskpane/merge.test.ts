/** "Tổng hợp" with a mocked adapter: read and merge first, write only on the user's word. */
import { DEFAULT_SETTINGS } from "../../src/core/model";
import type { MergeResult } from "../../src/core/merge";
import * as excel from "../../src/excel";
import {
  MERGE_INITIAL,
  mergeReducer,
  mergedRows,
  runMerge,
  runWriteMerged,
  type MergeEvent,
  type MergeState,
} from "../../src/taskpane/flows/merge";
import type { RunEvent } from "../../src/taskpane/flows/run";

jest.mock("../../src/excel", () => ({ mergeUnitFiles: jest.fn(), writeMergedSheet: jest.fn() }), {
  virtual: true,
});
const api = jest.mocked(excel);

function harness() {
  const h = { state: MERGE_INITIAL as MergeState, types: [] as string[] };
  const dispatch = (e: MergeEvent | RunEvent) => {
    h.types.push(e.type);
    h.state = mergeReducer(h.state, e);
  };
  return { h, dispatch };
}

const file = (name: string) => ({ name, data: new ArrayBuffer(0) });
const result: MergeResult = {
  unitNames: ["Phường 1", "Phường 2"],
  title: "T",
  period: "nam",
  year: 2021,
  groups: [{ stt: "", name: "", indicators: [] }],
  issues: [
    {
      code: "missing_in_units",
      name: "Công trình hoàn thành",
      units: ["Phường 1"],
      message: { vi: "Thiếu ở Phường 1", en: "Missing in Phường 1" },
    },
  ],
  conversions: [],
};

beforeEach(() => jest.resetAllMocks());

test("one file is not a consolidation: nothing is read", async () => {
  const { h, dispatch } = harness();
  expect(await runMerge(dispatch, [file("a.xlsx")], DEFAULT_SETTINGS)).toBe(false);
  expect(h.state.tooFew).toBe(true);
  expect(h.state.files).toEqual(["a.xlsx"]);
  expect(api.mergeUnitFiles).not.toHaveBeenCalled();
});

test("two files are merged and the mismatches kept for the pane; nothing is written yet", async () => {
  api.mergeUnitFiles.mockResolvedValue(result);
  const { h, dispatch } = harness();
  expect(await runMerge(dispatch, [file("a.xlsx"), file("b.xlsx")], DEFAULT_SETTINGS)).toBe(true);
  expect(h.types).toEqual(["picked", "start", "merged"]);
  expect(h.state.result?.issues).toHaveLength(1);
  expect(api.writeMergedSheet).not.toHaveBeenCalled();
  expect(mergedRows(result)).toBe(0);

  api.writeMergedSheet.mockResolvedValue({ sheetName: "Tổng hợp 2 đơn vị" });
  await runWriteMerged(dispatch, result, DEFAULT_SETTINGS, "vi");
  expect(api.writeMergedSheet).toHaveBeenCalledWith(result, DEFAULT_SETTINGS, "vi", expect.any(Function));
  expect(h.state.written).toBe("Tổng hợp 2 đơn vị");
});

test("a file that cannot be read is the adapter's sentence; picking again starts afresh", async () => {
  const text = { vi: "Không đọc được tệp “a.xlsx”.", en: "Cannot read “a.xlsx”." };
  api.mergeUnitFiles.mockRejectedValue(Object.assign(new Error("x"), { text }));
  const { h, dispatch } = harness();
  await runMerge(dispatch, [file("a.xlsx"), file("b.xlsx")], DEFAULT_SETTINGS);
  expect(h.state.error).toEqual(text);
  expect(h.state.result).toBeNull();
  api.mergeUnitFiles.mockResolvedValue(result);
  await runMerge(dispatch, [file("c.xlsx"), file("d.xlsx")], DEFAULT_SETTINGS);
  expect(h.state.error).toBeNull();
  expect(h.state.files).toEqual(["c.xlsx", "d.xlsx"]);
});
