/** "Tạo báo cáo" with a mocked adapter: what is shown, copied and written. */
import { msg } from "../../src/core/messages/index";
import { DEFAULT_SETTINGS, type Summary } from "../../src/core/model";
import { HEADER_SEARCH_ROWS } from "../../src/core/table";
import type { ReportText } from "../../src/core/report";
import * as excel from "../../src/excel";
import {
  REPORT_INITIAL,
  copyText,
  reportReducer,
  runBuildReport,
  runDownloadWord,
  runWriteReport,
  wordFileName,
  type ReportEvent,
  type ReportState,
} from "../../src/taskpane/flows/report";
import type { RunEvent } from "../../src/taskpane/flows/run";
import JSZip from "jszip";

jest.mock(
  "../../src/excel",
  () => ({ buildReport: jest.fn(), writeReportSheet: jest.fn(), saveDocumentFields: jest.fn() }),
  { virtual: true },
);
const api = jest.mocked(excel);

function harness() {
  const h = { state: REPORT_INITIAL as ReportState, types: [] as string[] };
  const dispatch = (e: ReportEvent | RunEvent) => {
    h.types.push(e.type);
    h.state = reportReducer(h.state, e);
  };
  return { h, dispatch };
}

const report: ReportText = {
  title: "KẾT QUẢ NĂM 2020",
  groups: [
    {
      name: "Kinh tế",
      sentences: ["Doanh nghiệp thành lập mới: 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu."],
      conclusion: "Nhóm Kinh tế: đạt và vượt 1/1 chỉ tiêu.",
    },
  ],
  overall: "Tổng cộng: đạt và vượt 1/1 chỉ tiêu; chưa đạt: không có.",
};
const summary: Summary = {
  reached: 1,
  total: 1,
  noData: 0,
  noTarget: 0,
  byVerdict: {
    vuot: 1,
    dat: 0,
    co_ban_dat: 0,
    khong_dat: 0,
    chua_co_so_lieu: 0,
    khong_giao_ke_hoach: 0,
    dung_tien_do: 0,
    cham_tien_do: 0,
  },
  groups: [],
};

const rows = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "% KH", "% CK", "Tăng/giảm (%)", "Đánh giá"],
  ["I", "Kinh tế", "", "", "", "", "", "", "", ""],
  [
    "1",
    "Doanh nghiệp thành lập mới",
    "doanh nghiệp",
    "150",
    "176",
    "160",
    "117,33%",
    "110,00%",
    "+10,00%",
    "Vượt",
  ],
];
const fields = { unit: "UBND phường 7", number: null, signer: null, position: null, place: null };
const builtOf = (sheetName: string) => ({ sheetName, report, summary, lang: "vi" as const, rows, fields });

beforeEach(() => jest.resetAllMocks());

test("the report is built in the pane's language and shown as plain paragraphs", async () => {
  api.buildReport.mockResolvedValue(builtOf("Báo cáo 2020"));
  const { h, dispatch } = harness();
  expect(await runBuildReport(dispatch, DEFAULT_SETTINGS, "en")).toBe(true);
  expect(api.buildReport).toHaveBeenCalledWith(DEFAULT_SETTINGS, "en", expect.any(Function));
  expect(h.types).toEqual(["start", "built"]);
  expect(h.state.busy).toBe(false);
  expect(h.state.text).toBe(
    [
      "KẾT QUẢ NĂM 2020",
      "Kinh tế\nDoanh nghiệp thành lập mới: 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu. Nhóm Kinh tế: đạt và vượt 1/1 chỉ tiêu.",
      "Tổng cộng: đạt và vượt 1/1 chỉ tiêu; chưa đạt: không có.",
    ].join("\n\n"),
  );
});

test("writing goes to the report's own sheet, and a failure is the adapter's sentence", async () => {
  const { h, dispatch } = harness();
  const built = builtOf("Báo cáo 2020");
  dispatch({ type: "built", built });
  api.writeReportSheet.mockResolvedValue({ sheetName: "Báo cáo Báo cáo 2020" });
  await runWriteReport(dispatch, built);
  expect(api.writeReportSheet).toHaveBeenCalledWith(report, "Báo cáo 2020", expect.any(Function));
  expect(h.state.written).toBe("Báo cáo Báo cáo 2020");
  const text = { vi: "Trang tính đang được bảo vệ.", en: "The sheet is protected." };
  api.writeReportSheet.mockRejectedValue(Object.assign(new Error("x"), { text }));
  expect(await runWriteReport(dispatch, built)).toBe(false);
  expect(h.state.error).toEqual(text);
  expect(h.state.built).toBe(built); // the text stays on screen
});

