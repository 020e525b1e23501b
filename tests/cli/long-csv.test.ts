/** A CSV longer than one part is read and checked part by part, and says what a whole check says. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { JsonCheck } from "../../src/cli/json";
import { checkJson } from "../../src/cli/json";
import { PART_ROWS, findTable } from "../../src/cli/check";
import { checkReport } from "../../src/cli/report";
import { readSheets } from "../../src/cli/read";
import { checkTable } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { benchTable } from "../bench/grid";
import { csvLine, run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-long-csv-");
afterAll(() => tmp.cleanup());

test("--json of a CSV longer than two parts gives every row, issue, line and the summary of a whole check", async () => {
  const { grid } = benchTable(Math.round(PART_ROWS * 2.5), "text");
  // Some notes over two lines (a quoted field with a line break): rows then sit past their line.
  const lines = grid.map((row, r) =>
    csvLine(
      row.map((v, c) =>
        c === 8 && r % 997 === 5 ? "Ước thực hiện\nđến 31/12" : (v as string | number | null),
      ),
      ";",
    ),
  );
  const file = path.join(tmp.dir, "bang-dai.csv");
  writeFileSync(file, `\ufeff${lines.join("\r\n")}\r\n`);

  const settings = { ...DEFAULT_SETTINGS };
  const found = findTable(await readSheets(file), settings, file);
  const used = { ...settings, convention: found.convention.convention };
  const whole = checkJson(checkTable(found.read, used), found.sheet.lines);

  const res = await run("check", file, "--json");
  const streamed = JSON.parse(res.out) as JsonCheck;
  expect(streamed.rows.length).toBeGreaterThan(PART_ROWS * 2);
  expect(streamed.rows).toEqual(whole.rows);
  // The last row's line is past its row number: the quoted breaks were counted.
  const last = streamed.rows[streamed.rows.length - 1];
  expect(last?.row).toBeGreaterThan(grid.length);
  expect(whole.issues.length).toBeGreaterThan(100);
  expect(streamed.issues).toEqual(whole.issues);
  expect(streamed.summary).toEqual(whole.summary);
  expect(res.code).toBe(whole.issues.some((i) => i.severity === "error") ? 1 : 0);
}, 120_000);

test("a long CSV whose quote never closes is refused before any row is written", async () => {
  const { grid } = benchTable(PART_ROWS + 100, "text");
  const lines = grid.map((row) => csvLine(row as (string | number | null)[], ";"));
  lines[PART_ROWS + 50] = `${lines[PART_ROWS + 50] ?? ""};"chưa đóng`;
  const file = path.join(tmp.dir, "bang-ngoac.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  const res = await run("check", file, "--json");
  expect(res.code).toBe(2);
  expect(res.out).toBe("");
  expect(res.err).toContain(`dòng ${PART_ROWS + 51}`);
});

test("total rows of a CSV read part by part are listed with their percentages, as a whole check lists them", async () => {
  const { grid } = benchTable(PART_ROWS + 200, "text");
  // "Cộng" rows with their own figures (not the sum: a warning says so, the percentages stand),
  // one just after the first part's end, and the grand total at the bottom.
  const at = [60, PART_ROWS + 1, grid.length];
  const totals = [
    ["Cộng", null, "tỷ đồng", "Số lượng", "Tăng", "1.200", "1.236", "1.030", null],
    ["Cộng", null, "tỷ đồng", "Số lượng", "Tăng", "800", "760", "800", null],
    ["Tổng cộng", null, "tỷ đồng", "Số lượng", "Tăng", "2.000", "1.996", "1.830", null],
  ];
  for (const [i, r] of [...at.entries()].reverse()) grid.splice(r, 0, totals[i]!);
  const file = path.join(tmp.dir, "bang-dai-tong.csv");
  writeFileSync(
    file,
    `\ufeff${grid.map((row) => csvLine(row as (string | number | null)[], ";")).join("\r\n")}\r\n`,
  );

  const found = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const used = { ...DEFAULT_SETTINGS, convention: found.convention.convention };
  const whole = checkReport(checkTable(found.read, used), found.sheet.lines, {
    lang: "vi",
    convention: used.convention,
    decimals: DEFAULT_SETTINGS.decimals,
    sheetName: found.sheet.name,
  });
  const res = await run("check", file);
  const totalLines = (text: string) => text.split("\n").filter((l) => /^\s*\d+\s+(Tổng c|C)ộng\s/.test(l));
  // 1 236 / 1 200 = 103 %, on 1 030 +20 %; 760 / 800 = 95 %, −5 %; 1 996 / 2 000 = 99,8 %, +9,07 %.
  expect(
    totalLines(res.out).map((l) =>
      l
        .trim()
        .split(/\s{2,}/)
        .slice(1),
    ),
  ).toEqual([
    ["Cộng", "103,00%", "120,00%", "+20,00%"],
    ["Cộng", "95,00%", "95,00%", "-5,00%"],
    ["Tổng cộng", "99,80%", "109,07%", "+9,07%"],
  ]);
  expect(totalLines(res.out)).toEqual(totalLines(whole));
  // --json: the totals after the rows, as a whole check gives them.
  const json = JSON.parse((await run("check", file, "--json")).out) as JsonCheck;
  const wholeJson = checkJson(checkTable(found.read, used), found.sheet.lines);
  expect(json.totals?.map((t) => [t.name, t.pctPlan, t.actual])).toEqual([
    ["Cộng", 103, 1236],
    ["Cộng", 95, 760],
    ["Tổng cộng", 99.8, 1996],
  ]);
  expect(json.totals).toEqual(wholeJson.totals);
  expect(json.rows).toEqual(wholeJson.rows);
}, 120_000);
