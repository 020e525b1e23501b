import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { messageBesideCell } from "../../src/core/messages/index";
import { DEFAULT_SETTINGS, type CellValue, type Finding, type NumberConvention } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

interface CorpusCase {
  id: string;
  convention: NumberConvention;
  grid: CellValue[][];
}

const DIR = join(__dirname, "../corpus");
const CASES: CorpusCase[] = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) => (JSON.parse(readFileSync(join(DIR, name), "utf8")) as { cases: CorpusCase[] }).cases);

/** Every finding the corpus of bad inputs raises, with its case id. */
const FINDINGS: [string, Finding][] = CASES.flatMap((c) => {
  const read = readTable(c.grid, { convention: c.convention });
  const check = checkTable(read, { ...DEFAULT_SETTINGS, convention: c.convention });
  return check.findings.map((f): [string, Finding] => [c.id, f]);
});

describe("findings read well", () => {
  test("the corpus raises findings of many kinds to read", () => {
    expect(new Set(FINDINGS.map(([, f]) => f.code)).size).toBeGreaterThanOrEqual(20);
  });

  test.each(["vi", "en"] as const)(
    "every %s message is whole sentences: a capital first, a full stop last, no empty quotes",
    (lang) => {
      for (const [id, f] of FINDINGS) {
        const text = f.message[lang];
        const where = `${id} ${f.code}: ${text}`;
        expect([where, /^[\p{Lu}"%\d]/u.test(text)]).toEqual([where, true]);
        expect([where, /[.!?)]$/.test(text)]).toEqual([where, true]);
        expect([where, /""|undefined|NaN/.test(text)]).toEqual([where, false]);
        // What the user typed is quoted as typed; our own words have no stray spaces.
        const ours = text.replace(/"[^"]*"/g, '"…"');
        expect([where, /\s{2}|\s[,.;:]/.test(ours)]).toEqual([where, false]);
      }
    },
  );

  test.each(["vi", "en"] as const)(
    "beside its cell's address a %s message does not say the address again",
    (lang) => {
      for (const [id, f] of FINDINGS) {
        if (f.cell === null) continue;
        const text = messageBesideCell(f, lang);
        const where = `${id} ${f.code}: ${text}`;
        const address = new RegExp(`(Ô|ô|Cell|cell) ${f.cell.address}\\b`);
        expect([where, address.test(text)]).toEqual([where, false]);
        expect([where, /^[\p{Lu}"%\d]/u.test(text)]).toEqual([where, true]);
      }
    },
  );

  test("'Ô G8 (Thực hiện của …): …' beside G8 reads 'Thực hiện của …: …'", () => {
    const cell = { row: 7, col: 6, address: "G8" };
    const f = {
      cell,
      message: {
        vi: 'Ô G8 (Thực hiện của "Tăng trưởng kinh tế (GRDP)"): nội dung không phải là số nên không tính được.',
        en: 'Cell G8 (Actual of "Tăng trưởng kinh tế (GRDP)"): this is not a number, so nothing can be calculated from it.',
      },
    };
    expect(messageBesideCell(f, "vi")).toBe(
      'Thực hiện của "Tăng trưởng kinh tế (GRDP)": nội dung không phải là số nên không tính được.',
    );
    expect(messageBesideCell(f, "en")).toBe(
      'Actual of "Tăng trưởng kinh tế (GRDP)": this is not a number, so nothing can be calculated from it.',
    );
    const plain = { cell, message: { vi: "Ô G8: tên chỉ tiêu trùng.", en: "Cell G8: a repeated name." } };
    expect(messageBesideCell(plain, "vi")).toBe("Tên chỉ tiêu trùng.");
  });

  test("rows with no group heading are 'the table', never a group named \"\"", () => {
    const grid: CellValue[][] = [
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
      ["1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176],
      ["2", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176],
    ];
    const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
    const dup = check.findings.find((f) => f.code === "duplicate_name");
    expect(dup?.message.vi).toBe(
      'Ô B3: tên chỉ tiêu "Doanh nghiệp thành lập mới" trùng với ô B2 trong bảng. Gộp hai dòng hoặc đổi tên cho khác nhau.',
    );
    expect(dup?.message.en).toContain("repeats cell B2 in the table.");
  });
});
