/**
 * Notes (ExcelApi 1.18) on the host, as raw ProcessQuery requests: the npm runtime's metadata has
 * no NoteCollection (OFFICE-NOTES §15), so no `Excel.run` can send these; the requests below have
 * the shape its generated code gives every other collection (captured from `worksheet.comments`,
 * same members: a `Notes` property, `GetItemOrNullObject`/`Add` methods, a `Content` property).
 */
import { ProcessQueryHost, type ProcessQueryBody } from "../../src/workbench/process-query";
import { WorkbookState } from "../../src/workbench/state";

/** Object paths: 1 workbook, 3 worksheets, 5 Sheet1, 7 its notes. */
const SHEET_PATHS = {
  "1": { Id: 1, ObjectPathType: 1, Name: "" },
  "3": { Id: 3, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
  "5": { Id: 5, ObjectPathType: 5, Name: "", ParentObjectPathId: 3, ArgumentInfo: { Arguments: ["Sheet1"] } },
  "7": { Id: 7, ObjectPathType: 4, Name: "Notes", ParentObjectPathId: 5 },
};

function method(id: number, name: string, args: unknown[]) {
  return { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: 7, ArgumentInfo: { Arguments: args } };
}

function setup() {
  const state = new WorkbookState({ locale: "vi" });
  return { state, host: new ProcessQueryHost(state), id: state.activeSheetId };
}

test("Add, then GetItemOrNullObject reads Content; a Content set edits it; Delete removes it", async () => {
  const { state, host, id } = setup();
  const add: ProcessQueryBody = {
    Actions: [
      { Id: 2, ActionType: 1, Name: "", ObjectPathId: 9 },
      { Id: 3, ActionType: 2, Name: "", ObjectPathId: 9, QueryInfo: { Select: ["content"] } },
    ],
    ObjectPaths: { ...SHEET_PATHS, "9": method(9, "Add", ["G7", "Số ước tính"]) },
  };
  const added = await host.process(add);
  expect(added.Error).toBeUndefined();
  expect(added.Results).toEqual([
    { ActionId: 2, Value: {} },
    { ActionId: 3, Value: { Content: "Số ước tính" } },
  ]);
  expect(state.cell(id, 6, 6).note).toBe("Số ước tính");

  const edit: ProcessQueryBody = {
    Actions: [
      { Id: 2, ActionType: 1, Name: "", ObjectPathId: 9 },
      { Id: 3, ActionType: 4, Name: "Content", ObjectPathId: 9, ArgumentInfo: { Arguments: ["Đã sửa"] } },
      { Id: 4, ActionType: 2, Name: "", ObjectPathId: 7, QueryInfo: { Select: ["items/content"] } },
    ],
    ObjectPaths: { ...SHEET_PATHS, "9": method(9, "GetItemOrNullObject", ["G7"]) },
  };
  const edited = await host.process(edit);
  expect(edited.Error).toBeUndefined();
  expect(edited.Results).toContainEqual({ ActionId: 4, Value: { _Items: [{ Content: "Đã sửa" }] } });
  expect(state.cell(id, 6, 6).note).toBe("Đã sửa");

  const remove: ProcessQueryBody = {
    Actions: [
      { Id: 2, ActionType: 1, Name: "", ObjectPathId: 9 },
      { Id: 3, ActionType: 3, Name: "Delete", ObjectPathId: 9, ArgumentInfo: {} },
    ],
    ObjectPaths: { ...SHEET_PATHS, "9": method(9, "GetItem", ["G7"]) },
  };
  expect((await host.process(remove)).Error).toBeUndefined();
  expect(state.cell(id, 6, 6).note).toBeNull();

  const missing: ProcessQueryBody = {
    Actions: [{ Id: 2, ActionType: 1, Name: "", ObjectPathId: 9 }],
    ObjectPaths: { ...SHEET_PATHS, "9": method(9, "GetItemOrNullObject", ["G7"]) },
  };
  expect((await host.process(missing)).Results).toEqual([{ ActionId: 2, Value: null }]);
});

test("a note on more than one cell, or where one exists, is InvalidArgument at its action", async () => {
  const { state, host, id } = setup();
  const twoCells: ProcessQueryBody = {
    Actions: [{ Id: 2, ActionType: 1, Name: "", ObjectPathId: 9 }],
    ObjectPaths: { ...SHEET_PATHS, "9": method(9, "Add", ["A1:B2", "x"]) },
  };
  const reply = await host.process(twoCells);
  expect(reply.Error).toMatchObject({ Code: "InvalidArgument", HttpStatusCode: 400 });
  expect(state.cell(id, 0, 0).note).toBeNull();
  state.batch("api", () => state.setNote(id, 0, 0, "của người dùng"));
  const twice = await host.process({
    Actions: [{ Id: 2, ActionType: 1, Name: "", ObjectPathId: 9 }],
    ObjectPaths: { ...SHEET_PATHS, "9": method(9, "Add", ["A1", "x"]) },
  });
  expect(twice.Error).toMatchObject({ Code: "InvalidArgument" });
  expect(state.cell(id, 0, 0).note).toBe("của người dùng");
});
