/** "Trích xuất" with a mocked adapter: nothing is written until the user confirms the ticked rows. */
import { DEFAULT_SETTINGS } from "../../src/core/model";
import * as excel from "../../src/excel";
import {
  EXTRACT_INITIAL,
  extractReducer,
  runExtract,
  runInsertExtracted,
  tickedProposals,
  type ExtractEvent,
  type ExtractState,
} from "../../src/taskpane/flows/extract";
import type { RunEvent } from "../../src/taskpane/flows/run";

jest.mock("../../src/excel", () => ({ insertExtracted: jest.fn() }), { virtual: true });
const api = jest.mocked(excel);

const PARAGRAPH =
  "Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch; thu ngân sách ước đạt 562 tỷ đồng, bằng 119% so với cùng kỳ.";

function harness() {
  const h = { state: EXTRACT_INITIAL as ExtractState, types: [] as string[] };
  const dispatch = (e: ExtractEvent | RunEvent) => {
    h.types.push(e.type);
    h.state = extractReducer(h.state, e);
  };
  return { h, dispatch };
}

beforeEach(() => jest.resetAllMocks());

test("a seed-style paragraph gives two proposals, all ticked, and nothing written", () => {
  const { h, dispatch } = harness();
  dispatch({ type: "text", text: PARAGRAPH });
  runExtract(dispatch, h.state.text, "vi");
  expect(h.state.proposals?.map((p) => [p.name, p.actual, p.unit])).toEqual([
    ["Doanh nghiệp thành lập mới", 176, "doanh nghiệp"],
    ["Thu ngân sách", 562, "tỷ đồng"],
  ]);
  expect(h.state.proposals?.[0]?.pctPlan).toBe(117.33);
  expect(h.state.proposals?.[1]?.pctPrior).toBe(119);
  expect(h.state.ticked).toEqual([true, true]);
  expect(api.insertExtracted).not.toHaveBeenCalled();
});

test("an empty text area asks for text instead of extracting", () => {
  const { h, dispatch } = harness();
  runExtract(dispatch, "   ", "vi");
  expect(h.state.emptyText).toBe(true);
  expect(h.state.proposals).toBeNull();
  dispatch({ type: "text", text: "a" });
  expect(h.state.emptyText).toBe(false);
});

test("unticked rows are left out; with none ticked nothing is called", async () => {
  const { h, dispatch } = harness();
  runExtract(dispatch, PARAGRAPH, "vi");
  dispatch({ type: "toggle", index: 1 });
  dispatch({ type: "toggle", index: 7 }); // out of range: ignored
  expect(tickedProposals(h.state).map((p) => p.name)).toEqual(["Doanh nghiệp thành lập mới"]);
  api.insertExtracted.mockResolvedValue({ sheetName: "Trích xuất", rows: 1 });
  expect(await runInsertExtracted(dispatch, h.state, DEFAULT_SETTINGS)).toBe(true);
  expect(api.insertExtracted).toHaveBeenCalledWith(
    [expect.objectContaining({ name: "Doanh nghiệp thành lập mới" })],
    DEFAULT_SETTINGS,
    expect.any(Function),
  );
  expect(h.state.inserted).toEqual({ sheetName: "Trích xuất", rows: 1 });

  dispatch({ type: "toggleAll", ticked: false });
  api.insertExtracted.mockClear();
  expect(await runInsertExtracted(dispatch, h.state, DEFAULT_SETTINGS)).toBe(false);
  expect(api.insertExtracted).not.toHaveBeenCalled();
  dispatch({ type: "toggleAll", ticked: true });
  expect(h.state.ticked).toEqual([true, true]);
});

test("a text without figures says nothing was found", () => {
  const { h, dispatch } = harness();
  runExtract(dispatch, "Hội nghị diễn ra trang trọng.", "vi");
  expect(h.state.proposals).toEqual([]);
});

test("a new extraction forgets the last insert", () => {
  let s = extractReducer(EXTRACT_INITIAL, { type: "inserted", sheetName: "Trích xuất", rows: 2 });
  s = extractReducer(s, { type: "extracted", proposals: [] });
  expect(s.inserted).toBeNull();
});

test("a proposal the extractor doubts starts unticked; the confident ones stay ticked", () => {
  const { h, dispatch } = harness();
  // "nâng tổng số lên 9/14 xã" with nothing before it to say which xã: named only "Xã".
  runExtract(dispatch, "Kết nạp 52 đảng viên mới; nâng tổng số lên 9/14 xã.", "vi");
  expect(h.state.proposals?.map((p) => [p.name, p.actual, p.total, p.confidence])).toEqual([
    ["Kết nạp đảng viên mới", 52, null, { level: "chac" }],
    ["Xã", 9, 14, { level: "khong_chac", reasons: ["ten_qua_ngan", "ten_chung_chung"] }],
  ]);
  expect(h.state.ticked).toEqual([true, false]);
});
