/**
 * Kiểm tra's notes (ExcelApi 1.18) through Microsoft's Excel client runtime: the npm runtime has
 * no notes, so src/workbench/runtime-notes.ts adds the 1.18 classes to it (a guess of Microsoft's wire
 * format, explained there); the adapter's own calls (src/excel/validate.ts) then go out as
 * requests that the workbench host answers.
 */
import { validateActiveSheet, supportsFeature } from "../../src/excel";
import { marksWanted } from "../../src/excel/validate";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { HOSTS } from "../../src/workbench/hosts";
import type { ProcessQueryBody } from "../../src/workbench/process-query";
import { installNotes } from "../../src/workbench/runtime-notes";
import { TEN_ROWS, rowOf, syncsOf, workbookPerTest } from "./helpers";

const S = DEFAULT_SETTINGS;
/** E11: 37.067 read as 37,067 (a ×1000 slip). */
const SLIP = { row: rowOf(5), col: 4 };
/** D14 and E14: a plan of 0 and +100 % on last year, both flagged by the seed table itself. */
const PLAN_ZERO = { row: rowOf(8), col: 3 };
const JUMP = { row: rowOf(8), col: 4 };

const workbook = workbookPerTest(TEN_ROWS);

function book(requirementSets: Record<string, string>) {
  const wb = workbook(TEN_ROWS, { requirementSets });
  installNotes();
  const bodies: ProcessQueryBody[] = [];
  const process = wb.host.processQuery.process.bind(wb.host.processQuery);
  jest.spyOn(wb.host.processQuery, "process").mockImplementation((body) => {
    bodies.push(JSON.parse(JSON.stringify(body)) as ProcessQueryBody);
    return process(body);
  });
  const note = (cell: { row: number; col: number }) =>
    wb.state.record(wb.id, cell.row, cell.col)?.note ?? null;
  return { ...wb, bodies, note };
}

/** The notes calls the runtime sent: [method, arguments] on a path under `Notes`. */
function notesCalls(bodies: ProcessQueryBody[]): Array<[string, unknown[]]> {
  const out: Array<[string, unknown[]]> = [];
  for (const body of bodies) {
    const paths = body.ObjectPaths ?? {};
    const notesIds = new Set(
      Object.values(paths)
        .filter((p) => p.ObjectPathType === 4 && p.Name === "Notes")
        .map((p) => p.Id),
    );
    for (const p of Object.values(paths))
      if (p.ObjectPathType === 3 && p.ParentObjectPathId !== undefined && notesIds.has(p.ParentObjectPathId))
        out.push([p.Name, p.ArgumentInfo?.Arguments ?? []]);
  }
  return out;
}

