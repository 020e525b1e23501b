/**
 * The CLI's findings say what to change in the file, not which button of the task pane to press
 * ("Bấm Sửa", "Chỉ định cột"): a command-line user has neither. The pane keeps its own words.
 */
import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { MESSAGES, messageBesideCell } from "../../src/core/messages/index";
import { forSurface } from "../../src/core/messages/surface";
import type { FindingCode } from "../../src/core/model";
import { run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-surface-");
afterAll(() => tmp.cleanup());

const PANE_WORDS = /bấm|click|chỉ định cột|map columns|ngăn chitieu|chitieu pane/i;

/** "176" typed as text, 37,067 for 37.067, and no Chiều column beside a traffic-accident row. */
async function officeFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu");
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"]);
  ws.addRow([1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, "176", 160]);
  ws.addRow([2, "Tổng doanh thu hàng hóa và dịch vụ", "tỷ đồng", 36000, 37.067, 34864]);
  ws.addRow([3, "Số vụ tai nạn giao thông", "vụ", 15, 12, 14]);
  const file = tmp.file("van-phong.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

test("chitieu check words its fixes for a file, in vi and en; no pane button is named", async () => {
  const file = await officeFile();
  const vi = await run("check", file);
  const en = await run("check", file, "--locale", "en");
  expect(vi.out).toContain("Sửa trong tệp để đổi thành số 176.");
  expect(vi.out).toContain("Sửa trong tệp để đổi thành 37.067.");
  expect(vi.out).toContain('Nếu đúng, sửa trong tệp để ghi "Giảm" vào cột Chiều mới bên phải bảng');
  expect(en.out).toContain("Edit the file to change it to the number 176.");
  expect(en.out).toMatch(/If that is right, edit the file to write "Giảm"/);
  expect(vi.out).not.toMatch(PANE_WORDS);
  expect(en.out).not.toMatch(PANE_WORDS);

  const json = JSON.parse((await run("check", file, "--json")).out) as JsonCheck;
  const texts = json.issues.flatMap((i) => [i.message.vi, i.message.en]);
  expect(texts.length).toBeGreaterThanOrEqual(6);
  for (const t of texts) expect(t).not.toMatch(PANE_WORDS);
});

test("the pane keeps its own words for the same finding", () => {
  const finding = {
    cell: { row: 1, col: 4, address: "E2" },
    message: MESSAGES.number_as_text!({ cell: "E2", name: "Doanh nghiệp", typed: "176", fixed: "176" }),
  };
  expect(messageBesideCell(finding, "vi")).toContain("Bấm Sửa để đổi thành số 176.");
  expect(messageBesideCell(finding, "vi", "cli")).toContain("Sửa trong tệp để đổi thành số 176.");
  expect(messageBesideCell(finding, "en")).toContain("Click Fix to change it to the number 176.");
});

test("no message, in any of its wordings, names a pane button once worded for the CLI", () => {
  // Each template built with every switch it reads set each way it is tested on.
  const variants: Record<string, string | number>[] = [
    { table: 1 },
    { table: 0 },
    { lost: 1 },
    { lost: 0 },
    { fixable: 1, done: 3, total: 4 },
    { formula: 0, plan: "value" },
    { noColumn: 1, direction: "down", because: "tai nạn" },
  ];
  const leftovers: string[] = [];
  for (const [code, template] of Object.entries(MESSAGES) as [FindingCode, (typeof MESSAGES)[FindingCode]][])
    for (const p of variants) {
      const t = template!({ cell: "E2", name: "X", fixed: "1", shown: "1", typed: "1", ...p });
      for (const lang of ["vi", "en"] as const)
        if (PANE_WORDS.test(forSurface(t[lang], lang, "cli"))) leftovers.push(`${code}: ${t[lang]}`);
    }
  expect(leftovers).toEqual([]);
});
