/**
 * A person's text that starts with "-", "+" or "=" ("- Trong đó: nữ", "+84 …", "=1+1") is written
 * by every add-in write path as that text, against a host that, like Excel, takes such a string
 * for a formula (src/workbench/host-rules.ts).
 */
import { insertExtracted, writeMergedSheet, writeReportSheet } from "../../src/excel";
import { extractIndicators } from "../../src/core/extract";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import type { ReportText } from "../../src/core/report";
import { formulaInput } from "../../src/excel/io";
import type { WorkbookState } from "../../src/workbench/state";
import { TEN_ROWS, mergeWards, workbookPerTest } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const book = workbookPerTest(TEN_ROWS);

/** Every (value, isFormula) of a sheet whose value is a text. */
function texts(state: WorkbookState, sheet: string): { value: unknown; formula: boolean }[] {
  const id = state.requireSheet(sheet).id;
  return [...state.cells(id)]
    .map(([r, c]) => state.cell(id, r, c))
    .filter((v) => typeof v.value === "string")
    .map((v) => ({ value: v.value, formula: v.isFormula }));
}

const NAME = "- Trong đó: doanh nghiệp nữ làm chủ";
const NOTE = "+84 cơ sở mới so với năm trước";

test("formulaInput: planned formulas and escaped texts pass; other formula-like text is escaped", () => {
  expect(formulaInput("=SUM(A1:A2)")).toBe("=SUM(A1:A2)");
  expect(formulaInput("'=1+1")).toBe("'=1+1");
  expect(formulaInput(NAME)).toBe(`'${NAME}`);
  expect(formulaInput("@ Hà Nội")).toBe("'@ Hà Nội");
  expect(formulaInput("Thu ngân sách")).toBe("Thu ngân sách");
  expect(formulaInput(-5)).toBe(-5);
  expect(formulaInput(null)).toBeNull();
});

test("insertExtracted: a name and a unit starting with - + = are written as text", async () => {
  const { state } = book();
  const [first] = extractIndicators(
    "Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch.",
    "vi",
  );
  if (!first) throw new Error("no proposal");
  await insertExtracted(
    [
      { ...first, name: NAME },
      { ...first, name: "=1+1", unit: NOTE },
    ],
    S,
  );
  const written = texts(state, "Trích xuất");
  expect(written).toContainEqual({ value: NAME, formula: false });
  expect(written).toContainEqual({ value: "=1+1", formula: false });
  expect(written).toContainEqual({ value: NOTE, formula: false });
});

test("writeMergedSheet: a unit's indicator named '- Trong đó: …' is merged as text, the sums still live", async () => {
  const { state } = book();
  const result = await mergeWards(
    [
      [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", 20, 25],
        [NAME, "doanh nghiệp", 4, 6],
      ],
      [
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", 30, 31],
        [NAME, "doanh nghiệp", 5, 5],
      ],
    ],
    S,
  );
  const { sheetName } = await writeMergedSheet(result, S, "vi");
  expect(texts(state, sheetName)).toContainEqual({ value: NAME, formula: false });
  const id = state.requireSheet(sheetName).id;
  const values = [...state.cells(id)].map(([r, c]) => state.value(id, r, c));
  expect(values).toContain(56); // 25 + 31
  expect(values).toContain(11); // 6 + 5
});

test("writeReportSheet: a group heading starting with '-' is a text line", async () => {
  const { state } = book();
  const report: ReportText = {
    title: "Báo cáo",
    groups: [{ name: NAME, sentences: ["Đạt 2/3 chỉ tiêu."], conclusion: "" }],
    overall: "Đạt và vượt 2/3.",
  } as unknown as ReportText;
  const { sheetName } = await writeReportSheet(report, "Chỉ tiêu 2021");
  expect(texts(state, sheetName)).toContainEqual({ value: NAME, formula: false });
});