test("a new report forgets the last copy and write", () => {
  let s = reportReducer(REPORT_INITIAL, { type: "copied", ok: false });
  s = reportReducer(s, { type: "written", sheetName: "X" });
  s = reportReducer(s, { type: "built", built: builtOf("S") });
  expect([s.copied, s.written]).toEqual([null, null]);
});

describe("Tải về tệp Word", () => {
  test("the fields start from the workbook's, and an emptied field is a dotted line", () => {
    let s = reportReducer(REPORT_INITIAL, { type: "built", built: builtOf("S") });
    expect(s.fields).toEqual(fields);
    s = reportReducer(s, { type: "field", field: "signer", value: "Nguyễn Văn A" });
    s = reportReducer(s, { type: "field", field: "unit", value: "" });
    expect(s.fields).toMatchObject({ unit: null, signer: "Nguyễn Văn A" });
  });

  test("saves the fields in the workbook, builds a .docx and hands it to the host", async () => {
    const { h, dispatch } = harness();
    const built = builtOf("Chỉ tiêu 2021");
    dispatch({ type: "built", built });
    const typed = { ...fields, signer: "Nguyễn Văn A", position: "Chủ tịch" };
    const saved: { blob: Blob; name: string }[] = [];
    expect(
      await runDownloadWord(dispatch, built, typed, (blob, name) => {
        saved.push({ blob, name });
        return true;
      }),
    ).toBe(true);
    expect(api.saveDocumentFields).toHaveBeenCalledWith(typed);
    expect(saved.map((x) => x.name)).toEqual(["Báo cáo Chỉ tiêu 2021.docx"]);
    const zip = await JSZip.loadAsync(await saved[0]!.blob.arrayBuffer());
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("UBND PHƯỜNG 7");
    expect(text).toContain("Nguyễn Văn A");
    expect(text).toContain("Nơi nhận:");
    expect(h.state.downloaded).toBe("Báo cáo Chỉ tiêu 2021.docx");
  });

  test("says so where the host saves no file", async () => {
    const { h, dispatch } = harness();
    const built = builtOf("S");
    expect(await runDownloadWord(dispatch, built, fields, () => false)).toBe(true);
    expect(h.state.downloaded).toBe("refused");
  });

  test("a file name holds no character Windows refuses", () => {
    expect(wordFileName('Bảng "A/B": 2021?', "vi")).toBe("Báo cáo Bảng A B 2021.docx");
    expect(wordFileName("Chỉ tiêu", "en")).toBe("Report Chỉ tiêu.docx");
  });
});

describe("copyText", () => {
  test("uses the clipboard when allowed", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    const selectAndCopy = jest.fn();
    expect(await copyText("abc", { writeText, selectAndCopy })).toBe(true);
    expect(writeText).toHaveBeenCalledWith("abc");
    expect(selectAndCopy).not.toHaveBeenCalled();
  });

  test("falls back to selecting the text when the clipboard is refused or missing", async () => {
    const writeText = jest.fn().mockRejectedValue(new Error("NotAllowedError"));
    expect(await copyText("abc", { writeText, selectAndCopy: () => true })).toBe(true);
    expect(await copyText("abc", { selectAndCopy: () => true })).toBe(true);
  });

  test("says so when both are refused", async () => {
    expect(
      await copyText("abc", {
        selectAndCopy: () => {
          throw new Error("no document");
        },
      }),
    ).toBe(false);
    expect(await copyText("abc", { selectAndCopy: () => false })).toBe(false);
  });
});

test("a report of a sheet without a table says core's table_not_found sentence, in vi and en", async () => {
  // The refusal the other steps carry (src/excel/read.ts), not a sentence of the pane's own.
  const { tableNotFoundError } =
    jest.requireActual<typeof import("../../src/excel/read")>("../../src/excel/read");
  const expected = msg("table_not_found", { rows: HEADER_SEARCH_ROWS });
  api.buildReport.mockRejectedValueOnce(tableNotFoundError("Trang 2"));
  const { h, dispatch } = harness();
  expect(await runBuildReport(dispatch, DEFAULT_SETTINGS, "vi")).toBe(false);
  expect(h.state.error).toEqual({ vi: expected.vi, en: expected.en });
  expect(h.state.error?.vi).toContain(`${HEADER_SEARCH_ROWS} dòng đầu`);
  expect(h.state.error?.en).toContain(`first ${HEADER_SEARCH_ROWS} rows`);
  expect(h.state.failure).toEqual({ code: "table_not_found", sheetName: "Trang 2" });
  expect(h.state.built).toBeNull();
});
