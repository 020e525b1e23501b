import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findingLines } from "../../src/cli/report";
import { messageBesideCell } from "../../src/core/messages/index";
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type Finding,
  type NumberConvention,
  type Settings,
} from "../../src/core/model";
import { checkTable, type OwnedCell } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { CATALOGUES } from "../../src/taskpane/i18n";
import { run, tempDir } from "../cli/helpers";
import { CASES as HOSTILE } from "../hostile/generate";

interface CorpusCase {
  id: string;
  convention: NumberConvention;
  grid: CellValue[][];
  settings?: Partial<Settings>;
  ownedCells?: OwnedCell[];
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

/*
 * Issue 10 item 10, as each view prints a finding: the CLI's line ("[Cảnh báo] E2 (dòng 2): …"),
 * the pane's list ("E2 …") and its fix box ("Sửa ô E2: …") say the address once; over the corpus,
 * tables without groups or a Chiều column, and the hostile files through the CLI, in vi and en.
 */
const tmp = tempDir("chitieu-messages-");
afterAll(() => tmp.cleanup());

/** Tables the corpus lacks: findings about a group in a table that has no groups. */
const UNGROUPED: CorpusCase[] = [
  {
    id: "ungrouped-duplicate",
    convention: "vi",
    grid: [
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ["1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
      ["2", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
    ],
  },
  {
    id: "ungrouped-shares",
    convention: "vi",
    grid: [
      ["STT", "Chỉ tiêu", "Đơn vị", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ["1", "Nông nghiệp", "%", "cơ cấu", "tăng", 55, 60, null],
      ["2", "Dịch vụ", "%", "cơ cấu", "tăng", 40, 50, null],
    ],
  },
  {
    id: "empty-group-heading",
    convention: "vi",
    grid: [
      ["STT", "Chỉ tiêu", "Đơn vị", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ["I", null],
      ["1", "Nông nghiệp", "%", "cơ cấu", "tăng", 55, 60, null],
      ["2", "Dịch vụ", "%", "cơ cấu", "tăng", 40, 50, null],
      ["3", "Dịch vụ", "%", "cơ cấu", "tăng", 40, 50, null],
    ],
  },
];

/** A case's findings with its own settings and computed-column cells, as corpus.test.ts reads it. */
function findingsOf(c: CorpusCase): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...c.settings, convention: c.convention };
  const read = readTable(c.grid, { convention: c.convention });
  return checkTable(read, settings, { ownedCells: c.ownedCells ?? [] }).findings;
}

/** The direction corpus as one table the way most offices make it: no Loại, no Chiều column. */
const NAMES = (
  JSON.parse(readFileSync(join(DIR, "directions", "indicator-names.json"), "utf8")) as {
    names: { name: string; unit: string; plan: string }[];
  }
).names;
const NO_DIRECTION: CorpusCase = {
  id: "names-without-chieu",
  convention: "vi",
  grid: [
    ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
    ...NAMES.map((n, i): CellValue[] => [String(i + 1), n.name, n.unit, n.plan, null]),
  ],
};

/** What is wrong with one message, as words; empty when it reads well. */
function messageFaults(text: string): string[] {
  const faults: string[] = [];
  const t = text.trim();
  if (/[“"]\s*[”"]/.test(t)) faults.push("an empty quoted name");
  // A column's own name may lead ("% KH …"); a figure or a quoted name may too.
  const first = [...t].find((ch) => !/[“"'‘(«\s]/.test(ch)) ?? "";
  if (!/[\p{Lu}\p{N}%]/u.test(first)) faults.push("does not start with a capital letter");
  if (!/[.!?…][”")]?$/.test(t)) faults.push("does not end with a full stop");
  if (/\b(undefined|NaN|null|Infinity)\b/.test(t)) faults.push("says undefined/NaN/null");
  return faults;
}

/** How many times the address stands in a printed line ("E2", "$E$2"; not "E20" nor "BE2"). */
function timesAddressed(line: string, address: string): number {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const re = new RegExp(`(?<![A-Z0-9$])\\$?${col}\\$?${row}(?!\\d)`, "g");
  return (line.match(re) ?? []).length;
}

/** A finding as the CLI prints it ("[Cảnh báo] E2 (dòng 2): …") and as the pane lists it ("E2 …"). */
function printed(f: Finding, lang: "vi" | "en"): string[] {
  const cli = findingLines([f], [], lang)[1] ?? "";
  const pane =
    f.cell === null ? messageBesideCell(f, lang) : `${f.cell.address} ${messageBesideCell(f, lang)}`;
  return [cli, pane];
}

function faultsOf(f: Finding): string[] {
  return (["vi", "en"] as const).flatMap((lang) => {
    const tag = `${f.code} ${lang} @${f.cell?.address ?? "-"}`;
    const own = messageFaults(f.message[lang]).map((x) => `${tag}: ${x}: ${f.message[lang]}`);
    const beside = messageFaults(messageBesideCell(f, lang)).map(
      (x) => `${tag} beside its cell: ${x}: ${messageBesideCell(f, lang)}`,
    );
    const once =
      f.cell === null
        ? []
        : printed(f, lang)
            .filter((line) => timesAddressed(line, f.cell!.address) !== 1)
            .map((line) => `${tag}: the address is not said once: ${line}`);
    // The pane's fix box: "Sửa ô E2: …" / "Fix cell E2: …".
    const fix = f.fix;
    const box =
      fix === null
        ? []
        : [CATALOGUES[lang].fixCheckbox(fix.cell.address, fix.description[lang])]
            .filter((line) => timesAddressed(line, fix.cell.address) !== 1 || /undefined|NaN|null/.test(line))
            .map((line) => `${tag}: the fix box does not read well: ${line}`);
    return [...own, ...beside, ...once, ...box];
  });
}

const ALL = [...CASES, ...UNGROUPED, NO_DIRECTION];

test("the bad tables give findings of many kinds to read", () => {
  const findings = ALL.flatMap(findingsOf);
  expect(findings.length).toBeGreaterThanOrEqual(300);
  expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(22);
});

test.each(ALL.map((c) => [c.id, c] as const))("%s: every finding reads as a sentence, vi and en", (_, c) => {
  expect(findingsOf(c).flatMap(faultsOf)).toEqual([]);
});

test.each(HOSTILE.filter((c) => c.verb !== "merge").map((c) => [c.name, c] as const))(
  "hostile file %s: each finding line the CLI prints reads well, vi and en",
  async (_, c) => {
    const file = join(tmp.dir, c.file);
    writeFileSync(file, await c.bytes());
    for (const locale of ["vi", "en"]) {
      const r = await run("check", file, "--locale", locale);
      const lines = r.out.split("\n").filter((l) => /^ {2}\[/.test(l));
      for (const line of lines) {
        const address = /^ {2}\[[^\]]+\] ([A-Z]+\d+) /.exec(line)?.[1];
        const faults = [
          ...messageFaults(line.replace(/^ {2}\[[^\]]+\][^:]*: /, "")),
          ...(address !== undefined && timesAddressed(line, address) !== 1 ? ["address not said once"] : []),
        ];
        expect([line, faults]).toEqual([line, []]);
      }
    }
  },
);

test("the test of a line finds what it is meant to", () => {
  expect(timesAddressed("  [Lỗi] G8 (dòng 8): Ô G8 có số 37.067.", "G8")).toBe(2);
  expect(timesAddressed("G8 Thực hiện: trùng với ô G18 và $G$8.", "G8")).toBe(2);
  expect(timesAddressed("G8 Trùng với ô AG8, G80.", "G8")).toBe(1);
  expect(messageFaults('Nhóm "" có hai chỉ tiêu trùng tên.')).toEqual(["an empty quoted name"]);
  expect(messageFaults("chỉ tiêu thiếu kế hoạch")).toEqual([
    "does not start with a capital letter",
    "does not end with a full stop",
  ]);
  expect(messageFaults("Giá trị NaN không hợp lệ.")).toEqual(["says undefined/NaN/null"]);
  expect(messageFaults("“Doanh nghiệp” thiếu kế hoạch (ô G18).")).toEqual([]);
});
