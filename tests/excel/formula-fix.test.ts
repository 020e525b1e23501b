/** Issue 15 item 4: the text → number fix never turns a person's formula into a constant. */
import { applyFixes, validateActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { TEN_ROWS, rowOf, workbookPerTest } from "./helpers";

const book = workbookPerTest();

test('="6.794,12" is reported as text with no fix, and a forged fix leaves the formula alone', async () => {
  const wb = book(TEN_ROWS);
  const { state, id } = wb;
  const formulaRow = rowOf(6);
  const textRow = rowOf(7);
  state.setInput(id, formulaRow, 4, '="6.794,12"');
  state.setInput(id, textRow, 4, "850,5");
  const report = await validateActiveSheet(DEFAULT_SETTINGS);
  const asText = report.findings.filter((f) => f.code === "number_as_text");
  expect(asText.map((f) => [f.cell?.address, f.fix === null])).toEqual([
    [`E${formulaRow + 1}`, true],
    [`E${textRow + 1}`, false],
  ]);
  const typed = asText[1]!.fix!;
  const forged = {
    ...typed,
    cell: { row: formulaRow, col: 4, address: `E${formulaRow + 1}` },
    value: 6794.12,
  };
  const { applied } = await applyFixes([forged, typed], DEFAULT_SETTINGS);
  expect(applied).toBe(1);
  expect(state.record(id, formulaRow, 4)?.input).toBe('="6.794,12"');
  expect(state.value(id, textRow, 4)).toBe(850.5);
});

test("a fix's word that starts like a formula is written as that text, not run (one literal function)", async () => {
  const wb = book(TEN_ROWS);
  const { state, id } = wb;
  const row = rowOf(2);
  const description = { vi: "Ghi chiều", en: "Write the direction" };
  const { applied } = await applyFixes(
    [
      { cell: { row, col: 7, address: `H${row + 1}` }, value: "=1+1", description },
      { cell: { row: row + 1, col: 7, address: `H${row + 2}` }, value: "- Giảm là tốt", description },
    ],
    DEFAULT_SETTINGS,
  );
  expect(applied).toBe(2);
  expect([state.value(id, row, 7), state.cell(id, row, 7).isFormula]).toEqual(["=1+1", false]);
  expect([state.value(id, row + 1, 7), state.cell(id, row + 1, 7).isFormula]).toEqual([
    "- Giảm là tốt",
    false,
  ]);
});
