/**
 * Excel's own data validation on a template's input cells stops a person typing text into a
 * figure cell, but a paste (or an en-US Excel's reading of "37.067") goes straight through:
 * Kiểm tra must catch what it lets in.
 */
import { insertTemplate, validateActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { templateSheet } from "../../src/core/templates";
import { toA1 } from "../../src/core/a1";
import { workbookPerTest } from "./helpers";

const S = DEFAULT_SETTINGS;
const book = workbookPerTest();

/** The city template's first numbered row that takes figures, and its Thực hiện / Cùng kỳ cells. */
function figureCells() {
  const plan = templateSheet("thanh-pho-nam", { settings: S, year: 2021 });
  const { columns, firstDataRow } = plan.layout;
  const row = firstDataRow + 1; // under heading I
  return { actual: toA1(row, columns.actual!), prior: toA1(row, columns.prior!), plan };
}

test("the template declares figure cells as numbers, and Loại / Chiều as lists, yes/no rows excepted", () => {
  const { plan } = figureCells();
  const validations = plan.validations ?? [];
  const decimals = validations.filter((v) => v.rule.kind === "decimal");
  const lists = validations.filter((v) => v.rule.kind === "list");
  expect(decimals.length).toBeGreaterThanOrEqual(2);
  expect(lists.map((v) => (v.rule.kind === "list" ? v.rule.values : [])).flat()).toEqual(
    expect.arrayContaining(["Tăng", "Giảm", "Số lượng", "Tỷ lệ"]),
  );
  // The "6 không" row (plan "hoàn thành") takes a word in Thực hiện: no decimal rule on it.
  const sixNo = plan.blocks[0]!.contents.findIndex((r) => String(r[1] ?? "").includes("6 không"));
  expect(sixNo).toBeGreaterThan(0);
  const actualCol = plan.layout.columns.actual!;
  const covering = decimals.filter((v) => {
    const [a, b] = v.address.split(":");
    const top = Number(/\d+/.exec(a!)![0]) - 1;
    const bottom = Number(/\d+/.exec(b ?? a!)![0]) - 1;
    return v.address.startsWith(toA1(0, actualCol).replace(/\d+/, "")) && top <= sixNo && sixNo <= bottom;
  });
  expect(covering).toEqual([]);
});

test("typing text into a figure cell is refused; pasting it is not, and Kiểm tra catches it", async () => {
  const wb = book([]);
  const { sheetName } = await insertTemplate("thanh-pho-nam", { settings: S, year: 2021 });
  const { actual, prior } = figureCells();

  wb.state.setLocale("en");
  expect(wb.state.typeInto(sheetName, actual, "sáu nghìn").ok).toBe(false);
  expect(wb.state.cell(wb.state.requireSheet(sheetName).id, ...rc(actual)).value).toBeNull();

  wb.state.paste(sheetName, actual, [["6.794,12"]]); // a vi number pasted into an en-US Excel: text
  expect(wb.state.typeInto(sheetName, prior, "37.067").ok).toBe(true); // a number to Excel: 37.067

  const report = await validateActiveSheet(S);
  const at = (address: string) =>
    report.findings.filter((f) => f.cell?.address === address).map((f) => f.code);
  expect(at(actual)).toContain("number_as_text");
  expect(
    report.findings.find((f) => f.cell?.address === actual && f.code === "number_as_text")?.fix?.value,
  ).toBe(6794.12);
  expect(at(prior)).toEqual(expect.arrayContaining(["thousands_slip"]));
});

function rc(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}
