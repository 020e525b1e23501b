import { getPaneState, insertTemplate } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { SHEET, TEN_ROWS, workbookPerTest } from "./helpers";

const book = workbookPerTest();

describe("Mẫu: Xong is about the sheet, in this workbook", () => {
  test("a template sheet says so after the workbook is opened again; the user's own table does not", async () => {
    const wb = book(TEN_ROWS);
    expect((await getPaneState()).status.template).toBeUndefined();
    const { sheetName } = await insertTemplate("thanh-pho-nam", { settings: DEFAULT_SETTINGS, year: 2021 });
    expect((await getPaneState()).status).toMatchObject({ sheetName, template: true });
    wb.state.reopen();
    wb.state.activate(sheetName);
    expect((await getPaneState()).status).toMatchObject({ sheetName, template: true });
    wb.state.activate(SHEET);
    expect((await getPaneState()).status.template).toBeUndefined();
  });

  test("below ExcelApi 1.12 nothing is marked on the sheet (the pane remembers the session's inserts)", async () => {
    book(TEN_ROWS, { requirementSets: { ExcelApi: "1.11" } });
    await insertTemplate("thanh-pho-nam", { settings: DEFAULT_SETTINGS, year: 2021 });
    expect((await getPaneState()).status.template).toBeUndefined();
  });
});
