/**
 * Text that en-US Excel would parse as a number, a date, a time or a boolean ("9/12", "1.400",
 * "5%", "2026-12-09", "TRUE") is written by the add-in's write paths as that very text, against the
 * workbench host, which parses strings written through `values`/`formulas` as Excel does
 * (host-rules.ts writeParseLocale, numfmt.ts parseTyped). Without core/literal.ts quoting them,
 * "9/12" would read back as 12 September (a serial number shown "d-mmm").
 * A merged sheet computed again keeps its rows the merge could not combine (core/not-combined.ts).
 */
import {
  computeActiveSheet,
  insertExtracted,
  rolloverActiveSheet,
  writeMergedSheet,
  writeReportSheet,
} from "../../src/excel";
import { extractIndicators } from "../../src/core/extract";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import type { ReportText } from "../../src/core/report";
import type { WorkbookState } from "../../src/workbench/state";
import { TEN_ROWS, mergeWards, workbookPerTest } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const book = workbookPerTest(TEN_ROWS);

/** The cell of `sheet` whose text is `text`, read back as Excel would give it (value and kind). */
function readBack(state: WorkbookState, sheet: string, text: string) {
  const id = state.requireSheet(sheet).id;
  for (const [r, c] of state.cells(id)) {
    const record = state.record(id, r, c);
    if (record?.input === text)
      return { value: state.value(id, r, c), formula: state.cell(id, r, c).isFormula };
  }
  return null;
}

/** Texts a person or a file may give that en-US Excel would not keep as text if written bare. */
const LOOK_PARSED = ["9/12", "1.400", "5%", "2026-12-09", "1/2", "(123)", "1E5", "TRUE"] as const;

test("the host does parse them when written bare: the workbench is as strict as Excel", async () => {
  const { state } = book();
  const id = state.requireSheet("Khác").id;
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Khác").getRange(`A1:A${LOOK_PARSED.length}`);
    range.values = LOOK_PARSED.map((t) => [t]);
    await context.sync();
  });
  const values = LOOK_PARSED.map((_, i) => state.value(id, i, 0));
  // None of them is the text written: numbers (dates are serial numbers) and a boolean.
  values.forEach((v, i) => expect([LOOK_PARSED[i], typeof v]).not.toEqual([LOOK_PARSED[i], "string"]));
});

test("insertExtracted: names, units and plan texts like '9/12', '1.400', '9/14 xã' stay those texts", async () => {
  const { state } = book();
  const [first] = extractIndicators(
    "Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch.",
    "vi",
  );
  if (!first) throw new Error("no proposal");
  const proposals = LOOK_PARSED.map((name, i) => ({
    ...first,
    name,
    unit: i === 0 ? "1.400" : first.unit,
    plan: null,
    planText: i === 1 ? "9/14 xã" : i === 2 ? "khoảng 4%" : i === 3 ? "2026" : null,
  }));
  await insertExtracted(proposals, S);
  for (const text of [...LOOK_PARSED, "1.400", "9/14 xã", "khoảng 4%", "2026"])
    expect([text, readBack(state, "Trích xuất", text)]).toEqual([text, { value: text, formula: false }]);
});

async function mergedBook() {
  const wb = book();
  const result = await mergeWards(
    [
      [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", 20, 25],
        ["9/12", "doanh nghiệp", 4, 6],
        ["Điểm, tụ điểm ma túy", "điểm", 3, 2],
      ],
      [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", 30, 31],
        ["9/12", "doanh nghiệp", 5, 5],
        ["Điểm, tụ điểm ma túy", "điểm", 2, 1],
      ],
    ],
    S,
  );
  const { sheetName } = await writeMergedSheet(result, S, "vi");
  return { ...wb, sheetName };
}

test("writeMergedSheet: a unit's indicator named '9/12' is merged as that text, its sum still live", async () => {
  const { state, sheetName } = await mergedBook();
  expect(readBack(state, sheetName, "9/12")).toEqual({ value: "9/12", formula: false });
  const id = state.requireSheet(sheetName).id;
  const values = [...state.cells(id)].map(([r, c]) => state.value(id, r, c));
  expect(values).toContain(11); // 6 + 5
});

test("writeReportSheet: a heading '9/12' and a line '5%' are text lines", async () => {
  const { state } = book();
  const report = {
    title: "2026-12-09",
    groups: [{ name: "9/12", sentences: ["5%"], conclusion: "" }],
    overall: "TRUE",
  } as unknown as ReportText;
  const { sheetName } = await writeReportSheet(report, "Chỉ tiêu 2021");
  for (const text of ["2026-12-09", "9/12", "5%", "TRUE"])
    expect([text, readBack(state, sheetName, text)]).toEqual([text, { value: text, formula: false }]);
});

/** The Đánh giá value of the merged row named `name`. */
function verdictOf(state: WorkbookState, sheet: string, name: string): unknown {
  const id = state.requireSheet(sheet).id;
  const cells = [...state.cells(id)];
  const at = cells.find(([r, c]) => state.record(id, r, c)?.input === name);
  const header = cells.find(([r, c]) => ["Đánh giá", "Verdict"].includes(String(state.value(id, r, c))));
  if (!at || !header) throw new Error(`no ${name} or no Đánh giá`);
  return state.value(id, at[0], header[1]);
}

describe("a merged sheet computed again keeps 'Không tổng hợp được'", () => {
  test("Tính toán on the merged sheet, then again after a save and reopen", async () => {
    const { state, sheetName } = await mergedBook();
    const ROW = "Điểm, tụ điểm ma túy"; // "điểm" is not known to add: not combined
    expect(verdictOf(state, sheetName, ROW)).toBe("Không tổng hợp được");
    state.activate(sheetName);
    const first = await computeActiveSheet(S);
    expect([first.written, first.conflicts]).toEqual([true, []]);
    expect(verdictOf(state, sheetName, ROW)).toBe("Không tổng hợp được");
    // The pane's summary counts it apart too, as the sheet's summary line does.
    expect(first.summary).toMatchObject({ notCombined: 1, noData: 0, reached: 2, total: 2 });

    state.reopen();
    state.activate(sheetName);
    const second = await computeActiveSheet(S);
    expect(second.written).toBe(true);
    expect(second.summary).toMatchObject({ notCombined: 1, noData: 0 });
    expect(verdictOf(state, sheetName, ROW)).toBe("Không tổng hợp được");
    // The combined rows are judged as before: 56 of 50 and 11 of 9 exceed.
    expect(verdictOf(state, sheetName, "Doanh nghiệp thành lập mới")).toBe("Vượt");
    expect(verdictOf(state, sheetName, "9/12")).toBe("Vượt");
  });

  test("computed in English, the row says 'Not combined'", async () => {
    const { state, sheetName } = await mergedBook();
    state.activate(sheetName);
    await computeActiveSheet({ ...S, language: "en" }, { overwrite: true });
    expect(verdictOf(state, sheetName, "Điểm, tụ điểm ma túy")).toBe("Not combined");
  });
});

test("rolloverActiveSheet: a name '9/12' and a unit '1/2' cross into the new period as those texts", async () => {
  const rows = TEN_ROWS.map((r, i) =>
    i === 0 ? { ...r, name: "9/12" } : i === 1 ? { ...r, unit: "1/2" } : r,
  );
  const wb = book(rows);
  const { sheetName } = await rolloverActiveSheet(S);
  expect(readBack(wb.state, sheetName, "9/12")).toEqual({ value: "9/12", formula: false });
  expect(readBack(wb.state, sheetName, "1/2")).toEqual({ value: "1/2", formula: false });
});