describe("Kiểm tra writes notes on Excel on the web (ExcelApi 1.21, notes since 1.18)", () => {
  test("each flagged cell gets a note with its findings in Vietnamese, sent as Notes.Add", async () => {
    const { state, id, bodies, note } = book(HOSTS.web.requirementSets);
    expect(supportsFeature("notes")).toBe(true);
    state.setInput(id, SLIP.row, SLIP.col, 37.067);
    const { result: report, syncs } = await syncsOf(state, () => validateActiveSheet(S));
    expect(syncs).toBeLessThanOrEqual(3);
    const wanted = marksWanted(report.findings);
    expect([...wanted.keys()].sort()).toEqual(["D14", "E11", "E14"]);
    expect(note(SLIP)).toBe(wanted.get("E11")?.text);
    expect(note(SLIP)).toContain("37,067 có đúng ba chữ số thập phân");
    expect(note(PLAN_ZERO)).toBe(
      'Không tính được % KH của "Số xã đạt chuẩn nông thôn mới": Kế hoạch bằng 0 (ô D14).',
    );
    expect(note(JUMP)).toContain("tăng hơn 50%");
    // Notes, not input prompts, and nothing else noted.
    expect(state.validationAt(id, SLIP.row, SLIP.col)).toBeNull();
    const noted = [...state.cells(id)].filter(([, , r]) => r.note !== null).map(([r, c]) => [r, c]);
    expect(noted).toHaveLength(3);
    const calls = notesCalls(bodies);
    expect(
      calls
        .filter(([m]) => m === "GetItemOrNullObject")
        .map(([, a]) => a[0])
        .sort(),
    ).toEqual(["D14", "E11", "E14"]);
    expect(calls.filter(([m]) => m === "Add")).toContainEqual(["Add", ["E11", wanted.get("E11")?.text]]);
  });

  test("a second run after the fix removes the fixed cell's note and updates a changed one", async () => {
    const { state, id, bodies, note } = book(HOSTS.web.requirementSets);
    state.setInput(id, SLIP.row, SLIP.col, 37.067);
    await validateActiveSheet(S);
    expect(note(SLIP)).not.toBeNull();
    const jumpBefore = note(JUMP);

    state.setInput(id, SLIP.row, SLIP.col, 37067); // the slip fixed
    state.setInput(id, JUMP.row, JUMP.col, 3); // still over +50 %, now +200 %
    bodies.length = 0;
    const again = await validateActiveSheet(S);
    expect(note(SLIP)).toBeNull();
    expect(note(JUMP)).not.toBe(jumpBefore);
    expect(note(JUMP)).toBe(marksWanted(again.findings).get("E14")?.text);
    expect(note(JUMP)).toContain("+200%");
    expect(note(PLAN_ZERO)).toContain("Kế hoạch bằng 0");
    // The changed note is edited in place (a Content set), not added twice.
    expect(notesCalls(bodies).filter(([m]) => m === "Add")).toEqual([]);
    const contentSets = bodies.flatMap((b) =>
      (b.Actions ?? []).filter((a) => a.ActionType === 4 && a.Name === "Content"),
    );
    expect(contentSets.map((a) => a.ArgumentInfo?.Arguments?.[0])).toContain(note(JUMP));

    // A third run with nothing changed changes no note.
    const before = [note(SLIP), note(PLAN_ZERO), note(JUMP)];
    await validateActiveSheet(S);
    expect([note(SLIP), note(PLAN_ZERO), note(JUMP)]).toEqual(before);
  });

  test("a note the user wrote is never touched: not on a flagged cell, not after editing ours", async () => {
    const { state, id, note } = book(HOSTS.web.requirementSets);
    const mine = "Số của phòng Tài chính, đã đối chiếu";
    state.batch("api", () => state.setNote(id, SLIP.row, SLIP.col, mine));
    state.setInput(id, SLIP.row, SLIP.col, 37.067);
    const report = await validateActiveSheet(S);
    expect(note(SLIP)).toBe(mine);
    // The finding is still listed, and the cell still painted.
    expect(report.findings.map((f) => f.cell?.address)).toContain("E11");
    expect(state.cell(id, SLIP.row, SLIP.col).format.fill).not.toBeNull();

    // The user rewrites our note on D14; when the finding goes, their text stays.
    const rewritten = "Kế hoạch 0 là đúng: chỉ tiêu mới";
    state.batch("api", () => state.setNote(id, PLAN_ZERO.row, PLAN_ZERO.col, rewritten));
    state.setInput(id, PLAN_ZERO.row, PLAN_ZERO.col, 2);
    state.setInput(id, SLIP.row, SLIP.col, 37067);
    await validateActiveSheet(S);
    expect(note(PLAN_ZERO)).toBe(rewritten);
    expect(note(SLIP)).toBe(mine);
  });
});

test.each([
  ["ltsc2024", "1.17"],
  ["ltsc2021", "1.14"],
] as const)(
  "on %s (ExcelApi %s) Kiểm tra falls back to input prompts and sends no notes request",
  async (kind, excelApi) => {
    const { state, id, bodies, note } = book(HOSTS[kind].requirementSets);
    expect(HOSTS[kind].requirementSets.ExcelApi).toBe(excelApi);
    expect(typeof (Excel as { NoteCollection?: unknown }).NoteCollection).toBe("function");
    expect(supportsFeature("notes")).toBe(false);
    state.setInput(id, SLIP.row, SLIP.col, 37.067);
    const report = await validateActiveSheet(S);
    const dv = state.validationAt(id, SLIP.row, SLIP.col);
    expect(dv?.prompt).toMatchObject({ showPrompt: true, title: "Chỉ tiêu: cần kiểm tra" });
    expect(dv?.prompt.message).toBe(marksWanted(report.findings).get("E11")?.text.slice(0, 255));
    expect(note(SLIP)).toBeNull();
    expect(notesCalls(bodies)).toEqual([]);
    // The runtime's own API-set check would refuse the notes on this host.
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().notes.getItemOrNullObject("E11");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  },
);
